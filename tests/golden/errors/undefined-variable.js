function compute() {
  const a = 1;
  return a + missingVariable;
}
console.log("computing");
console.log(compute());
