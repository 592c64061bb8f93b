//! Stack traces as V8 formats them: the JavaScript frames and the natives running
//! between them (`at Array.forEach (<anonymous>)`), then, while a promise job runs,
//! the async functions and combinators waiting on it (`at async main (file.js:3:9)`,
//! `at async Promise.all (index 1)`), at most `Error.stackTraceLimit` lines.

use super::{JsError, Vm};
use crate::compiler::bytecode::{FunctionTemplate, TemplateKind};
use crate::diagnostics::line_col;
use crate::runtime::object::{ObjectKind, Slot};
use crate::runtime::{ObjRef, PropertyKey, Value};
use std::rc::Rc;

/// A native function being run: V8 shows its builtins as frames of their own.
#[derive(Clone, Copy, Debug)]
pub struct NativeCall {
    pub function: ObjRef,
    /// The receiver (`new.target` for a construct call).
    pub this: Value,
    pub construct: bool,
    /// How many JavaScript frames were below it when it was called.
    pub depth: usize,
}

/// The promise job being run, where V8 starts the async part of a stack trace
/// (TryGetCurrentTaskPromise).
#[derive(Clone, Copy, Debug)]
pub enum CurrentJob {
    /// An `await` (or an async generator's `yield`) resuming this async function or
    /// async generator state.
    Await(ObjRef),
    /// A reaction job that settles this derived promise.
    Derived(ObjRef),
}

impl CurrentJob {
    /// The object the job refers to, kept alive while it runs.
    pub fn object(self) -> ObjRef {
        match self {
            CurrentJob::Await(o) | CurrentJob::Derived(o) => o,
        }
    }
}

/// One line of the async part of a stack, found by following promise reactions.
#[derive(Clone, Copy, Debug)]
pub enum AsyncFrame {
    /// An async function or async generator suspended at an `await` (its state).
    Function(ObjRef),
    /// `Promise.all`, `Promise.allSettled` or `Promise.any` waiting on element `index`.
    Combinator(&'static str, u32),
}

/// One frame of the synchronous stack, innermost first.
/// The source name of built-ins written in JavaScript (Array.fromAsync's body): their
/// frames are left out of stack traces, as V8 shows none for its built-ins.
pub const ENGINE_SOURCE: &str = "<builtin>";

#[derive(Clone, Copy)]
enum Entry {
    /// `Vm::frames[i]`
    Js(usize),
    /// `Vm::native_calls[i]`
    Native(usize),
}

/// What a line describes (V8's CallSiteInfo).
struct CallSite {
    function: Option<ObjRef>,
    /// The name the function was made with (V8's SharedFunctionInfo name).
    original_name: String,
    receiver: Value,
    construct: bool,
    is_async: bool,
    /// `file:line:col`, or `None` for a native (`<anonymous>`).
    place: Option<String>,
    /// Code run by `eval`.
    eval: bool,
}

impl Vm {
    /// `Error.stackTraceLimit` as V8 reads it (a data property of %Error%; no getter
    /// runs): `None` when it is not a number, and then no stack is captured.
    fn stack_trace_limit(&mut self) -> Option<usize> {
        let key = self.key("stackTraceLimit");
        let ctor = self.realm.error_constructor;
        let limit = match self.peek_property(ctor, key)?.slot {
            Slot::Data(Value::Number(n)) => n,
            _ => return None,
        };
        // FastD2IChecked, then at least 0.
        Some(if limit.is_nan() || limit <= 0.0 {
            0
        } else {
            limit.min(i32::MAX as f64) as usize
        })
    }

