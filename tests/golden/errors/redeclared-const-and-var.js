const limit = 10;
function check(n) {
  return n < limit;
}
var limit = 20;
console.log(check(5));
