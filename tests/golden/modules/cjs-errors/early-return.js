module.exports = 'before';
if (module.exports) return;
module.exports = 'after';
