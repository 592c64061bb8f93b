//! `util.inspect` as Node prints values in `console.log`: the same line breaking,
//! array grouping, quoting and depth limits, so output matches Node byte for byte.
//! Inspection reads data properties directly and shows accessors as `[Getter]`.

use super::number::number_to_string;
use super::object::{ObjectKind, PropertyKey, Slot};
use super::{ObjRef, StrRef, Value};
use crate::compiler::bytecode::TemplateKind;
use crate::vm::{JsError, JsResult, Vm};

/// The options of `util.inspect` that console output uses.
#[derive(Clone, Debug)]
pub struct InspectOptions {
    /// How many levels of nesting to show; `None` for no limit.
    /// A negative depth shows even the top-level object as `[Object]`.
    pub depth: Option<i64>,
    /// How many array elements to show before `... N more items`.
    pub max_array_length: usize,
    /// How many UTF-16 code units of a string to show before `... N more characters`.
    pub max_string_length: usize,
    /// Show non-enumerable properties (and array `length`), as `%o` does.
    pub show_hidden: bool,
    /// Show a proxy as `Proxy [ target, handler ]` (as `%o` does) instead of as its
    /// target.
    pub show_proxy: bool,
    pub break_length: usize,
    /// Node's `compact` number: how many inner levels may share one line (0 for
    /// `compact: false`, every property on its own line).
    pub compact: usize,
    /// `compact: true`: Node's older layout, entries packed after the opening brace
    /// and strings never split.
    pub compact_legacy: bool,
    /// Sort the keys of objects (and the entries of Maps and Sets).
    pub sorted: bool,
    /// Call getters and show their values (`[Getter: 1]`).
    pub getters: bool,
    /// Honour `[util.inspect.custom]` methods.
    pub custom_inspect: bool,
}

impl Default for InspectOptions {
    fn default() -> Self {
        InspectOptions {
            depth: Some(2),
            max_array_length: 100,
            max_string_length: 10_000,
            show_hidden: false,
            show_proxy: false,
            break_length: 80,
            compact: 3,
            compact_legacy: false,
            sorted: false,
            getters: false,
            custom_inspect: true,
        }
    }
}

struct Ctx<'a> {
    vm: &'a mut Vm,
    opts: InspectOptions,
    seen: Vec<ObjRef>,
    /// Objects found to be referenced circularly; the position plus one is the id.
    circular: Vec<ObjRef>,
    indentation: usize,
    current_depth: usize,
    /// The first exception a custom inspect method or getter threw; inspection
    /// finishes, then [`inspect_checked`] reports it.
    error: Option<JsError>,
}

/// Whether an entry is an array element (no key shown) or a named property.
#[derive(Clone, Copy, PartialEq)]
enum Extras {
    Object,
    Array,
    /// An element of an array: the value alone, without a key.
    Element,
}

/// The length of `s` in UTF-16 code units, as Node measures it.
fn jlen(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The columns `s` takes on a terminal, as Node's getStringWidth counts them: wide
/// East Asian characters and emoji take two, combining marks and zero-width
/// characters none.
pub fn string_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let c = c as u32;
            match c {
                0x300..=0x36f | 0x200b..=0x200f | 0xfe00..=0xfe0f | 0x20d0..=0x20ff => 0,
                0x1100..=0x115f
                | 0x2e80..=0x303e
                | 0x3041..=0x33ff
                | 0x3400..=0x4dbf
                | 0x4e00..=0x9fff
                | 0xa000..=0xa4cf
                | 0xac00..=0xd7a3
                | 0xf900..=0xfaff
                | 0xfe30..=0xfe4f
                | 0xff00..=0xff60
                | 0xffe0..=0xffe6
                | 0x1f300..=0x1f64f
                | 0x1f900..=0x1f9ff
                | 0x20000..=0x3fffd => 2,
                _ => 1,
            }
        })
        .sum()
}

/// `util.inspect(value, options)`, for output where an exception thrown by a custom
/// inspect method has nowhere to go.
pub fn inspect(vm: &mut Vm, value: Value, options: &InspectOptions) -> String {
    inspect_with_error(vm, value, options).0
}

/// `util.inspect(value, options)`, propagating the first exception a custom inspect
/// method threw (as Node's does).
pub fn inspect_checked(vm: &mut Vm, value: Value, options: &InspectOptions) -> JsResult<String> {
    match inspect_with_error(vm, value, options) {
        (_, Some(e)) => Err(e),
        (text, None) => Ok(text),
    }
}

/// The text of `value` and the first exception thrown while making it.
fn inspect_with_error(
    vm: &mut Vm,
    value: Value,
    options: &InspectOptions,
) -> (String, Option<JsError>) {
    let mut ctx = Ctx {
        vm,
        opts: options.clone(),
        seen: Vec::new(),
        circular: Vec::new(),
        indentation: 0,
        current_depth: 0,
        error: None,
    };
    let text = format_value(&mut ctx, value, 0);
    (text, ctx.error)
}

/// Node's formatValue step for `[util.inspect.custom](depth, options, inspect)`: the
/// method's string result stands for the value (indented to the current level), any
/// other result is inspected in its place. `None` when there is no such method or
/// it returned the value itself.
fn custom_inspect(ctx: &mut Ctx, o: ObjRef, recurse_times: usize) -> Option<String> {
    // An unregistered symbol cannot be a key of any object yet.
    let &symbol = ctx.vm.symbol_registry.get("nodejs.util.inspect.custom")?;
    let method = ctx
        .vm
        .get(Value::Object(o), PropertyKey::Symbol(symbol))
        .ok()?;
    if !ctx.vm.is_callable(method) {
        return None;
    }
    // A prototype's own method is not used to show the prototype itself.
    let constructor = ctx.vm.get_named(Value::Object(o), "constructor").ok()?;
    if let Value::Object(_) = constructor
        && ctx.vm.get_named(constructor, "prototype").ok()? == Value::Object(o)
    {
        return None;
    }
    let depth = match ctx.opts.depth {
        Some(d) => Value::Number((d - recurse_times as i64) as f64),
        None => Value::Null,
    };
    let result = user_options(ctx).and_then(|options| {
        let inspect = match crate::modules::cjs::builtin(ctx.vm, "util")? {
            Some(util) => ctx.vm.get_named(util, "inspect")?,
            None => Value::Undefined,
        };
        ctx.vm
            .call(method, Value::Object(o), &[depth, options, inspect])
    });
    match result {
        Err(e) => {
            ctx.error.get_or_insert(e);
            Some(String::new())
        }
        Ok(v) if v == Value::Object(o) => None,
        Ok(Value::String(s)) => {
            let text = ctx.vm.heap.to_rust_string(s);
            let indentation = format!("\n{}", " ".repeat(ctx.indentation));
            Some(text.replace('\n', &indentation))
        }
        Ok(v) => Some(format_value(ctx, v, recurse_times)),
    }
}

/// The options object a custom inspect method receives (Node's getUserOptions),
/// with a `stylize` that returns its text as is (output is never coloured).
fn user_options(ctx: &mut Ctx) -> JsResult<Value> {
    let vm = &mut *ctx.vm;
    let o = vm.new_object();
    let stylize = vm.native_function("stylize", 2, |vm, _, args| {
        let text = vm.to_string(args.first().copied().unwrap_or(Value::Undefined))?;
        Ok(Value::String(text))
    });
    let opts = &ctx.opts;
    let number = |n: usize| {
        if n == usize::MAX {
            Value::Number(f64::INFINITY)
        } else {
            Value::Number(n as f64)
        }
    };
    let compact = if opts.compact_legacy {
        Value::Bool(true)
    } else if opts.compact == 0 {
        Value::Bool(false)
    } else {
        number(opts.compact)
    };
    let fields = [
        ("stylize", Value::Object(stylize)),
        ("showHidden", Value::Bool(opts.show_hidden)),
        (
            "depth",
            opts.depth.map_or(Value::Null, |d| Value::Number(d as f64)),
        ),
        ("colors", Value::Bool(false)),
        ("customInspect", Value::Bool(opts.custom_inspect)),
        ("showProxy", Value::Bool(opts.show_proxy)),
        ("maxArrayLength", number(opts.max_array_length)),
        ("maxStringLength", number(opts.max_string_length)),
        ("breakLength", number(opts.break_length)),
        ("compact", compact),
        ("sorted", Value::Bool(opts.sorted)),
        ("getters", Value::Bool(opts.getters)),
        ("numericSeparator", Value::Bool(false)),
    ];
    for (name, value) in fields {
        let key = vm.key(name);
        vm.create_data_property(o, key, value)?;
    }
    Ok(Value::Object(o))
}

/// A string quoted and escaped as Node shows it inside containers: single quotes,
/// or double quotes when it holds a single quote and no double quote, or backticks
/// when it holds both (and no backtick or `${`).
pub fn quote_js_string(units: &[u16]) -> String {
    let has = |c: u8| units.contains(&(c as u16));
    let has_template = units.windows(2).any(|w| w == [b'$' as u16, b'{' as u16]);
    let quote: u16 = if has(b'\'') {
        if !has(b'"') {
            b'"' as u16
        } else if !has(b'`') && !has_template {
            b'`' as u16
        } else {
            b'\'' as u16
        }
    } else {
        b'\'' as u16
    };
    let mut out: Vec<u16> = vec![quote];
    escape_units(&mut out, units, quote == b'\'' as u16);
    out.push(quote);
    String::from_utf16_lossy(&out)
}

