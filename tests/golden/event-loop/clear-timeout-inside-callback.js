const later = setTimeout(() => console.log('never printed'), 5);
setTimeout(() => {
  console.log('clearing the other one');
  clearTimeout(later);
}, 1);
const self = setTimeout(() => {
  console.log('clearing itself is harmless');
  clearTimeout(self);
}, 2);
clearTimeout(setTimeout(() => console.log('cleared before it ran'), 0));
clearTimeout(undefined);
clearTimeout(12345);
