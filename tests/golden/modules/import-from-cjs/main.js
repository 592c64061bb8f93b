// import() from CommonJS: a promise of the namespace, resolved against the calling
// file; CommonJS modules come back with `default` = module.exports; a module with
// top-level await settles once it has finished; failures reject.
const show = (e) => `${e.code}: ${e.message.replaceAll(__dirname, '.')}`;

(async () => {
  const ns = await import('./lib.mjs');
  console.log(ns, ns.answer);
  const cjs = await import('./plain.cjs');
  console.log(cjs.default, cjs.kind);
  const nested = await require('./sub/nested.js');
  console.log(nested === ns);
  console.log((await import('node:path')).default === require('path'));
  console.log((await import('./slow.mjs')).slow);
  await import('./missing.mjs').catch((e) => console.log(show(e)));
  await import('not-a-package').catch((e) => console.log(show(e)));
})();
console.log('sync code first');
