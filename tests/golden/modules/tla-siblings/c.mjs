console.log('c runs (no await)');
export const c = 'c';
