const a = [];
a[3] = "d";
console.log(a, a.length);
a.length = 6;
console.log("grown:", a);
a.length = 1;
console.log("shrunk:", a, a[3]);
const b = [1, 2, 3];
b.length = 0;
console.log("cleared:", b);
const c = [1, , 3, , , 6];
console.log("holes:", c, c.length);
console.log("hole vs undefined:", 1 in c, 1 in [1, undefined, 3]);
const d = [];
d["2"] = "string index";
d["x"] = "not an index";
console.log("string numeric key:", d.length, d);
d[4294967295] = "too big";
console.log("2^32-1 is not an index:", d.length);
try {
  b.length = -1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("count non-holes:", c.filter(() => true).length);
