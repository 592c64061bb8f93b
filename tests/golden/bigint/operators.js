// The arithmetic, bitwise and update operators on BigInts (BigInt::add ... leftShift).
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
show("add", () => 2n ** 64n + 1n);
show("sub", () => 5n - 8n);
show("mul", () => 12345678901234567890n * 98765432109876543210n);
show("div truncates", () => [7n / 2n, -7n / 2n, 7n / -2n]);
show("rem sign of dividend", () => [7n % 3n, -7n % 3n, 7n % -3n]);
show("exp", () => [2n ** 100n, (-2n) ** 3n, (-1n) ** 1000001n, 0n ** 0n, 5n ** 0n]);
show("and", () => [-7n & 3n, 12n & 10n, -1n & -256n]);
show("or", () => [-7n | 3n, 12n | 10n]);
show("xor", () => [5n ^ -3n, -5n ^ -3n]);
show("not", () => [~5n, ~-1n, ~0n]);
show("shl", () => [1n << 100n, -3n << 2n, 5n << -1n, 1n << -1000n]);
show("shr", () => [-7n >> 1n, 256n >> 4n, -1n >> 1000n, 1n >> -3n]);
show("neg", () => [-(-5n), -0n, -(2n ** 63n)]);
show("unary plus", () => +1n);
show("ushr", () => 1n >>> 1n);
show("div by zero", () => 1n / 0n);
show("rem by zero", () => 1n % 0n);
show("negative exponent", () => 2n ** -1n);
show("mix add", () => 1n + 1);
show("mix mul", () => 2 * 1n);
show("mix with symbol", () => 1n * Symbol());
show("too big shl", () => 1n << 10000000000n);
show("too big exp", () => 2n ** 10000000000n);
show("zero shifted far", () => 0n << 10000000000n);
let x = 1n;
x++;
x += 10n;
x *= 3n;
x--;
--x;
show("update", () => x);
let y = 9n;
const old = y++;
show("postfix keeps the old value", () => [old, y]);
show("object operand", () => Object(5n) * 2n);
show("valueOf operand", () => ({ valueOf: () => 4n }) - 1n);
show("string concat", () => 1n + "px");
show("template", () => `${2n ** 10n}`);
