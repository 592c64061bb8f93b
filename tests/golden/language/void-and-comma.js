console.log("void 0:", void 0);
console.log("void expression:", void (1 + 2));
let sideEffect = 0;
void sideEffect++;
console.log("void still evaluates:", sideEffect);
console.log("void 0 === undefined:", void 0 === undefined);

const c = (1, 2, 3);
console.log("comma value is last:", c);
let i = 0, j = 10;
for (; i < j; i++, j--) {}
console.log("for with comma:", i, j);
let trace = [];
const r = (trace.push("a"), trace.push("b"), trace.length);
console.log("comma sequence:", r, trace);
const f = () => (trace = [], "reset");
console.log(f(), trace);
