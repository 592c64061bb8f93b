block: {
  console.log("in block");
  if (true) break block;
  console.log("never printed");
}
console.log("after block");

function classify(n) {
  let kind = "other";
  check: {
    if (n < 0) { kind = "negative"; break check; }
    if (n === 0) { kind = "zero"; break check; }
    kind = "positive";
  }
  return kind;
}
console.log(classify(-2), classify(0), classify(5));

outer: {
  inner: {
    console.log("inner start");
    break outer;
  }
  console.log("skipped");
}
console.log("after nested");

lbl: try {
  break lbl;
} finally {
  console.log("finally on labeled break");
}
a: b: for (let i = 0; i < 3; i++) { if (i === 1) continue a; console.log("i", i); }
