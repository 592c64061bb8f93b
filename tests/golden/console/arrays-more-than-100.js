console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, () => "s"));
const sparseLong = new Array(200);
sparseLong[0] = 1;
sparseLong[199] = 2;
console.log(sparseLong);
