async function f(flag) {
  console.log('enter', flag);
  if (flag) {
    await null;
    console.log('awaited branch', flag);
  } else {
    console.log('sync branch', flag);
  }
  const x = flag ? await 'yes' : 'no';
  console.log('ternary', flag, x);
  const y = flag && (await 'and');
  console.log('and', flag, y);
}
f(true);
f(false);
console.log('sync end');
