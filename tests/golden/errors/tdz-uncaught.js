console.log("before");
function useEarly() {
  return value * 2;
}
console.log(useEarly());
let value = 21;
