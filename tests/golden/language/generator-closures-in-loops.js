function* makeCounters() {
  for (let i = 0; i < 3; i++) {
    yield () => i;
  }
}
console.log("let closures:", [...makeCounters()].map((f) => f()));

function* makeVarCounters() {
  for (var i = 0; i < 3; i++) {
    yield () => i;
  }
}
console.log("var closures:", [...makeVarCounters()].map((f) => f()));

function* lazyCounters() {
  for (let i = 0; i < 3; i++) {
    yield () => i;
  }
}
const fns = [];
for (const f of lazyCounters()) {
  fns.push(f);
  console.log("immediately:", f());
}
console.log("later:", fns.map((f) => f()));

function* idGen() {
  let id = 0;
  while (true) yield ++id;
}
const ids = idGen();
const makeUser = (name) => ({ id: ids.next().value, name });
console.log(makeUser("a"), makeUser("b"), makeUser("c"));
