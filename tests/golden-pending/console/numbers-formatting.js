console.log(0.1, -0.5, 1.0, 100, 1e100, 2e-10);
console.log(123456789012345680000, 1e21, 999999999999999999999);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE);
console.log([0, -0, 0.000001, 1e-7]);
console.log({ n: -0, arr: [-0] });
console.log(1 / 3, 2 / 3, 10 / 3);
console.log(0xff, 0o17, 0b11, 1_000_000);
console.log(12345678901234567890n);
