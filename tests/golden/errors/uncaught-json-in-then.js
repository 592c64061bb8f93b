// A rejection from JSON.parse points into the JSON text too.
Promise.resolve('[1, 2,, 3]').then((text) => JSON.parse(text));
