const blue = true;
const bluePromise = new Promise(function(resolve, reject) {
    if (blue) {
        return resolve('It\'s True!');
    }
    reject('blue does not appear to be true')
})

bluePromise.then((res) => {
      console.log(res); // It's True!
  })
