module.exports = import("../lib.mjs");
