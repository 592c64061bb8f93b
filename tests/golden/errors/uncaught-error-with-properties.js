const e = new Error('with props');
e.code = 'E_X';
throw e;
