// A BigInt literal is an integer: no exponent.
const x = 1e3n;
