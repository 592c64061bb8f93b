// Destructuring evaluates each target's reference (its object and key expressions)
// before reading the value it assigns; the key is converted when the value is stored.
const log = [];
const key = (name) => ({
  toString() {
    log.push(`key ${name}`);
    return name;
  },
});
const source = {
  get p() {
    log.push("get p");
    return undefined;
  },
  get q() {
    log.push("get q");
    return [1, 2];
  },
};
const target = {
  set x(v) {
    log.push(`set x = ${v}`);
  },
  set y(v) {
    log.push(`set y = ${v}`);
  },
};
function obj(name) {
  log.push(`target ${name}`);
  return target;
}
function fallback() {
  log.push("default");
  return 0;
}

({ [key("p")]: obj("x")[key("x")] = fallback(), q: [obj("y")[key("y")]] } = source);
console.log(log.join("\n"));
