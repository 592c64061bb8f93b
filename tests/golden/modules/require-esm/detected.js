export const detected = 'a .js file with module syntax';
