async function loop(name, n) {
  for (let i = 0; i < n; i++) {
    console.log(name, i);
    await null;
  }
  console.log(name, 'done');
}
loop('a', 3);
loop('b', 2);
let i = 0;
while (i < 2) {
  console.log('sync while', i);
  i++;
}
