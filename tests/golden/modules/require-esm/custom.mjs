class Counter { constructor() { this.n = 0; } }
export { Counter as 'module.exports' };
export const ignored = true;
