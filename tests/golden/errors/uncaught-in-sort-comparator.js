const people = [{ age: 3 }, null, { age: 1 }];
people.sort((a, b) => a.age - b.age);
