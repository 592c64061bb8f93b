const inputs = [2.5, 3.5, -2.5, -3.5, 2.4, -2.6, 0.5, -0.5, -0.4];
for (const x of inputs) {
  console.log(String(x).padStart(5), "round", Math.round(x), "floor", Math.floor(x), "ceil", Math.ceil(x), "trunc", Math.trunc(x));
}
console.log("sign:", Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(7), Math.sign(NaN));
console.log("abs:", Math.abs(-5.5), Math.abs("-2"), Math.abs(null), Math.abs(-0));
console.log("round on strings:", Math.round("2.5"), Math.floor("x"));
console.log("fround:", Math.fround(5.5), Math.fround(5.05));
