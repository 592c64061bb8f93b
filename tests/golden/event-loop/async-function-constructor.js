async function decl() {}
const obj = { async method() {} };
class C { async m() {} }
const AsyncFunction = Object.getPrototypeOf(decl).constructor;
console.log(AsyncFunction.name);
console.log(AsyncFunction === Function);
console.log(Object.getPrototypeOf(obj.method).constructor === AsyncFunction);
console.log(Object.getPrototypeOf(C.prototype.m).constructor === AsyncFunction);
console.log(Object.getPrototypeOf(async () => {}) === AsyncFunction.prototype);
console.log(Object.prototype.toString.call(decl));
