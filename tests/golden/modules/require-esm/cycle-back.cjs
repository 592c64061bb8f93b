try {
  require('./cycle.mjs');
} catch (e) {
  module.exports = `${e.code}: ${e.message.replaceAll(__dirname, '.')}`;
}
