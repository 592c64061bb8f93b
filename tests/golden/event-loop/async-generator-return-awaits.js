// return(v) on an async generator awaits v: at a yield before finally blocks run, and
// on a completed generator before the request settles.
async function* g() { try { yield 1; yield 2; } finally { console.log("finally"); } }
const it = g();
it.next().then((r) => {
  console.log("first", r.value);
  it.return("ret").then((r) => console.log("ret", r.value, r.done));
  Promise.resolve().then(() => console.log("t1")).then(() => console.log("t2")).then(() => console.log("t3"));
});
async function* h() {}
const hi = h();
hi.return("early").then((r) => console.log("completed return", r.value, r.done));
Promise.resolve().then(() => console.log("u1")).then(() => console.log("u2")).then(() => console.log("u3"));
async function* k() { yield 1; }
const ki = k();
ki.next();
ki.return(Promise.resolve("p")).then((r) => console.log("promise return", r.value));
ki.return(Promise.reject(new Error("rej"))).then(null, (e) => console.log("rejected", e.message));
async function* m() { try { yield 1; } catch (e) { console.log("caught at yield", e); } }
const mi = m();
mi.next().then(() => mi.return(Promise.reject("boom")).then((r) => console.log("m", r.value, r.done)));
