function makePair() {
  let shared = 0;
  return [() => ++shared, () => shared];
}
const [inc, get] = makePair();
inc(); inc();
console.log("two closures share one variable:", get());
const [inc2, get2] = makePair();
inc2();
console.log("separate calls get separate scopes:", get(), get2());
function memo(fn) {
  const cache = {};
  let misses = 0;
  const wrapped = (n) => (n in cache ? cache[n] : (misses++, (cache[n] = fn(n))));
  wrapped.misses = () => misses;
  return wrapped;
}
const slowSquare = memo((n) => n * n);
console.log(slowSquare(4), slowSquare(4), slowSquare(5), "misses:", slowSquare.misses());
let late = "before";
const readLate = () => late;
late = "after";
console.log("closure sees latest value:", readLate());
