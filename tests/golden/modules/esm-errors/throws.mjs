console.log('throws.mjs evaluates once');
throw new RangeError('module body failed');
