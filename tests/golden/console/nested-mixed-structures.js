const data = {
  users: [
    { name: "ann", roles: ["admin"], meta: { lastLogin: null, flags: { beta: true } } },
    { name: "bob", roles: [], meta: { lastLogin: 1700000000, flags: {} } },
  ],
  total: 2,
};
console.log(data);
console.log(data.users);
console.log([data.users[0].meta]);
console.log({ a: [{ b: [{ c: [] }] }] });
