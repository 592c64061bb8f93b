export const __esModule = false;
export default 'own flag';
