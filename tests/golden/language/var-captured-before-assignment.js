// A var captured by a closure is undefined (not uninitialised) before its assignment.
function early() {
  const read = () => x;
  const before = read();
  var x = 1;
  return [before === undefined, typeof before, read()];
}
console.log(early());

function loop() {
  const fns = [];
  for (var i = 0; i < 3; i++) fns.push(() => i);
  var late;
  return [fns.map((f) => f()), (() => late === undefined)()];
}
console.log(loop());
