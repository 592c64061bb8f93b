const t = setTimeout(() => console.log('fired'), 1);
console.log(typeof t, typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh);
console.log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
console.log(typeof +t, +t === Number(t));
const u = setTimeout(() => console.log('never: cleared by number'), 2);
clearTimeout(+u);
