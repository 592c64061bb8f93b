// Found by scripts/difffuzz. Number.prototype.toString(radix) of a non-integer or of an
// integer above 2^53: V8 (DoubleToRadixCString) prints digits only as far as they
// distinguish the double (the rest become zeros) and rounds fractions to the shortest
// representation that reads back; jsloop prints other digits.
// jsloop printed (exit code 0):
//   0.00000000000000000000000110101101011111110010100110101
//   0.
//   0.000010c6f7a0b5
//   1.06ha2voha2hn
//   122012210112120112111212010011100021220102211220202010010022120002120222222202202200221001221200122122112202122112010020121220221202212110221200200100221002112101100002110111200110210110011211101101012222110121
//   0.1 ff.8 -1.6
//   5v1j4f4ds7c4ks 2031000661631341101533 1a1e4vngairocwg88c8o
console.log((1e-7).toString(2));
console.log((1.23e-18).toString(16));
console.log((0.000001).toString(16));
console.log((1.005).toString(36));
console.log((1e100).toString(3));
console.log((0.5).toString(2), (255.5).toString(16), (-1.75).toString(8));
console.log((1e21).toString(36), (2 ** 60 + 2 ** 10).toString(7), (1.7976931348623157e308).toString(36).slice(0, 20));
