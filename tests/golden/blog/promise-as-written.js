const blue = true;
const blue = new Promise(function(resolve, reject) {
    if (blue) {
        return resolve('It\'s True!');
    }
    reject('blue does not appear to be true')
})

blue.then((res) => {
      return res; // It's True!
  })
