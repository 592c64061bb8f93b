const values = [
  0, -0, 1, -1, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e20, 1e21, 123e-20, 1e-6, 1e-7, 0.000001234,
  123456789012345678, 2 ** 53, Number.MAX_SAFE_INTEGER, 5e-324, 1.7976931348623157e308,
  NaN, Infinity, -Infinity, 4.35, 0.5, 1.5e300 * 1.5e10, 9.95, 1e15 + 0.3,
];
for (const v of values) {
  console.log(String(v).padEnd(26), `${v}`.length, JSON.stringify(v));
}
console.log("-0 stringifies as 0:", String(-0), `${-0}`, (-0).toString(), JSON.stringify(-0), [-0] + "");
console.log("console shows -0:", -0, [-0]);
