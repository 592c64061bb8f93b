console.log({ n: null, u: undefined, nan: NaN, inf: -Infinity, t: true, f: false });
console.log({ big: 123n, sym: Symbol("v"), fn() {}, arrow: () => 1 });
console.log({ date: "no dates here", re: "no regex" });
console.log({ empty: "", space: " ", nl: "\n" });
console.log({ zero: 0, negZero: -0, tiny: 5e-324, huge: 1e300 });
console.log([null, undefined, , NaN]);
