const settings = { debug: false };
settings.debug = true;
console.log("mutating a const object is fine:", settings.debug);
const retries = 3;
retries = 4;
console.log("not reached");
