console.log({ level1: { level2: { level3: { level4: "deep" } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log([[[[1]]]]);
console.log([[[["x"], { y: 1 }]]]);
console.log({ a: [{ b: { c: 1 } }] });
console.log({ l1: { l2: { l3: new Array(3) } } });
