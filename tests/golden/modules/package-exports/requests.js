// The requests both entry points resolve, and how their errors print (paths
// relative to this folder, so the output is the same on every machine).
module.exports = [
  'pkg', 'pkg/feat/a', 'pkg/feat/a.js', 'pkg/feat/deep/b', 'pkg/feat/internal/secret',
  'pkg/sub', 'pkg/either', 'pkg/no-dot', 'pkg/number', 'pkg/escape', 'pkg/missing',
  'pkg/lib/main.cjs', 'pkg/nothing', '@scope/tool', '@scope/tool/tool.js', 'legacy',
  'legacy/lib/deep.js', 'badcfg', 'app', 'app/helpers', 'app/src/index.js', '#helpers',
  '#cond', '#lib/index', '#dep', '#path', '#off', '#missing', '#',
];
module.exports.show = (e) => `${e.code}: ${e.message.replaceAll(__dirname, '.')}`;
