//! The instruction loop and exception unwinding.

use super::generator::DelegateStep;
use super::ops::{Hint, loose_equals_at_once};
use super::property::Descriptor;
use super::{FrameTemplate, JsError, JsResult, LaidOut, Layout, Vm};
use crate::compiler::bytecode::{
    Constant, FunctionTemplate, GlobalCache, HandlerKind, NotIterable, Op, TemplateKind,
};
use crate::runtime::heap::Env;
use crate::runtime::number::to_int32;
use crate::runtime::object::*;
use crate::runtime::operator::NumericOp;
use crate::runtime::{EnvRef, ObjRef, ObjectKind, Value};
use smallvec::SmallVec;
use std::rc::Rc;

impl Vm {
    /// Runs frames until the innermost boundary frame returns (its value) or an
    /// exception escapes it. This is the one way Rust code enters JavaScript, so it
    /// tells the heap's activations, which keep the caller's handles alive.
    pub(super) fn run(&mut self) -> JsResult<Value> {
        self.heap.activations.enter_run();
        // A safepoint: what the Rust caller holds is kept from here on, and a native
        // calling many short callbacks has none of its own.
        self.maybe_collect();
        let result = loop {
            match self.execute() {
                Ok(v) => break Ok(v),
                Err(e) => {
                    if let Err(e) = self.unwind(e) {
                        break Err(e);
                    }
                }
            }
        };
        let returned = match &result {
            Ok(v) | Err(JsError::Thrown(v)) => Some(*v),
            Err(_) => None,
        };
        self.heap.activations.leave_run(returned);
        result
    }

    /// `f.call(thisArg, ...args)` and `f.apply(thisArg, list)` of a closure `f` that
    /// an ordinary call can enter (`call_or_apply` is `fo`, `f` is at
    /// `stack[frame_base]` with the arguments after it): lays out `thisArg` and the
    /// arguments for `f` in place and returns `f` and the argument count, so the
    /// caller pushes `f`'s frame instead of running `call`/`apply` as a native (V8
    /// shows no frame for them either). `None` leaves other callees to the native.
    fn forward_call(
        &mut self,
        call_or_apply: ObjRef,
        frame_base: usize,
        argc: usize,
    ) -> JsResult<Option<(ObjRef, usize)>> {
        let Some(target) = self.entered_closure(self.stack[frame_base]) else {
            return Ok(None);
        };
        let arg = |vm: &Vm, i: usize| {
            if i < argc {
                vm.stack[frame_base + 1 + i]
            } else {
                Value::Undefined
            }
        };
        let this = arg(self, 0);
        if call_or_apply == self.realm.function_call {
            if argc > 1 {
                self.stack
                    .copy_within(frame_base + 2..frame_base + 1 + argc, frame_base + 1);
            }
            self.stack[frame_base] = this;
            return Ok(Some((target, argc.saturating_sub(1))));
        }
        let list = arg(self, 1);
        let to = frame_base + 1;
        let argc = if list.is_nullish() {
            0
        } else if let Some(n) = self.arguments_into(list, to) {
            n
        } else {
            let values = self.array_like_to_vec(list)?;
            let end = to + values.len();
            self.grow_stack(end)?;
            self.stack[to..end].copy_from_slice(&values);
            values.len()
        };
        self.stack[frame_base] = this;
        Ok(Some((target, argc)))
    }

    /// `f` when it is a closure whose frame the instruction loop pushes itself: not a
    /// generator or async function, which start through `call`.
    fn entered_closure(&self, f: Value) -> Option<ObjRef> {
        let Value::Object(o) = f else {
            return None;
        };
        match &self.heap.obj(o).kind {
            ObjectKind::Function(c) if !c.template.is_generator && !c.template.is_async => Some(o),
            _ => None,
        }
    }

    /// `f.apply(thisArg, arguments)` in a function that has made no `arguments` object
    /// (`Op::ApplyArguments`), when `apply` (R[base]) is %Function.prototype.apply%
    /// and f (at `stack[frame_base]`) is a function the loop can enter: lays out
    /// thisArg and frame `fi`'s arguments for f in place, as `forward_call` does, and
    /// returns f and the argument count. The object would have held just these
    /// values, and nothing else could have seen it. `None` also when the register
    /// stack has no room for them: the plain call then meets the RangeError.
    fn apply_own_arguments(
        &mut self,
        fi: usize,
        apply: Value,
        frame_base: usize,
    ) -> Option<(ObjRef, usize)> {
        if apply != Value::Object(self.realm.function_apply) {
            return None;
        }
        let target = self.entered_closure(self.stack[frame_base])?;
        let args = self.frames[fi].args.as_deref().unwrap_or(&[]);
        let to = frame_base + 1;
        let end = to + args.len();
        let this = self.stack[to];
        if !self.stack.grow_to(end) {
            return None;
        }
        self.stack[to..end].copy_from_slice(args);
        self.stack[frame_base] = this;
        Some((target, args.len()))
    }

    /// CreateListFromArrayLike of an `arguments` object that nothing has changed in a
    /// way a script could see here (`f.apply(this, arguments)`, the usual way to pass
    /// a call on), written straight to `stack[to..]`: its values read from its
    /// storage, the mapped ones from the parameters they alias; the count. `None` for
    /// any other list, and for an `arguments` object whose `length` was changed or
    /// whose indices were deleted or redefined, which the generic [[Get]] reads (and
    /// when the register stack has no room, which the generic path reports).
    fn arguments_into(&mut self, list: Value, to: usize) -> Option<usize> {
        let Value::Object(o) = list else {
            return None;
        };
        // The heap is read while the stack (another field) is written.
        let heap = &self.heap;
        let obj = heap.obj(o);
        let ObjectKind::Arguments(data) = &obj.kind else {
            return None;
        };
        let length = PropertyKey::String(self.atoms.length);
        let n = data.elements.len();
        match obj.props.get(&length) {
            Some(Property {
                slot: Slot::Data(Value::Number(len)),
                ..
            }) if *len == n as f64 => {}
            _ => return None,
        }
        // A deleted or redefined index lives in the property map (or nowhere).
        if data.elements.contains(&Value::Empty) {
            return None;
        }
        if !self.stack.grow_to(to + n) {
            return None;
        }
        for (i, &v) in data.elements.iter().enumerate() {
            let mapped = data.map.as_ref().and_then(|m| {
                let slot = (*m.slots.get(i)?)?;
                Some(heap.env(m.env).slots[slot as usize])
            });
            self.stack[to + i] = mapped.unwrap_or(v);
        }
        Some(n)
    }

    /// Finds a handler for `err` in the frames down to the innermost boundary; returns
    /// `Err` (after popping the boundary frame) when none catches it.
    pub(super) fn unwind(&mut self, err: JsError) -> JsResult<()> {
        let forced_return = matches!(err, JsError::GeneratorReturn);
        let interrupted = self.interrupted();
        // A `throw` or an error raised here (not one passing through from a call): the
        // place a fatal report points at.
        if let Some(frame) = self.frames.last() {
            let at = frame.pc().saturating_sub(1);
            if matches!(err, JsError::Native(..))
                || matches!(frame.template.code.get(at), Some(Op::Throw { .. }))
            {
                self.note_throw_site();
            }
        }
        let value = self.error_value(err);
        loop {
            let frame = self.frames.last_mut().expect("a frame is running");
            let pc = frame.pc().saturating_sub(1) as u32;
            let template = frame.template.clone();
            // A forced return runs `finally` blocks only; catch clauses let it pass.
            // An interrupt is not an exception: nothing catches it.
            let handler = template.handlers.iter().find(|h| {
                !interrupted
                    && h.start <= pc
                    && pc < h.end
                    && (!forced_return || h.kind == HandlerKind::Finally)
            });
            if let Some(h) = handler {
                while frame.scope_depth > h.scope_depth {
                    let env = frame.env.expect("scope depth counts envs");
                    frame.env = self.heap.env(env).parent;
                    frame.scope_depth -= 1;
                }
                frame.set_pc(h.target as usize);
                let slot = frame.base + h.reg as usize;
                self.stack[slot] = value;
                return Ok(());
            }
            let frame = self.frames.pop().expect("a frame is running");
            if forced_return {
                self.finished_return = frame.pending_return;
                return Err(JsError::GeneratorReturn);
            }
            if frame.boundary {
                return Err(JsError::Thrown(value));
            }
        }
    }

