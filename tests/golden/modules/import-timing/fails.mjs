console.log('fails runs');
throw new Error('fails at load');
