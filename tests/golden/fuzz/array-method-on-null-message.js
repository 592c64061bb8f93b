// Found by scripts/difffuzz. An Array.prototype method called on null or undefined throws
// V8's ToObject message, "Cannot convert undefined or null to object".
// jsloop printed (exit code 0):
//   TypeError: Array.prototype.at called on null or undefined
//   TypeError: Array.prototype.map called on null or undefined
//   TypeError: Array.prototype.includes called on null or undefined
//   TypeError: String.prototype.trim called on null or undefined
//   [object Undefined]
const cases = [
  () => [].at.call(null),
  () => Array.prototype.map.call(null, (x) => x),
  () => [].includes.call(undefined, 1),
  () => "".trim.call(null),
  () => ({}).toString.call(),
];
for (const f of cases) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
