// Found by scripts/difffuzz. x ** 2 and Math.pow(x, 2) are not correctly rounded: V8
// gives the double nearest the exact square (as x * x does), jsloop one unit off.
// jsloop printed (exit code 0):
//   10828567056280802 10828567056280802 10828567056280800
//   1.1725786449236983e+32 2.5937424601000023 12157665459056929000 2.6457513110645907 5e-324 1e+21 0.00001
//   10201
//   104060401
//   10828567056280802
//   1.1725786449236987e+32
console.log(104060401 ** 2, Math.pow(104060401, 2), 104060401 * 104060401);
console.log(10828567056280800 ** 2, 1.1 ** 10, 3 ** 40, 7 ** 0.5, 2 ** -1074, 10 ** 21, 10 ** -5);
let x = 101;
for (let i = 0; i < 4; i++) {
  x **= 2;
  console.log(x);
}
