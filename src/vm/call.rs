//! Calls and construction from Rust (natives calling back into JavaScript), function
//! objects, and errors: creating Error objects with a stack trace as V8 formats it.

use super::{
    Frame, FrameTemplate, JsError, JsResult, MAX_FRAMES, MAX_NATIVE_DEPTH, NativeCall, Vm,
};
use crate::compiler::bytecode::{FunctionTemplate, TemplateKind};
use crate::runtime::object::*;
use crate::runtime::{ObjRef, ObjectKind, Value};
use smallvec::SmallVec;
use std::rc::Rc;

/// The native error constructors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    URIError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::URIError => "URIError",
        }
    }
}

impl Vm {
    pub fn is_callable(&self, v: Value) -> bool {
        matches!(v, Value::Object(o) if self.heap.obj(o).is_callable())
    }

    pub fn is_constructor(&self, v: Value) -> bool {
        let Value::Object(o) = v else { return false };
        match &self.heap.obj(o).kind {
            ObjectKind::Function(c) => {
                let t = &c.template;
                !t.is_async
                    && !t.is_generator
                    && matches!(
                        t.kind,
                        TemplateKind::Normal | TemplateKind::ClassConstructor { .. }
                    )
            }
            ObjectKind::Native(n) => n.construct.is_some(),
            ObjectKind::Proxy(p) => p.constructor,
            ObjectKind::Bound(_) => self.is_constructor(Value::Object(self.bound_target(o))),
            _ => false,
        }
    }

    /// The function at the end of a chain of bound functions (`f.bind().bind()...`),
    /// found by a loop: chains can be as long as memory allows.
    pub fn bound_target(&self, mut f: ObjRef) -> ObjRef {
        while let ObjectKind::Bound(b) = &self.heap.obj(f).kind {
            f = b.target;
        }
        f
    }

    /// A call or construction through a chain of bound functions, unwrapped in one
    /// pass: the innermost target, the `this` it receives (the innermost bound one),
    /// every level's bound arguments (innermost first) followed by `args`, and
    /// `new_target` with each bound function it names replaced by that function's
    /// target (10.4.1.2 step 5, applied at every level).
    fn unwrap_bound(
        &self,
        f: ObjRef,
        args: &[Value],
        mut new_target: Value,
    ) -> (ObjRef, Value, SmallVec<[Value; 8]>, Value) {
        let mut levels: SmallVec<[ObjRef; 2]> = SmallVec::new();
        let mut this = Value::Undefined;
        let mut target = f;
        while let ObjectKind::Bound(b) = &self.heap.obj(target).kind {
            if new_target == Value::Object(target) {
                new_target = Value::Object(b.target);
            }
            levels.push(target);
            this = b.this;
            target = b.target;
        }
        let mut all = SmallVec::new();
        for &level in levels.iter().rev() {
            if let ObjectKind::Bound(b) = &self.heap.obj(level).kind {
                all.extend_from_slice(&b.args);
            }
        }
        all.extend_from_slice(args);
        (target, this, all, new_target)
    }

