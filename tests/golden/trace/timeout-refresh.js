// refresh() arms a timer again from now.
const t = setTimeout(() => console.log('refreshed timer'), 10);
setTimeout(() => {
  console.log('refreshing');
  t.refresh();
}, 5);
setTimeout(() => console.log('at 12'), 12);
