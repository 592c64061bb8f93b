// Found by scripts/difffuzz. V8's "is not a function" message prints the callee as written
// when the receiver is a literal ([42].match, 5.foo, "abc".nope, (1 , 2)); jsloop says
// "(intermediate value)".
// jsloop printed (exit code 0):
//   TypeError: (intermediate value).match is not a function
//   TypeError: (intermediate value).foo is not a function
//   TypeError: (intermediate value).nope is not a function
//   TypeError: (intermediate value).b is not a function
//   TypeError: Cannot read properties of undefined (reading 'y')
//   TypeError: (intermediate value) is not a function
//   TypeError: (intermediate value) is not a function
//   TypeError: Cannot read properties of null (reading 'x')
const cases = [
  () => [42].match(/x/),
  () => (5).foo(),
  () => "abc".nope(),
  () => ({ a: 1 }).b(),
  () => [1, 2].x.y,
  () => (1, 2)(),
  () => 1(),
  () => null.x,
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
