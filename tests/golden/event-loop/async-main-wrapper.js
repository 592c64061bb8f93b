async function main() {
  console.log('main start');
  const v = await new Promise((r) => setTimeout(() => r('data'), 5));
  console.log('main got', v);
  return 'main result';
}
main()
  .then((r) => console.log('then:', r))
  .catch((e) => console.log('error:', e))
  .finally(() => console.log('finally'));
(async () => {
  console.log('iife start');
  await null;
  console.log('iife after await');
})();
console.log('script end');