    /// The `\n    at ...` lines for the current stack, innermost first, or `None`
    /// when `Error.stackTraceLimit` is not a number. With `skip_until`, the frames up
    /// to and including the innermost call of that function are left out (V8's
    /// SKIP_UNTIL_SEEN: an error constructor leaves itself and the subclass
    /// constructors out; nothing is left when the function is not on the stack).
    pub fn capture_stack(&mut self, skip_until: Option<ObjRef>) -> Option<Rc<str>> {
        let limit = self.stack_trace_limit()?;
        let mut entries = Vec::with_capacity(self.frames.len() + self.native_calls.len());
        let mut n = self.native_calls.len();
        for i in (0..self.frames.len()).rev() {
            // A native called while frame `i` ran sits between it and frame `i + 1`.
            while n > 0 && self.native_calls[n - 1].depth > i {
                n -= 1;
                entries.push(Entry::Native(n));
            }
            entries.push(Entry::Js(i));
        }
        entries.extend((0..n).rev().map(Entry::Native));

        let mut skipping = skip_until;
        let mut in_engine_code = false;
        let mut lines = Vec::new();
        for entry in entries {
            if lines.len() >= limit {
                break;
            }
            let function = match entry {
                Entry::Js(i) => self.frames[i].function,
                Entry::Native(i) => Some(self.native_calls[i].function),
            };
            if let Some(target) = skipping {
                if function == Some(target) {
                    skipping = None;
                }
                continue;
            }
            if let Entry::Js(i) = entry {
                in_engine_code |= self.frames[i].template.source.name == ENGINE_SOURCE;
            }
            if let Some(site) = self.entry_site(entry) {
                lines.push(self.describe_site(&site));
            }
        }
        if skipping.is_some() {
            return Some("".into());
        }
        // V8 follows no await through a built-in: below one, the trace ends.
        if lines.len() < limit && !in_engine_code {
            for frame in crate::builtins::promise::async_frames(self, limit - lines.len()) {
                let line = match frame {
                    AsyncFrame::Function(state) if self.runs_engine_code(state) => break,
                    AsyncFrame::Function(state) => match self.suspended_site(state) {
                        Some(site) => self.describe_site(&site),
                        None => continue,
                    },
                    AsyncFrame::Combinator(name, index) => {
                        format!("async Promise.{name} (index {index})")
                    }
                };
                lines.push(line);
            }
        }
        let mut text = String::new();
        for line in lines {
            text.push_str("\n    at ");
            text.push_str(&line);
        }
        Some(text.into())
    }

    /// `capture_stack` leaving nothing out.
    pub fn stack_frames_text(&mut self) -> Option<Rc<str>> {
        self.capture_stack(None)
    }

    /// The function of the innermost native running (the one asking).
    pub fn running_native(&self) -> Option<ObjRef> {
        self.native_calls.last().map(|c| c.function)
    }

    /// Where a `throw` or an error raised by the engine happened: the place a fatal
    /// report points at (the innermost frame's current instruction).
    pub(super) fn note_throw_site(&mut self) {
        if let Some(frame) = self.frames.last() {
            let at = frame.pc().saturating_sub(1);
            self.throw_site = Some((frame.template.source.clone(), frame.template.position(at)));
        }
    }

    /// A native's error becomes an Error object while the native's frame is still on
    /// the stack, so its stack shows the builtin that threw (`at JSON.parse
    /// (<anonymous>)`).
    pub(super) fn raise_from_native(&mut self, err: JsError) -> JsError {
        match err {
            JsError::Native(..) if !super::INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) => {
                self.note_throw_site();
                JsError::Thrown(self.error_value(err))
            }
            other => other,
        }
    }

    /// Where code given to `eval` now comes from (V8's FormatEvalOrigin): `eval at`
    /// the calling function's name and the place of the call, or the origin of the
    /// calling eval code.
    pub fn eval_origin(&self) -> String {
        let Some(caller) = self.frames.last() else {
            return "eval at <anonymous>".into();
        };
        let t = &caller.template;
        let name = match t.kind {
            TemplateKind::Script => "<anonymous>",
            _ if t.is_eval_code() => "<anonymous>",
            _ if t.name.is_empty() => "<anonymous>",
            _ => &t.name,
        };
        let place = match &t.source.eval_origin {
            Some(origin) => origin.clone(),
            None => {
                let pos = t.position(caller.pc().saturating_sub(1));
                let (line, col) = line_col(&t.source.text, pos as usize);
                format!("{}:{line}:{col}", t.source.name)
            }
        };
        format!("eval at {name} ({place})")
    }

    /// Whether native call `i` is a direct `eval(...)`: %eval% called from a frame
    /// whose call names it `eval`. V8 runs it without a frame for the builtin.
    fn is_direct_eval(&self, i: usize) -> bool {
        let call = self.native_calls[i];
        if call.function != self.realm.eval_function || call.depth == 0 {
            return false;
        }
        let Some(caller) = self.frames.get(call.depth - 1) else {
            return false;
        };
        let at = caller.pc().saturating_sub(1) as u32;
        caller
            .template
            .callee_names
            .iter()
            .any(|(p, text)| *p == at && &**text == "eval")
    }