/// Appends `units` to `out` with Node's escapes (strEscapeSequencesReplacer): control
/// characters, backslashes, lone surrogates and, when `single_quote`, `'`.
fn escape_units(out: &mut Vec<u16>, units: &[u16], single_quote: bool) {
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        let escaped: Option<String> = match c {
            0x27 if single_quote => Some("\\'".into()),
            0x5c => Some("\\\\".into()),
            0x08 => Some("\\b".into()),
            0x09 => Some("\\t".into()),
            0x0a => Some("\\n".into()),
            0x0c => Some("\\f".into()),
            0x0d => Some("\\r".into()),
            0..=0x1f | 0x7f..=0x9f => Some(format!("\\x{c:02X}")),
            0xd800..=0xdbff
                if units
                    .get(i + 1)
                    .is_some_and(|&n| (0xdc00..=0xdfff).contains(&n)) =>
            {
                out.push(c);
                out.push(units[i + 1]);
                i += 2;
                continue;
            }
            0xd800..=0xdfff => Some(format!("\\u{c:x}")),
            _ => None,
        };
        match escaped {
            Some(e) => out.extend(e.encode_utf16()),
            None => out.push(c),
        }
        i += 1;
    }
}

/// A number as Node shows it: `-0` keeps its sign.
pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        number_to_string(n)
    }
}

/// Strings no longer than this are never split over lines (Node's kMinLineLength).
const MIN_LINE_LENGTH: usize = 16;

/// Node's formatPrimitive for strings: cut at `max_string_length` with a
/// `... N more characters` trailer, and a string too long for the line split after
/// each line break into quoted pieces joined by ` +` and a new line.
fn format_string(ctx: &Ctx, units: &[u16]) -> String {
    let mut units = units;
    let mut trailer = String::new();
    if units.len() > ctx.opts.max_string_length {
        let remaining = units.len() - ctx.opts.max_string_length;
        units = &units[..ctx.opts.max_string_length];
        trailer = format!(
            "... {remaining} more character{}",
            if remaining > 1 { "s" } else { "" }
        );
    }
    let fits = (units.len() + ctx.indentation + 4) <= ctx.opts.break_length;
    if !ctx.opts.compact_legacy && units.len() > MIN_LINE_LENGTH && !fits {
        let separator = format!(" +\n{}", " ".repeat(ctx.indentation + 2));
        let pieces: Vec<String> = units
            .split_inclusive(|&u| u == u16::from(b'\n'))
            .map(quote_js_string)
            .collect();
        return pieces.join(&separator) + &trailer;
    }
    quote_js_string(units) + &trailer
}

fn format_primitive(ctx: &mut Ctx, v: Value) -> String {
    match v {
        Value::String(s) => {
            let units = ctx.vm.heap.flatten(s).to_vec();
            format_string(ctx, &units)
        }
        Value::Number(n) => format_number(n),
        Value::Bool(b) => b.to_string(),
        Value::Undefined | Value::Empty => "undefined".into(),
        Value::Null => "null".into(),
        Value::Symbol(s) => ctx.vm.symbol_descriptive_string(s),
        Value::BigInt(b) => format!("{}n", ctx.vm.heap.bigint(b)),
        Value::Object(_) => unreachable!("objects are formatted by format_raw"),
    }
}

fn format_value(ctx: &mut Ctx, v: Value, recurse_times: usize) -> String {
    let Value::Object(o) = v else {
        return format_primitive(ctx, v);
    };
    // A proxy shows as its target, so that no trap runs (Node's `showProxy: false`),
    // or as its target and handler.
    if let ObjectKind::Proxy(p) = &ctx.vm.heap.obj(o).kind
        && ctx.opts.show_proxy
    {
        return match (p.target, p.handler) {
            (Some(target), Some(handler)) => format_proxy(ctx, target, handler, recurse_times),
            _ => "<Revoked Proxy>".into(),
        };
    }
    let Some(o) = proxy_target(ctx.vm, o) else {
        return "<Revoked Proxy>".into();
    };
    if ctx.opts.custom_inspect
        && let Some(shown) = custom_inspect(ctx, o, recurse_times)
    {
        return shown;
    }
    if ctx.seen.contains(&o) {
        let index = match ctx.circular.iter().position(|&c| c == o) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(o);
                ctx.circular.len()
            }
        };
        return format!("[Circular *{index}]");
    }
    format_raw(ctx, o, recurse_times)
}

/// Node's formatProxy: `Proxy [ target, handler ]`.
fn format_proxy(ctx: &mut Ctx, target: ObjRef, handler: ObjRef, recurse_times: usize) -> String {
    if ctx.opts.depth.is_some_and(|d| recurse_times as i64 > d) {
        return "Proxy [Array]".into();
    }
    let recurse_times = recurse_times + 1;
    ctx.indentation += 2;
    let output = vec![
        format_value(ctx, Value::Object(target), recurse_times),
        format_value(ctx, Value::Object(handler), recurse_times),
    ];
    ctx.indentation -= 2;
    let braces = ["Proxy [".to_string(), "]".to_string()];
    reduce_to_single_string(
        ctx,
        output,
        "",
        &braces,
        Extras::Array,
        recurse_times,
        target,
    )
}

/// The object a value that may be a proxy is inspected as: the innermost target of a
/// chain of proxies, or `None` when one of them is revoked.
fn proxy_target(vm: &Vm, mut o: ObjRef) -> Option<ObjRef> {
    while let ObjectKind::Proxy(p) = &vm.heap.obj(o).kind {
        o = p.target?;
    }
    Some(o)
}

/// A data property's value, read without running getters.
fn data_value(vm: &mut Vm, o: ObjRef, name: &str) -> Option<Value> {
    let key = vm.key(name);
    match vm.peek_own_property(o, key)?.slot {
        Slot::Data(v) => Some(v),
        Slot::Accessor { .. } => None,
    }
}

/// `f.name` as Node reads it (inherited values and getters count); undefined when
/// the getter throws.
fn name_property(vm: &mut Vm, f: ObjRef) -> Value {
    vm.get_named(Value::Object(f), "name")
        .unwrap_or(Value::Undefined)
}

/// Whether `proto` is on `o`'s prototype chain.
fn inherits_from(vm: &Vm, o: ObjRef, proto: ObjRef) -> bool {
    let mut p = prototype(vm, o);
    let mut steps = 0;
    while let Some(q) = p {
        if q == proto {
            return true;
        }
        steps += 1;
        if steps > 10_000 {
            return false;
        }
        p = prototype(vm, q);
    }
    false
}

/// The prototype of `o` as Node's inspection finds it: a proxy on the chain stands for
/// its target (Node asks it through traps, which forward there by default).
fn prototype(vm: &Vm, o: ObjRef) -> Option<ObjRef> {
    let p = vm.heap.obj(o).proto?;
    proxy_target(vm, p)
}

/// The global names Node counts as built-in objects (its `builtInObjects`: the
/// capitalised own properties of Node's `globalThis`).
const BUILT_IN_OBJECTS: &[&str] = &[
    "Object",
    "Function",
    "Array",
    "Number",
    "Infinity",
    "NaN",
    "Boolean",
    "String",
    "Symbol",
    "Date",
    "Promise",
    "RegExp",
    "Error",
    "AggregateError",
    "EvalError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "TypeError",
    "URIError",
    "JSON",
    "Math",
    "Intl",
    "ArrayBuffer",
    "Atomics",
    "Uint8Array",
    "Int8Array",
    "Uint16Array",
    "Int16Array",
    "Uint32Array",
    "Int32Array",
    "BigUint64Array",
    "BigInt64Array",
    "Uint8ClampedArray",
    "Float32Array",
    "Float64Array",
    "DataView",
    "Map",
    "BigInt",
    "Set",
    "Iterator",
    "WeakMap",
    "WeakSet",
    "Proxy",
    "Reflect",
    "FinalizationRegistry",
    "WeakRef",
    "Buffer",
    "URL",
    "URLSearchParams",
    "DOMException",
    "AbortController",
    "AbortSignal",
    "Event",
    "EventTarget",
    "CustomEvent",
    "TextEncoder",
    "TextDecoder",
    "TransformStream",
    "TransformStreamDefaultController",
    "WritableStream",
    "WritableStreamDefaultController",
    "WritableStreamDefaultWriter",
    "ReadableStream",
    "ReadableStreamDefaultReader",
    "ReadableStreamBYOBReader",
    "ReadableStreamBYOBRequest",
    "ReadableByteStreamController",
    "ReadableStreamDefaultController",
    "ByteLengthQueuingStrategy",
    "CountQueuingStrategy",
    "TextEncoderStream",
    "TextDecoderStream",
    "CompressionStream",
    "DecompressionStream",
    "BroadcastChannel",
    "MessageChannel",
    "MessagePort",
    "Blob",
    "File",
    "Performance",
    "PerformanceEntry",
    "PerformanceMark",
    "PerformanceMeasure",
    "PerformanceObserver",
    "PerformanceObserverEntryList",
    "PerformanceResourceTiming",
    "URLPattern",
    "FormData",
    "Headers",
    "Request",
    "Response",
    "MessageEvent",
    "CloseEvent",
    "WebSocket",
    "Crypto",
    "CryptoKey",
    "SubtleCrypto",
    "SuppressedError",
    "DisposableStack",
    "AsyncDisposableStack",
    "Float16Array",
    "SharedArrayBuffer",
    "WebAssembly",
    "Navigator",
];

