const arr = ["a", , "c"];
console.log("keys:", [...arr.keys()]);
console.log("values:", [...arr.values()]);
console.log("entries:", [...arr.entries()]);
console.log("Object.keys differs on holes:", Object.keys(arr));
const it = ["x", "y"][Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
console.log("values is the default iterator:", Array.prototype.values === Array.prototype[Symbol.iterator]);
for (const [i, v] of ["p", "q"].entries()) console.log(i, v);
