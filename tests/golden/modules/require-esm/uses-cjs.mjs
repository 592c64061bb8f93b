import helper from './helper.cjs';
export const fromCjs = helper();
