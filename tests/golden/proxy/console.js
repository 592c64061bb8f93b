// console.log shows a proxy as its target and runs none of its traps (Node's
// util.inspect with showProxy false); a revoked proxy shows as <Revoked Proxy>.
const noisy = {
  get(t, k) { throw new Error("get trap ran for " + String(k)); },
  ownKeys() { throw new Error("ownKeys trap ran"); },
  getOwnPropertyDescriptor() { throw new Error("gOPD trap ran"); },
  getPrototypeOf() { throw new Error("getPrototypeOf trap ran"); },
  has() { throw new Error("has trap ran"); },
};
console.log(new Proxy({ a: 1, nested: { b: [1, 2] } }, noisy));
console.log(new Proxy([1, 2, 3], noisy));
console.log(new Proxy(function named() {}, noisy));
console.log(new Proxy(class Widget {}, noisy));
console.log(new Proxy(new Map([[1, 2]]), noisy));
console.log(new Proxy(new Set([1]), noisy));
console.log([new Proxy(new Error("boom"), noisy)].length);
console.log({ inner: new Proxy({ x: 1 }, noisy), list: [new Proxy([], noisy)] });
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(proxy);
console.log([proxy, { proxy }]);
console.log("%s|%o|%O", new Proxy({ s: 1 }, noisy), new Proxy({ o: 1 }, noisy), new Proxy({ O: 1 }, noisy));
const target = { self: null };
const cyclic = new Proxy(target, noisy);
target.self = cyclic;
console.log(cyclic);
console.log(String(new Proxy({}, {})), `${new Proxy([1, 2], {})}`);
console.log("%o", proxy);
console.log("%o", { wrapped: new Proxy([1, 2], {}) });
console.log("%o", new Proxy(new Proxy({ twice: 1 }, {}), {}));
