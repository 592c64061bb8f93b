// Errors thrown by built-ins carry V8's messages.
const attempt = (f) => {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name + ":", e.message);
  }
};
attempt(() => ("2").toFixed(5));
attempt(() => "2".toFixed(5));
attempt(() => [1].with(8.345, 1));
attempt(() => [1].with(-3.5, 1));
attempt(() => [1].with("7", 1));
attempt(() => "abc".replaceAll(/b/, "x"));
attempt(() => "abc".matchAll(/b/));
for (const name of ["at", "pop", "push", "slice", "join", "toString", "with", "map", "forEach", "indexOf", "concat"]) {
  attempt(() => Array.prototype[name].call(null, () => 1, 0));
}
attempt(() => (5).toString(1));
