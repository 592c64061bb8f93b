module.exports = { kind: typeof module };
