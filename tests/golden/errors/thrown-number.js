function check(n) {
  if (n > 10) throw 42;
  return n;
}
console.log(check(1));
check(11);