    /// The call site of one synchronous frame, or `None` for a hidden native.
    fn entry_site(&mut self, entry: Entry) -> Option<CallSite> {
        match entry {
            Entry::Js(i) => {
                let f = &self.frames[i];
                if f.template.source.name == ENGINE_SOURCE {
                    return None;
                }
                let template = f.template.clone();
                let (function, new_target, pc, base) = (f.function, f.new_target, f.pc(), f.base);
                let receiver = self.stack.get(base).copied().unwrap_or(Value::Undefined);
                Some(js_site(
                    &template,
                    function,
                    receiver,
                    !new_target.is_undefined(),
                    pc,
                ))
            }
            Entry::Native(i) => {
                let call = self.native_calls[i];
                let ObjectKind::Native(n) = &self.heap.obj(call.function).kind else {
                    return None;
                };
                if n.hidden || self.is_direct_eval(i) {
                    return None;
                }
                let name = n.name;
                let original_name = self.heap.to_rust_string(self.heap.atom_string(name));
                // The engine's own closures are bound to a record, not to a receiver
                // a script could see.
                let receiver = match call.this {
                    Value::Object(o)
                        if matches!(self.heap.obj(o).kind, ObjectKind::InternalSlots(_)) =>
                    {
                        Value::Undefined
                    }
                    v => v,
                };
                Some(CallSite {
                    function: Some(call.function),
                    original_name,
                    receiver,
                    construct: call.construct,
                    is_async: false,
                    place: None,
                    eval: false,
                })
            }
        }
    }

    /// Whether the suspended async function `state` is a built-in written in
    /// JavaScript (see [`ENGINE_SOURCE`]).
    fn runs_engine_code(&self, state: ObjRef) -> bool {
        matches!(&self.heap.obj(state).kind, ObjectKind::Generator(g)
            if g.frame.as_ref().is_some_and(|f| f.template.source.name == ENGINE_SOURCE))
    }

    /// The call site of an async function or generator suspended at an `await`: its
    /// receiver and the place of the `await`.
    fn suspended_site(&mut self, state: ObjRef) -> Option<CallSite> {
        let ObjectKind::Generator(g) = &self.heap.obj(state).kind else {
            return None;
        };
        let saved = g.frame.as_ref()?;
        let receiver = saved.registers.first().copied().unwrap_or(Value::Undefined);
        let mut site = js_site(&saved.template, saved.function, receiver, false, saved.pc);
        site.is_async = true;
        Some(site)
    }

    /// One frame as V8 serializes it (SerializeJSStackFrame).
    fn describe_site(&mut self, site: &CallSite) -> String {
        let place = site.place.as_deref().unwrap_or("<anonymous>");
        let prefix = if site.is_async { "async " } else { "" };
        if site.function.is_none() {
            if site.eval {
                return format!("{prefix}eval ({place})");
            }
            // An ES module's body (its `this` is undefined): V8 shows only the place.
            if site.receiver == Value::Undefined {
                return format!("{prefix}{place}");
            }
            // The script: Node runs a file as the body of a CommonJS wrapper, an
            // anonymous function called on `module.exports`.
            return format!("{prefix}Object.<anonymous> ({place})");
        }
        let name = self.function_debug_name(site);
        let head = if self.is_method_call(site) {
            self.method_call_text(site, &name)
        } else if site.construct {
            format!(
                "new {}",
                if name.is_empty() {
                    "<anonymous>"
                } else {
                    &name
                }
            )
        } else if !name.is_empty() {
            name
        } else {
            return format!("{prefix}{place}");
        };
        format!("{prefix}{head} ({place})")
    }

    /// IsMethodCall: a receiver other than undefined, null or the global object, and
    /// not a construct call.
    fn is_method_call(&self, site: &CallSite) -> bool {
        if site.construct {
            return false;
        }
        match site.receiver {
            Value::Undefined | Value::Null | Value::Empty => false,
            Value::Object(o) => o != self.realm.global,
            _ => true,
        }
    }

