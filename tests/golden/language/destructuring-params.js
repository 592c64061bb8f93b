function point({ x, y = 0 }) {
  return `(${x}, ${y})`;
}
console.log(point({ x: 1, y: 2 }), point({ x: 5 }));
function options({ verbose = false, level = 1 } = {}) {
  return `verbose=${verbose} level=${level}`;
}
console.log(options());
console.log(options({ level: 3 }));
const pairSum = ([a, b]) => a + b;
console.log("array param:", pairSum([3, 4]));
const entries = Object.entries({ one: 1, two: 2 });
console.log(entries.map(([k, v]) => `${k}=${v}`).join("&"));
function nested({ a: { b: [, second] } }) {
  return second;
}
console.log("nested param:", nested({ a: { b: ["skip", "got"] } }));
function both(first, { second } = { second: "dflt" }, ...[third, fourth]) {
  return [first, second, third, fourth];
}
console.log(both(1), both(1, { second: 2 }, 3, 4));
console.log("length counts params before default:", point.length, options.length, both.length);
try {
  point();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
