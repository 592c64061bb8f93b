const people = [
  { name: "ann", team: "red" },
  { name: "bob", team: "blue" },
  { name: "cy", team: "red" },
];
const byTeam = Object.groupBy(people, (p) => p.team);
console.log(byTeam);
console.log("null prototype:", Object.getPrototypeOf(byTeam));
console.log("keys in first-seen order:", Object.keys(byTeam));
const byParity = Object.groupBy([1, 2, 3, 4, 5], (n, i) => (n % 2 ? "odd" : "even"));
console.log(byParity.odd, byParity.even);
console.log("from string:", Object.groupBy("hello", (c) => ("aeiou".includes(c) ? "vowel" : "consonant")));
