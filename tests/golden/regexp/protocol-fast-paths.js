// replace, match, split and matchAll skip the spec's reads of `flags` and `exec` only
// while nothing could see them: a changed prototype or an own property brings the
// observable reads back.
const log = [];
const text = "a1b22c333";
console.log(text.replace(/\d+/g, "#"), text.match(/\d/g), text.split(/\d+/), RegExp.lastMatch);
const own = /\d+/g;
own.exec = function (s) {
  log.push("own exec");
  return RegExp.prototype.exec.call(this, s);
};
console.log(text.replace(own, "#"), log.splice(0));
const proto = RegExp.prototype;
const globalGetter = Object.getOwnPropertyDescriptor(proto, "global").get;
Object.defineProperty(proto, "global", {
  get() {
    log.push("global");
    return globalGetter.call(this);
  },
  configurable: true,
});
console.log(text.replace(/\d+/g, "#"), log.splice(0));
Object.defineProperty(proto, "global", { get: globalGetter, configurable: true });
const exec = proto.exec;
proto.exec = function (s) {
  log.push("exec at " + this.lastIndex);
  return exec.call(this, s);
};
console.log(text.replace(/\d+/g, "#"), log.splice(0));
proto.exec = exec;
// lastIndex: 0 after a global replace; a read-only lastIndex is a TypeError.
const g = /o/g;
g.lastIndex = 2;
console.log("foo".replace(g, "0"), g.lastIndex);
const frozen = /o/g;
Object.defineProperty(frozen, "lastIndex", { writable: false });
try {
  "foo".replace(frozen, "0");
} catch (e) {
  console.log(e.name);
}
// Empty matches step by code point with u, by code unit without.
console.log("💩a".replace(/(?:)/gu, "."), "💩a".replace(/(?:)/g, ".").length);
console.log("aaXa".match(/a/gy), [..."a1b2".matchAll(/(?<d>\d)/g)].map((m) => m.groups.d + m.index));
console.log("abc".replace(/(?<l>[a-c])/g, "[$<l>$1$&]"), "x-y".split(/(-)/), "abc".search(/c/));
