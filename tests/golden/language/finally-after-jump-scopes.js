// A finally body run on the way out of break/continue/return sees the scopes outside
// its try, not those the jump left (their Envs are already popped).
for (let i = 0; i < 1; i++) { const c = () => i;
  try { throw 0 } catch { let j; const d = () => j; continue; }
  finally { let k; const e = () => k; console.log(i) } }
function f() {
  let outer = 7;
  for (let i = 0; i < 1; i++) { const c = () => i;
    try { throw 0 } catch { let j = 99; const d = () => j; i = 99; continue; }
    finally { let k; const e = () => k; } }
  return outer;
}
console.log(f());
var j = "global";
function g() { try { throw 1 } catch { let j = "catch"; return 1 } finally { console.log(j) } }
g();
function h() { lbl: { try { let q = 1; const z = () => q; break lbl; } finally { let w = 2; const y = () => w; console.log(w); } } return 5; }
console.log(h());
function h2() { let a = 3; const fa = () => a; try { let q = 1; const z = () => q; return q; } finally { console.log(a, fa()); } }
console.log(h2());
