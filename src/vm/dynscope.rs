//! The instructions of dynamic scopes: `with` objects and the variables direct `eval`
//! declares in a function, whose bindings are only known at run time (Object
//! Environment Records, ECMA-262 9.1.1.2).

use super::{JsResult, Vm};
use crate::compiler::bytecode::{Constant, FunctionTemplate, Op};
use crate::runtime::Value;
use crate::runtime::heap::{Atom, Env};
use crate::runtime::object::PropertyKey;

impl Vm {
    /// Runs one of the dynamic-scope instructions (`PushWith`, `ResolveDyn`, `DynGet`,
    /// `DynSet`) for frame `fi`. Kept out of the instruction loop: only code inside a
    /// `with` body or next to a direct `eval` reaches it.
    #[inline(never)]
    pub(super) fn dynamic_scope_op(
        &mut self,
        fi: usize,
        template: &FunctionTemplate,
        op: Op,
    ) -> JsResult<()> {
        let base = self.frames[fi].base;
        let atom = |idx: u32| match &template.constants[idx as usize] {
            Constant::String(a) => *a,
            c => unreachable!("expected a string constant, found {c:?}"),
        };
        match op {
            Op::PushWith { src } => {
                // 14.11.2 steps 1-3: ToObject, then a new object environment.
                let obj = self.to_object(self.stack[base + src as usize])?;
                let parent = self.frames[fi].env;
                let env = self.heap.alloc_env(Env {
                    slots: smallvec::smallvec![Value::Object(obj)],
                    parent,
                });
                let f = &mut self.frames[fi];
                f.env = Some(env);
                f.scope_depth += 1;
            }
            Op::ResolveDyn {
                obj,
                depth,
                slot,
                name,
                with,
            } => {
                if !matches!(self.stack[base + obj as usize], Value::Empty) {
                    return Ok(());
                }
                let mut env = self.frames[fi].env.expect("a dynamic scope has an Env");
                for _ in 0..depth {
                    env = self
                        .heap
                        .env(env)
                        .parent
                        .expect("env depth within the chain");
                }
                let Value::Object(o) = self.heap.env(env).slots[slot as usize] else {
                    // No eval has declared a variable here yet.
                    return Ok(());
                };
                if self.object_has_binding(o, atom(name), with)? {
                    self.stack[base + obj as usize] = Value::Object(o);
                    self.stack[base + obj as usize + 1] = if with {
                        Value::Object(o)
                    } else {
                        Value::Undefined
                    };
                }
            }
            Op::DynGet { dst, obj, name } => {
                // GetBindingValue (9.1.1.2.6) without its second HasProperty, as V8 does:
                // the property the lookup found is read as it is now.
                let Value::Object(o) = self.stack[base + obj as usize] else {
                    unreachable!("DynGet after a ResolveDyn that found an object");
                };
                let key = PropertyKey::String(atom(name));
                self.stack[base + dst as usize] = self.get(Value::Object(o), key)?;
            }
            Op::DynSet {
                obj,
                src,
                name,
                strict,
            } => {
                // SetMutableBinding (9.1.1.2.5), also without V8's skipped HasProperty.
                let Value::Object(o) = self.stack[base + obj as usize] else {
                    unreachable!("DynSet after a ResolveDyn that found an object");
                };
                let key = PropertyKey::String(atom(name));
                let v = self.stack[base + src as usize];
                self.set(Value::Object(o), key, v, strict)?;
            }
            op => unreachable!("{op:?} is not a dynamic-scope instruction"),
        }
        Ok(())
    }

    /// HasBinding of an object environment (9.1.1.2.1): the object has the property
    /// and, for a `with` object, its @@unscopables does not block the name.
    fn object_has_binding(
        &mut self,
        o: crate::runtime::ObjRef,
        name: Atom,
        with: bool,
    ) -> JsResult<bool> {
        let key = PropertyKey::String(name);
        if !self.has_property(o, key)? {
            return Ok(false);
        }
        if !with {
            return Ok(true);
        }
        let unscopables_key = PropertyKey::Symbol(self.realm.symbol_unscopables);
        let unscopables = self.get(Value::Object(o), unscopables_key)?;
        if let Value::Object(u) = unscopables {
            let blocked = self.get(Value::Object(u), key)?;
            return Ok(!self.to_boolean(blocked));
        }
        Ok(true)
    }
}