    /// V8's AppendMethodCall: `Type.name [as method]`.
    fn method_call_text(&mut self, site: &CallSite, name: &str) -> String {
        let type_name = self.receiver_type_name(site.receiver);
        let method = self.method_name(site);
        if name.is_empty() {
            let mut text = String::new();
            if let Some(t) = type_name.filter(|t| !t.is_empty()) {
                text.push_str(&t);
                text.push('.');
            }
            text.push_str(method.as_deref().unwrap_or("<anonymous>"));
            return text;
        }
        let mut text = String::new();
        if let Some(t) = type_name.filter(|t| !t.is_empty())
            && is_identifier(name)
            && t != name
        {
            text.push_str(&t);
            text.push('.');
        }
        text.push_str(name);
        if let Some(m) = method.filter(|m| !m.is_empty())
            && !ends_with_method_name(name, &m)
        {
            text.push_str(&format!(" [as {m}]"));
        }
        text
    }

    /// JSFunction::GetDebugName: the function's `name` if it is a string data
    /// property (found without running getters), else the name it was made with.
    fn function_debug_name(&mut self, site: &CallSite) -> String {
        match site.function {
            Some(f) => self
                .data_string(f, "name")
                .unwrap_or_else(|| site.original_name.clone()),
            None => site.original_name.clone(),
        }
    }

    /// A string data property of `o` or its prototypes, found without running code.
    fn data_string(&mut self, o: ObjRef, name: &str) -> Option<String> {
        let key = self.key(name);
        match self.peek_property(o, key)?.slot {
            Slot::Data(Value::String(s)) => Some(self.heap.to_rust_string(s)),
            _ => None,
        }
    }

    /// GetTypeName: the receiver's constructor name; a function receiver is named by
    /// its own name (`Promise.all`, `Object.keys`).
    fn receiver_type_name(&mut self, receiver: Value) -> Option<String> {
        let o = match receiver {
            Value::Object(o) => o,
            Value::Number(_) => return Some("Number".into()),
            Value::String(_) => return Some("String".into()),
            Value::Bool(_) => return Some("Boolean".into()),
            Value::Symbol(_) => return Some("Symbol".into()),
            Value::BigInt(_) => return Some("BigInt".into()),
            Value::Undefined | Value::Null | Value::Empty => return None,
        };
        if self.heap.obj(o).is_callable()
            && let Some(name) = self.data_string(o, "name").filter(|n| !n.is_empty())
        {
            return Some(name);
        }
        Some(self.v8_constructor_name(o))
    }

    /// JSReceiver::GetConstructorName: the function that made a generator object; else
    /// up the prototype chain, a string `Symbol.toStringTag`, or (from the first
    /// prototype on) a `constructor` function not named "Object"; else the object's
    /// class name.
    fn v8_constructor_name(&mut self, o: ObjRef) -> String {
        if let Some(f) = self.generator_function(o)
            && let Some(name) = self.function_name_of(f).filter(|n| !n.is_empty())
        {
            return name;
        }
        let tag = PropertyKey::Symbol(self.realm.symbol_to_string_tag);
        let constructor = PropertyKey::String(self.atoms.constructor);
        let mut cur = Some(o);
        while let Some(c) = cur {
            if let Some(p) = self.peek_own_property(c, tag)
                && let Slot::Data(Value::String(s)) = p.slot
            {
                return self.heap.to_rust_string(s);
            }
            if c != o
                && let Some(p) = self.peek_own_property(c, constructor)
                && let Slot::Data(Value::Object(f)) = p.slot
                && self.heap.obj(f).is_callable()
                && let Some(name) = self.function_name_of(f)
                && !name.is_empty()
                && name != "Object"
            {
                return name;
            }
            cur = self.heap.obj(c).proto;
        }
        if self.heap.obj(o).is_callable() {
            "Function".into()
        } else {
            "Object".into()
        }
    }

    /// A function's debug name (its `name` data property, else its made name).
    fn function_name_of(&mut self, f: ObjRef) -> Option<String> {
        if let Some(name) = self.data_string(f, "name") {
            return Some(name);
        }
        match &self.heap.obj(f).kind {
            ObjectKind::Function(c) => Some(c.template.name.to_string()),
            ObjectKind::Native(n) => {
                let name = n.name;
                Some(self.heap.to_rust_string(self.heap.atom_string(name)))
            }
            _ => None,
        }
    }

