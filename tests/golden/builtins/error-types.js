const types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const T of types) {
  const e = new T("msg");
  console.log(e.name, "|", e.message, "|", String(e), "|", e instanceof Error, e instanceof T, Object.getPrototypeOf(T) === (T === Error ? Function.prototype : Error));
}
const noMessage = new Error();
console.log("empty message:", JSON.stringify(noMessage.message), String(noMessage));
console.log("called without new:", Error("x") instanceof Error, TypeError("y").message);
console.log("message coerced:", new Error(42).message, new Error(undefined).message === "");
const withCause = new Error("outer", { cause: "root cause" });
console.log("cause:", withCause.cause, "hasOwn:", Object.hasOwn(withCause, "cause"), Object.hasOwn(new Error("x"), "cause"));
console.log("own props:", Object.getOwnPropertyNames(new Error("m")).filter((k) => k !== "stack"));
console.log("message not enumerable:", Object.keys(new Error("m")));
const e = new Error("custom");
e.name = "Renamed";
console.log("renamed toString:", e.toString());
console.log("toString generic:", Error.prototype.toString.call({ name: "N", message: "M" }), Error.prototype.toString.call({}));
console.log("name without message:", Error.prototype.toString.call({ name: "OnlyName", message: "" }));
console.log("stack is a string:", typeof new Error("s").stack);
