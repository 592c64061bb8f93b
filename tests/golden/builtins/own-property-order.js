// Built-in objects list their own properties in V8's order.
for (const [name, value] of [
  ["Array.prototype", Array.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
  ["Number", Number],
  ["Object.prototype", Object.prototype],
  ["Object", Object],
  ["String", String],
]) {
  console.log(name, Object.getOwnPropertyNames(value).join(","));
}
console.log(Object.getOwnPropertyNames(Math).filter((k) => k !== "f16round").join(","));
