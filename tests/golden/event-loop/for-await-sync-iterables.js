// for await and yield* in async generators see sync iterables through
// CreateAsyncFromSyncIterator: values awaited, tick for tick as in Node.
async function main() {
  for await (const x of [1, Promise.resolve(2), 3]) console.log("v", x);
  console.log("loop done");
}
main().then(() => console.log("main done"));
Promise.resolve().then(() => console.log("t1")).then(() => console.log("t2")).then(() => console.log("t3")).then(() => console.log("t4")).then(() => console.log("t5")).then(() => console.log("t6")).then(() => console.log("t7")).then(() => console.log("t8")).then(() => console.log("t9"));
async function* g() { yield* [Promise.resolve(3), 4]; }
(async () => { for await (const v of g()) console.log("g", v); })();
async function* bad() { yield* [Promise.reject(new Error("no"))]; }
bad().next().then((r) => console.log("bad value", r), (e) => console.log("bad rejected", e.message));
function* closing() { try { yield Promise.reject(new Error("r")); yield 2; } finally { console.log("sync iterator closed"); } }
(async () => { try { for await (const v of closing()) console.log(v); } catch (e) { console.log("caught", e.message); } })();
async function* th() { yield* [1, 2]; }
const ti = th();
ti.next().then(() => ti.throw(new Error("x"))).then((r) => console.log("throw result", r), (e) => console.log("throw rejected", e.constructor.name, e.message));
