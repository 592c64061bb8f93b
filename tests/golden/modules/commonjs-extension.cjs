// A .cjs file is CommonJS: `this` is module.exports and `await` is an identifier.
var await = 1;
exports.value = await + 1;
console.log(this, module.exports === exports, typeof globalThis.await);
