function sample(a, b) {}
console.log("name descriptor:", Object.getOwnPropertyDescriptor(sample, "name"));
console.log("length descriptor:", Object.getOwnPropertyDescriptor(sample, "length"));
sample.name = "changed";
console.log("name not writable:", sample.name);
Object.defineProperty(sample, "name", { value: "redefined" });
console.log("but configurable:", sample.name);
console.log("prototype object:", typeof sample.prototype, sample.prototype.constructor === sample);
console.log("prototype keys:", Object.keys(sample.prototype), Object.getOwnPropertyNames(sample.prototype));
sample.custom = "functions are objects";
console.log(sample.custom);
console.log("instanceof:", sample instanceof Function, sample instanceof Object);
console.log("Function.prototype is callable:", typeof Function.prototype, Function.prototype());
console.log("own names of arrow:", Object.getOwnPropertyNames(() => {}));
