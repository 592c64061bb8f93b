// A cycle: evaluation is depth first (b, then a, then main); b may call a's hoisted
// function before a runs, and reading a's `let` then throws (TDZ).
import { fromA, hoisted } from './a.mjs';
console.log('main runs', fromA, hoisted());
