await new Promise((resolve) => setTimeout(resolve, 10));
export const slow = 'after top-level await';
