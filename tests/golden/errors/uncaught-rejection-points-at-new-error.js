Promise.reject(new Error('late'));