/// The name of the function `constructor` holds as an own data property of `o`,
/// when `value` is an instance of it and the name is not empty.
fn own_constructor_name(vm: &mut Vm, o: ObjRef, value: ObjRef) -> Option<String> {
    let Some(Value::Object(ctor)) = data_value(vm, o, "constructor") else {
        return None;
    };
    if !vm.heap.obj(ctor).is_callable() {
        return None;
    }
    let name = name_property(vm, ctor);
    if matches!(name, Value::String(s) if vm.heap.string(s).is_empty()) {
        return None;
    }
    match data_value(vm, ctor, "prototype") {
        Some(Value::Object(p)) if inherits_from(vm, value, p) => {
            Some(vm.to_rust_string(name).unwrap_or_default())
        }
        _ => None,
    }
}

/// Node's getConstructorName: walking up the prototype chain, the name of the first
/// well-known prototype (`Object.prototype`, `Array.prototype`, ...) or own
/// `constructor` function that `o` is an instance of; `None` for objects without a
/// prototype, `Class <prototype>` when no prototype names a constructor. With
/// `proto_props` (`showHidden`), the non-method properties that user-defined
/// prototypes add are formatted into it.
fn constructor_name(
    ctx: &mut Ctx,
    o: ObjRef,
    recurse_times: usize,
    mut proto_props: Option<&mut Vec<String>>,
) -> Option<String> {
    let realm = &ctx.vm.realm;
    let well_known = [
        (realm.object_prototype, "Object"),
        (realm.array_prototype, "Array"),
        (realm.function_prototype, "Function"),
        (realm.map_prototype, "Map"),
        (realm.set_prototype, "Set"),
    ];
    let mut cur = o;
    let mut first_proto: Option<Option<ObjRef>> = None;
    for _ in 0..10_000 {
        let is_first_layer = first_proto != Some(Some(cur));
        if let Some(&(_, name)) = well_known.iter().find(|(p, _)| *p == cur)
            && inherits_from(ctx.vm, o, cur)
        {
            if let Some(props) = proto_props.as_deref_mut()
                && is_first_layer
            {
                let start = first_proto.flatten().unwrap_or(o);
                add_prototype_properties(ctx, o, start, recurse_times, props);
            }
            return Some(name.into());
        }
        if let Some(name) = own_constructor_name(ctx.vm, cur, o) {
            if let Some(props) = proto_props.as_deref_mut()
                && (is_first_layer || !BUILT_IN_OBJECTS.contains(&name.as_str()))
            {
                let start = first_proto.flatten().unwrap_or(o);
                add_prototype_properties(ctx, o, start, recurse_times, props);
            }
            return Some(name);
        }
        let next = prototype(ctx.vm, cur);
        if first_proto.is_none() {
            first_proto = Some(next);
        }
        match next {
            Some(p) => cur = p,
            None => break,
        }
    }
    let first_proto = first_proto.flatten()?;
    let own_class = internal_constructor_name(ctx.vm, o);
    if ctx.opts.depth.is_some_and(|d| recurse_times as i64 > d) {
        return Some(format!("{own_class} <Complex prototype>"));
    }
    Some(
        match constructor_name(ctx, first_proto, recurse_times + 1, proto_props) {
            Some(name) => format!("{own_class} <{name}>"),
            None => {
                let opts = InspectOptions {
                    depth: Some(-1),
                    ..ctx.opts.clone()
                };
                let shown = inspect(ctx.vm, Value::Object(first_proto), &opts);
                format!("{own_class} <{shown}>")
            }
        },
    )
}

/// Node's addPrototypeProperties: the properties (other than methods and
/// `constructor`) of up to three user-defined prototype layers from `start`, as
/// `main`'s hidden properties; stops at a built-in prototype.
fn add_prototype_properties(
    ctx: &mut Ctx,
    main: ObjRef,
    start: ObjRef,
    recurse_times: usize,
    output: &mut Vec<String>,
) {
    let mut obj = start;
    let mut seen_keys: Vec<PropertyKey> = Vec::new();
    let mut keys: Vec<PropertyKey> = Vec::new();
    for depth in 0..3 {
        if depth != 0 || main == obj {
            let Some(p) = ctx.vm.heap.obj(obj).proto else {
                return;
            };
            obj = p;
            if let Some(Value::Object(c)) = data_value(ctx.vm, obj, "constructor")
                && ctx.vm.heap.obj(c).is_callable()
            {
                let name = name_property(ctx.vm, c);
                let name = ctx.vm.to_rust_string(name).unwrap_or_default();
                if BUILT_IN_OBJECTS.contains(&name.as_str()) {
                    return;
                }
            }
        }
        if depth != 0 {
            seen_keys.extend(keys.iter().copied());
        }
        keys = ctx.vm.peek_own_keys(obj);
        ctx.seen.push(main);
        let constructor_key = ctx.vm.key("constructor");
        for &key in &keys {
            if key == constructor_key
                || ctx.vm.peek_own_property(main, key).is_some()
                || (depth != 0 && seen_keys.contains(&key))
            {
                continue;
            }
            let Some(prop) = ctx.vm.peek_own_property(obj, key) else {
                continue;
            };
            if let Slot::Data(Value::Object(f)) = prop.slot
                && ctx.vm.heap.obj(f).is_callable()
            {
                continue;
            }
            let entry = format_property(ctx, obj, recurse_times, key, Extras::Object);
            output.push(entry);
        }
        ctx.seen.pop();
    }
}

/// Node's getPrefix: `Constructor [tag] `, or `[fallback: null prototype] ` for
/// objects without a prototype.
fn get_prefix(constructor: &Option<String>, tag: &str, fallback: &str) -> String {
    get_sized_prefix(constructor, tag, fallback, "")
}

/// getPrefix with a size after the name (`Array(3)`, `Map(2)`).
fn get_sized_prefix(constructor: &Option<String>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None if !tag.is_empty() && tag != fallback => {
            format!("[{fallback}{size}: null prototype] [{tag}] ")
        }
        None => format!("[{fallback}{size}: null prototype] "),
        Some(c) if !tag.is_empty() && c != tag => format!("{c}{size} [{tag}] "),
        Some(c) => format!("{c}{size} "),
    }
}

/// The keys shown for `o`: own enumerable strings and symbols (all own keys with
/// `show_hidden`), without array indices when `skip_indices`.
fn shown_keys(ctx: &mut Ctx, o: ObjRef, skip_indices: bool) -> Vec<PropertyKey> {
    let keys = ctx.vm.peek_own_keys(o);
    let mut out = Vec::new();
    for k in keys {
        if skip_indices && matches!(k, PropertyKey::Index(_)) {
            continue;
        }
        let Some(p) = ctx.vm.peek_own_property(o, k) else {
            continue;
        };
        if p.enumerable() || ctx.opts.show_hidden {
            out.push(k);
        }
    }
    out
}

/// `value[Symbol.toStringTag]` when it is a string that is not an own enumerable
/// property (those show among the keys).
fn to_string_tag(ctx: &mut Ctx, o: ObjRef) -> String {
    let key = PropertyKey::Symbol(ctx.vm.realm.symbol_to_string_tag);
    let Ok(Value::String(s)) = ctx.vm.get(Value::Object(o), key) else {
        return String::new();
    };
    let tag = ctx.vm.heap.to_rust_string(s);
    if tag.is_empty() {
        return tag;
    }
    if let Some(p) = ctx.vm.peek_own_property(o, key)
        && (p.enumerable() || ctx.opts.show_hidden)
    {
        return String::new();
    }
    tag
}

/// Which of Node's formatters lists an object's entries before its keys.
#[derive(Clone, Copy, PartialEq)]
enum Formatter {
    /// Only the keys.
    Keys,
    Array,
    Promise,
    /// Map, Set, weak collection or collection iterator entries.
    Collection,
    /// A typed array's elements (and, with `show_hidden`, its view's slots).
    TypedArray,
    /// An ArrayBuffer's or SharedArrayBuffer's bytes and length.
    ArrayBuffer,
    /// A DataView's length, offset and buffer.
    DataView,
}

/// The class name V8 reports for an object whatever its prototype (Node's
/// internalGetConstructorName), from the kind of object it is.
fn internal_constructor_name(vm: &Vm, o: ObjRef) -> &'static str {
    match &vm.heap.obj(o).kind {
        _ if vm.heap.obj(o).is_array() => "Array",
        ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => "Function",
        ObjectKind::Error { .. } => "Error",
        ObjectKind::RegExp { .. } => "RegExp",
        ObjectKind::Date(_) => "Date",
        ObjectKind::Promise(_) => "Promise",
        ObjectKind::Map(_) => "Map",
        ObjectKind::Set(_) => "Set",
        ObjectKind::WeakMap(_) => "WeakMap",
        ObjectKind::WeakSet(_) => "WeakSet",
        ObjectKind::Number(_) => "Number",
        ObjectKind::String(_) => "String",
        ObjectKind::Boolean(_) => "Boolean",
        ObjectKind::Symbol(_) => "Symbol",
        ObjectKind::BigInt(_) => "BigInt",
        _ => "Object",
    }
}

