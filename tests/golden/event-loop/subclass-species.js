class MyPromise extends Promise {}
const p = MyPromise.resolve(1);
const q = p.then((v) => v + 1);
console.log(p instanceof MyPromise, q instanceof MyPromise, MyPromise[Symbol.species] === MyPromise);
q.then((v) => console.log('value', v));
console.log(Promise[Symbol.species] === Promise);
