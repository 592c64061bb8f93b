throw new Error('module body failed');
