function* naturals() {
  let n = 0;
  try {
    while (true) {
      yield n++;
    }
  } finally {
    console.log("finally ran at n =", n);
  }
}
for (const n of naturals()) {
  if (n > 3) break;
  console.log("n:", n);
}
console.log("after loop");

function* take(iter, k) {
  let i = 0;
  for (const v of iter) {
    if (i++ >= k) return;
    yield v;
  }
}
console.log("take 5:", [...take(naturals(), 5)]);

outer: for (const a of naturals()) {
  for (const b of naturals()) {
    if (b === 1) continue outer;
    if (a === 2) break outer;
    console.log("pair", a, b);
  }
}
console.log("done");