    /// The generator function a generator object was made by (V8 names a generator
    /// object's type by it: `at g.next (<anonymous>)`).
    fn generator_function(&self, o: ObjRef) -> Option<ObjRef> {
        let ObjectKind::Generator(g) = &self.heap.obj(o).kind else {
            return None;
        };
        if let Some(saved) = &g.frame {
            return saved.function;
        }
        // Running: its frame is on the stack.
        self.frames
            .iter()
            .rev()
            .find(|f| f.generator == Some(o))
            .and_then(|f| f.function)
    }

    /// GetMethodName: the property of the receiver (or its prototypes) holding the
    /// function, looked up by the function's made name (without a `get `/`set `
    /// prefix), else the one enumerable string-keyed property holding it.
    fn method_name(&mut self, site: &CallSite) -> Option<String> {
        let function = site.function?;
        let receiver = match site.receiver {
            Value::Object(o) => o,
            Value::Undefined | Value::Null | Value::Empty => return None,
            primitive => self.to_object(primitive).ok()?,
        };
        let name = site
            .original_name
            .strip_prefix("get ")
            .or_else(|| site.original_name.strip_prefix("set "))
            .unwrap_or(&site.original_name)
            .to_string();
        if !name.is_empty() {
            let key = self.text_key(&name);
            if let Some(p) = self.peek_property(receiver, key)
                && holds(&p.slot, function)
            {
                return Some(name);
            }
        }
        // InferMethodName: one key only; two different keys name nothing.
        let mut found: Option<Option<PropertyKey>> = None;
        let mut cur = Some(receiver);
        while let Some(c) = cur {
            let obj = self.heap.obj(c);
            for (key, p) in obj.props.iter() {
                if !matches!(key, PropertyKey::String(_)) || !p.enumerable() {
                    continue;
                }
                if holds(&p.slot, function) && found != Some(Some(*key)) {
                    found = Some(if found.is_none() { Some(*key) } else { None });
                }
            }
            cur = obj.proto;
        }
        match found.flatten()? {
            PropertyKey::String(atom) => {
                Some(self.heap.to_rust_string(self.heap.atom_string(atom)))
            }
            _ => None,
        }
    }
}

/// The call site of a JavaScript frame running `template` at `pc` (one past the
/// instruction being run).
fn js_site(
    template: &FunctionTemplate,
    function: Option<ObjRef>,
    receiver: Value,
    construct: bool,
    pc: usize,
) -> CallSite {
    let pos = template.position(pc.saturating_sub(1));
    let (line, col) = line_col(&template.source.text, pos as usize);
    let source = &template.source;
    let place = match &source.eval_origin {
        Some(origin) => format!("{origin}, {}:{line}:{col}", source.name),
        None => format!("{}:{line}:{col}", source.name),
    };
    CallSite {
        function: if template.kind == TemplateKind::Script {
            None
        } else {
            function
        },
        original_name: template.name.to_string(),
        receiver,
        construct,
        is_async: false,
        place: Some(place),
        eval: source.eval_origin.is_some(),
    }
}

/// Whether a property holds `function` as its value, getter or setter.
fn holds(slot: &Slot, function: ObjRef) -> bool {
    match *slot {
        Slot::Data(Value::Object(v)) => v == function,
        Slot::Accessor { get, set } => get == Some(function) || set == Some(function),
        Slot::Data(_) => false,
    }
}

/// String::IsIdentifier: whether a function name reads as a plain identifier (only
/// then does a method call put the type in front: `Array.forEach`, but `get size`).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_alphabetic() || first == '$' || first == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '$' | '_' | '\u{200c}' | '\u{200d}'))
}

/// StringEndsWithMethodName: `subject` is `pattern`, or ends with `.pattern` or
/// ` pattern`.
fn ends_with_method_name(subject: &str, pattern: &str) -> bool {
    subject == pattern
        || subject
            .strip_suffix(pattern)
            .is_some_and(|rest| rest.ends_with('.') || rest.ends_with(' '))
}
