let count = 0;
module.exports = function next() {
  return ++count;
};