/// Node's getCtxStyle: the prefix of an object of no particular kind, naming the
/// class V8 knows for it when it has no prototype.
fn ctx_style(vm: &Vm, o: ObjRef, constructor: &Option<String>, tag: &str) -> String {
    let mut fallback = "";
    if constructor.is_none() {
        fallback = internal_constructor_name(vm, o);
        if fallback == tag {
            fallback = "Object";
        }
    }
    get_prefix(constructor, tag, fallback)
}

/// Node's formatRaw: picks the braces, base text and formatter for the kind of
/// object (in Node's order of checks), then formats its entries and keys.
fn format_raw(ctx: &mut Ctx, o: ObjRef, recurse_times: usize) -> String {
    let mut proto_props = Vec::new();
    let show_proto_props =
        ctx.opts.show_hidden && ctx.opts.depth.is_none_or(|d| recurse_times as i64 <= d);
    let constructor = constructor_name(
        ctx,
        o,
        recurse_times,
        show_proto_props.then_some(&mut proto_props),
    );
    let tag = to_string_tag(ctx, o);
    let mut base = String::new();
    let mut braces = ["{".to_string(), "}".to_string()];
    let mut extras = Extras::Object;
    let mut formatter = Formatter::Keys;
    let mut keys = None;
    // Arrays, Maps, Sets and their iterators are recognised only while they are
    // iterable (or have no prototype at all), as in Node.
    let iterator_key = PropertyKey::Symbol(ctx.vm.realm.symbol_iterator);
    if constructor.is_none() || ctx.vm.peek_property(o, iterator_key).is_some() {
        if ctx.vm.heap.obj(o).is_array() {
            let ks = shown_keys(ctx, o, true);
            let len = ctx.vm.array_length(o).unwrap_or(0);
            let prefix = if constructor.as_deref() != Some("Array") || !tag.is_empty() {
                get_sized_prefix(&constructor, &tag, "Array", &format!("({len})"))
            } else {
                String::new()
            };
            braces[0] = format!("{prefix}[");
            braces[1] = "]".into();
            if len == 0 && ks.is_empty() && proto_props.is_empty() {
                return format!("{}]", braces[0]);
            }
            extras = Extras::Array;
            formatter = Formatter::Array;
            keys = Some(ks);
        } else if matches!(
            ctx.vm.heap.obj(o).kind,
            ObjectKind::Map(_)
                | ObjectKind::Set(_)
                | ObjectKind::MapIterator(_)
                | ObjectKind::SetIterator(_)
        ) {
            let ks = shown_keys(ctx, o, false);
            let (open, empty) = collection_brace(ctx, o, &constructor, &tag);
            if empty && ks.is_empty() && proto_props.is_empty() {
                return format!("{open}}}");
            }
            braces[0] = open;
            formatter = Formatter::Collection;
            keys = Some(ks);
        } else if let ObjectKind::TypedArray(t) = &ctx.vm.heap.obj(o).kind {
            let fallback = if constructor.is_none() {
                t.kind.name()
            } else {
                ""
            };
            let len = crate::builtins::binary::typed_array_length(ctx.vm, o).unwrap_or(0);
            let ks = shown_keys(ctx, o, true);
            let prefix = get_sized_prefix(&constructor, &tag, fallback, &format!("({len})"));
            braces[0] = format!("{prefix}[");
            braces[1] = "]".into();
            if len == 0 && ks.is_empty() && !ctx.opts.show_hidden {
                return format!("{}]", braces[0]);
            }
            extras = Extras::Array;
            formatter = Formatter::TypedArray;
            keys = Some(ks);
        }
    }
    let keys = match keys {
        Some(keys) => keys,
        None => {
            let mut ks = shown_keys(ctx, o, false);
            let kind = &ctx.vm.heap.obj(o).kind;
            match kind {
                ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => {
                    base = function_base(ctx, o, &constructor, &tag, recurse_times);
                    if ks.is_empty() && proto_props.is_empty() {
                        return base;
                    }
                }
                _ if constructor.as_deref() == Some("Object") => {
                    if matches!(kind, ObjectKind::Arguments(_)) {
                        braces[0] = "[Arguments] {".into();
                    } else if !tag.is_empty() {
                        braces[0] = format!("{}{{", get_prefix(&constructor, &tag, "Object"));
                    }
                    if ks.is_empty() && proto_props.is_empty() {
                        return format!("{}}}", braces[0]);
                    }
                }
                ObjectKind::RegExp { source, flags, .. } => {
                    let (source, flags) = (*source, *flags);
                    base = regexp_base(ctx, source, flags, &constructor, &tag);
                    let too_deep = ctx.opts.depth.is_some_and(|d| recurse_times as i64 > d);
                    if (ks.is_empty() && proto_props.is_empty()) || too_deep {
                        return base;
                    }
                }
                ObjectKind::Date(t) => {
                    let text = crate::builtins::date::inspect_text(*t);
                    let prefix = get_prefix(&constructor, &tag, "Date");
                    base = if prefix == "Date " {
                        text
                    } else {
                        format!("{prefix}{text}")
                    };
                    if ks.is_empty() && proto_props.is_empty() {
                        return base;
                    }
                }
                ObjectKind::Error { .. } => {
                    base = format_error(ctx, o, &mut ks);
                    if ks.is_empty() && proto_props.is_empty() {
                        return base;
                    }
                }
                // Node's isError also takes objects that only inherit from
                // Error.prototype (DOMException, classes built without `super`).
                ObjectKind::Ordinary if inherits_error(ctx.vm, o) => {
                    base = format_error(ctx, o, &mut ks);
                    if ks.is_empty() && proto_props.is_empty() {
                        return base;
                    }
                }
                ObjectKind::Promise(_) => {
                    braces[0] = format!("{}{{", get_prefix(&constructor, &tag, "Promise"));
                    formatter = Formatter::Promise;
                }
                ObjectKind::ModuleNamespace(_) => {
                    braces[0] = format!("{}{{", get_prefix(&constructor, &tag, "Module"));
                    if ks.is_empty() && proto_props.is_empty() {
                        return format!("{}}}", braces[0]);
                    }
                }
                ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) => {
                    braces[0] = collection_brace(ctx, o, &constructor, &tag).0;
                    formatter = Formatter::Collection;
                }
                ObjectKind::ArrayBuffer(b) => {
                    let name = if b.shared {
                        "SharedArrayBuffer"
                    } else {
                        "ArrayBuffer"
                    };
                    braces[0] = format!("{}{{", get_prefix(&constructor, &tag, name));
                    formatter = Formatter::ArrayBuffer;
                }
                ObjectKind::DataView(_) => {
                    braces[0] = format!("{}{{", get_prefix(&constructor, &tag, "DataView"));
                    formatter = Formatter::DataView;
                }
                ObjectKind::Number(_)
                | ObjectKind::String(_)
                | ObjectKind::Boolean(_)
                | ObjectKind::Symbol(_)
                | ObjectKind::BigInt(_) => {
                    base = boxed_base(ctx, o, &mut ks, &constructor, &tag);
                    if ks.is_empty() && proto_props.is_empty() {
                        return base;
                    }
                }
                _ => {
                    let prefix = ctx_style(ctx.vm, o, &constructor, &tag);
                    if ks.is_empty() && proto_props.is_empty() {
                        return format!("{prefix}{{}}");
                    }
                    braces[0] = format!("{prefix}{{");
                }
            }
            ks
        }
    };

    if let Some(depth) = ctx.opts.depth
        && recurse_times as i64 > depth
    {
        let name = ctx_style(ctx.vm, o, &constructor, &tag);
        let name = name.trim_end();
        return if constructor.is_some() {
            format!("[{name}]")
        } else {
            name.to_string()
        };
    }
    let recurse_times = recurse_times + 1;
    ctx.seen.push(o);
    ctx.current_depth = recurse_times;
    let mut output = match formatter {
        Formatter::Keys => Vec::new(),
        Formatter::Array => format_array(ctx, o, recurse_times),
        Formatter::Promise => vec![format_promise(ctx, o, recurse_times)],
        Formatter::Collection => format_collection(ctx, o, recurse_times),
        Formatter::TypedArray => format_typed_array(ctx, o, recurse_times),
        Formatter::ArrayBuffer => format_array_buffer(ctx, o),
        Formatter::DataView => hidden_slots(
            ctx,
            o,
            recurse_times,
            &["byteLength", "byteOffset", "buffer"],
        ),
    };
    let keys_shown = keys.len();
    for k in keys {
        let entry = format_property(ctx, o, recurse_times, k, extras);
        output.push(entry);
    }
    output.append(&mut proto_props);
    if ctx.opts.sorted {
        // Node sorts all entries of an object (a Map's or Set's included), and only
        // the keyed ones that follow an array's elements.
        let from = if extras == Extras::Object {
            0
        } else {
            output.len() - keys_shown
        };
        output[from..].sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
    }
    if let Some(i) = ctx.circular.iter().position(|&c| c == o) {
        let reference = format!("<ref *{}>", i + 1);
        base = if base.is_empty() {
            reference
        } else {
            format!("{reference} {base}")
        };
    }
    ctx.seen.pop();
    reduce_to_single_string(ctx, output, &base, &braces, extras, recurse_times, o)
}

