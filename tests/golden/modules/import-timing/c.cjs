console.log('c runs');
module.exports = 'c';
