module.exports = { ...require('./settings.json'), loadedFrom: 'index' };
