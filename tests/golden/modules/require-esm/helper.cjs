module.exports = () => "from a CommonJS helper";
