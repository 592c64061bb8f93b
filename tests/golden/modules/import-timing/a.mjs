console.log('a runs');
export const x = 'x';
