console.log({ "simple": 1, "with space": 2, "dash-key": 3, "_under": 4, "$dollar": 5 });
console.log({ "123abc": 1, "a.b": 2, "": 3, "ünï": 4, "class": 5 });
console.log({ "it's": 1, 'say "x"': 2 });
console.log({ "-1": "negative", "01": "leading zero", "1e3": "exp", 7: "int" });
console.log({ "new\nline": true });
