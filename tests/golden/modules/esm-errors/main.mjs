// Import failures as Node words them, seen through dynamic import().
const short = (e) => `${e.name} ${e.code ?? ''} ${e.message.split(import.meta.dirname + '/').join('')}`;
for (const spec of ['./missing-export.mjs', './nowhere.mjs', './no-ext', 'no-such-package', 'node:nope', './throws.mjs', './throws.mjs']) {
  try {
    await import(spec);
  } catch (e) {
    console.log(spec, '->', short(e));
  }
}
