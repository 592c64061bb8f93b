const a = [1, 2, 3, 4, 5];
console.log("reverse in place:", a.reverse(), a);
console.log("reverse holes:", [1, , 3].reverse());
console.log("copyWithin:", [1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 2), [1, 2, 3, 4, 5].copyWithin(-2, 0));
console.log("toReversed leaves original:", (() => { const b = [1, 2]; const r = b.toReversed(); return [b, r]; })());
console.log("last element:", a[a.length - 1], a.at(-1));
console.log("lastIndexOf on reversed:", a.lastIndexOf(5));
