console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: "two", c: [3], d: { e: null } });
console.log({ undef: undefined, nan: NaN, negZero: -0, big: 1n });
console.log({ nested: { obj: {} }, arr: [] });
console.log({ 1: "numeric keys first", b: 2, a: 1 });
