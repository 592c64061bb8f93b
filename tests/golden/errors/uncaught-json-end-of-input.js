// The text ends before the JSON does: Node shows its last line with no caret.
const settings = JSON.parse(`{
  "name": "demo",
  "port":`);
console.log(settings);