    /// The instruction loop proper.
    fn execute(&mut self) -> JsResult<Value> {
        'frame: loop {
            let fi = self.frames.len() - 1;
            // SAFETY: the frame at `fi` keeps this template alive (see `FrameTemplate`)
            // and stays on the frame stack for as long as this iteration of 'frame uses
            // it: returning from it (or unwinding past it) leaves the iteration first.
            let frame = &self.frames[fi];
            let template: &FunctionTemplate = unsafe { &*std::ptr::from_ref(&*frame.template) };
            let code: &[Op] = &template.code;
            // The next instruction, as a pointer into `code` (as frames keep it).
            let code_start = code.as_ptr();
            let mut ip = frame.ip;
            // The index of the next instruction.
            macro_rules! pc {
                () => {
                    // SAFETY: `ip` points into `code` (see the dispatch below).
                    unsafe { ip.offset_from(code_start) as usize }
                };
            }
            // Continues at instruction `target` of `code`.
            macro_rules! jump_to {
                ($target:expr) => {
                    // SAFETY: jump targets land inside `code` (see the dispatch below).
                    ip = unsafe { code_start.add($target as usize) }
                };
            }

            // Register access through a pointer to the frame's registers, without a
            // bounds check: every frame's registers `base..base + register_count`
            // exist (push_frame and run_script size the stack), the compiler only
            // emits registers below `register_count`, and the register stack never
            // moves, so the pointer holds across calls that grow it.
            debug_assert!(self.stack.len() >= frame.base + template.register_count as usize);
            // SAFETY: the frame's base is inside the stack's reservation (see above).
            // Instructions that need the base itself (calls laying out a callee's
            // frame) read it from the frame where they use it: kept in a local, LLVM
            // hoisted `base + 1` to `base + 3` out of the loop and spilled them at
            // every frame entry.
            let regs = unsafe { self.stack.start().add(frame.base) };
            macro_rules! r {
                ($i:expr) => {
                    *unsafe { &mut *regs.add($i as usize) }
                };
            }
            // The running frame, without a bounds check.
            macro_rules! frame {
                () => {
                    // SAFETY: frame `fi` is on the frame stack for the whole iteration of
                    // 'frame (see `template` above): instructions that push or pop
                    // frames leave the iteration, and calls made from here return with
                    // the frame stack as they found it.
                    *unsafe { self.frames.get_unchecked_mut(fi) }
                };
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            self.frames[fi].ip = ip;
                            return Err(e);
                        }
                    }
                };
            }
            macro_rules! throw {
                ($e:expr) => {{
                    self.frames[fi].ip = ip;
                    return Err($e);
                }};
            }
            // The numbers in two registers, read in place (no copies of the values):
            // the fast path of every numeric instruction.
            macro_rules! numbers {
                ($a:expr, $b:expr) => {
                    match unsafe { (&*regs.add($a as usize), &*regs.add($b as usize)) } {
                        (Value::Number(x), Value::Number(y)) => Some((*x, *y)),
                        _ => None,
                    }
                };
            }
            macro_rules! arith {
                ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                    if let Some((x, y)) = numbers!($a, $b) {
                        r!($dst) = Value::Number($op.apply_numbers(x, y));
                    } else {
                        let (x, y) = (r!($a), r!($b));
                        self.frames[fi].ip = ip;
                        r!($dst) = tri!(self.arith($op, x, y));
                    }
                }};
            }
            // `R[a] <op> R[b]` for a relational operator: `$num` decides two numbers in
            // place, the `Vm` method `$slow` any other pair.
            macro_rules! relation {
                ($a:expr, $b:expr, $num:expr, $slow:ident) => {{
                    match numbers!($a, $b) {
                        Some((x, y)) => $num(x, y),
                        None => {
                            let (x, y) = (r!($a), r!($b));
                            self.frames[fi].ip = ip;
                            tri!(self.$slow(x, y))
                        }
                    }
                }};
            }
            // `R[a] < value`.
            macro_rules! less_than_int {
                ($a:expr, $value:expr) => {{
                    match r!($a) {
                        Value::Number(x) => x < $value as f64,
                        x => {
                            self.frames[fi].ip = ip;
                            tri!(self.less(x, Value::Number($value as f64)))
                        }
                    }
                }};
            }
            // Takes a jump. One back to the top of a loop counts a step (which may
            // interrupt the run) and is a safepoint.
            macro_rules! branch {
                ($target:expr) => {{
                    let target = $target as usize;
                    // SAFETY: jump targets land inside `code` (see the dispatch below).
                    let to = unsafe { code_start.add(target) };
                    if to < ip {
                        tri!(self.step());
                        frame!().ip = to;
                        self.maybe_collect();
                    }
                    ip = to;
                }};
            }
            // Enters `target`, which a call that `forward_call` (or the like) laid out
            // at `frame_base`, returning into R[dst].
            macro_rules! enter_forwarded {
                ($target:expr, $frame_base:expr, $argc:expr, $dst:expr) => {{
                    tri!(self.push_frame(
                        $target,
                        $frame_base,
                        $argc,
                        $dst,
                        Value::Undefined,
                        false
                    ));
                    self.maybe_collect();
                    continue 'frame;
                }};
            }
            // `R[a] == R[b]`, deciding in place when no conversion or string comparison
            // is needed.
            macro_rules! loose_equals {
                ($a:expr, $b:expr) => {{
                    let (x, y) = (r!($a), r!($b));
                    match loose_equals_at_once(x, y) {
                        Some(eq) => eq,
                        None => {
                            self.frames[fi].ip = ip;
                            tri!(self.loose_equals(x, y))
                        }
                    }
                }};
            }
            // ToBoolean(R[cond]), a boolean read in place.
            macro_rules! truthy {
                ($cond:expr) => {
                    match r!($cond) {
                        Value::Bool(b) => b,
                        v => self.to_boolean(v),
                    }
                };
            }
            // A property instruction's inline cache, without a bounds check: the
            // compiler checks that each names one of the template's
            // (`bytecode::caches_inside`).
            macro_rules! prop_cache {
                ($ic:expr) => {
                    unsafe { template.prop_caches.get_unchecked($ic as usize) }
                };
            }
            macro_rules! const_atom {
                ($idx:expr) => {
                    match &template.constants[$idx as usize] {
                        Constant::String(a) => *a,
                        c => unreachable!("expected a string constant, found {c:?}"),
                    }
                };
            }

            loop {
                // SAFETY: `ip` stays inside `code`: every code block ends in an
                // instruction that does not fall through and every jump, handler and
                // resumption point lands inside it (`bytecode::stays_inside`, checked
                // for each template when it is compiled).
                let op = unsafe { &*ip };
                ip = unsafe { ip.add(1) };
                match *op {
                    Op::Mov { dst, src } => r!(dst) = r!(src),
                    Op::LoadConst { dst, idx } => {
                        r!(dst) = match &template.constants[idx as usize] {
                            Constant::Number(n) => Value::Number(*n),
                            Constant::String(a) => Value::String(self.heap.atom_string(*a)),
                            Constant::BigInt(b) => Value::BigInt(*b),
                            c => unreachable!("LoadConst of {c:?}"),
                        }
                    }
                    Op::LoadInt { dst, value } => r!(dst) = Value::Number(value as f64),
                    Op::LoadUndefined { dst } => r!(dst) = Value::Undefined,
                    Op::LoadNull { dst } => r!(dst) = Value::Null,
                    Op::LoadBool { dst, value } => r!(dst) = Value::Bool(value),
                    Op::LoadEmpty { dst } => r!(dst) = Value::Empty,
                    Op::CheckTdz { reg, name } => {
                        if let Value::Empty = r!(reg) {
                            let a = const_atom!(name);
                            let s = self.heap.atom_string(a);
                            let n = self.heap.to_rust_string(s);
                            throw!(self.reference_error(format!(
                                "Cannot access '{n}' before initialization"
                            )));
                        }
                    }
                    Op::CheckThis { reg } => {
                        if let Value::Empty = r!(reg) {
                            throw!(self.reference_error(
                                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"
                            ));
                        }
                    }
                    Op::ThrowConstAssign { .. } => {
                        throw!(self.type_error("Assignment to constant variable."));
                    }
                    Op::PushScope { size } => {
                        let parent = self.frames[fi].env;
                        let env = self.heap.alloc_env(Env {
                            slots: smallvec::smallvec![Value::Empty; size as usize],
                            parent,
                        });
                        let f = &mut self.frames[fi];
                        f.env = Some(env);
                        f.scope_depth += 1;
                    }
                    Op::PopScope {} => {
                        let env = self.frames[fi].env.expect("PopScope matches PushScope");
                        let parent = self.heap.env(env).parent;
                        let f = &mut self.frames[fi];
                        f.env = parent;
                        f.scope_depth -= 1;
                    }
                    Op::CopyScope {} => {
                        let env = self.frames[fi].env.expect("CopyScope inside a scope");
                        let e = self.heap.env(env);
                        let copy = Env {
                            slots: e.slots.clone(),
                            parent: e.parent,
                        };
                        let new = self.heap.alloc_env(copy);
                        self.frames[fi].env = Some(new);
                    }
                    Op::GetEnv { dst, depth, slot } => {
                        let env = frame!().env;
                        let env = self.env_at(env, depth);
                        r!(dst) = self.heap.env(env).slots[slot as usize];
                    }
                    Op::SetEnv { src, depth, slot } => {
                        let env = frame!().env;
                        let env = self.env_at(env, depth);
                        let v = r!(src);
                        self.heap.env_mut(env).slots[slot as usize] = v;
                    }
                    Op::GetGlobal { dst, name } => {
                        // Inline cache: the property's index in the global object.
                        let cache = &template.global_cache[name as usize];
                        let ((epoch, index), a) = (cache.at.get(), cache.name);
                        if epoch == self.globals.epoch {
                            let global = self.heap.obj(self.realm.global);
                            if let Some((
                                PropertyKey::String(k),
                                Property {
                                    slot: Slot::Data(v),
                                    ..
                                },
                            )) = global.props.get_index(index as usize)
                                && *k == a
                            {
                                r!(dst) = *v;
                                continue;
                            }
                        }
                        r!(dst) = tri!(self.get_global(a, true));
                        self.remember_global(cache);
                    }
                    Op::GetGlobalOrUndefined { dst, name } => {
                        let a = const_atom!(name);
                        r!(dst) = tri!(self.get_global(a, false));
                    }
                    Op::SetGlobal { src, name, strict } => {
                        // The same cache as GetGlobal's: a hit is a writable data
                        // property of the global object at the cached index.
                        let cache = &template.global_cache[name as usize];
                        let ((epoch, index), a, v) = (cache.at.get(), cache.name, r!(src));
                        if epoch == self.globals.epoch {
                            let props = &mut self.heap.obj_mut(self.realm.global).props;
                            if matches!(props.get_index(index as usize), Some((PropertyKey::String(k), _)) if *k == a)
                                && props.write_value_at(index as usize, v)
                            {
                                continue;
                            }
                        }
                        tri!(self.set_global(a, v, strict));
                        self.remember_global(cache);
                    }
                    Op::DeclareGlobalVar { name } => {
                        let key = PropertyKey::String(const_atom!(name));
                        let g = self.realm.global;
                        // The global object is ordinary: reading it runs no code.
                        if self.peek_own_property(g, key).is_none() {
                            self.define_value(g, key, Value::Undefined, WRITABLE | ENUMERABLE);
                        }
                    }
                    Op::DeclareGlobalFunction { name, src } => {
                        let key = PropertyKey::String(const_atom!(name));
                        let g = self.realm.global;
                        let v = r!(src);
                        let attrs = match self.peek_own_property(g, key) {
                            Some(p) if !p.configurable() => p.attrs,
                            _ => WRITABLE | ENUMERABLE,
                        };
                        self.define_value(g, key, v, attrs);
                    }
                    Op::GetLex { dst, slot } => {
                        r!(dst) = self
                            .global_lexicals
                            .get(slot as usize)
                            .copied()
                            .unwrap_or(Value::Empty);
                    }
                    Op::SetLex { src, slot } => {
                        let slot = slot as usize;
                        if self.global_lexicals.len() <= slot {
                            self.global_lexicals.resize(slot + 1, Value::Empty);
                        }
                        self.global_lexicals[slot] = r!(src);
                    }
                    Op::GetProp { dst, obj, key, ic } => {
                        let cache = prop_cache!(ic);
                        // The receiver is read in place: a copy went through the stack.
                        let target = unsafe { &*regs.add(obj as usize) };
                        if let Some(&v) = Self::cached_data(&self.heap, cache, target) {
                            r!(dst) = v;
                            continue;
                        }
                        let (target, k) = (r!(obj), PropertyKey::String(const_atom!(key)));
                        self.frames[fi].ip = ip;
                        r!(dst) = tri!(self.get_cached(cache, target, k));
                    }
                    Op::SetProp { obj, key, src, ic } => {
                        let k = PropertyKey::String(const_atom!(key));
                        let (target, v) = (r!(obj), r!(src));
                        self.frames[fi].ip = ip;
                        tri!(self.set_cached(prop_cache!(ic), target, k, v, template.strict));
                    }
                    Op::GetElem { dst, obj, key } => {
                        // The registers are matched in place: copying both values out
                        // first cost a store and a reload of each.
                        if let (Value::Object(o), Value::Number(n)) = (&r!(obj), &r!(key))
                            && let Some(a) = self.heap.obj(*o).array()
                            && let Some(i) = element_index(*n)
                            && let Some(v) = a.elements.get(i)
                            && !matches!(v, Value::Empty)
                        {
                            r!(dst) = *v;
                            continue;
                        }
                        let (target, kv) = (r!(obj), r!(key));
                        if let (Value::Object(o), Value::Number(n)) = (target, kv)
                            && let Some(v) = crate::builtins::binary::get_index(self, o, n)
                        {
                            r!(dst) = v;
                            continue;
                        }
                        self.frames[fi].ip = ip;
                        if target.is_nullish() {
                            let k = tri!(self.to_property_key(kv));
                            r!(dst) = tri!(self.get(target, k));
                            continue;
                        }
                        let k = tri!(self.to_property_key(kv));
                        r!(dst) = tri!(self.get(target, k));
                    }
                    Op::GetElemKeyed {
                        dst,
                        obj,
                        key,
                        key_out,
                    } => {
                        let (target, kv) = (r!(obj), r!(key));
                        if let (Value::Object(o), Value::Number(n)) = (target, kv)
                            && let Some(a) = self.heap.obj(o).array()
                            && let Some(i) = element_index(n)
                            && let Some(v) = a.elements.get(i)
                            && !matches!(v, Value::Empty)
                        {
                            r!(dst) = *v;
                            r!(key_out) = kv;
                            continue;
                        }
                        self.frames[fi].ip = ip;
                        let k = if let Value::Object(_) = kv {
                            if target.is_nullish() {
                                // GetValue step 3.a: ToObject(base) fails before the key
                                // is converted, so the message cannot name it.
                                throw!(self.nullish_read_error(target, None));
                            }
                            let k = tri!(self.to_property_key(kv));
                            r!(key_out) = self.key_to_value(k);
                            k
                        } else {
                            r!(key_out) = kv;
                            tri!(self.to_property_key(kv))
                        };
                        r!(dst) = tri!(self.get(target, k));
                    }
                    Op::SetElem { obj, key, src } => {
                        if let (Value::Object(o), Value::Number(n)) = (&r!(obj), &r!(key))
                            && let Some(i) = element_index(*n)
                            && let Some(a) = self.heap.obj_mut(*o).array_mut()
                            && let Some(slot) = a.elements.get_mut(i)
                            && !matches!(slot, Value::Empty)
                        {
                            *slot = r!(src);
                            continue;
                        }
                        let (target, kv, v) = (r!(obj), r!(key), r!(src));
                        if let (Value::Object(o), Value::Number(n)) = (target, kv)
                            && crate::builtins::binary::set_index(self, o, n, v)
                        {
                            continue;
                        }
                        self.frames[fi].ip = ip;
                        if target.is_nullish() {
                            let k = tri!(self.to_property_key(kv));
                            tri!(self.set(target, k, v, template.strict));
                            continue;
                        }
                        let k = tri!(self.to_property_key(kv));
                        tri!(self.set(target, k, v, template.strict));
                    }
                    Op::DeleteElem { dst, obj, key } => {
                        self.frames[fi].ip = ip;
                        let (target, kv) = (r!(obj), r!(key));
                        let k = tri!(self.to_property_key(kv));
                        if target.is_nullish() {
                            let name = self.key_text(k);
                            let what = if matches!(target, Value::Null) {
                                "null"
                            } else {
                                "undefined"
                            };
                            throw!(self.type_error(format!("Cannot convert undefined or null to object (deleting '{name}' of {what})")));
                        }
                        let o = tri!(self.to_object(target));
                        let ok = tri!(self.delete_property(o, k));
                        if !ok && template.strict {
                            throw!(self.delete_failed(o, k));
                        }
                        r!(dst) = Value::Bool(ok);
                    }
                    Op::SuperBase { dst } => {
                        r!(dst) = self.super_base(fi).map_or(Value::Null, Value::Object);
                    }
                    Op::GetSuper {
                        dst,
                        base,
                        this,
                        key,
                    } => {
                        // GetValue (6.2.5.5) of a super reference: ToObject(base), then
                        // ToPropertyKey; the key is kept converted for a write back.
                        self.frames[fi].ip = ip;
                        let kv = r!(key);
                        let Value::Object(p) = r!(base) else {
                            let key = tri!(self.primitive_key(kv));
                            throw!(self.nullish_read_error(Value::Null, key));
                        };
                        let k = tri!(self.to_property_key(kv));
                        if let Value::Object(_) = kv {
                            r!(key) = self.key_to_value(k);
                        }
                        let receiver = r!(this);
                        r!(dst) = tri!(self.get_from(p, k, receiver));
                    }
                    Op::SetSuper {
                        base,
                        this,
                        key,
                        src,
                    } => {
                        self.frames[fi].ip = ip;
                        let (receiver, kv, v) = (r!(this), r!(key), r!(src));
                        let Value::Object(p) = r!(base) else {
                            let key = tri!(self.primitive_key(kv));
                            throw!(self.nullish_write_error(Value::Null, key));
                        };
                        let k = tri!(self.to_property_key(kv));
                        let ok = tri!(self.set_on(p, k, v, receiver));
                        if !ok && template.strict {
                            let name = self.key_text(k);
                            throw!(self.type_error(format!(
                                "Cannot assign to read only property '{name}' of object"
                            )));
                        }
                    }
                    Op::ThrowDeleteSuper {} => {
                        throw!(self.reference_error("Unsupported reference to 'super'"));
                    }
                    Op::DefineField { obj, key, src } => {
                        self.frames[fi].ip = ip;
                        let k = tri!(self.to_property_key(r!(key)));
                        let (o, v) = (r!(obj), r!(src));
                        if let Value::Object(o) = o {
                            if let PropertyKey::Private(_) = k
                                && self.heap.obj(o).props.contains_key(&k)
                            {
                                let name = self.key_text(k);
                                throw!(self.type_error(format!(
                                    "Cannot initialize {name} twice on the same object"
                                )));
                            }
                            if !tri!(self.create_data_property(o, k, v)) {
                                throw!(self.define_member_failed(o, k));
                            }
                        }
                    }
                    Op::DefineProp { obj, key, src, ic } => {
                        let k = PropertyKey::String(const_atom!(key));
                        let (Value::Object(o), v) = (r!(obj), r!(src)) else {
                            unreachable!("literal properties are defined on objects");
                        };
                        self.frames[fi].ip = ip;
                        if !tri!(self.define_cached(prop_cache!(ic), o, k, v)) {
                            let name = self.key_text(k);
                            throw!(self.type_error(format!(
                                "Cannot define property {name}, object is not extensible"
                            )));
                        }
                    }
                    Op::DefineMethod {
                        obj,
                        key,
                        func,
                        kind,
                        enumerable,
                    } => {
                        self.frames[fi].ip = ip;
                        let k = tri!(self.to_property_key(r!(key)));
                        let (Value::Object(o), Value::Object(f)) = (r!(obj), r!(func)) else {
                            unreachable!("methods are defined on objects");
                        };
                        let desc = match kind {
                            0 => Descriptor {
                                value: Some(Value::Object(f)),
                                writable: Some(true),
                                enumerable: Some(enumerable),
                                configurable: Some(true),
                                ..Descriptor::default()
                            },
                            1 => Descriptor {
                                get: Some(Some(f)),
                                enumerable: Some(enumerable),
                                configurable: Some(true),
                                ..Descriptor::default()
                            },
                            _ => Descriptor {
                                set: Some(Some(f)),
                                enumerable: Some(enumerable),
                                configurable: Some(true),
                                ..Descriptor::default()
                            },
                        };
                        if !tri!(self.define_own_property(o, k, desc)) {
                            throw!(self.define_member_failed(o, k));
                        }
                    }
                    Op::CopyDataProperties { obj, src } => {
                        self.frames[fi].ip = ip;
                        let (o, s) = (r!(obj), r!(src));
                        if let Value::Object(o) = o {
                            tri!(self.copy_data_properties(o, s, &[]));
                        }
                    }
                    Op::ObjectRest { dst, src, excluded } => {
                        self.frames[fi].ip = ip;
                        let s = r!(src);
                        if s.is_nullish() {
                            let shown = self.describe_for_error(s);
                            let what = if matches!(s, Value::Null) {
                                "null"
                            } else {
                                "undefined"
                            };
                            throw!(self.type_error(format!(
                                "Cannot destructure '{shown}' as it is {what}."
                            )));
                        }
                        let ex: Vec<Value> = match r!(excluded) {
                            Value::Object(a) => self
                                .heap
                                .obj(a)
                                .array()
                                .map(|a| a.elements.clone())
                                .unwrap_or_default(),
                            _ => Vec::new(),
                        };
                        let mut keys = Vec::with_capacity(ex.len());
                        for v in ex {
                            keys.push(tri!(self.to_property_key(v)));
                        }
                        let o = self.new_object();
                        r!(dst) = Value::Object(o);
                        tri!(self.copy_data_properties(o, s, &keys));
                    }
                    Op::RequireObjectCoercible { src, name } => {
                        let v = r!(src);
                        if v.is_nullish() {
                            let what = if matches!(v, Value::Null) {
                                "null"
                            } else {
                                "undefined"
                            };
                            let prop = self.atom_text(const_atom!(name));
                            let message = if prop.is_empty() {
                                format!("Cannot destructure '{what}' as it is {what}.")
                            } else {
                                format!(
                                    "Cannot destructure property '{prop}' of '{what}' as it is {what}."
                                )
                            };
                            throw!(self.type_error(message));
                        }
                    }
                    Op::Add { dst, a, b } => {
                        if let Some((x, y)) = numbers!(a, b) {
                            r!(dst) = Value::Number(x + y);
                        } else {
                            let (x, y) = (r!(a), r!(b));
                            self.frames[fi].ip = ip;
                            r!(dst) = tri!(self.add(x, y));
                        }
                    }
                    Op::Sub { dst, a, b } => arith!(dst, a, b, NumericOp::Sub),
                    Op::AddInt { dst, a, value } => {
                        if let Value::Number(x) = r!(a) {
                            r!(dst) = Value::Number(x + value as f64);
                        } else {
                            let x = r!(a);
                            self.frames[fi].ip = ip;
                            r!(dst) = tri!(self.add(x, Value::Number(value as f64)));
                        }
                    }
                    Op::SubInt { dst, a, value } => {
                        if let Value::Number(x) = r!(a) {
                            r!(dst) = Value::Number(x - value as f64);
                        } else {
                            let x = r!(a);
                            self.frames[fi].ip = ip;
                            let y = Value::Number(value as f64);
                            r!(dst) = tri!(self.arith(NumericOp::Sub, x, y));
                        }
                    }
                    Op::Mul { dst, a, b } => arith!(dst, a, b, NumericOp::Mul),
                    Op::Div { dst, a, b } => arith!(dst, a, b, NumericOp::Div),
                    Op::Mod { dst, a, b } => arith!(dst, a, b, NumericOp::Mod),
                    Op::Exp { dst, a, b } => arith!(dst, a, b, NumericOp::Exp),
                    Op::BitAnd { dst, a, b } => arith!(dst, a, b, NumericOp::BitAnd),
                    Op::BitOr { dst, a, b } => arith!(dst, a, b, NumericOp::BitOr),
                    Op::BitXor { dst, a, b } => arith!(dst, a, b, NumericOp::BitXor),
                    Op::Shl { dst, a, b } => arith!(dst, a, b, NumericOp::Shl),
                    Op::Shr { dst, a, b } => arith!(dst, a, b, NumericOp::Shr),
                    Op::UShr { dst, a, b } => arith!(dst, a, b, NumericOp::UShr),
                    Op::Eq { dst, a, b } => r!(dst) = Value::Bool(loose_equals!(a, b)),
                    Op::NotEq { dst, a, b } => r!(dst) = Value::Bool(!loose_equals!(a, b)),
                    Op::StrictEq { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        r!(dst) = Value::Bool(self.strict_equals(x, y));
                    }
                    Op::StrictNotEq { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        r!(dst) = Value::Bool(!self.strict_equals(x, y));
                    }
                    Op::Lt { dst, a, b } => {
                        r!(dst) = Value::Bool(relation!(a, b, |x, y| x < y, less));
                    }
                    Op::LtEq { dst, a, b } => {
                        r!(dst) = Value::Bool(relation!(a, b, |x, y| x <= y, less_or_equal));
                    }
                    Op::Gt { dst, a, b } => {
                        r!(dst) = Value::Bool(relation!(a, b, |x, y| x > y, greater));
                    }
                    Op::GtEq { dst, a, b } => {
                        r!(dst) = Value::Bool(relation!(a, b, |x, y| x >= y, greater_or_equal));
                    }
                    Op::InstanceOf { dst, a, b } => {
                        self.frames[fi].ip = ip;
                        let (x, y) = (r!(a), r!(b));
                        r!(dst) = Value::Bool(tri!(self.instance_of(x, y)));
                    }
                    Op::In { dst, a, b } => {
                        self.frames[fi].ip = ip;
                        let (k, o) = (r!(a), r!(b));
                        let Value::Object(o) = o else {
                            let key = tri!(self.to_property_key(k));
                            let name = self.key_text(key);
                            let target = r!(b);
                            let shown = match target {
                                Value::String(s) => self.heap.to_rust_string(s),
                                other => self.describe_for_error(other),
                            };
                            throw!(self.type_error(format!(
                                "Cannot use 'in' operator to search for '{name}' in {shown}"
                            )));
                        };
                        let key = tri!(self.to_property_key(k));
                        r!(dst) = Value::Bool(tri!(self.has_property(o, key)));
                    }
                    Op::Neg { dst, src } => {
                        let v = r!(src);
                        self.frames[fi].ip = ip;
                        r!(dst) = match v {
                            Value::Number(n) => Value::Number(-n),
                            _ => tri!(self.negate(v)),
                        };
                    }
                    Op::ToNumber { dst, src } => {
                        let v = r!(src);
                        if !matches!(v, Value::Number(_)) {
                            self.frames[fi].ip = ip;
                            r!(dst) = Value::Number(tri!(self.to_number(v)));
                        } else {
                            r!(dst) = v;
                        }
                    }
                    Op::ToNumeric { dst, src } => {
                        let v = r!(src);
                        if !matches!(v, Value::Number(_)) {
                            self.frames[fi].ip = ip;
                            r!(dst) = tri!(self.to_numeric(v));
                        } else {
                            r!(dst) = v;
                        }
                    }
                    Op::Not { dst, src } => r!(dst) = Value::Bool(!self.to_boolean(r!(src))),
                    Op::BitNot { dst, src } => {
                        let v = r!(src);
                        self.frames[fi].ip = ip;
                        r!(dst) = match v {
                            Value::Number(n) => Value::Number(!to_int32(n) as f64),
                            _ => tri!(self.bit_not(v)),
                        };
                    }
                    Op::TypeOf { dst, src } => {
                        let t = self.type_of(r!(src));
                        let a = self.heap.atom_str(t);
                        r!(dst) = Value::String(self.heap.atom_string(a));
                    }
                    Op::Inc { dst, src } => {
                        if let Some((n, _)) = numbers!(src, src) {
                            r!(dst) = Value::Number(n + 1.0);
                        } else {
                            let v = r!(src);
                            self.frames[fi].ip = ip;
                            r!(dst) = tri!(self.increment(v, 1));
                        }
                    }
                    Op::Dec { dst, src } => {
                        if let Some((n, _)) = numbers!(src, src) {
                            r!(dst) = Value::Number(n - 1.0);
                        } else {
                            let v = r!(src);
                            self.frames[fi].ip = ip;
                            r!(dst) = tri!(self.increment(v, -1));
                        }
                    }
                    Op::ToString { dst, src } => {
                        let v = r!(src);
                        if !matches!(v, Value::String(_)) {
                            self.frames[fi].ip = ip;
                            r!(dst) = Value::String(tri!(self.to_string(v)));
                        }
                    }
                    Op::ToPropertyKey { dst, src } => {
                        let v = r!(src);
                        if let Value::Object(_) = v {
                            self.frames[fi].ip = ip;
                            let p = tri!(self.to_primitive(v, Hint::String));
                            let k = tri!(self.to_property_key(p));
                            r!(dst) = self.key_to_value(k);
                        }
                    }
                    Op::Jump { target } => branch!(target),
                    Op::JumpIfTrue { cond, target } => {
                        if truthy!(cond) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfFalse { cond, target } => {
                        if !truthy!(cond) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNullish { cond, target } => {
                        if r!(cond).is_nullish() {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotNullish { cond, target } => {
                        if !r!(cond).is_nullish() {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotUndefined { cond, target } => {
                        if !r!(cond).is_undefined() {
                            jump_to!(target);
                        }
                    }
                    Op::JumpIfEmpty { cond, target } => {
                        if matches!(r!(cond), Value::Empty) {
                            jump_to!(target);
                        }
                    }
                    Op::JumpIfLt { a, b, target } => {
                        if relation!(a, b, |x, y| x < y, less) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotLt { a, b, target } => {
                        if !relation!(a, b, |x, y| x < y, less) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfLtEq { a, b, target } => {
                        if relation!(a, b, |x, y| x <= y, less_or_equal) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotLtEq { a, b, target } => {
                        if !relation!(a, b, |x, y| x <= y, less_or_equal) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfGt { a, b, target } => {
                        if relation!(a, b, |x, y| x > y, greater) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotGt { a, b, target } => {
                        if !relation!(a, b, |x, y| x > y, greater) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfGtEq { a, b, target } => {
                        if relation!(a, b, |x, y| x >= y, greater_or_equal) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotGtEq { a, b, target } => {
                        if !relation!(a, b, |x, y| x >= y, greater_or_equal) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfLtInt { a, value, target } => {
                        if less_than_int!(a, value) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotLtInt { a, value, target } => {
                        if !less_than_int!(a, value) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfEq { a, b, target } => {
                        if loose_equals!(a, b) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotEq { a, b, target } => {
                        if !loose_equals!(a, b) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfStrictEq { a, b, target } => {
                        let (x, y) = (r!(a), r!(b));
                        if self.strict_equals(x, y) {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNotStrictEq { a, b, target } => {
                        let (x, y) = (r!(a), r!(b));
                        if !self.strict_equals(x, y) {
                            branch!(target);
                        }
                    }
                    Op::Call { .. } | Op::CallUndefinedThis { .. } => {
                        let (dst, b, argc) = match *op {
                            Op::CallUndefinedThis { dst, base, argc } => {
                                r!(base + 1) = Value::Undefined;
                                (dst, base, argc)
                            }
                            Op::Call { dst, base, argc } => (dst, base, argc),
                            _ => unreachable!("matched above"),
                        };
                        frame!().ip = ip;
                        let callee = r!(b);
                        if let Value::Object(fo) = callee {
                            match &self.heap.obj(fo).kind {
                                // Generators and async functions start through `call`.
                                ObjectKind::Function(c)
                                    if !c.template.is_generator && !c.template.is_async =>
                                {
                                    // SAFETY: the frame's `function` is `fo`, whose
                                    // closure holds the template.
                                    let (t, env) =
                                        (unsafe { FrameTemplate::borrowed(&c.template) }, c.env);
                                    let frame_base = frame!().base + b as usize + 1;
                                    tri!(self.push_frame_inline(
                                        fo,
                                        t,
                                        env,
                                        frame_base,
                                        argc as usize,
                                        dst,
                                        Value::Undefined,
                                        false
                                    ));
                                    self.maybe_collect();
                                    continue 'frame;
                                }
                                ObjectKind::Native(n) => {
                                    let f = n.call;
                                    if fo == self.realm.function_call
                                        || fo == self.realm.function_apply
                                    {
                                        let frame_base = frame!().base + b as usize + 1;
                                        self.frames[fi].ip = ip;
                                        if let Some((target, argc)) =
                                            tri!(self.forward_call(fo, frame_base, argc as usize))
                                        {
                                            enter_forwarded!(target, frame_base, argc, dst);
                                        }
                                    }
                                    let start = frame!().base + b as usize + 2;
                                    let args: SmallVec<[Value; 8]> = SmallVec::from_slice(
                                        &self.stack[start..start + argc as usize],
                                    );
                                    let this = r!(b + 1);
                                    r!(dst) = tri!(self.call_native(fo, f, this, &args, false));
                                    continue;
                                }
                                _ => {}
                            }
                        }
                        let start = frame!().base + b as usize + 2;
                        let args: SmallVec<[Value; 8]> =
                            SmallVec::from_slice(&self.stack[start..start + argc as usize]);
                        let this = r!(b + 1);
                        if !self.is_callable(callee) {
                            throw!(self.callee_error(template, pc!(), callee, "is not a function"));
                        }
                        r!(dst) = tri!(self.call(callee, this, &args));
                    }
                    Op::ApplyArguments {
                        dst,
                        base: b,
                        arguments,
                    } => {
                        self.frames[fi].ip = ip;
                        let frame_base = frame!().base + b as usize + 1;
                        let mut forwarded = None;
                        if let Value::Empty = r!(b + 3) {
                            forwarded = self.apply_own_arguments(fi, r!(b), frame_base);
                            if forwarded.is_none() {
                                let made =
                                    Value::Object(self.create_arguments(fi, template, false));
                                r!(arguments) = made;
                                r!(b + 3) = made;
                            }
                        }
                        // Otherwise a Call with two arguments.
                        let callee = r!(b);
                        let apply = self.realm.function_apply;
                        if forwarded.is_none() && callee == Value::Object(apply) {
                            forwarded = tri!(self.forward_call(apply, frame_base, 2));
                        }
                        if let Some((target, argc)) = forwarded {
                            enter_forwarded!(target, frame_base, argc, dst);
                        }
                        if !self.is_callable(callee) {
                            throw!(self.callee_error(template, pc!(), callee, "is not a function"));
                        }
                        let (this, args) = (r!(b + 1), [r!(b + 2), r!(b + 3)]);
                        r!(dst) = tri!(self.call(callee, this, &args));
                    }
                    Op::CallSpread { dst, base: b } => {
                        self.frames[fi].ip = ip;
                        let callee = r!(b);
                        let this = r!(b + 1);
                        let args = self.spread_args(r!(b + 2));
                        if !self.is_callable(callee) {
                            throw!(self.callee_error(template, pc!(), callee, "is not a function"));
                        }
                        r!(dst) = tri!(self.call(callee, this, &args));
                    }
                    Op::New { dst, base: b, argc } => {
                        self.frames[fi].ip = ip;
                        let callee = r!(b);
                        if !self.is_constructor(callee) {
                            throw!(self.callee_error(
                                template,
                                pc!(),
                                callee,
                                "is not a constructor"
                            ));
                        }
                        // A closure's [[Construct]] runs in this loop, as a call does (its
                        // Return applies the constructor's result rules), so `new` nests as
                        // deep as calls.
                        if let Value::Object(fo) = callee
                            && let ObjectKind::Function(_) = self.heap.obj(fo).kind
                        {
                            let this = tri!(self.construct_this(fo, callee));
                            let frame_base = frame!().base + b as usize + 1;
                            self.stack[frame_base] = this;
                            tri!(self.push_frame(
                                fo,
                                frame_base,
                                argc as usize,
                                dst,
                                callee,
                                false
                            ));
                            self.maybe_collect();
                            continue 'frame;
                        }
                        let start = frame!().base + b as usize + 2;
                        let args: SmallVec<[Value; 8]> =
                            SmallVec::from_slice(&self.stack[start..start + argc as usize]);
                        r!(dst) = tri!(self.construct(callee, &args, callee));
                    }
                    Op::NewSpread { dst, base: b } => {
                        self.frames[fi].ip = ip;
                        let callee = r!(b);
                        if !self.is_constructor(callee) {
                            throw!(self.callee_error(
                                template,
                                pc!(),
                                callee,
                                "is not a constructor"
                            ));
                        }
                        let args = self.spread_args(r!(b + 2));
                        r!(dst) = tri!(self.construct(callee, &args, callee));
                    }
                    Op::SuperCall { dst, base: b, argc } => {
                        self.frames[fi].ip = ip;
                        let start = frame!().base + b as usize + 3;
                        let args: SmallVec<[Value; 8]> =
                            SmallVec::from_slice(&self.stack[start..start + argc as usize]);
                        let (func, new_target, this) = (r!(b), r!(b + 1), r!(b + 2));
                        r!(dst) = tri!(self.super_call(func, new_target, this, &args));
                    }
                    Op::SuperCallSpread { dst, base: b } => {
                        self.frames[fi].ip = ip;
                        let args = self.spread_args(r!(b + 3));
                        let (func, new_target, this) = (r!(b), r!(b + 1), r!(b + 2));
                        r!(dst) = tri!(self.super_call(func, new_target, this, &args));
                    }
                    Op::Return { src } => {
                        let mut v = r!(src);
                        if !frame!().new_target.is_undefined() && !matches!(v, Value::Object(_)) {
                            v = tri!(self.construct_result(fi, v));
                        }
                        let frame = &frame!();
                        let (boundary, ret_dst) = (frame.boundary, frame.ret_dst);
                        // Dropped in place (moving the frame out to drop it copied it),
                        // and alone: `truncate` drops a slice in an out-of-line loop.
                        // Only its two owning fields (the others are `Copy`) are
                        // dropped, inline: the frame's own drop glue is an out-of-line
                        // call.
                        // SAFETY: `fi` is the last frame; the length is cut first, so
                        // the frame is dropped once and never seen again.
                        unsafe {
                            self.frames.set_len(fi);
                            let frame = self.frames.as_mut_ptr().add(fi);
                            std::ptr::drop_in_place(&raw mut (*frame).template);
                            std::ptr::drop_in_place(&raw mut (*frame).args);
                        }
                        if boundary {
                            return Ok(v);
                        }
                        // SAFETY: a frame that is no boundary was pushed by an instruction
                        // of the frame below it, whose registers (`ret_dst` among them)
                        // are still on the stack, which never shrinks.
                        unsafe {
                            let slot = self.frames.get_unchecked(fi - 1).base + ret_dst as usize;
                            *self.stack.get_unchecked_mut(slot) = v;
                        }
                        continue 'frame;
                    }
                    Op::Throw { src } => {
                        let v = r!(src);
                        throw!(JsError::Thrown(v));
                    }
                    Op::EndFinally { src } => {
                        let v = r!(src);
                        if !matches!(v, Value::Empty) {
                            throw!(JsError::Thrown(v));
                        }
                        if self.frames[fi].pending_return.is_some() {
                            throw!(JsError::GeneratorReturn);
                        }
                    }
                    Op::Closure { dst, idx } => {
                        let Constant::Function(t) = &template.constants[idx as usize] else {
                            unreachable!("Closure of a non-function constant");
                        };
                        let env = frame!().env;
                        let home = if t.kind == TemplateKind::Arrow {
                            self.frame_home_object(fi)
                        } else {
                            None
                        };
                        let f = self.make_closure(t.clone(), env, home);
                        r!(dst) = Value::Object(f);
                    }
                    Op::Class { dst, idx, parent } => {
                        self.frames[fi].ip = ip;
                        let Constant::Function(t) = &template.constants[idx as usize] else {
                            unreachable!("Class of a non-function constant");
                        };
                        let env = self.frames[fi].env;
                        let (class, proto) = tri!(self.make_class(t.clone(), env, r!(parent)));
                        r!(dst) = Value::Object(class);
                        r!(dst + 1) = Value::Object(proto);
                    }
                    Op::SetHomeObject { func, home } => {
                        if let (Value::Object(f), Value::Object(h)) = (r!(func), r!(home))
                            && let ObjectKind::Function(c) = &mut self.heap.obj_mut(f).kind
                        {
                            c.home_object = Some(h);
                        }
                    }
                    Op::SetFieldInit { class, func } => {
                        if let (Value::Object(c), Value::Object(f)) = (r!(class), r!(func))
                            && let ObjectKind::Function(cl) = &mut self.heap.obj_mut(c).kind
                        {
                            cl.field_init = Some(f);
                        }
                    }
                    Op::SetFunctionName { func, key, prefix } => {
                        let (f, k) = (r!(func), r!(key));
                        if let Value::Object(f) = f {
                            self.set_function_name(f, k, prefix);
                        }
                    }
                    Op::CreateArguments { dst, last } => {
                        r!(dst) = Value::Object(self.create_arguments(fi, template, last));
                    }
                    Op::CreateRest { dst, from } => {
                        let args = self.frames[fi].args.as_deref().unwrap_or(&[]);
                        let rest = args.get(from as usize..).unwrap_or(&[]).to_vec();
                        r!(dst) = Value::Object(self.new_array(rest));
                    }
                    Op::NewTarget { dst } => r!(dst) = self.frames[fi].new_target,
                    Op::NewPrivateName { dst, desc } => {
                        let d = self.heap.atom_string(const_atom!(desc));
                        let sym = self.heap.alloc_symbol(crate::runtime::heap::Symbol {
                            description: Some(d),
                            registered: false,
                            private: true,
                        });
                        r!(dst) = Value::Symbol(sym);
                    }
                    Op::LoadCallee { dst } => {
                        r!(dst) = self.frames[fi]
                            .function
                            .map_or(Value::Undefined, Value::Object)
                    }
                    Op::NewObject { dst, capacity } => {
                        let o = self.new_object();
                        if capacity > 0 {
                            self.heap.obj_mut(o).props.reserve_exact(capacity as usize);
                        }
                        r!(dst) = Value::Object(o);
                    }
                    Op::NewArray { dst, capacity } => {
                        let elements = Vec::with_capacity(capacity as usize);
                        r!(dst) = Value::Object(self.new_array(elements));
                    }
                    Op::ArrayPush { arr, src } => {
                        let v = r!(src);
                        if let Value::Object(a) = r!(arr)
                            && let Some(a) = self.heap.obj_mut(a).array_mut()
                        {
                            a.elements.push(v);
                            a.length += 1;
                        }
                    }
                    Op::ArrayPushHole { arr } => {
                        if let Value::Object(a) = r!(arr)
                            && let Some(a) = self.heap.obj_mut(a).array_mut()
                        {
                            a.elements.push(Value::Empty);
                            a.length += 1;
                        }
                    }
                    Op::ArraySpread { arr, src } => {
                        self.frames[fi].ip = ip;
                        let v = r!(src);
                        let values = tri!(self.iterate_to_vec_or(v, |vm| vm.not_iterable_at(
                            template,
                            pc!(),
                            v
                        )));
                        if let Value::Object(a) = r!(arr)
                            && let Some(a) = self.heap.obj_mut(a).array_mut()
                        {
                            a.elements.extend(values);
                            a.length = a.elements.len() as u32;
                        }
                    }
                    Op::TemplateObject { dst, idx } => {
                        let Constant::TemplateStrings(strings) = &template.constants[idx as usize]
                        else {
                            unreachable!("TemplateObject of a non-template constant");
                        };
                        let strings = strings.clone();
                        r!(dst) = Value::Object(self.template_object(&strings));
                    }
                    Op::RegExp {
                        dst,
                        pattern,
                        flags,
                    } => {
                        self.frames[fi].ip = ip;
                        let p = self.heap.atom_string(const_atom!(pattern));
                        let fl = self.heap.atom_string(const_atom!(flags));
                        r!(dst) = tri!(crate::builtins::regexp::literal(self, p, fl));
                    }
                    Op::GetIterator { dst, src } => {
                        self.frames[fi].ip = ip;
                        let v = r!(src);
                        let (iter, next) = tri!(self.get_iterator_or(v, |vm| vm.not_iterable_at(
                            template,
                            pc!(),
                            v
                        )));
                        r!(dst) = iter;
                        r!(dst + 1) = next;
                    }
                    Op::IteratorNext { dst, iter, done } => {
                        self.frames[fi].ip = ip;
                        let (it, next) = (r!(iter), r!(iter + 1));
                        if it.is_undefined() {
                            jump_to!(done);
                            continue;
                        }
                        match tri!(self.iterator_step(it, next)) {
                            Some(v) => r!(dst) = v,
                            None => {
                                r!(iter) = Value::Undefined;
                                jump_to!(done);
                            }
                        }
                    }
                    Op::GetAsyncIterator { dst, src } => {
                        self.frames[fi].ip = ip;
                        let v = r!(src);
                        let (iter, next) = tri!(
                            self.get_async_iterator(v, |vm| vm.not_iterable_at(template, pc!(), v))
                        );
                        r!(dst) = iter;
                        r!(dst + 1) = next;
                    }
                    Op::CallNext { dst, iter } => {
                        self.frames[fi].ip = ip;
                        let (it, next) = (r!(iter), r!(iter + 1));
                        r!(dst) = tri!(self.call(next, it, &[]));
                    }
                    Op::CallNextWith { dst, iter, arg } => {
                        self.frames[fi].ip = ip;
                        let (it, next, a) = (r!(iter), r!(iter + 1), r!(arg));
                        r!(dst) = tri!(self.call(next, it, &[a]));
                    }
                    Op::IteratorResult { dst, result, done } => {
                        self.frames[fi].ip = ip;
                        let res = r!(result);
                        if !matches!(res, Value::Object(_)) {
                            throw!(self.not_an_iterator_result(res));
                        }
                        let d = tri!(self.get_named(res, "done"));
                        if self.to_boolean(d) {
                            jump_to!(done);
                            continue;
                        }
                        r!(dst) = tri!(self.get_named(res, "value"));
                    }
                    Op::IteratorClose { iter } => {
                        self.frames[fi].ip = ip;
                        let it = r!(iter);
                        if !it.is_undefined() {
                            tri!(self.iterator_close(it));
                        }
                    }
                    Op::IteratorCloseAbrupt { iter, completion } => {
                        self.frames[fi].ip = ip;
                        let it = r!(iter);
                        if !it.is_undefined() {
                            if matches!(r!(completion), Value::Empty) {
                                tri!(self.iterator_close(it));
                            } else {
                                self.iterator_close_on_throw(it);
                            }
                        }
                    }
                    Op::ForInPrepare { dst, src } => {
                        self.frames[fi].ip = ip;
                        r!(dst) = Value::Object(tri!(self.for_in_iterator(r!(src))));
                    }
                    Op::ForInNext { dst, iter, done } => {
                        let Value::Object(it) = r!(iter) else {
                            unreachable!("ForInNext on a for-in iterator")
                        };
                        self.frames[fi].ip = ip;
                        match tri!(self.for_in_next(it)) {
                            Some(k) => r!(dst) = k,
                            None => jump_to!(done),
                        }
                    }
                    Op::Await { src, .. } => {
                        let v = r!(src);
                        self.frames[fi].ip = ip;
                        tri!(self.await_value(v));
                        return Ok(Value::Undefined);
                    }
                    Op::InitialYield {} => {
                        self.frames[fi].ip = ip;
                        self.suspend_top_frame();
                        return Ok(Value::Undefined);
                    }
                    Op::Yield { src, .. } => {
                        let v = r!(src);
                        self.frames[fi].ip = ip;
                        self.suspend_top_frame();
                        return Ok(v);
                    }
                    Op::YieldStar { dst, iter } => {
                        self.frames[fi].ip = ip;
                        let (it, next, received) = (r!(iter), r!(iter + 1), r!(dst));
                        let result = tri!(self.call(next, it, &[received]));
                        if !matches!(result, Value::Object(_)) {
                            throw!(self.not_an_iterator_result(result));
                        }
                        let done = tri!(self.get_named(result, "done"));
                        if self.to_boolean(done) {
                            r!(dst) = tri!(self.get_named(result, "value"));
                            continue;
                        }
                        // The inner result object is handed on as it is.
                        self.suspend_top_frame();
                        self.yield_raw = true;
                        return Ok(result);
                    }
                    Op::AsyncDelegateCall {
                        result,
                        iter,
                        mode,
                        received,
                    } => {
                        self.frames[fi].ip = ip;
                        let (it, next, m, arg) = (r!(iter), r!(iter + 1), r!(mode), r!(received));
                        let (value, m) = tri!(self.async_delegate_call(it, next, m, arg));
                        r!(result) = value;
                        r!(mode) = m;
                    }
                    Op::AsyncDelegateResult {
                        dst,
                        result,
                        mode,
                        done,
                    } => {
                        self.frames[fi].ip = ip;
                        let (res, m) = (r!(result), r!(mode));
                        match tri!(self.async_delegate_result(res, m)) {
                            DelegateStep::Yield(v) => r!(dst) = v,
                            DelegateStep::Done(v) => {
                                r!(dst) = v;
                                jump_to!(done);
                            }
                            DelegateStep::Return(v) => {
                                self.frames[fi].pending_return = Some(v);
                                throw!(JsError::GeneratorReturn);
                            }
                        }
                    }
                    Op::AsyncIteratorClose { dst, iter, skip } => {
                        self.frames[fi].ip = ip;
                        let it = r!(iter);
                        let key = self.key("return");
                        let ret = if it.is_undefined() {
                            None
                        } else {
                            tri!(self.get_method(it, key))
                        };
                        match ret {
                            Some(ret) => r!(dst) = tri!(self.call(ret, it, &[])),
                            None => jump_to!(skip),
                        }
                    }
                    Op::CheckIteratorResult { src } => {
                        let res = r!(src);
                        if !matches!(res, Value::Object(_)) {
                            throw!(self.not_an_iterator_result(res));
                        }
                    }
                    Op::YieldDelegated { src, .. } => {
                        let v = r!(src);
                        self.frames[fi].ip = ip;
                        self.suspend_top_frame();
                        return Ok(v);
                    }
                    Op::Nop {} => {}
                    Op::PushWith { .. }
                    | Op::ResolveDyn { .. }
                    | Op::DynGet { .. }
                    | Op::DynSet { .. }
                    | Op::DeclareEvalVar { .. }
                    | Op::CheckEvalGlobal { .. }
                    | Op::DeclareEvalGlobalVar { .. } => {
                        self.frames[fi].ip = ip;
                        tri!(self.dynamic_scope_op(fi, template, *op));
                    }
                    Op::CallEval {
                        dst,
                        base: b,
                        argc,
                        site,
                    } => {
                        if matches!(r!(b), Value::Object(f) if f == self.realm.eval_function) {
                            self.frames[fi].ip = ip;
                            let site = template.eval_sites[site as usize].clone();
                            r!(dst) = tri!(self.direct_eval(fi, site, b + 2, argc));
                            // The `Call` after this runs any other callee.
                            ip = unsafe { ip.add(1) };
                        }
                    }
                }
            }
        }
    }

    /// `x < y` (IsLessThan with the left operand first).
    fn less(&mut self, x: Value, y: Value) -> JsResult<bool> {
        Ok(self.less_than(x, y, true)? == Some(true))
    }

    /// `x <= y`: not `y < x`, the right operand converted first.
    fn less_or_equal(&mut self, x: Value, y: Value) -> JsResult<bool> {
        Ok(self.less_than(y, x, false)? == Some(false))
    }

    /// `x > y`: `y < x`, the right operand converted first.
    fn greater(&mut self, x: Value, y: Value) -> JsResult<bool> {
        Ok(self.less_than(y, x, false)? == Some(true))
    }

    /// `x >= y`: not `x < y`.
    fn greater_or_equal(&mut self, x: Value, y: Value) -> JsResult<bool> {
        Ok(self.less_than(x, y, true)? == Some(false))
    }

    fn env_at(&self, env: Option<EnvRef>, depth: u16) -> EnvRef {
        let mut e = env.expect("GetEnv inside a scope");
        for _ in 0..depth {
            e = self.heap.env(e).parent.expect("env depth within the chain");
        }
        e
    }

    /// Fills a GetGlobal/SetGlobal cache with the index of its name among the global
    /// object's properties, unless a script-level lexical of that name shadows it.
    #[inline(never)]
    fn remember_global(&self, cache: &GlobalCache) {
        if self.globals.by_atom.contains_key(&cache.name) {
            return;
        }
        let global = self.heap.obj(self.realm.global);
        if let Some(i) = global.props.get_index_of(&PropertyKey::String(cache.name)) {
            cache.at.set((self.globals.epoch, i as u32));
        }
    }

    /// A global binding: script-level lexicals first, then the global object.
    #[inline(never)]
    fn get_global(
        &mut self,
        name: crate::runtime::Atom,
        throw_if_missing: bool,
    ) -> JsResult<Value> {
        if let Some(g) = self.globals.by_atom.get(&name).copied() {
            let v = self
                .global_lexicals
                .get(g.slot as usize)
                .copied()
                .unwrap_or(Value::Empty);
            if let Value::Empty = v {
                let text = self.atom_text(name);
                return Err(
                    self.reference_error(format!("Cannot access '{text}' before initialization"))
                );
            }
            return Ok(v);
        }
        let key = PropertyKey::String(name);
        let g = self.realm.global;
        if let Some(Property {
            slot: Slot::Data(v),
            ..
        }) = self.heap.obj(g).props.get(&key)
        {
            return Ok(*v);
        }
        // HasBinding, then GetBindingValue (both can reach a proxy on the chain).
        if !self.has_property(g, key)? {
            if throw_if_missing {
                let text = self.atom_text(name);
                return Err(self.reference_error(format!("{text} is not defined")));
            }
            return Ok(Value::Undefined);
        }
        self.get_from(g, key, Value::Object(g))
    }

    #[inline(never)]
    fn set_global(&mut self, name: crate::runtime::Atom, v: Value, strict: bool) -> JsResult<()> {
        if let Some(g) = self.globals.by_atom.get(&name).copied() {
            let cur = self
                .global_lexicals
                .get(g.slot as usize)
                .copied()
                .unwrap_or(Value::Empty);
            if let Value::Empty = cur {
                let text = self.atom_text(name);
                return Err(
                    self.reference_error(format!("Cannot access '{text}' before initialization"))
                );
            }
            if g.is_const {
                return Err(self.type_error("Assignment to constant variable."));
            }
            self.global_lexicals[g.slot as usize] = v;
            return Ok(());
        }
        let key = PropertyKey::String(name);
        let g = self.realm.global;
        if strict && !self.has_property(g, key)? {
            let text = self.atom_text(name);
            return Err(self.reference_error(format!("{text} is not defined")));
        }
        self.set(Value::Object(g), key, v, strict)
    }

    /// An atom's text, for messages.
    fn atom_text(&mut self, a: crate::runtime::Atom) -> String {
        let s = self.heap.atom_string(a);
        self.heap.to_rust_string(s)
    }

    /// The object `super.x` looks up from: the prototype of the home object.
    /// The property key `v` names without running code: `None` for an object, whose
    /// conversion must not happen when the access already failed (GetValue and
    /// PutValue call ToObject(base) before ToPropertyKey).
    fn primitive_key(&mut self, v: Value) -> JsResult<Option<PropertyKey>> {
        match v {
            Value::Object(_) => Ok(None),
            _ => self.to_property_key(v).map(Some),
        }
    }

    fn super_base(&self, fi: usize) -> Option<ObjRef> {
        let home = self.frame_home_object(fi)?;
        self.heap.obj(home).proto
    }

    fn frame_home_object(&self, fi: usize) -> Option<ObjRef> {
        let f = self.frames[fi].function?;
        match &self.heap.obj(f).kind {
            ObjectKind::Function(c) => c.home_object,
            _ => None,
        }
    }

    /// `super(...args)` in the constructor running in frame `fi`.
    /// `super(...args)` in the derived constructor `func` whose `this` binding holds
    /// `this` now: constructs the parent, then binds and initializes the result (the
    /// caller stores it into the binding).
    fn super_call(
        &mut self,
        func: Value,
        new_target: Value,
        this: Value,
        args: &[Value],
    ) -> JsResult<Value> {
        let Value::Object(func) = func else {
            return Err(self.type_error("'super' keyword unexpected here"));
        };
        let parent = self.heap.obj(func).proto;
        let parent_val = parent.map_or(Value::Null, Value::Object);
        if !self.is_constructor(parent_val) {
            // V8 names a function by its name ("null" when it has none, as
            // %Function.prototype% of `extends null` has not).
            let shown = match parent {
                Some(p) if self.is_callable(parent_val) => {
                    let key = PropertyKey::String(self.atoms.name);
                    match self.heap.obj(p).own(key).map(|p| p.slot) {
                        Some(Slot::Data(Value::String(n))) if !self.heap.string(n).is_empty() => {
                            self.to_rust_string(Value::String(n))?
                        }
                        _ => "null".into(),
                    }
                }
                Some(_) => self.describe_for_error(parent_val),
                None => "null".into(),
            };
            let class = match &self.heap.obj(func).kind {
                ObjectKind::Function(c) if !c.template.name.is_empty() => c.template.name.clone(),
                _ => "anonymous class".into(),
            };
            return Err(self.type_error(format!(
                "Super constructor {shown} of {class} is not a constructor"
            )));
        }
        let result = self.construct(parent_val, args, new_target)?;
        if !matches!(this, Value::Empty) {
            return Err(self.reference_error("Super constructor may only be called once"));
        }
        self.init_fields(func, result)?;
        Ok(result)
    }

    /// A function object for `template` closing over `env`.
    pub fn make_closure(
        &mut self,
        template: Rc<FunctionTemplate>,
        env: Option<EnvRef>,
        home: Option<ObjRef>,
    ) -> ObjRef {
        let kind = template.kind;
        let is_plain = kind == TemplateKind::Normal && !template.is_async && !template.is_generator;
        // V8 gives sloppy plain functions own `arguments` and `caller` (null when read
        // from outside a call), between `name` and `prototype`.
        let layout = if is_plain && !template.strict {
            Layout::FunctionSloppy
        } else if is_plain || template.is_generator {
            Layout::FunctionWithPrototype
        } else {
            Layout::FunctionBare
        };
        let proto = match (template.is_generator, template.is_async) {
            (true, true) => self.realm.async_generator_function_prototype,
            (true, false) => self.realm.generator_function_prototype,
            (false, true) => self.realm.async_function_prototype,
            (false, false) => self.realm.function_prototype,
        };
        let length = Value::Number(template.length as f64);
        let name = Value::String(self.heap.atom_string(template.name_atom));
        // `prototype` is filled in below, once the function exists for `constructor`.
        let props = match layout {
            Layout::FunctionSloppy => &[
                Property::data(length, CONFIGURABLE),
                Property::data(name, CONFIGURABLE),
                Property::data(Value::Null, 0),
                Property::data(Value::Null, 0),
                Property::data(Value::Undefined, WRITABLE),
            ][..],
            Layout::FunctionWithPrototype => &[
                Property::data(length, CONFIGURABLE),
                Property::data(name, CONFIGURABLE),
                Property::data(Value::Undefined, WRITABLE),
            ],
            _ => &[
                Property::data(length, CONFIGURABLE),
                Property::data(name, CONFIGURABLE),
            ],
        };
        let props = if layout == Layout::FunctionBare {
            let (shape, keys) = self.layout(layout);
            let table = template
                .bare_properties
                .get_or_init(|| keys.iter().copied().zip(props.iter().copied()).collect());
            // SAFETY: the table lives in the template, which the function holds for
            // as long as it lives (and with it its property map), and is never changed.
            unsafe { PropertyMap::with_shared_shape(table, shape.clone()) }
        } else {
            self.laid_out(layout, props)
        };
        let is_generator = template.is_generator;
        let is_async = template.is_async;
        let f = self.heap.alloc_object(JsObject {
            proto: Some(proto),
            props,
            kind: ObjectKind::Function(Closure {
                template,
                env,
                home_object: home,
                field_init: None,
            }),
            extensible: true,
        });
        if layout == Layout::FunctionBare {
            return f;
        }
        let prototype = if is_generator {
            // Each generator function has its own prototype for its generator objects.
            let base = if is_async {
                self.realm.async_generator_prototype
            } else {
                self.realm.generator_prototype
            };
            self.alloc_object(Some(base), ObjectKind::Ordinary)
        } else {
            let mut p = JsObject::new(Some(self.realm.object_prototype), ObjectKind::Ordinary);
            p.props = self.laid_out(
                Layout::PrototypeObject,
                &[Property::data(Value::Object(f), METHOD_ATTRS)],
            );
            self.heap.alloc_object(p)
        };
        let props = &mut self.heap.obj_mut(f).props;
        props.write_value_at(props.len() - 1, Value::Object(prototype));
        f
    }

    /// The `prototype` of a function whose own keys are still those `make_closure`
    /// gave it (a plain function or a generator): read where the layout put it, last,
    /// with no search. `None` for any other object.
    pub(super) fn laid_out_prototype(&self, f: ObjRef) -> Option<Value> {
        let props = &self.heap.obj(f).props;
        let shape = props.shape()?;
        let laid_out = [Layout::FunctionSloppy, Layout::FunctionWithPrototype]
            .iter()
            .any(|&l| matches!(&self.layouts[l as usize], Some((s, _)) if Rc::ptr_eq(s, shape)));
        if !laid_out {
            return None;
        }
        match props.get_index(props.len() - 1) {
            Some((
                _,
                Property {
                    slot: Slot::Data(v),
                    ..
                },
            )) => Some(*v),
            _ => None,
        }
    }

    /// A property table holding `props` under the keys of `layout`, in its order.
    pub fn laid_out(&mut self, layout: Layout, props: &[Property]) -> PropertyMap {
        let (shape, keys) = self.layout(layout);
        debug_assert_eq!(keys.len(), props.len());
        // Filled in place: a collected zip went through the generic, growing extend.
        let mut entries = Vec::with_capacity(keys.len());
        for (&key, &prop) in keys.iter().zip(props) {
            entries.push((key, prop));
        }
        PropertyMap::with_shape(entries, shape.clone())
    }

    /// The shape and keys of `layout`, made the first time.
    fn layout(&mut self, layout: Layout) -> &LaidOut {
        if self.layouts[layout as usize].is_none() {
            let keys: Rc<[PropertyKey]> = self.layout_keys(layout).into();
            let shape = PropertyMap::shape_for(crate::runtime::shape::ShapeClass::Ordinary, &keys);
            self.layouts[layout as usize] = Some((shape, keys));
        }
        match &self.layouts[layout as usize] {
            Some(laid_out) => laid_out,
            None => unreachable!("made above"),
        }
    }

    fn layout_keys(&mut self, layout: Layout) -> Vec<PropertyKey> {
        let atoms = self.atoms;
        let names = match layout {
            Layout::FunctionBare => vec![atoms.length, atoms.name],
            Layout::FunctionWithPrototype => vec![atoms.length, atoms.name, atoms.prototype],
            Layout::FunctionSloppy => vec![
                atoms.length,
                atoms.name,
                atoms.arguments,
                atoms.caller,
                atoms.prototype,
            ],
            Layout::PrototypeObject => vec![atoms.constructor],
            Layout::Arguments => {
                return vec![
                    PropertyKey::String(atoms.length),
                    PropertyKey::Symbol(self.realm.symbol_iterator),
                    PropertyKey::String(atoms.callee),
                ];
            }
            Layout::Timeout => return crate::builtins::timers::timeout_keys(self),
            Layout::Immediate => return crate::builtins::timers::immediate_keys(self),
        };
        names.into_iter().map(PropertyKey::String).collect()
    }

    /// ClassDefinitionEvaluation's object creation: the constructor and prototype.
    fn make_class(
        &mut self,
        template: Rc<FunctionTemplate>,
        env: Option<EnvRef>,
        parent: Value,
    ) -> JsResult<(ObjRef, ObjRef)> {
        let (proto_parent, ctor_parent) = match parent {
            Value::Empty => (
                Some(self.realm.object_prototype),
                self.realm.function_prototype,
            ),
            Value::Null => (None, self.realm.function_prototype),
            Value::Object(p) if self.is_constructor(parent) => {
                let pp = self.get_named(parent, "prototype")?;
                let pp = match pp {
                    Value::Object(o) => Some(o),
                    Value::Null => None,
                    _ => {
                        let shown = self.describe_for_error(pp);
                        return Err(self.type_error(format!(
                            "Class extends value does not have valid prototype property {shown}"
                        )));
                    }
                };
                (pp, p)
            }
            _ => {
                let shown = self.describe_for_error(parent);
                return Err(self.type_error(format!(
                    "Class extends value {shown} is not a constructor or null"
                )));
            }
        };
        let proto = self.alloc_object(proto_parent, ObjectKind::Ordinary);
        let class = self.make_closure(template, env, Some(proto));
        self.heap.obj_mut(class).set_proto(Some(ctor_parent));
        self.define_named(class, "prototype", Value::Object(proto), 0);
        self.define_named(proto, "constructor", Value::Object(class), METHOD_ATTRS);
        Ok((class, proto))
    }

    /// SetFunctionName with a property key and an optional "get "/"set " prefix.
    fn set_function_name(&mut self, f: ObjRef, key: Value, prefix: u8) {
        let base = match key {
            Value::Symbol(s) => match self.heap.symbol(s).description {
                // Private methods are named `#x`, symbol-keyed ones `[desc]`.
                Some(d) if self.heap.symbol(s).private => self.heap.to_rust_string(d),
                Some(d) => format!("[{}]", self.heap.to_rust_string(d)),
                None => String::new(),
            },
            other => self.to_rust_string(other).unwrap_or_default(),
        };
        let name = match prefix {
            1 => format!("get {base}"),
            2 => format!("set {base}"),
            _ => base,
        };
        let v = Value::String(self.heap.alloc_str(&name));
        self.define_named(f, "name", v, CONFIGURABLE);
    }

    /// The `arguments` object of frame `fi`: mapped to the parameters when the template
    /// says so (sloppy code, simple parameters), with `callee` as the function when
    /// mapped and %ThrowTypeError% as its accessor when not (10.4.4.6, 10.4.4.7).
    fn create_arguments(&mut self, fi: usize, template: &FunctionTemplate, last: bool) -> ObjRef {
        let frame = &mut self.frames[fi];
        let args = if last {
            frame.args.take().map(Vec::from).unwrap_or_default()
        } else {
            frame.args.as_deref().unwrap_or(&[]).to_vec()
        };
        let callee = frame.function;
        let map = match (&template.mapped_arguments, frame.env) {
            (Some(slots), Some(env)) => Some(Box::new(ParameterMap {
                env,
                slots: slots.iter().take(args.len()).copied().collect(),
            })),
            _ => None,
        };
        let proto = self.realm.object_prototype;
        let n = args.len();
        let callee = if template.mapped_arguments.is_none() {
            let thrower = Some(self.realm.throw_type_error);
            Property {
                slot: Slot::Accessor {
                    get: thrower,
                    set: thrower,
                },
                attrs: 0,
            }
        } else {
            Property::data(callee.map_or(Value::Undefined, Value::Object), METHOD_ATTRS)
        };
        let data = ArgumentsData {
            elements: args,
            map,
        };
        let mut obj = crate::runtime::JsObject::new(Some(proto), ObjectKind::Arguments(data));
        // Every `arguments` object starts with the same keys: one exact-size table of
        // a shape made once, not three inserts that each search the keys before.
        obj.props = self.laid_out(
            Layout::Arguments,
            &[
                Property::data(Value::Number(n as f64), METHOD_ATTRS),
                Property::data(Value::Object(self.realm.array_values), METHOD_ATTRS),
                callee,
            ],
        );
        self.heap.alloc_object(obj)
    }

    /// The frozen strings array (with `raw`) passed to a template tag.
    fn template_object(
        &mut self,
        strings: &[(Option<crate::runtime::Atom>, crate::runtime::Atom)],
    ) -> ObjRef {
        let cooked: Vec<Value> = strings
            .iter()
            .map(|(c, _)| {
                c.map_or(Value::Undefined, |a| {
                    Value::String(self.heap.atom_string(a))
                })
            })
            .collect();
        let raw: Vec<Value> = strings
            .iter()
            .map(|(_, r)| Value::String(self.heap.atom_string(*r)))
            .collect();
        let raw_arr = self.new_array(raw);
        let arr = self.new_array(cooked);
        self.define_named(arr, "raw", Value::Object(raw_arr), 0);
        self.freeze(raw_arr);
        self.freeze(arr);
        arr
    }

    /// Makes every own property of a new object non-configurable (and data properties
    /// read-only) and the object non-extensible (template objects, built-ins;
    /// `Object.freeze` is SetIntegrityLevel in builtins/object.rs).
    pub fn freeze(&mut self, o: ObjRef) {
        let keys = self.peek_own_keys(o);
        for k in keys {
            let Some(p) = self.peek_own_property(o, k) else {
                continue;
            };
            let desc = Descriptor::freezing(p);
            let _ = self.define_own_property(o, k, desc);
        }
        self.heap.obj_mut(o).extensible = false;
    }

    /// CopyDataProperties (object spread and rest).
    pub fn copy_data_properties(
        &mut self,
        target: ObjRef,
        src: Value,
        excluded: &[PropertyKey],
    ) -> JsResult<()> {
        if src.is_nullish() {
            return Ok(());
        }
        let from = self.to_object(src)?;
        for key in self.own_keys(from)? {
            if excluded.contains(&key) {
                continue;
            }
            if let Some(p) = self.get_own_property(from, key)?
                && p.enumerable()
            {
                let v = self.get(Value::Object(from), key)?;
                self.create_data_property(target, key, v)?;
            }
        }
        Ok(())
    }

    /// The arguments array of a spread call as values.
    fn spread_args(&self, arr: Value) -> Vec<Value> {
        match arr {
            Value::Object(a) => self
                .heap
                .obj(a)
                .array()
                .map(|a| a.elements.iter().map(|v| v.or_undefined()).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// `#<Object>`-style description used in some TypeError messages.
    pub fn describe_object(&mut self, o: ObjRef) -> String {
        match self.constructor_name(o) {
            Some(n) => format!("#<{n}>"),
            None => "[object Object]".into(),
        }
    }

    /// The TypeError for a value that is not iterable at the iteration site before `pc`,
    /// worded as V8 words it there.
    fn not_iterable_at(&mut self, template: &FunctionTemplate, pc: usize, v: Value) -> JsError {
        let how = entry_before(&template.not_iterable, pc).cloned();
        let message = match how {
            None => return self.not_iterable(v),
            Some(NotIterable::Named(t)) => format!("{t} is not iterable"),
            Some(NotIterable::NamedAsync(t)) => format!("{t} is not async iterable"),
            Some(NotIterable::NamedCall(t)) => {
                format!("{t} is not a function or its return value is not iterable")
            }
            Some(NotIterable::NamedNoSymbolLoad(t)) => {
                format!("{t} is not iterable (cannot read property Symbol(Symbol.iterator))")
            }
            Some(NotIterable::CallSpread(t)) => match v {
                Value::Null => format!("{t} is not iterable (cannot read property null)"),
                Value::Undefined => {
                    format!("{t} is not iterable (cannot read property undefined)")
                }
                _ => "Spread syntax requires ...iterable[Symbol.iterator] to be a function".into(),
            },
        };
        self.type_error(message)
    }

    /// What `new` gets when the constructor running in frame `fi` returns the
    /// non-object `v`: its `this`, unless a derived constructor returned something
    /// other than undefined or never called `super()`.
    #[cold]
    fn construct_result(&mut self, fi: usize, v: Value) -> JsResult<Value> {
        let frame = &self.frames[fi];
        let this = self.stack[frame.base];
        if matches!(
            frame.template.kind,
            TemplateKind::ClassConstructor { derived: true }
        ) && !v.is_undefined()
        {
            return Err(self.type_error("Derived constructors may only return object or undefined"));
        }
        if let Value::Empty = this {
            return Err(self.reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor"));
        }
        Ok(this)
    }

    /// "<callee text> is not a function" using the source text the compiler kept for
    /// the instruction before `pc`.
    fn callee_error(
        &mut self,
        template: &FunctionTemplate,
        pc: usize,
        v: Value,
        what: &str,
    ) -> JsError {
        let shown = match entry_before(&template.callee_names, pc) {
            Some(t) => t.to_string(),
            None => self.describe_for_error(v),
        };
        self.type_error(format!("{shown} {what}"))
    }
}

/// The entry of a per-instruction table for the instruction before `pc` (the one that
/// is running).
fn entry_before<T>(table: &[(u32, T)], pc: usize) -> Option<&T> {
    table
        .iter()
        .find(|(p, _)| *p as usize == pc - 1)
        .map(|(_, entry)| entry)
}

/// `n` as an index into an array's elements when it is a whole number in `0..2^31`,
/// the indices element fast paths meet: a truncation to 32 bits and one comparison, far
/// cheaper than a saturating conversion to `usize`. Larger indices take the general path.
#[inline(always)]
fn element_index(n: f64) -> Option<usize> {
    let i = n as i32;
    (i >= 0 && f64::from(i) == n).then_some(i as usize)
}
