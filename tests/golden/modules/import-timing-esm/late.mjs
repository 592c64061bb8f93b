console.log('late runs at turn', globalThis.turn);
export const late = 'late';