    /// Calls `f` with `this` and `args` from Rust, running JavaScript to completion.
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        let Value::Object(fo) = f else {
            return Err(self.not_a_function(f));
        };
        match &self.heap.obj(fo).kind {
            ObjectKind::Native(n) => {
                let call = n.call;
                self.call_native(fo, call, this, args, false)
            }
            ObjectKind::Bound(_) => {
                let (target, bound_this, all, _) = self.unwrap_bound(fo, args, Value::Undefined);
                self.call(Value::Object(target), bound_this, &all)
            }
            ObjectKind::Function(_) => self.call_closure(fo, this, args, Value::Undefined),
            ObjectKind::Proxy(p) if p.callable => {
                crate::builtins::proxy::call(self, fo, this, args)
            }
            _ => Err(self.not_a_function(f)),
        }
    }

    /// Runs native `fo` (whose behaviour for this call is `f`) with the re-entrancy
    /// bookkeeping that keeps the GC away, recorded for stack traces while it runs.
    pub fn call_native(
        &mut self,
        fo: ObjRef,
        f: NativeFn,
        this: Value,
        args: &[Value],
        construct: bool,
    ) -> JsResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        self.step()?;
        self.native_depth += 1;
        self.native_calls.push(NativeCall {
            function: fo,
            this,
            construct,
            depth: self.frames.len(),
        });
        self.heap.activations.enter_native();
        let r = f(self, this, args);
        self.heap.activations.leave_native();
        let r = r.map_err(|e| self.raise_from_native(e));
        self.native_calls.pop();
        self.native_depth -= 1;
        r
    }

    /// Calls a JavaScript closure from Rust: a boundary frame and a nested run loop.
    pub(super) fn call_closure(
        &mut self,
        fo: ObjRef,
        this: Value,
        args: &[Value],
        new_target: Value,
    ) -> JsResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let base = self.stack_top() + 1;
        let needed = base + 1 + args.len();
        self.grow_stack(needed)?;
        self.stack[base] = this;
        self.stack[base + 1..base + 1 + args.len()].copy_from_slice(args);
        self.push_frame(fo, base, args.len(), 0, new_target, true)?;
        match self
            .frames
            .last()
            .map(|f| (f.template.is_generator, f.template.is_async))
        {
            Some((true, _)) => {
                // Async generators too: the prologue runs now, requests queue later.
                self.native_depth += 1;
                let generator = self.start_generator();
                self.native_depth -= 1;
                return generator;
            }
            Some((false, true)) => {
                self.native_depth += 1;
                let promise = self.start_async();
                self.native_depth -= 1;
                return Ok(Value::Object(promise));
            }
            _ => {}
        }
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        r
    }

    /// Pushes the frame of closure `fo` whose `this` and arguments are already at
    /// `stack[base..]`; binds `this` for sloppy functions.
    #[inline(never)]
    pub(super) fn push_frame(
        &mut self,
        fo: ObjRef,
        base: usize,
        argc: usize,
        ret_dst: u16,
        new_target: Value,
        boundary: bool,
    ) -> JsResult<()> {
        let ObjectKind::Function(c) = &self.heap.obj(fo).kind else {
            unreachable!("push_frame is given closures");
        };
        // SAFETY: the frame's `function` is `fo`, whose closure holds the template.
        let (template, env) = (unsafe { FrameTemplate::borrowed(&c.template) }, c.env);
        self.push_frame_inline(fo, template, env, base, argc, ret_dst, new_target, boundary)
    }

    /// `push_frame` compiled into its caller: the instruction loop's own calls, the
    /// most frequent, skip a call and the copies of its arguments and result, and
    /// pass the closure's `template` and `env`, which they looked up already.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(super) fn push_frame_inline(
        &mut self,
        fo: ObjRef,
        template: FrameTemplate,
        env: Option<crate::runtime::EnvRef>,
        base: usize,
        argc: usize,
        ret_dst: u16,
        new_target: Value,
        boundary: bool,
    ) -> JsResult<()> {
        if self.frames.len() >= MAX_FRAMES {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        self.step()?;
        let regs = template.register_count as usize;
        let params = template.param_count as usize;
        if self.stack.len() < base + regs.max(1 + argc) {
            self.grow_stack(base + regs.max(1 + argc))?;
        }
        let args = if template.plain_entry {
            None
        } else {
            self.enter_checked(&template, base, argc, new_target)?
        };
        // Missing parameters and locals start undefined (extra arguments are dropped).
        let from = 1 + argc.min(params);
        // SAFETY: the stack was sized above to hold `base + regs.max(1 + argc)` values.
        unsafe {
            self.stack
                .get_unchecked_mut(base + from..base + regs.max(from))
        }
        .fill(Value::Undefined);
        // Sloppy methods are called on objects: only other receivers go out of line.
        if template.boxes_this && !matches!(self.stack[base], Value::Object(_)) {
            self.box_this(base)?;
        }
        // The frame vector was made with room for `MAX_FRAMES` frames (checked above)
        // and never shrinks.
        debug_assert!(self.frames.len() < self.frames.capacity());
        let frame = Frame {
            ip: Frame::entry(&template),
            template,
            function: Some(fo),
            base,
            env,
            scope_depth: 0,
            ret_dst,
            new_target,
            args,
            boundary,
            generator: None,
            pending_return: None,
        };
        // Written in place, not built on the stack and copied by `push`: the copy reads
        // the narrow fields back as wide words before their stores have retired, a
        // store-forwarding stall that cost a fifth of every call.
        // SAFETY: there is room for one more frame (see above); `set_len` makes the
        // written frame the last.
        unsafe {
            let len = self.frames.len();
            std::ptr::write(self.frames.as_mut_ptr().add(len), frame);
            self.frames.set_len(len + 1);
        }
        Ok(())
    }

    /// The entry work of a frame that is not `plain_entry`, on its registers before
    /// they are cleared: a class constructor called without `new` throws, and the
    /// arguments a frame keeps are copied (returned).
    #[cold]
    #[inline(never)]
    fn enter_checked(
        &mut self,
        template: &FunctionTemplate,
        base: usize,
        argc: usize,
        new_target: Value,
    ) -> JsResult<Option<Box<[Value]>>> {
        if let TemplateKind::ClassConstructor { .. } = template.kind
            && new_target.is_undefined()
        {
            let name = template.name.clone();
            return Err(self.type_error(format!(
                "Class constructor {name} cannot be invoked without 'new'"
            )));
        }
        Ok(template
            .keeps_arguments
            .then(|| self.stack[base + 1..base + 1 + argc].into()))
    }

    /// A sloppy-mode function's `this` that is not an object: the global object for
    /// `undefined` and `null`, a wrapper for a primitive.
    #[cold]
    #[inline(never)]
    fn box_this(&mut self, base: usize) -> JsResult<()> {
        let this = self.stack[base];
        self.stack[base] = match this {
            Value::Undefined | Value::Null => Value::Object(self.realm.global),
            _ => Value::Object(self.to_object(this)?),
        };
        Ok(())
    }

    /// Runs a compiled script with `this` = the global object; returns its completion
    /// value.
    pub fn run_script(&mut self, template: Rc<FunctionTemplate>) -> JsResult<Value> {
        let base = self.stack_top() + 1;
        let regs = template.register_count as usize;
        self.grow_stack(base + regs.max(1))?;
        // Registers start undefined: the slots may hold handles of frames long gone.
        self.stack[base..base + regs.max(1)].fill(Value::Undefined);
        self.stack[base] = Value::Object(self.realm.global);
        self.frames.push(Frame {
            ip: Frame::entry(&template),
            template: FrameTemplate::owned(template),
            function: None,
            base,
            env: None,
            scope_depth: 0,
            ret_dst: 0,
            new_target: Value::Undefined,
            args: None,
            boundary: true,
            generator: None,
            pending_return: None,
        });
        if self.frames.last().is_some_and(|f| f.template.is_async) {
            // Top-level await: the script runs like an async function body.
            let promise = self.start_async();
            self.event_loop.script_promise = Some(promise);
            return Ok(Value::Undefined);
        }
        self.run()
    }

    /// `new f(...args)` from Rust.
    pub fn construct(&mut self, f: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
        let Value::Object(fo) = f else {
            return Err(self.not_a_constructor(f));
        };
        if !self.is_constructor(f) {
            return Err(self.not_a_constructor(f));
        }
        match &self.heap.obj(fo).kind {
            ObjectKind::Native(n) => {
                let construct = n.construct.expect("checked by is_constructor");
                self.call_native(fo, construct, new_target, args, true)
            }
            ObjectKind::Bound(_) => {
                // 10.4.1.2 [[Construct]], for the whole chain at once.
                let (target, _, all, nt) = self.unwrap_bound(fo, args, new_target);
                self.construct(Value::Object(target), &all, nt)
            }
            ObjectKind::Function(_) => {
                let this = self.construct_this(fo, new_target)?;
                let result = self.call_closure(fo, this, args, new_target)?;
                Ok(if matches!(result, Value::Object(_)) {
                    result
                } else {
                    this
                })
            }
            ObjectKind::Proxy(_) => crate::builtins::proxy::construct(self, fo, args, new_target),
            _ => Err(self.not_a_constructor(f)),
        }
    }

    /// The `this` a closure's [[Construct]] starts with: a new object from
    /// `new_target.prototype` with the class's fields, or none yet (empty) in a derived
    /// constructor, whose `super()` makes it.
    pub(super) fn construct_this(&mut self, fo: ObjRef, new_target: Value) -> JsResult<Value> {
        if let ObjectKind::Function(c) = &self.heap.obj(fo).kind
            && let TemplateKind::ClassConstructor { derived: true } = c.template.kind
        {
            return Ok(Value::Empty);
        }
        let proto = self.prototype_from_constructor(new_target, |r| r.object_prototype)?;
        let obj = self.alloc_object(Some(proto), ObjectKind::Ordinary);
        self.init_fields(fo, Value::Object(obj))?;
        Ok(Value::Object(obj))
    }

    /// Runs a class's instance field initialiser on a new `this`.
    pub fn init_fields(&mut self, class: ObjRef, this: Value) -> JsResult<()> {
        if let ObjectKind::Function(c) = &self.heap.obj(class).kind
            && let Some(init) = c.field_init
        {
            self.call(Value::Object(init), this, &[])?;
        }
        Ok(())
    }

    /// GetPrototypeFromConstructor: `new_target.prototype` if it is an object, else the
    /// realm's default.
    pub fn prototype_from_constructor(
        &mut self,
        new_target: Value,
        default: fn(&crate::runtime::realm::Realm) -> ObjRef,
    ) -> JsResult<ObjRef> {
        if let Value::Object(f) = new_target {
            if let Some(Value::Object(p)) = self.laid_out_prototype(f) {
                return Ok(p);
            }
            let key = PropertyKey::String(self.atoms.prototype);
            if let Value::Object(p) = self.get(new_target, key)? {
                return Ok(p);
            }
        }
        Ok(default(&self.realm))
    }

    /// A built-in function object.
    pub fn native_function(&mut self, name: &str, length: u32, call: NativeFn) -> ObjRef {
        self.native_function_with(name, length, call, None, Vec::new())
    }

    /// A built-in function with a constructor behaviour and captured values.
    pub fn native_function_with(
        &mut self,
        name: &str,
        length: u32,
        call: NativeFn,
        construct: Option<NativeFn>,
        captures: Vec<Value>,
    ) -> ObjRef {
        let proto = self.realm.function_prototype;
        let made_name = self.heap.atom_str(name);
        let f = self.alloc_object(
            Some(proto),
            ObjectKind::Native(NativeFunction {
                call,
                construct,
                captures,
                name: made_name,
                hidden: false,
            }),
        );
        self.define_named(f, "length", Value::Number(length as f64), CONFIGURABLE);
        let name_value = Value::String(self.heap.alloc_str(name));
        self.define_named(f, "name", name_value, CONFIGURABLE);
        f
    }

    /// The values a native function closes over.
    pub fn captures(&self, f: ObjRef) -> &[Value] {
        match &self.heap.obj(f).kind {
            ObjectKind::Native(n) => &n.captures,
            _ => &[],
        }
    }

    /// A TypeError "<what> is not a function" for a value.
    pub fn not_a_function(&mut self, v: Value) -> JsError {
        let shown = self.describe_for_error(v);
        self.type_error(format!("{shown} is not a function"))
    }

    pub fn not_a_constructor(&mut self, v: Value) -> JsError {
        let shown = self.describe_for_error(v);
        self.type_error(format!("{shown} is not a constructor"))
    }

    /// How V8 names a value it has no source text for in an error message.
    /// How V8 names a value it cannot call or iterate when no source text names it
    /// (BuildDefaultCallSite): its type, and the value itself for primitives.
    pub fn default_call_site(&mut self, v: Value) -> String {
        match v {
            Value::Undefined | Value::Empty => "undefined".into(),
            Value::Null => "object null".into(),
            Value::Object(o) if self.heap.obj(o).is_callable() => "function".into(),
            Value::Object(_) => "object".into(),
            Value::Symbol(_) => "symbol".into(),
            Value::String(s) => format!("string \"{}\"", self.heap.to_rust_string(s)),
            Value::Bool(b) => format!("boolean {b}"),
            Value::BigInt(b) => format!("bigint {}", self.heap.bigint(b)),
            Value::Number(_) => {
                let text = self.to_rust_string(v).unwrap_or_default();
                format!("number {text}")
            }
        }
    }

    /// How V8 shows a value in messages that quote it whole (Object::NoSideEffectsToString):
    /// strings bare, functions by their source, arrays as `[object Array]`, other objects
    /// as `#<Constructor>`.
    pub fn no_side_effects_text(&mut self, v: Value) -> String {
        match v {
            Value::String(s) => self.heap.to_rust_string(s),
            Value::Symbol(s) => self.symbol_descriptive_string(s),
            Value::Object(o) if self.heap.obj(o).is_callable() => {
                match crate::builtins::function::to_string(self, v, &[]) {
                    Ok(Value::String(s)) => self.heap.to_rust_string(s),
                    _ => "function".into(),
                }
            }
            Value::Object(o) if self.heap.obj(o).is_array() => "[object Array]".into(),
            Value::Object(o) => self.describe_object(o),
            _ => self.to_rust_string(v).unwrap_or_default(),
        }
    }

    pub fn describe_for_error(&mut self, v: Value) -> String {
        match v {
            Value::String(s) => format!("\"{}\"", self.heap.to_rust_string(s)),
            Value::Object(o) if self.heap.obj(o).is_callable() => "function".into(),
            Value::Object(_) => "object".into(),
            Value::Symbol(s) => self.symbol_descriptive_string(s),
            _ => self.to_rust_string(v).unwrap_or_default(),
        }
    }

    /// Turns a `JsError` into the value JavaScript sees, creating the Error object (and
    /// its stack from the current frames) for native errors.
    pub fn error_value(&mut self, err: JsError) -> Value {
        match err {
            JsError::Thrown(v) => v,
            JsError::Native(kind, message) => Value::Object(self.new_error(kind, &message)),
            JsError::GeneratorReturn => Value::Empty,
        }
    }

    /// A new Error object of `kind` with `message` and a stack from the current frames.
    pub fn new_error(&mut self, kind: ErrorKind, message: &str) -> ObjRef {
        let proto = self.error_prototype(kind);
        let frames = self.stack_frames_text();
        let obj = self.alloc_error(proto, frames);
        if !message.is_empty() {
            let m = Value::String(self.heap.alloc_str(message));
            self.define_named(obj, "message", m, METHOD_ATTRS);
        }
        obj
    }

    /// An object with `[[ErrorData]]` and the stack `frames`, whose own `stack`
    /// accessor (V8 gives every error one) formats them when read.
    pub fn alloc_error(&mut self, proto: ObjRef, frames: Option<Rc<str>>) -> ObjRef {
        let obj = self.alloc_object(
            Some(proto),
            ObjectKind::Error {
                frames,
                stack: None,
                site: None,
            },
        );
        let (get, set) = (self.realm.error_stack_getter, self.realm.error_stack_setter);
        let key = PropertyKey::String(self.heap.atom_str("stack"));
        self.define_accessor(obj, key, Some(get), Some(set), CONFIGURABLE);
        obj
    }

    pub fn error_prototype(&self, kind: ErrorKind) -> ObjRef {
        let r = &self.realm;
        match kind {
            ErrorKind::Error => r.error_prototype,
            ErrorKind::TypeError => r.type_error_prototype,
            ErrorKind::RangeError => r.range_error_prototype,
            ErrorKind::ReferenceError => r.reference_error_prototype,
            ErrorKind::SyntaxError => r.syntax_error_prototype,
            ErrorKind::EvalError => r.eval_error_prototype,
            ErrorKind::URIError => r.uri_error_prototype,
        }
    }

    /// The `name` of the `constructor` found on `o`'s prototype chain, without running
    /// getters.
    pub fn constructor_name(&mut self, o: ObjRef) -> Option<String> {
        let key = self.key("constructor");
        let name_key = self.key("name");
        let p = self.peek_property(o, key)?;
        let Slot::Data(Value::Object(ctor)) = p.slot else {
            return None;
        };
        let n = self.heap.obj(ctor).props.get(&name_key).copied()?;
        match n.slot {
            Slot::Data(Value::String(s)) => Some(self.heap.to_rust_string(s)),
            _ => None,
        }
    }
}

