function inner() {
  throw new Error('deep');
}
function outer() { inner(); }
outer();
