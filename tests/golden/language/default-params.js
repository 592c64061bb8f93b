function greet(name = "world", punct = "!") {
  return "hello " + name + punct;
}
console.log(greet());
console.log(greet("js"));
console.log(greet(undefined, "?"));
console.log(greet(null));

function dependent(a, b = a * 2, c = a + b) {
  return [a, b, c];
}
console.log(dependent(1));
console.log(dependent(1, 5));

let evaluated = 0;
function lazy(x = ++evaluated) {
  return x;
}
lazy(); lazy(7); lazy();
console.log("default evaluated", evaluated, "times");

function len(a, b = 1, c) {}
console.log("length stops at first default:", len.length);

const arrow = (x, y = x) => x + y;
console.log("arrow default:", arrow(3));
