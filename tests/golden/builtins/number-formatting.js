console.log("toFixed:", (1.005).toFixed(2), (2.5).toFixed(0), (1.45).toFixed(1), (123.456).toFixed(1), (0).toFixed(2));
console.log("toFixed large:", (1e21).toFixed(2), (-1.5).toFixed(0));
console.log("toPrecision:", (123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1).toPrecision(3));
console.log("toExponential:", (12345).toExponential(2), (0.00015).toExponential());
console.log("toString radix:", (255).toString(16), (255).toString(2), (8).toString(8), (35).toString(36), (3.75).toString(2));
console.log("negative radix:", (-10).toString(3));
try {
  (1).toString(1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  (1).toFixed(101);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
