// JSON.parse and JSON.stringify on the shapes their fast paths take and the ones they
// leave to the general path.
const parsed = JSON.parse(
  '{"b":1,"a":2,"b":3,"0":"zero","01":"lead","4294967295":"max","4294967294":"idx",' +
    '"esc":"a\\"b\\\\c\\n\\u00e9\\ud83d\\ude00","plain":"caf\u00e9 \u{1F600}","":"empty"}'
);
console.log(Object.keys(parsed));
console.log(parsed.b, parsed[0], parsed["01"], parsed.esc, parsed.plain, parsed[""]);
for (const text of ["0", "-0", "-1234567", "123456789012345", "1234567890123456789",
  "-9007199254740993", "0.5", "1e3", "-1E-2", "1e400", "[1,-0,2.50,10]"]) {
  const v = JSON.parse(text);
  console.log(text, v, Object.is(v, -0));
}
const same = JSON.parse('[{"x":1,"y":2},{"x":3,"y":4},{"y":5,"x":6}]');
console.log(same, Object.keys(same[2]));
same[0].z = 7;
delete same[1].x;
console.log(same);
console.log(JSON.stringify({ s: "q\"\\\n\t\u0001\ud800\udc00\ud800x\udc00", [1]: "one", k: [-0, 1.5, 1e21, NaN, -Infinity, 12345678901234567890] }));
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
Object.defineProperty(o, "getter", { get() { return "got"; }, enumerable: true });
console.log(JSON.stringify(o));
const shrinking = {
  first: { toJSON() { delete shrinking.second; shrinking.third = "changed"; return "f"; } },
  second: 2,
  third: 3,
};
console.log(JSON.stringify(shrinking));
console.log(JSON.stringify([new Number(3), new String("s"), new Boolean(false), { toJSON: () => 9 }]));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 2));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, (k, v) => (typeof v === "number" ? v * 10 : v)));
const revived = JSON.parse('{"a":[1,2],"b":{"c":"d"}}', function (k, v, ctx) {
  return typeof v === "number" ? v + Number(ctx.source) : v;
});
console.log(revived);
