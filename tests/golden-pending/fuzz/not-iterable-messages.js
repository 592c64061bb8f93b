// Found by scripts/difffuzz. V8 names the value that is not iterable ("5 is not
// iterable", "{} is not iterable"); jsloop says "(intermediate value)" or "object", and
// reading null[Symbol.iterator] gets V8's not-iterable wording.
// jsloop printed (exit code 0):
//   TypeError: (intermediate value) is not iterable
//   TypeError: object is not iterable
//   TypeError: object is not iterable
//   TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
//   TypeError: Iterator value 1 is not an entry object
//   TypeError: Cannot read properties of null (reading 'Symbol(Symbol.iterator)')
//   TypeError: null is not iterable
//   TypeError: %Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function
const cases = [
  () => { for (const x of 5) {} },
  () => { const [a] = {}; },
  () => [...{}],
  () => new Set(5),
  () => new Map([1]),
  () => null[Symbol.iterator],
  () => { const [b] = null; },
  () => Array.from({ [Symbol.iterator]: 1 }),
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
