// Promise.race settles like its first settled element.
const fast = new Promise((resolve) => setTimeout(() => resolve('fast'), 1));
const slow = new Promise((resolve) => setTimeout(() => resolve('slow'), 20));
Promise.race([slow, fast]).then((v) => console.log('race:', v));
