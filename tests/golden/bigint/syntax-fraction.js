// A BigInt literal is an integer: no fraction.
const x = 1.5n;
