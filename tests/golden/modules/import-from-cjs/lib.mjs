export const answer = 42;
export default 'default export';
