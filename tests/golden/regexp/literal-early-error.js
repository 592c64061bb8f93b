// An invalid pattern in a literal is an early SyntaxError: nothing in the script runs.
console.log("never printed");
const r = /a(?<n>b)(?<n>c)/;
