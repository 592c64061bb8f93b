export { inc as renamed } from './counter.mjs';
export * as sub from './counter.mjs';
export * from './extra.mjs';
