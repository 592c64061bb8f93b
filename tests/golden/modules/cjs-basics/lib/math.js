exports.add = (a, b) => a + b;
exports.name = path();
function path() {
  return require('path').basename(module.filename);
}
