class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, `${field} is required`);
    this.name = "RequiredError";
  }
}
function validate(user) {
  if (!user.name) throw new RequiredError("name");
  if (user.age < 0) throw new ValidationError("age", "age must be positive");
  return "ok";
}
for (const u of [{ name: "a", age: 1 }, { age: 1 }, { name: "b", age: -1 }]) {
  try {
    console.log(validate(u));
  } catch (e) {
    console.log(String(e), "| field:", e.field, "|", e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
  }
}
class NamedByPrototype extends Error {}
NamedByPrototype.prototype.name = "NamedByPrototype";
console.log(String(new NamedByPrototype("proto name")));
class Plain extends Error {}
console.log("default name:", new Plain("p").name, new Plain("p").constructor.name);
const agg = new AggregateError([new Error("a"), new TypeError("b")], "several");
console.log(agg.name, agg.message, agg.errors.length, agg.errors.map(String));
