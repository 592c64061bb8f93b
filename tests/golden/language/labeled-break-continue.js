outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log("pair", i, j);
  }
}
const found = [];
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const v of row) {
    if (v === 4) {
      found.push("found 4");
      break search;
    }
    found.push(v);
  }
}
console.log(found);
block: {
  console.log("inside labeled block");
  if (true) break block;
  console.log("never printed");
}
console.log("after labeled block");
let n = 0;
loop: while (true) {
  do {
    n++;
    if (n > 3) break loop;
  } while (false);
}
console.log("n =", n);
