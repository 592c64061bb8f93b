// Found by scripts/difffuzz. console.log escapes a lone surrogate in a property key as
// \uXXXX (as it does in a string value); jsloop prints it raw.
console.log({ ["\ud83d"]: 1, ["a\udc00b"]: 2, ["\ud83d\ude00"]: 3 });
console.log(new Map([["\ud800", "\udfff"]]));
console.log(["\ud83d"], "\ud83d".length);