/// Node's formatPromise: `<pending>`, the value, or `<rejected>` and the reason,
/// indented two more columns.
fn format_promise(ctx: &mut Ctx, o: ObjRef, recurse_times: usize) -> String {
    use super::event_loop::PromiseState;
    let (result, rejected) = match &ctx.vm.heap.obj(o).kind {
        ObjectKind::Promise(p) => match p.state {
            PromiseState::Pending(_) => return "<pending>".into(),
            PromiseState::Fulfilled(v) => (v, false),
            PromiseState::Rejected(v) => (v, true),
        },
        _ => return String::new(),
    };
    ctx.indentation += 2;
    let shown = format_value(ctx, result, recurse_times);
    ctx.indentation -= 2;
    if rejected {
        format!("<rejected> {shown}")
    } else {
        shown
    }
}

fn function_base(
    ctx: &mut Ctx,
    o: ObjRef,
    constructor: &Option<String>,
    tag: &str,
    recurse_times: usize,
) -> String {
    let name = name_property(ctx.vm, o);
    let (is_class, derived, is_async, is_generator) = match &ctx.vm.heap.obj(o).kind {
        ObjectKind::Function(c) => {
            let t = &c.template;
            match t.kind {
                TemplateKind::ClassConstructor { derived } => (true, derived, false, false),
                _ => (false, false, t.is_async, t.is_generator),
            }
        }
        _ => (false, false, false, false),
    };
    if is_class {
        // Node's getClassBase: an own, truthy `name`, else `(anonymous)`.
        let name_key = ctx.vm.key("name");
        let own = ctx.vm.peek_own_property(o, name_key).is_some();
        let name = if own && ctx.vm.to_boolean(name) {
            ctx.vm.to_rust_string(name).unwrap_or_default()
        } else {
            "(anonymous)".into()
        };
        let mut base = format!("class {name}");
        if let Some(c) = constructor
            && c != "Function"
        {
            base.push_str(&format!(" [{c}]"));
        }
        if !tag.is_empty() && constructor.as_deref() != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        match ctx.vm.heap.obj(o).proto {
            Some(p) if derived || constructor.is_some() => {
                let super_name = name_property(ctx.vm, p);
                if ctx.vm.to_boolean(super_name) {
                    let super_name = ctx.vm.to_rust_string(super_name).unwrap_or_default();
                    base.push_str(&format!(" extends {super_name}"));
                }
            }
            _ => base.push_str(" extends [null prototype]"),
        }
        return format!("[{base}]");
    }
    let mut kind = "Function".to_string();
    if is_generator {
        kind = format!("Generator{kind}");
    }
    if is_async {
        kind = format!("Async{kind}");
    }
    let mut base = format!("[{kind}");
    if constructor.is_none() {
        base.push_str(" (null prototype)");
    }
    // A `name` that is not a string shows inspected (`[Function: 42]`).
    match name {
        Value::String(s) if ctx.vm.heap.string(s).is_empty() => base.push_str(" (anonymous)"),
        Value::String(s) => base.push_str(&format!(": {}", ctx.vm.heap.to_rust_string(s))),
        v => base.push_str(&format!(": {}", format_value(ctx, v, recurse_times))),
    }
    base.push(']');
    if let Some(c) = constructor {
        // Async and generator functions count as plain ones when their own
        // constructors are not installed.
        if *c != kind && c != "Function" {
            base.push_str(&format!(" {c}"));
        }
    }
    if !tag.is_empty() && constructor.as_deref() != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

fn format_error(ctx: &mut Ctx, o: ObjRef, keys: &mut Vec<PropertyKey>) -> String {
    let stack = match ctx.vm.get_named(Value::Object(o), "stack") {
        Ok(Value::String(s)) => ctx.vm.heap.to_rust_string(s),
        _ => {
            let name = match ctx.vm.get_named(Value::Object(o), "name") {
                Ok(v @ Value::String(_)) => ctx.vm.to_rust_string(v).unwrap_or_default(),
                _ => "Error".into(),
            };
            let message = match ctx.vm.get_named(Value::Object(o), "message") {
                Ok(v @ Value::String(_)) => ctx.vm.to_rust_string(v).unwrap_or_default(),
                _ => String::new(),
            };
            match (name.is_empty(), message.is_empty()) {
                (_, true) => name,
                (true, false) => message,
                (false, false) => format!("{name}: {message}"),
            }
        }
    };
    // Node's removeDuplicateErrorKeys: `name`, `message` and `stack` keys are left
    // out (unless hidden properties show) when not strings or already in the stack.
    let mut kept = Vec::new();
    for &k in keys.iter() {
        let text = ctx.vm.key_text(k);
        if !ctx.opts.show_hidden
            && matches!(k, PropertyKey::String(_))
            && ["name", "message", "stack"].contains(&text.as_str())
        {
            let duplicate = match ctx.vm.get(Value::Object(o), k) {
                Ok(Value::String(s)) => stack.contains(&ctx.vm.heap.to_rust_string(s)),
                _ => true,
            };
            if duplicate {
                continue;
            }
        }
        kept.push(k);
    }
    // An own `cause` and an array of `errors` show even when not enumerable.
    let cause = ctx.vm.key("cause");
    if ctx.vm.peek_own_property(o, cause).is_some() && !kept.contains(&cause) {
        kept.push(cause);
    }
    let errors = ctx.vm.key("errors");
    if let Ok(Value::Object(e)) = ctx.vm.get(Value::Object(o), errors)
        && ctx.vm.heap.obj(e).is_array()
        && !kept.contains(&errors)
    {
        kept.push(errors);
    }
    let stack = improve_stack(ctx, o, stack);
    *keys = kept;
    let mut stack = if stack.contains("\n    at") {
        stack
    } else {
        format!("[{stack}]")
    };
    if ctx.indentation != 0 {
        stack = stack.replace('\n', &format!("\n{}", " ".repeat(ctx.indentation)));
    }
    stack
}

/// Whether `%Error.prototype%` is on `o`'s prototype chain (`o instanceof Error`
/// without running user code: Proxies end the walk).
fn inherits_error(vm: &Vm, o: ObjRef) -> bool {
    let target = vm.realm.error_prototype;
    let mut next = vm.heap.obj(o).proto;
    while let Some(p) = next {
        if p == target {
            return true;
        }
        if matches!(vm.heap.obj(p).kind, ObjectKind::Proxy(_)) {
            return false;
        }
        next = vm.heap.obj(p).proto;
    }
    false
}

/// Node's improveStack: names the constructor in the first line when it differs
/// from the error's `name` (`MyError [TypeError]: message`).
fn improve_stack(ctx: &mut Ctx, o: ObjRef, stack: String) -> String {
    let name = match ctx.vm.get_named(Value::Object(o), "name") {
        Ok(Value::Undefined | Value::Null) | Err(_) => "Error".to_string(),
        Ok(v) => ctx.vm.to_rust_string(v).unwrap_or_default(),
    };
    let Some(constructor) = constructor_name(ctx, o, 0, None) else {
        return stack;
    };
    let len = name.len();
    let looks_normal = name.ends_with("Error")
        && stack.starts_with(&name)
        && (stack.len() == len || matches!(stack.as_bytes()[len], b':' | b'\n'));
    if !looks_normal {
        return stack;
    }
    let tag = to_string_tag(ctx, o);
    let prefix = get_prefix(&Some(constructor), &tag, "Error");
    let prefix = prefix.trim_end();
    if name == prefix {
        stack
    } else if prefix.contains(&name) {
        format!("{prefix}{}", &stack[len..])
    } else {
        format!("{prefix} [{name}]{}", &stack[len..])
    }
}

/// `/source/flags`, prefixed like Node when the constructor is not `RegExp`.
fn regexp_base(
    ctx: &mut Ctx,
    source: StrRef,
    flags: StrRef,
    constructor: &Option<String>,
    tag: &str,
) -> String {
    let source = ctx.vm.heap.flatten(source).to_vec();
    let source = String::from_utf16_lossy(&crate::builtins::regexp::escape_pattern(&source));
    let flags = ctx.vm.heap.to_rust_string(flags);
    let base = format!("/{source}/{flags}");
    let prefix = get_prefix(constructor, tag, "RegExp");
    if prefix == "RegExp " {
        base
    } else {
        format!("{prefix}{base}")
    }
}

fn boxed_base(
    ctx: &mut Ctx,
    o: ObjRef,
    keys: &mut Vec<PropertyKey>,
    constructor: &Option<String>,
    tag: &str,
) -> String {
    let (kind, shown) = match ctx.vm.heap.obj(o).kind {
        ObjectKind::Number(n) => ("Number", format_number(n)),
        ObjectKind::Boolean(b) => ("Boolean", b.to_string()),
        ObjectKind::String(s) => {
            let units = ctx.vm.heap.flatten(s).to_vec();
            // The string's own characters lead the keys; extra indices stay.
            keys.drain(..units.len().min(keys.len()));
            ("String", format_string(ctx, &units))
        }
        ObjectKind::Symbol(s) => ("Symbol", ctx.vm.symbol_descriptive_string(s)),
        ObjectKind::BigInt(b) => ("BigInt", format!("{}n", ctx.vm.heap.bigint(b))),
        _ => unreachable!("only boxed primitives reach boxed_base"),
    };
    let mut base = format!("[{kind}");
    match constructor {
        None => base.push_str(" (null prototype)"),
        Some(c) if c != kind => base.push_str(&format!(" ({c})")),
        _ => {}
    }
    base.push_str(&format!(": {shown}]"));
    if !tag.is_empty() && constructor.as_deref() != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

fn empty_items(n: u64) -> String {
    format!("<{n} empty item{}>", if n > 1 { "s" } else { "" })
}

fn more_items(n: u64) -> String {
    format!("... {n} more item{}", if n > 1 { "s" } else { "" })
}

fn format_array(ctx: &mut Ctx, o: ObjRef, recurse_times: usize) -> Vec<String> {
    let len = ctx.vm.array_length(o).unwrap_or(0) as u64;
    let max = len.min(ctx.opts.max_array_length as u64);
    let mut output = Vec::new();
    let mut index: u64 = 0;
    // Present indices in ascending order; the gaps between them are holes.
    let mut present: Vec<u32> = ctx
        .vm
        .peek_own_keys(o)
        .into_iter()
        .filter_map(|k| {
            if let PropertyKey::Index(i) = k {
                Some(i)
            } else {
                None
            }
        })
        .collect();
    present.sort_unstable();
    for i in present {
        if output.len() as u64 >= max {
            break;
        }
        let i = i as u64;
        if i != index {
            output.push(empty_items(i - index));
            index = i;
            if output.len() as u64 == max {
                break;
            }
        }
        output.push(format_property(
            ctx,
            o,
            recurse_times,
            PropertyKey::Index(i as u32),
            Extras::Element,
        ));
        index += 1;
    }
    let remaining = len - index;
    if output.len() as u64 != max {
        if remaining > 0 {
            output.push(empty_items(remaining));
        }
    } else if remaining > 0 {
        output.push(more_items(remaining));
    }
    output
}

/// Node's formatTypedArray: the elements as numbers or BigInts (up to `max_array_length`), and
/// with `show_hidden` the view's slots.
fn format_typed_array(ctx: &mut Ctx, o: ObjRef, recurse_times: usize) -> Vec<String> {
    let len = crate::builtins::binary::typed_array_length(ctx.vm, o).unwrap_or(0);
    let max = len.min(ctx.opts.max_array_length);
    let mut output: Vec<String> = (0..max)
        .map(
            |i| match crate::builtins::binary::get_element(ctx.vm, o, i) {
                Some(crate::builtins::binary::Numeric::Big(x)) => format!("{x}n"),
                n => format_number(n.map_or(0.0, |n| n.number())),
            },
        )
        .collect();
    if len > max {
        output.push(more_items((len - max) as u64));
    }
    if ctx.opts.show_hidden {
        ctx.indentation += 2;
        let slots = [
            "BYTES_PER_ELEMENT",
            "length",
            "byteLength",
            "byteOffset",
            "buffer",
        ];
        output.extend(hidden_slots(ctx, o, recurse_times, &slots));
        ctx.indentation -= 2;
    }
    output
}

/// `[name]: value` for each of the (inherited) properties `names` of `o`, read
/// without running code.
fn hidden_slots(ctx: &mut Ctx, o: ObjRef, recurse_times: usize, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|name| {
            let key = ctx.vm.key(name);
            let v = match ctx.vm.peek_property(o, key).map(|p| p.slot) {
                Some(Slot::Data(v)) => v,
                Some(Slot::Accessor { get: Some(g), .. }) => ctx
                    .vm
                    .call(Value::Object(g), Value::Object(o), &[])
                    .unwrap_or(Value::Undefined),
                _ => Value::Undefined,
            };
            let shown = format_value(ctx, v, recurse_times);
            format!("[{name}]: {shown}")
        })
        .collect()
}

/// Node's formatArrayBuffer plus the `byteLength` it lists: the bytes in hex (up to
/// `max_array_length`), or `(detached)`.
fn format_array_buffer(ctx: &mut Ctx, o: ObjRef) -> Vec<String> {
    let ObjectKind::ArrayBuffer(b) = &ctx.vm.heap.obj(o).kind else {
        return Vec::new();
    };
    let contents = if b.detached {
        "(detached)".to_string()
    } else {
        let shown = b.bytes.len().min(ctx.opts.max_array_length);
        let hex: Vec<String> = b.bytes[..shown]
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect();
        let mut text = hex.join(" ");
        let remaining = b.bytes.len() - shown;
        if remaining > 0 {
            let s = if remaining > 1 { "s" } else { "" };
            text.push_str(&format!(" ... {remaining} more byte{s}"));
        }
        format!("[Uint8Contents]: <{text}>")
    };
    let len = format_number(b.bytes.len() as f64);
    vec![contents, format!("[byteLength]: {len}")]
}

fn is_identifier_key(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn format_property(
    ctx: &mut Ctx,
    o: ObjRef,
    recurse_times: usize,
    key: PropertyKey,
    extras: Extras,
) -> String {
    let prop = ctx.vm.peek_own_property(o, key);
    let (slot, enumerable) = match prop {
        Some(p) => (p.slot, p.enumerable()),
        // An inherited key (an error's `errors`) shows its value, as enumerable.
        None => (
            Slot::Data(
                ctx.vm
                    .get(Value::Object(o), key)
                    .unwrap_or(Value::Undefined),
            ),
            true,
        ),
    };
    let s = match slot {
        Slot::Data(v) => {
            ctx.indentation += 2;
            let s = format_value(ctx, v.or_undefined(), recurse_times);
            ctx.indentation -= 2;
            s
        }
        Slot::Accessor {
            get: Some(get),
            set,
        } if ctx.opts.getters => getter_value(ctx, o, get, set.is_some(), recurse_times),
        Slot::Accessor {
            get: Some(_),
            set: Some(_),
        } => "[Getter/Setter]".into(),
        Slot::Accessor {
            get: Some(_),
            set: None,
        } => "[Getter]".into(),
        Slot::Accessor {
            get: None,
            set: Some(_),
        } => "[Setter]".into(),
        Slot::Accessor {
            get: None,
            set: None,
        } => "undefined".into(),
    };
    if extras == Extras::Element {
        return s;
    }
    let name = match key {
        PropertyKey::Symbol(sym) => {
            let mut out: Vec<u16> = "Symbol(".encode_utf16().collect();
            if let Some(d) = ctx.vm.heap.symbol(sym).description {
                let units = ctx.vm.heap.flatten(d).to_vec();
                escape_units(&mut out, &units, true);
            }
            out.push(b')' as u16);
            let shown = String::from_utf16_lossy(&out);
            if enumerable {
                shown
            } else {
                format!("[{shown}]")
            }
        }
        _ => {
            // Quoting works on the code units, so that a lone surrogate shows escaped.
            let units: Vec<u16> = match key {
                PropertyKey::String(atom) => {
                    let s = ctx.vm.heap.atom_string(atom);
                    ctx.vm.heap.flatten(s).to_vec()
                }
                _ => ctx.vm.key_text(key).encode_utf16().collect(),
            };
            let text = String::from_utf16_lossy(&units);
            let shown = if is_identifier_key(&text) {
                text.clone()
            } else {
                quote_js_string(&units)
            };
            if text == "__proto__" {
                "['__proto__']".to_string()
            } else if !enumerable {
                format!("[{shown}]")
            } else {
                shown
            }
        }
    };
    format!("{name}: {s}")
}

/// Node's `getters: true` display of an accessor: the getter called on the object,
/// `[Getter: 1]` for a primitive, `[Getter] { ... }` for an object, or the message of
/// what it threw.
fn getter_value(
    ctx: &mut Ctx,
    o: ObjRef,
    get: ObjRef,
    has_set: bool,
    recurse_times: usize,
) -> String {
    let label = if has_set { "Getter/Setter" } else { "Getter" };
    match ctx.vm.call(Value::Object(get), Value::Object(o), &[]) {
        Ok(Value::Null) => format!("[{label}: null]"),
        Ok(v @ Value::Object(_)) => {
            ctx.indentation += 2;
            let shown = format_value(ctx, v, recurse_times);
            ctx.indentation -= 2;
            format!("[{label}] {shown}")
        }
        Ok(v) => {
            ctx.indentation += 2;
            let shown = format_primitive(ctx, v);
            ctx.indentation -= 2;
            format!("[{label}: {shown}]")
        }
        Err(e) => {
            // Node shows what was thrown inspected (an error as its stack).
            let thrown = ctx.vm.error_value(e);
            let text = format_value(ctx, thrown, recurse_times);
            format!("[{label}: <Inspection threw ({text})>]")
        }
    }
}

fn group_array_elements(ctx: &Ctx, output: Vec<String>, numeric: bool) -> Vec<String> {
    let has_more = output.len() > ctx.opts.max_array_length;
    let mut total_length = 0;
    let mut max_length = 0;
    let output_length = if has_more {
        output.len() - 1
    } else {
        output.len()
    };
    let separator_space = 2;
    let data_len: Vec<usize> = output[..output_length]
        .iter()
        .map(|s| string_width(s))
        .collect();
    for &len in &data_len {
        total_length += len + separator_space;
        max_length = max_length.max(len);
    }
    let actual_max = max_length + separator_space;
    if actual_max * 3 + ctx.indentation < ctx.opts.break_length
        && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let bias_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = ((approx_char_heights * bias_max * output_length as f64).sqrt() / bias_max)
            .round()
            .min(((ctx.opts.break_length - ctx.indentation) / actual_max) as f64)
            .min((ctx.opts.compact * 4) as f64)
            .min(15.0) as usize;
        if columns <= 1 {
            return output;
        }
        let mut max_line_length = Vec::new();
        for i in 0..columns {
            let mut line_length = 0;
            let mut j = i;
            while j < output.len() {
                line_length = line_length.max(data_len.get(j).copied().unwrap_or(0));
                j += columns;
            }
            max_line_length.push(line_length + separator_space);
        }
        // Numbers are aligned to the right, everything else to the left.
        let pad_start = numeric;
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            let max = (i + columns).min(output_length);
            let mut line = String::new();
            let mut j = i;
            while j < max - 1 {
                let fill = max_line_length[j - i].saturating_sub(data_len[j] + separator_space);
                line.push_str(&pad(&format!("{}, ", output[j]), fill, pad_start));
                j += 1;
            }
            if pad_start {
                let fill = max_line_length[j - i].saturating_sub(data_len[j] + separator_space);
                line.push_str(&pad(&output[j], fill, true));
            } else {
                line.push_str(&output[j]);
            }
            tmp.push(line);
            i += columns;
        }
        if has_more {
            tmp.push(output[output_length].clone());
        }
        return tmp;
    }
    output
}

