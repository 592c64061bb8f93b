console.log('b runs');
export const y = 'y';
