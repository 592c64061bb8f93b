module.exports = "cond (require)";
