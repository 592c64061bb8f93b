class ValidationError extends Error {}
ValidationError.prototype.name = "ValidationError";
function validate(age) {
  if (age < 0) {
    throw new ValidationError("age must not be negative");
  }
  return age;
}
console.log(validate(3));
validate(-1);
