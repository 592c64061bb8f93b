const blue = true;
const bluePromise = new Promise(function(resolve, reject) {
    if (blue) {
        return resolve('It\'s True!');
    }
    reject('blue does not appear to be true')
})

async function main() {
    const res = await bluePromise;
    console.log(res); // It's True!
    return res;
}

main();
