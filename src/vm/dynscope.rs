//! The instructions of dynamic scopes: `with` objects and the variables direct `eval`
//! declares in a function, whose bindings are only known at run time (Object
//! Environment Records, ECMA-262 9.1.1.2).

use super::{ErrorKind, JsError, JsResult, Vm};
use crate::compiler::EvalSite;
use crate::compiler::bytecode::{Constant, FunctionTemplate, Op, Reg, Source};
use crate::runtime::heap::{Atom, Env};
use crate::runtime::object::{DEFAULT_ATTRS, ENUMERABLE, PropertyKey, Slot, WRITABLE};
use crate::runtime::{ObjRef, ObjectKind, Value};
use std::rc::Rc;

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
                let env = self.env_up(fi, depth);
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
                // SetMutableBinding (9.1.1.2.5). Its HasProperty decides only in strict
                // code (a binding deleted since the reference was resolved is a
                // ReferenceError), so sloppy code skips it, as V8 and the global
                // object's bindings do.
                let Value::Object(o) = self.stack[base + obj as usize] else {
                    unreachable!("DynSet after a ResolveDyn that found an object");
                };
                let key = PropertyKey::String(atom(name));
                if strict && !self.has_property(o, key)? {
                    let text = self.heap.atom_string(atom(name));
                    let text = self.heap.to_rust_string(text);
                    return Err(self.reference_error(format!("{text} is not defined")));
                }
                let v = self.stack[base + src as usize];
                self.set(Value::Object(o), key, v, strict)?;
            }
            Op::DeclareEvalVar { depth, slot, name } => {
                // EvalDeclarationInstantiation step 17.a.i.1: CreateMutableBinding(vn,
                // true) in the function's variable environment, made deletable.
                let env = self.env_up(fi, depth);
                let table = match self.heap.env(env).slots[slot as usize] {
                    Value::Object(o) => o,
                    _ => {
                        let o = self.alloc_object(None, ObjectKind::Ordinary);
                        self.heap.env_mut(env).slots[slot as usize] = Value::Object(o);
                        o
                    }
                };
                let key = PropertyKey::String(atom(name));
                if self.peek_own_property(table, key).is_none() {
                    self.define_value(table, key, Value::Undefined, DEFAULT_ATTRS);
                }
            }
            Op::CheckEvalGlobal { name, function } => {
                // EvalDeclarationInstantiation steps 10.a.iv and 12.b.i.
                let key = PropertyKey::String(atom(name));
                let g = self.realm.global;
                match self.peek_own_property(g, key) {
                    None if !self.heap.obj(g).extensible => {
                        let name = self.key_text(key);
                        return Err(self.type_error(format!(
                            "Cannot add property {name}, object is not extensible"
                        )));
                    }
                    // CanDeclareGlobalFunction: a function may replace a configurable
                    // property or a writable, enumerable data property.
                    Some(p)
                        if function
                            && !p.configurable()
                            && !(matches!(p.slot, Slot::Data(_))
                                && p.attrs & (WRITABLE | ENUMERABLE) == WRITABLE | ENUMERABLE) =>
                    {
                        let name = self.key_text(key);
                        return Err(self
                            .type_error(format!("Identifier '{name}' has already been declared")));
                    }
                    _ => {}
                }
            }
            Op::DeclareEvalGlobalVar { name } => {
                // CreateGlobalVarBinding(vn, true): configurable, unlike a script's.
                let key = PropertyKey::String(atom(name));
                let g = self.realm.global;
                if self.peek_own_property(g, key).is_none() {
                    self.define_value(g, key, Value::Undefined, DEFAULT_ATTRS);
                }
            }
            op => unreachable!("{op:?} is not a dynamic-scope instruction"),
        }
        Ok(())
    }

    /// The `Env` `depth` hops up from frame `fi`'s current one.
    fn env_up(&self, fi: usize, depth: u16) -> crate::runtime::EnvRef {
        let mut env = self.frames[fi].env.expect("a dynamic scope has an Env");
        for _ in 0..depth {
            env = self
                .heap
                .env(env)
                .parent
                .expect("env depth within the chain");
        }
        env
    }

    /// `eval(...)` called directly from frame `fi` with its `argc` arguments at
    /// R[args] (PerformEval, 19.2.1.1, with direct = true): a string argument is
    /// parsed and compiled against the scopes `site` describes and run over the
    /// frame's current `Env`; any other argument is the result.
    pub(super) fn direct_eval(
        &mut self,
        fi: usize,
        site: Rc<EvalSite>,
        args: Reg,
        argc: u16,
    ) -> JsResult<Value> {
        let base = self.frames[fi].base;
        let x = if argc == 0 {
            Value::Undefined
        } else {
            self.stack[base + args as usize]
        };
        let Value::String(s) = x else {
            return Ok(x);
        };
        let text = self.heap.to_rust_string(s);
        let syntax_error =
            |d: crate::diagnostics::Diagnostic| JsError::Native(ErrorKind::SyntaxError, d.message);
        let program = crate::parser::parse_in(&text, site.parse_context()).map_err(syntax_error)?;
        let source = Rc::new(Source {
            name: "<anonymous>".into(),
            text,
            eval_origin: Some(self.eval_origin()),
        });
        let template = crate::compiler::compile_eval(
            &program,
            source,
            &mut self.heap,
            &mut self.globals,
            &site,
        )
        .map_err(syntax_error)?;
        let env = self.frames[fi].env;
        // `super.x` in the code refers to the caller's home object.
        let home: Option<ObjRef> = match self.frames[fi].function {
            Some(f) => match &self.heap.obj(f).kind {
                ObjectKind::Function(c) => c.home_object,
                _ => None,
            },
            None => None,
        };
        let f = self.make_closure(template, env, home);
        self.call(Value::Object(f), Value::Undefined, &[])
    }

    /// HasBinding of an object environment (9.1.1.2.1): the object has the property
    /// and, for a `with` object, its @@unscopables does not block the name.
    fn object_has_binding(&mut self, o: ObjRef, name: Atom, with: bool) -> JsResult<bool> {
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
