const items = [1, 2, 3];
console.log("items:", items.length;
console.log("done");
