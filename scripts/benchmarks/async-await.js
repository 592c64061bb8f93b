// 1,000 concurrent async functions, each awaiting 1,000 times.
let total = 0;
async function worker(id) {
  for (let i = 0; i < 1000; i++) {
    total = (total + (await i) + id) % 1000003;
  }
}
const workers = [];
for (let id = 0; id < 1000; id++) workers.push(worker(id));
Promise.all(workers).then(() => console.log(total));
