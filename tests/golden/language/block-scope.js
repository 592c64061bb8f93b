let x = "outer";
{
  let x = "inner";
  console.log("in block:", x);
}
console.log("after block:", x);
if (true) {
  var leaked = "var leaks out of blocks";
  let kept = "let stays in block";
}
console.log(leaked);
console.log("typeof kept:", typeof kept);
for (let i = 0; i < 2; i++) {
  const i2 = i * 2;
  console.log("loop", i, i2);
}
console.log("typeof i after for-let:", typeof i);
function shadow() {
  let x = "function scope";
  {
    const x = "nested const";
    console.log(x);
  }
  return x;
}
console.log(shadow());