impl Vm {
    /// `Uncaught <value>` as printed for an exception that reached the top: an Error's
    /// stack, or the inspected value.
    pub fn describe_uncaught(&mut self, value: Value) -> String {
        if self.fatal_source.is_some() {
            return self.fatal_report(value, false);
        }
        if let Value::Object(o) = value
            && let ObjectKind::Error { .. } = self.heap.obj(o).kind
            && let Ok(Value::String(s)) = self.get_named(value, "stack")
        {
            return format!("Uncaught {}", self.heap.to_rust_string(s));
        }
        let shown = match value {
            Value::String(s) => format!("'{}'", self.heap.to_rust_string(s)),
            other => self
                .to_rust_string(other)
                .unwrap_or_else(|_| "[object]".into()),
        };
        format!("Uncaught {shown}")
    }

    /// `describe_uncaught` for a promise rejected with no handler.
    pub fn describe_rejection(&mut self, value: Value) -> String {
        if self.fatal_source.is_some() {
            return self.fatal_report(value, true);
        }
        let shown = crate::runtime::inspect::inspect(self, value, &Default::default());
        format!("Uncaught (in promise) {shown}")
    }

    /// Node's report of a fatal exception. A synchronous throw points at its `throw`;
    /// a rejection (Node knows no throw site for it) at where the error was made, its
    /// stack's first frame.
    pub fn fatal_report(&mut self, value: Value, from_promise: bool) -> String {
        let is_error = matches!(value, Value::Object(o)
            if matches!(self.heap.obj(o).kind, ObjectKind::Error { .. }));
        if from_promise && !is_error {
            // Node wraps a rejection that is not an error in one of its own, made
            // inside Node (so no place in the script is shown).
            let reason = match value {
                Value::Object(_) | Value::Symbol(_) => {
                    crate::runtime::inspect::inspect(self, value, &Default::default())
                }
                _ => self.to_rust_string(value).unwrap_or_default(),
            };
            let shown = format!(
                "UnhandledPromiseRejection: This error originated either by throwing inside \
                 of an async function without a catch block, or by rejecting a promise which \
                 was not handled with .catch(). The promise rejected with the reason \
                 \"{reason}\". {{\n  code: 'ERR_UNHANDLED_REJECTION'\n}}"
            );
            return crate::diagnostics::fatal_report(None, &shown, true);
        }
        let shown = match value {
            // A thrown string is printed as it is.
            Value::String(s) => self.heap.to_rust_string(s),
            _ => crate::runtime::inspect::inspect(self, value, &Default::default()),
        };
        let script = self.fatal_source.clone();
        let site = if from_promise {
            let (frames, own_site) = match value {
                Value::Object(o) => match &self.heap.obj(o).kind {
                    ObjectKind::Error { frames, site, .. } => {
                        (frames.clone(), site.as_deref().cloned())
                    }
                    _ => (None, None),
                },
                _ => (None, None),
            };
            own_site.or_else(|| {
                script.zip(frames).and_then(|(source, frames)| {
                    let (file, line, col) = first_frame_place(&frames)?;
                    let pos = crate::diagnostics::offset_of(&source.text, line, col)?;
                    (file == source.name).then_some((source, pos as u32))
                })
            })
        } else {
            self.throw_site.clone()
        };
        // Code run by `eval` has no file name: Node calls it `<anonymous_script>`.
        let site = site.as_ref().map(|(source, pos)| {
            let name = match source.eval_origin {
                Some(_) => "<anonymous_script>",
                None => source.name.as_str(),
            };
            (name, source.text.as_str(), *pos as usize)
        });
        crate::diagnostics::fatal_report(site, &shown, is_error)
    }
}

/// The file, line and column of a stack's first `    at` line in a script (natives,
/// `at JSON.parse (<anonymous>)`, have none).
fn first_frame_place(frames: &str) -> Option<(&str, usize, usize)> {
    frames
        .lines()
        .filter(|l| l.trim_start().starts_with("at "))
        .find_map(frame_place)
}

/// The file, line and column of one `    at` line.
fn frame_place(line: &str) -> Option<(&str, usize, usize)> {
    let place = line.trim_end().strip_suffix(')').map_or_else(
        || line.trim_start().strip_prefix("at ").unwrap_or(line),
        |inner| inner.rsplit_once(" (").map_or(inner, |(_, p)| p),
    );
    let mut parts = place.rsplitn(3, ':');
    let col = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?, line, col))
}
