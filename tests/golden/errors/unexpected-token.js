console.log("start");
const total = 1 + * 2;
console.log(total);
