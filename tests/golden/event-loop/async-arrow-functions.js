const f = async (x) => {
  console.log('f', x);
  await null;
  return x * 2;
};
const g = async (x) => x + 1;
const h = async () => { await null; throw new Error('arrow error'); };
function Outer() {
  this.name = 'outer';
  this.run = async () => {
    await null;
    console.log('this.name in arrow:', this.name);
  };
}
f(2).then((v) => console.log('f result', v));
g(1).then((v) => console.log('g result', v));
h().catch((e) => console.log('h caught', e.message));
new Outer().run();
console.log('sync end');
