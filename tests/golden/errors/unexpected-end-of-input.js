function greet(name) {
  if (name) {
    console.log("hello " + name);
  }
greet("x");
