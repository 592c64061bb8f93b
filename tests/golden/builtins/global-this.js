console.log("typeof globalThis:", typeof globalThis);
console.log("self reference:", globalThis.globalThis === globalThis);
console.log("builtins live there:", globalThis.Array === Array, globalThis.Math === Math, globalThis.JSON === JSON);
console.log("globals:", typeof globalThis.parseInt, typeof globalThis.console, globalThis.NaN, globalThis.Infinity, globalThis.undefined);
globalThis.sharedValue = 123;
console.log("new global visible as identifier:", sharedValue);
function readGlobal() { return sharedValue * 2; }
console.log("from function:", readGlobal());
console.log("undefined is read-only:", (() => { undefined = 1; return typeof undefined; })());
console.log("NaN descriptor:", Object.getOwnPropertyDescriptor(globalThis, "NaN"));
console.log("missing global via property:", globalThis.doesNotExist);
try {
  doesNotExist;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
