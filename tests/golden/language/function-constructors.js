// Function, GeneratorFunction, AsyncFunction and AsyncGeneratorFunction compile their
// arguments (parameters, then the body) into a new function in the global scope.
const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.name, add.length, String(add));
console.log(Function('return this')() === globalThis);
console.log(Function()(), String(Function()));
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const g = new GeneratorFunction('n', 'yield n; yield n * 2;');
console.log([...g(5)], String(g), Object.getPrototypeOf(g) === GeneratorFunction.prototype);
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const af = AsyncFunction('x', 'return await x;');
af(Promise.resolve(7)).then((v) => console.log('async', v, String(af)));
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
const ag = AsyncGeneratorFunction('yield 1; yield 2;');
(async () => { for await (const v of ag()) console.log('ag', v); })();
// The parameters and the body must each make sense alone.
for (const args of [['/*', '*/){'], ['a) {', '}'], ['}, function() {'], ['let let = 1'], ['a,a', '"use strict"']]) {
  try { Function(...args); console.log('ok', args); } catch (e) { console.log(e.name, e.message); }
}
function outer() { var local = 1; return Function('return typeof local')(); }
console.log(outer());
const f2 = new Function('a = 1', '...rest', 'return [a, rest]');
console.log(f2(undefined, 2, 3), f2.length);
console.log(Function('anonymous', 'return typeof anonymous')(5));
console.log(Function('return typeof anonymous')());
class MyFn extends Function {}
const mf = new MyFn('return 1');
console.log(mf instanceof MyFn, mf());
console.log(Function('a,b', 'c', 'return a+b+c')(1, 2, 3));
