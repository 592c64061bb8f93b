module.exports = "app helpers";
