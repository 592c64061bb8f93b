export default function greet() { return 'hi'; }
export const version = 2;
