// Indirect eval: sloppy code declares globals, strict code keeps its declarations.
(0, eval)("var sloppyVar = 1; function sloppyFn() { return 2; }");
console.log(typeof sloppyVar, typeof sloppyFn);
(0, eval)('"use strict"; var strictVar = 1; function strictFn() {}');
console.log("strictVar" in globalThis, "strictFn" in globalThis);
console.log((0, eval)('"use strict"; var inner = 40; inner + 2'));

// A global function may not replace a non-configurable global such as NaN.
try {
  (0, eval)("function NaN() {}");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Number.isNaN(NaN));

// A static member named "prototype" meets the class's own non-writable prototype.
for (const source of [
  "(class { static ['prototype']() {} })",
  "(class { static get ['prototype']() {} })",
  "(class { static ['prototype'] = 1 })",
]) {
  try {
    eval(source);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}

// Eval code in a field initialiser may not use `arguments`; `new.target` is undefined.
class Fields {
  a = (() => {
    try {
      return eval("arguments");
    } catch (e) {
      return `${e.constructor.name}: ${e.message}`;
    }
  })();
}
console.log(new Fields().a);

// Once the global object is not extensible, eval code can declare no new global.
Object.preventExtensions(globalThis);
try {
  (0, eval)("var late;");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
