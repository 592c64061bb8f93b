import './tla-dep.mjs';
export const never = 1;
