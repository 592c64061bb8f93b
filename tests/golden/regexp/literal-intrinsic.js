// A literal is made from %RegExp%'s prototype whatever the global RegExp is now, and
// each evaluation is a new object.
const Original = RegExp;
globalThis.RegExp = function () {
  throw new Error("literal used the global RegExp");
};
const make = () => /a(b)?/gi;
const r = make();
console.log(r, r instanceof Original, make() !== make(), r.lastIndex, r.flags);
globalThis.RegExp = Original;
console.log(Object.getOwnPropertyNames(r), Object.getOwnPropertyDescriptor(r, "lastIndex"));
console.log([/x/dgimsy, /x/v, /x/u].map(String), /[/]\//.source, new RegExp("\n/").source);
