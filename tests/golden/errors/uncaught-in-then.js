Promise.resolve(21)
  .then((n) => n * 2)
  .then(function check(n) {
    if (n > 40) throw new TypeError('too big: ' + n);
  });
