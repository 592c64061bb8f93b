//! Dynamic scopes: `with` statements and the variables direct `eval` declares. A name
//! that may be bound in one of them is looked up at run time in the objects of the
//! dynamic scopes between the code and the name's static binding, innermost first;
//! when none has it, the static binding (register, `Env` slot or global) is used.
//! Code with no dynamic scope around it compiles as if this file did not exist.

use super::*;

/// What kind of object a dynamic scope's `Env` holds.
#[derive(Clone, Copy, Debug)]
pub(super) enum Dynamic {
    /// A `with` statement's object, in slot 0 (its bindings are the object's
    /// properties not blocked by its @@unscopables).
    With,
}

/// A dynamic scope met on the way from the code to a name's static binding.
#[derive(Clone, Copy)]
struct DynamicHop {
    depth: u16,
    slot: u16,
    with: bool,
}

/// Compiler-internal bindings (`this`, `new.target`, private names, hidden class
/// bindings) are spelled so that no source identifier can name them, and no dynamic
/// scope may bind them.
fn is_source_identifier(name: &str) -> bool {
    name != scope::THIS && !name.contains(['#', '%', '.', ' '])
}

impl<'a> Compiler<'a, '_> {
    /// The dynamic scopes between the current code and the static binding of `name`,
    /// innermost first (empty for code outside any dynamic scope).
    fn dynamic_hops(&self, name: &str) -> Vec<DynamicHop> {
        let mut hops = Vec::new();
        if !is_source_identifier(name) {
            return hops;
        }
        let mut depth: u16 = 0;
        for f in self.funcs.iter().rev() {
            for scope in f.scopes.iter().rev() {
                if scope.bindings.contains_key(name) {
                    return hops;
                }
                match scope.dynamic {
                    Some(Dynamic::With) => hops.push(DynamicHop {
                        depth,
                        slot: 0,
                        with: true,
                    }),
                    None => {}
                }
                if scope.has_env {
                    depth += 1;
                }
            }
        }
        hops
    }

    /// No dynamic scope may bind `name` here: its static binding is the one.
    pub(super) fn only_static(&self, name: &str) -> bool {
        self.dynamic_hops(name).is_empty()
    }

    /// Emits a reference to `name`: when dynamic scopes may bind it, code that looks it
    /// up in their objects and runs `dynamic(obj, name constant)` with R[obj] the
    /// object found (R[obj+1] the `this` of a call through it), or else `fixed`;
    /// without dynamic scopes, just `fixed`.
    pub(super) fn through_dynamic_scopes(
        &mut self,
        name: &str,
        span: Span,
        dynamic: impl FnOnce(&mut Self, Reg, u32) -> CResult,
        fixed: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let hops = self.dynamic_hops(name);
        if hops.is_empty() {
            return fixed(self);
        }
        let mark = self.mark();
        let obj = self.alloc_n(2, span)?;
        let k = self.atom_const(name);
        self.emit(Op::LoadEmpty { dst: obj });
        for hop in hops {
            self.emit_at(
                Op::ResolveDyn {
                    obj,
                    depth: hop.depth,
                    slot: hop.slot,
                    name: k,
                    with: hop.with,
                },
                span,
            );
        }
        let to_fixed = self.emit(Op::JumpIfEmpty {
            cond: obj,
            target: 0,
        });
        dynamic(self, obj, k)?;
        let end = self.jump();
        self.patch_here(to_fixed);
        fixed(self)?;
        self.patch_here(end);
        self.release(mark);
        Ok(())
    }

    /// `with (object) body` (14.11.2): the body runs in an object environment.
    pub(super) fn with_stmt(&mut self, object: &'a Expr, body: &'a Stmt) -> CResult {
        let mark = self.mark();
        let obj = self.expr_reg(object)?;
        self.emit_at(Op::PushWith { src: obj }, object.span);
        self.release(mark);
        let reg_base = self.mark();
        self.f().scopes.push(Scope {
            bindings: FxHashMap::default(),
            has_env: true,
            env_size: 1,
            reg_base,
            always_check: false,
            dynamic: Some(Dynamic::With),
        });
        self.stmt(body)?;
        self.pop_scope();
        Ok(())
    }
}
