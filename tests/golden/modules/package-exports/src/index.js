module.exports = "app index";
