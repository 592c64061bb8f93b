// The classic ordering puzzle: synchronous code, then microtasks, then timers.
console.log('script start');
setTimeout(function timeout() {
  console.log('setTimeout');
}, 0);
Promise.resolve().then(function then1() {
  console.log('promise then');
});
async function run() {
  console.log('async function start');
  await null;
  console.log('async function after await');
}
run();
console.log('script end');
