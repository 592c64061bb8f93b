// A BigInt literal may not have a legacy leading zero.
console.log("never printed");
const x = 01n;
