const api = {
  user: { getName() { return this.name; }, name: "ann" },
  list: null,
};
console.log("method keeps this:", api.user?.getName());
console.log("optional method missing:", api.user.getAge?.());
console.log("on null:", api.list?.length, api.list?.[0]?.x);
console.log("delete with ?.:", delete api.missing?.prop, delete api.user?.name, api.user.name);
let fnOrNot;
console.log("call on undefined:", fnOrNot?.());
try {
  api.user.getAge();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  api.list.length;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  const n = null;
  n();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
