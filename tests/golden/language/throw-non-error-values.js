function describe(v) {
  if (typeof v === "symbol") return v.toString();
  if (typeof v === "object" && v !== null) return JSON.stringify(v);
  return String(v);
}
const thrown = [42, "text", null, undefined, { code: 7 }, [1, 2], true, Symbol("s"), NaN];
for (const v of thrown) {
  try {
    throw v;
  } catch (e) {
    console.log("caught", typeof e, describe(e), "same value:", Object.is(e, v));
  }
}
try {
  throw { message: "looks like an error", name: "Fake" };
} catch (e) {
  console.log("instanceof Error:", e instanceof Error, "message:", e.message);
}
function thrower() {
  throw new TypeError("typed");
}
try {
  thrower();
} catch (e) {
  console.log(e.name, e.message, e instanceof TypeError, e instanceof Error);
}
