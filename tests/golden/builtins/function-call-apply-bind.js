function greet(greeting, name) {
  return `${greeting}, ${name}${this && this.suffix ? this.suffix : ""}`;
}
console.log(greet.call({ suffix: "!" }, "Hi", "Ann"));
console.log(greet.apply({ suffix: "?" }, ["Yo", "Bo"]));
console.log("apply with array-like:", Math.max.apply(null, { length: 3, 0: 4, 1: 9, 2: 2 }));
console.log("apply without args:", greet.apply(null));
const hello = greet.bind({ suffix: "." }, "Hello");
console.log(hello("Cy"));
console.log("bound name:", hello.name, "length:", hello.length, "original length:", greet.length);
const twiceBound = hello.bind(null, "Di");
console.log("twice bound name:", twiceBound.name, "length:", twiceBound.length, twiceBound());
const anon = (function () {}).bind(null);
console.log("bound anonymous name:", JSON.stringify(anon.name));
console.log("bound has no prototype:", hello.prototype);
console.log("call on builtin:", Array.prototype.map.call("abc", (c) => c.toUpperCase()));
console.log("borrowed join:", Array.prototype.join.call({ length: 2, 0: "a", 1: "b" }, "-"));
