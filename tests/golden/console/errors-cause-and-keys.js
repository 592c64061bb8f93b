// Errors: the stack (or `[name: message]` without frames), an own `cause` even
// when not enumerable, `errors` of an AggregateError, and other own keys; `name`,
// `message` and `stack` keys are left out when the stack already shows them.
const e = new Error("outer", { cause: new TypeError("inner") });
e.stack = "Error: outer\n    at here (file.js:1:1)";
e.cause.stack = "TypeError: inner\n    at there (file.js:2:2)";
console.log(e);
const extra = new Error("m");
extra.stack = "Error: m";
extra.extra = 42;
extra.name = "Custom";
console.log(extra, { nested: extra });
const changed = new RangeError("r");
changed.stack = "RangeError: r";
changed.message = "changed";
console.log(changed);
const inherited = new Error("x");
inherited.stack = "Error: x";
Object.setPrototypeOf(inherited, { cause: "inherited", __proto__: Error.prototype });
console.log(inherited);
const numberName = new Error("y");
numberName.stack = "Error: y";
numberName.name = 5;
console.log(numberName);
class MyErr extends Error {}
const mine = new MyErr("z");
mine.stack = "Error: z";
console.log(mine, [mine]);
const undefinedCause = new Error("w", { cause: undefined });
undefinedCause.stack = "Error: w";
console.log(undefinedCause);
const agg = new AggregateError([new Error("a")], "many");
agg.stack = "AggregateError: many";
agg.errors[0].stack = "Error: a";
console.log(agg);
