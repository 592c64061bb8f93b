function* guarded() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("cleanup");
  }
  yield "never";
}
const g = guarded();
console.log(g.next());
console.log("return:", g.return("bye"));
console.log("after:", g.next());

function* stubborn() {
  try {
    yield "a";
  } finally {
    yield "from finally";
    console.log("finally resumed");
  }
}
const s = stubborn();
console.log(s.next());
console.log("return gives:", s.return("x"));
console.log("then:", s.next());
console.log("then:", s.next());

function* overriding() {
  try {
    yield 1;
  } finally {
    return "finally wins";
  }
}
const o = overriding();
o.next();
console.log("override:", o.return("requested"));
