import back from './cycle-back.cjs';
export const seen = back;
