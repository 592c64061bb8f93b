// 300k small objects through map, filter and reduce.
const items = [];
for (let i = 0; i < 300000; i++) {
  items.push({ id: i, group: i % 7, score: (i * 31) % 101 });
}
const total = items
  .map((item) => ({ id: item.id, group: item.group, score: item.score * 2 }))
  .filter((item) => item.group !== 3 && item.score > 50)
  .reduce((acc, item) => (acc + item.score + item.id) % 1000000007, 0);
console.log(items.length, total);
