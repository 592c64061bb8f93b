globalThis.runs = (globalThis.runs ?? 0) + 1;
module.exports = { runs: globalThis.runs };
