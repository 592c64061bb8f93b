export default "cond (import)";
