console.log('throws.js runs');
throw new Error('module failed');
