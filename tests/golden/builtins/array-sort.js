console.log("default sort is string order:", [10, 9, 1, 100, 25].sort());
console.log("numeric comparator:", [10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log("descending:", [3, 1, 2].sort((a, b) => b - a));
console.log("undefined sorts last:", [3, undefined, 1, null].sort());
console.log("holes after undefined:", [3, , undefined, 1].sort());
console.log("mixed types:", [true, "b", 1, "a", null].sort());
const people = [
  { name: "ann", age: 30 }, { name: "bob", age: 25 }, { name: "cy", age: 30 },
  { name: "di", age: 25 }, { name: "ed", age: 30 }, { name: "flo", age: 25 },
];
console.log("stable:", people.sort((a, b) => a.age - b.age).map((p) => p.name).join(" "));
const arr = [3, 1, 2];
console.log("sorts in place and returns it:", arr.sort() === arr, arr);
console.log("strings:", ["banana", "apple", "Cherry", "äpfel"].sort());
console.log("reverse:", [1, 2, 3].reverse());
console.log("emoji by code units:", ["😀", "z", "\uffff"].sort());
