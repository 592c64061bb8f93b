function tracked(label, items) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          console.log(label, "next", i);
          return i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true };
        },
        return() {
          console.log(label, "return() called");
          return { done: true };
        },
      };
    },
  };
}
for (const x of tracked("break", [1, 2, 3])) {
  if (x === 2) break;
}
for (const x of tracked("exhaust", [1])) {}
try {
  for (const x of tracked("throw", [1, 2])) {
    throw new Error("boom");
  }
} catch (e) {
  console.log("caught", e.message);
}
function early() {
  for (const x of tracked("return", ["a", "b"])) return x;
}
console.log("early returned", early());
const [a] = tracked("destructure", [7, 8, 9]);
console.log("a =", a);
