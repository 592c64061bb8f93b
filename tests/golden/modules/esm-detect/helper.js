// No module syntax: CommonJS, even when an ES module imports it.
exports.helper = () => `helper is CommonJS: ${typeof module}`;
