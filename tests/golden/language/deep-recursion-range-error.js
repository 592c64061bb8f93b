function down(n) {
  return down(n + 1) + 1;
}
try {
  down(0);
  console.log("not reached");
} catch (e) {
  console.log("instanceof RangeError:", e instanceof RangeError);
  console.log("message:", e.message);
}
console.log("still running after overflow");
function ok(n) {
  return n === 0 ? 0 : 1 + ok(n - 1);
}
console.log("moderate depth works:", ok(1000));
