async function f() {
  try {
    await null;
    return 'from try';
  } finally {
    console.log('finally runs');
    await null;
    return 'from finally';
  }
}
async function g() {
  try {
    throw new Error('thrown');
  } finally {
    await null;
    console.log('g finally');
  }
}
f().then((v) => console.log('f:', v));
g().catch((e) => console.log('g rejected:', e.message));
