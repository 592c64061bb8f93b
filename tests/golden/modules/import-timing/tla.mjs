console.log('tla runs at turn', globalThis.turn);
await null;
console.log('tla resumes at turn', globalThis.turn);
export default 'tla';
