function readConfig() {
  throw new SyntaxError("unexpected token in config");
}
function loadApp() {
  try {
    readConfig();
  } catch (err) {
    throw new Error("could not load app", { cause: err });
  }
}
try {
  loadApp();
} catch (err) {
  let depth = 0;
  for (let e = err; e; e = e.cause) {
    console.log("  ".repeat(depth++) + String(e));
  }
}
const withObjectCause = new TypeError("bad", { cause: { code: 42 } });
console.log("object cause:", withObjectCause.cause);
console.log("undefined cause still own:", Object.hasOwn(new Error("x", { cause: undefined }), "cause"));
console.log("options without cause:", Object.hasOwn(new Error("x", {}), "cause"));