/// Whether the first `n` elements of `array` are all numbers (Node then aligns the
/// grouped columns to the right).
fn numeric_elements(vm: &mut Vm, array: ObjRef, n: usize) -> bool {
    (0..n).all(|i| {
        matches!(
            vm.peek_own_property(array, PropertyKey::Index(i as u32))
                .map(|p| p.slot),
            Some(Slot::Data(Value::Number(_)))
        )
    })
}

/// `s` with `fill` spaces added at the start or at the end.
fn pad(s: &str, fill: usize, at_start: bool) -> String {
    let fill = " ".repeat(fill);
    if at_start {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

fn is_below_break_length(ctx: &Ctx, output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > ctx.opts.break_length {
        return false;
    }
    for s in output {
        total += jlen(s);
        if total > ctx.opts.break_length {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

fn reduce_to_single_string(
    ctx: &mut Ctx,
    mut output: Vec<String>,
    base: &str,
    braces: &[String; 2],
    extras: Extras,
    recurse_times: usize,
    array: ObjRef,
) -> String {
    let entries = output.len();
    if extras == Extras::Array && entries > 6 && (ctx.opts.compact >= 1 || ctx.opts.compact_legacy)
    {
        let numeric = numeric_elements(ctx.vm, array, output.len());
        output = group_array_elements(ctx, output, numeric);
    }
    if ctx.opts.compact_legacy {
        return legacy_single_string(ctx, &output, base, braces);
    }
    if ctx.current_depth.saturating_sub(recurse_times) < ctx.opts.compact && entries == output.len()
    {
        let start = output.len() + ctx.indentation + jlen(&braces[0]) + jlen(base) + 10;
        if is_below_break_length(ctx, &output, start, base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                let base = if base.is_empty() {
                    String::new()
                } else {
                    format!("{base} ")
                };
                return format!("{base}{} {joined} {}", braces[0], braces[1]);
            }
        }
    }
    let indentation = format!("\n{}", " ".repeat(ctx.indentation));
    let base = if base.is_empty() {
        String::new()
    } else {
        format!("{base} ")
    };
    format!(
        "{base}{}{indentation}  {}{indentation}{}",
        braces[0],
        output.join(&format!(",{indentation}  ")),
        braces[1]
    )
}

/// Node's `compact: true` layout: on one line when it fits, else the entries one per
/// line with the first right after the opening brace.
fn legacy_single_string(ctx: &Ctx, output: &[String], base: &str, braces: &[String; 2]) -> String {
    let base = if base.is_empty() {
        String::new()
    } else {
        format!(" {base}")
    };
    if is_below_break_length(ctx, output, 0, &base) {
        return format!("{}{base} {} {}", braces[0], output.join(", "), braces[1]);
    }
    let indentation = " ".repeat(ctx.indentation);
    let ln = if base.is_empty() && jlen(&braces[0]) == 1 {
        " ".to_string()
    } else {
        format!("{base}\n{indentation}  ")
    };
    format!(
        "{}{ln}{} {}",
        braces[0],
        output.join(&format!(",\n{indentation}  ")),
        braces[1]
    )
}

/// The opening brace of a Map, Set, weak collection or collection iterator, and
/// whether the collection is empty (Node then prints `Map(0) {}`).
fn collection_brace(
    ctx: &mut Ctx,
    o: ObjRef,
    constructor: &Option<String>,
    tag: &str,
) -> (String, bool) {
    let (fallback, size) = match &ctx.vm.heap.obj(o).kind {
        ObjectKind::Map(m) => ("Map", Some(m.index.len())),
        ObjectKind::Set(m) => ("Set", Some(m.index.len())),
        ObjectKind::WeakMap(_) => ("WeakMap", None),
        ObjectKind::WeakSet(_) => ("WeakSet", None),
        ObjectKind::MapIterator(it) | ObjectKind::SetIterator(it) => {
            let kind = if matches!(ctx.vm.heap.obj(o).kind, ObjectKind::MapIterator(_)) {
                "Map"
            } else {
                "Set"
            };
            // Node's getIteratorBraces; entries() iterators preview as "Entries".
            let mut tag = tag.to_string();
            if tag != format!("{kind} Iterator") {
                if !tag.is_empty() {
                    tag.push_str("] [");
                }
                tag.push_str(&format!("{kind} Iterator"));
            }
            let mut open = format!("[{tag}] {{");
            if it.kind == super::object::IterKind::Entries {
                open = open.replace(" Iterator] {", " Entries] {");
            }
            return (open, false);
        }
        _ => unreachable!("called for collections only"),
    };
    let size_text = size.map(|n| format!("({n})")).unwrap_or_default();
    let prefix = get_sized_prefix(constructor, tag, fallback, &size_text);
    (format!("{prefix}{{"), size == Some(0))
}

/// The entries of a Map or Set (`k => v` / `v`), of a collection iterator from its
/// current position, or `<items unknown>` for weak collections; empty for other
/// objects.
fn format_collection(ctx: &mut Ctx, o: ObjRef, recurse_times: usize) -> Vec<String> {
    use super::object::IterKind;
    let (entries, show, is_iterator) = match &ctx.vm.heap.obj(o).kind {
        ObjectKind::Map(m) => (m.entries.clone(), Some(IterKind::Entries), false),
        ObjectKind::Set(m) => (m.entries.clone(), Some(IterKind::Keys), false),
        ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) if !ctx.opts.show_hidden => {
            return vec!["<items unknown>".into()];
        }
        ObjectKind::WeakMap(m) => (m.entries.clone(), Some(IterKind::Entries), false),
        ObjectKind::WeakSet(m) => (m.entries.clone(), Some(IterKind::Keys), false),
        ObjectKind::MapIterator(it) | ObjectKind::SetIterator(it) => {
            let is_set = matches!(ctx.vm.heap.obj(o).kind, ObjectKind::SetIterator(_));
            let kind = match it.kind {
                IterKind::Values if is_set => IterKind::Keys,
                k => k,
            };
            let entries = match it.target.map(|t| &ctx.vm.heap.obj(t).kind) {
                Some(ObjectKind::Map(m) | ObjectKind::Set(m)) => {
                    m.entries.get(it.next..).unwrap_or_default().to_vec()
                }
                _ => Vec::new(),
            };
            let entries = if is_set {
                entries
                    .into_iter()
                    .map(|e| e.map(|(k, _)| (k, k)))
                    .collect()
            } else {
                entries
            };
            (entries, Some(kind), true)
        }
        _ => (Vec::new(), None, false),
    };
    let Some(kind) = show else {
        return Vec::new();
    };
    let live: Vec<(Value, Value)> = entries.into_iter().flatten().collect();
    let max = live.len().min(ctx.opts.max_array_length);
    let mut output = Vec::with_capacity(max + 1);
    ctx.indentation += 2;
    for &(k, v) in &live[..max] {
        output.push(match kind {
            IterKind::Keys => format_value(ctx, k, recurse_times),
            IterKind::Values => format_value(ctx, v, recurse_times),
            IterKind::Entries => {
                let k = format_value(ctx, k, recurse_times);
                let v = format_value(ctx, v, recurse_times);
                if is_iterator {
                    let braces = ["[".to_string(), "]".to_string()];
                    reduce_to_single_string(
                        ctx,
                        vec![k, v],
                        "",
                        &braces,
                        Extras::Array,
                        recurse_times,
                        o,
                    )
                } else {
                    format!("{k} => {v}")
                }
            }
        });
    }
    ctx.indentation -= 2;
    if matches!(
        ctx.vm.heap.obj(o).kind,
        ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_)
    ) {
        // Node sorts weak entries (its order is not reliable), as JavaScript's
        // default sort does: by UTF-16 code units.
        output.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
    }
    if live.len() > max {
        output.push(more_items((live.len() - max) as u64));
    }
    output
}

/// Node's hasBuiltInToString: `%s` inspects an object unless the nearest own
/// `toString` or `Symbol.toPrimitive` on its chain belongs to a user-defined class.
fn has_built_in_to_string(vm: &mut Vm, o: ObjRef) -> bool {
    // Node counts a proxy as its target, and a revoked one as built-in.
    let Some(o) = proxy_target(vm, o) else {
        return true;
    };
    let to_string = vm.key("toString");
    let to_primitive = PropertyKey::Symbol(vm.realm.symbol_to_primitive);
    let callable = |vm: &mut Vm, key| {
        let v = vm.get(Value::Object(o), key).unwrap_or(Value::Undefined);
        vm.is_callable(v)
    };
    let mut look_for_to_string = true;
    let mut look_for_to_primitive = true;
    if !callable(vm, to_string) {
        if !callable(vm, to_primitive) {
            return true;
        }
        if vm.peek_own_property(o, to_primitive).is_some() {
            return false;
        }
        look_for_to_string = false;
    } else if vm.peek_own_property(o, to_string).is_some() {
        return false;
    } else if !callable(vm, to_primitive) {
        look_for_to_primitive = false;
    } else if vm.peek_own_property(o, to_primitive).is_some() {
        return false;
    }
    let mut pointer = o;
    loop {
        let Some(p) = vm.heap.obj(pointer).proto else {
            return true;
        };
        pointer = p;
        if (look_for_to_string && vm.peek_own_property(p, to_string).is_some())
            || (look_for_to_primitive && vm.peek_own_property(p, to_primitive).is_some())
        {
            break;
        }
    }
    match data_value(vm, pointer, "constructor") {
        Some(Value::Object(c)) if vm.heap.obj(c).is_callable() => {
            let name = name_property(vm, c);
            let name = vm.to_rust_string(name).unwrap_or_default();
            BUILT_IN_OBJECTS.contains(&name.as_str())
        }
        _ => false,
    }
}

/// `JSON.stringify(v)`, or `[Circular]` when it throws on a cycle (Node's
/// tryStringify); other exceptions propagate.
fn json_for_format(vm: &mut Vm, v: Value) -> JsResult<String> {
    let global = Value::Object(vm.realm.global);
    let json = vm.get_named(global, "JSON")?;
    let stringify = vm.get_named(json, "stringify")?;
    match vm.call(stringify, json, &[v]) {
        Ok(Value::String(s)) => Ok(vm.heap.to_rust_string(s)),
        Ok(_) => Ok("undefined".into()),
        Err(e) => {
            let err = vm.error_value(e);
            let is_type_error = matches!(err, Value::Object(o)
                if inherits_from(vm, o, vm.realm.type_error_prototype));
            let message = match err {
                Value::Object(_) => vm
                    .get_named(err, "message")
                    .ok()
                    .and_then(|m| vm.to_rust_string(m).ok())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            if is_type_error && message.starts_with("Converting circular structure to JSON") {
                Ok("[Circular]".into())
            } else {
                Err(JsError::Thrown(err))
            }
        }
    }
}

/// JavaScript `parseInt(s)` / `parseFloat(s)` on text, for `%i` and `%f`.
fn parse_number_prefix(text: &str, integer: bool) -> f64 {
    let t = text.trim_start();
    let (sign, rest) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    if !integer && rest.starts_with("Infinity") {
        return sign * f64::INFINITY;
    }
    if integer && (rest.starts_with("0x") || rest.starts_with("0X")) {
        let digits: String = rest[2..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit())
            .collect();
        return if digits.is_empty() {
            f64::NAN
        } else {
            sign * u128::from_str_radix(&digits, 16)
                .map(|n| n as f64)
                .unwrap_or(f64::INFINITY)
        };
    }
    let mut end = 0;
    let bytes = rest.as_bytes();
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    if !integer {
        if end < bytes.len() && bytes[end] == b'.' {
            end += 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
        }
        if end > 0 && end < bytes.len() && (bytes[end] == b'e' || bytes[end] == b'E') {
            let mut e = end + 1;
            if e < bytes.len() && (bytes[e] == b'+' || bytes[e] == b'-') {
                e += 1;
            }
            let digits_start = e;
            while e < bytes.len() && bytes[e].is_ascii_digit() {
                e += 1;
            }
            if e > digits_start {
                end = e;
            }
        }
    }
    match rest[..end].parse::<f64>() {
        Ok(n) if end > 0 && rest[..end] != *"." => sign * n,
        _ => f64::NAN,
    }
}

/// Node's `formatWithOptions`: printf-style specifiers when the first argument is a
/// string, then the remaining arguments inspected and joined by spaces.
/// Conversions the specifiers make (`%d` of an object whose `valueOf` throws) pass
/// their exceptions on, as in Node.
pub fn format_log_args(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    format_with_options(vm, &InspectOptions::default(), args)
}

/// `util.formatWithOptions(options, ...args)`: [`format_log_args`] with the inspect
/// options used for `%O`, `%o` and the values after the format string.
pub fn format_with_options(vm: &mut Vm, opts: &InspectOptions, args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut a = 0;
    let mut join = "";
    if let Some(&Value::String(first)) = args.first() {
        if args.len() == 1 {
            return Ok(vm.heap.to_rust_string(first));
        }
        let units = vm.heap.flatten(first).to_vec();
        let mut text: Vec<u16> = Vec::new();
        let mut last = 0;
        let mut i = 0;
        while i + 1 < units.len() {
            if units[i] == b'%' as u16 {
                i += 1;
                let next = units[i];
                if a + 1 != args.len() {
                    let replacement = match next {
                        0x73 => {
                            a += 1;
                            Some(format_s(vm, args[a])?)
                        }
                        0x6a => {
                            a += 1;
                            Some(json_for_format(vm, args[a])?)
                        }
                        0x64 => {
                            a += 1;
                            Some(match args[a] {
                                Value::Symbol(_) => "NaN".into(),
                                Value::BigInt(b) => format!("{}n", vm.heap.bigint(b)),
                                v => format_number(vm.to_number(v)?),
                            })
                        }
                        0x4f => {
                            a += 1;
                            Some(inspect_checked(vm, args[a], opts)?)
                        }
                        0x6f => {
                            a += 1;
                            let o = InspectOptions {
                                show_hidden: true,
                                show_proxy: true,
                                depth: Some(4),
                                ..opts.clone()
                            };
                            Some(inspect_checked(vm, args[a], &o)?)
                        }
                        0x69 | 0x66 => {
                            a += 1;
                            Some(match args[a] {
                                Value::Symbol(_) => "NaN".into(),
                                Value::BigInt(b) if next == 0x69 => {
                                    format!("{}n", vm.heap.bigint(b))
                                }
                                v => {
                                    let s = vm.to_rust_string(v)?;
                                    format_number(parse_number_prefix(&s, next == 0x69))
                                }
                            })
                        }
                        0x63 => {
                            a += 1;
                            Some(String::new())
                        }
                        0x25 => {
                            text.extend_from_slice(&units[last..i]);
                            last = i + 1;
                            None
                        }
                        _ => None,
                    };
                    if let Some(r) = replacement {
                        if last != i - 1 {
                            text.extend_from_slice(&units[last..i - 1]);
                        }
                        text.extend(r.encode_utf16());
                        last = i + 1;
                    }
                } else if next == b'%' as u16 {
                    text.extend_from_slice(&units[last..i]);
                    last = i + 1;
                }
            }
            i += 1;
        }
        if last != 0 {
            a += 1;
            join = " ";
            if last < units.len() {
                text.extend_from_slice(&units[last..]);
            }
            out = String::from_utf16_lossy(&text);
        }
    }
    while a < args.len() {
        out.push_str(join);
        match args[a] {
            Value::String(s) => out.push_str(&vm.heap.to_rust_string(s)),
            v => out.push_str(&inspect_checked(vm, v, opts)?),
        }
        join = " ";
        a += 1;
    }
    Ok(out)
}

/// `%s`: String(value) for primitives and objects with their own `toString`, an
/// inspection with depth 0 for the others.
fn format_s(vm: &mut Vm, v: Value) -> JsResult<String> {
    Ok(match v {
        Value::Number(n) => format_number(n),
        Value::BigInt(b) => format!("{}n", vm.heap.bigint(b)),
        Value::Symbol(s) => vm.symbol_descriptive_string(s),
        Value::Object(o) if !vm.heap.obj(o).is_callable() && has_built_in_to_string(vm, o) => {
            inspect(
                vm,
                v,
                &InspectOptions {
                    depth: Some(0),
                    ..InspectOptions::default()
                },
            )
        }
        v => vm.to_rust_string(v)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(s: &str) -> String {
        quote_js_string(&s.encode_utf16().collect::<Vec<_>>())
    }

    #[test]
    fn quote_choice_and_escapes() {
        assert_eq!(quote("plain"), "'plain'");
        assert_eq!(quote("it's"), "\"it's\"");
        assert_eq!(quote("both ' and \""), "`both ' and \"`");
        assert_eq!(quote("all ' \" `"), "'all \\' \" `'");
        assert_eq!(quote("a\nb\t\u{1}\u{7f}\\"), "'a\\nb\\t\\x01\\x7F\\\\'");
        assert_eq!(quote_js_string(&[0x61, 0xd800]), "'a\\ud800'");
    }

    #[test]
    fn number_prefixes() {
        assert_eq!(parse_number_prefix("-7.2", true), -7.0);
        assert_eq!(parse_number_prefix(" 2.5abc", false), 2.5);
        assert!(parse_number_prefix("x", true).is_nan());
        assert_eq!(format_number(-0.0), "-0");
    }
}
