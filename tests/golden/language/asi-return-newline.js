function broken() {
  return
  {
    value: 1;
  }
}
console.log("return followed by newline:", broken());
function fine() {
  return {
    value: 1,
  };
}
console.log("brace on same line:", fine());
let a = 1
let b = 2
console.log("no semicolons:", a + b)
let i = 0
i
++
a
console.log("++ binds to next line:", i, a)
const f = () =>
  "arrow body on next line"
console.log(f())
let counter = 0
do counter++; while (counter < 3) console.log("after do-while without semicolon:", counter)
