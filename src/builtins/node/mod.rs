//! Node's built-in modules (`require('path')`, `import path from 'node:path'`): one
//! registry of names, each with the function that builds its exports the first time
//! it is loaded.
//!
//! A module is built in Rust when its work is native (`path`, `os`), or written in
//! JavaScript (a `.js` file beside its `.rs` file) when it is mostly glue over other
//! JavaScript: promises, async iterators, classes users extend (`events`, `util`'s
//! promisify, `assert`, `timers/promises`). Those sources run as Node runs its own
//! `lib/` files: a CommonJS body whose `require` reaches the built-ins and the native
//! helpers registered under `internal/`.

pub mod assert;
pub mod async_hooks;
pub mod buffer;
pub mod events;
pub mod fs;
pub mod os;
pub mod path;
pub mod querystring;
pub mod readline;
pub mod timers;
pub mod util;

use crate::builtins::{arg, web};
use crate::runtime::object::DEFAULT_ATTRS;
use crate::runtime::{ObjRef, Value};
use crate::vm::{ErrorKind, JsError, JsResult, Vm};

/// Builds a built-in module's exports.
pub type Loader = fn(&mut Vm) -> JsResult<Value>;

/// The built-in modules by name (without the `node:` prefix). Adding one is a file with
/// a `load` function and a line here.
pub const REGISTRY: &[(&str, Loader)] = &[
    ("assert", assert::load),
    ("assert/strict", assert::load_strict),
    ("async_hooks", async_hooks::load),
    ("buffer", buffer::load),
    ("events", events::load),
    ("fs", fs::load),
    ("fs/promises", fs::load_promises),
    ("module", crate::modules::cjs::load_module_builtin),
    ("os", os::load),
    ("path", path::load),
    ("path/posix", |vm| require(vm, "path")),
    ("perf_hooks", web::perf_hooks),
    ("process", |vm| Ok(Value::Object(vm.realm.process))),
    ("querystring", querystring::load),
    ("readline", readline::load),
    ("readline/promises", readline::load_promises),
    ("timers", timers::load),
    ("timers/promises", timers::load_promises),
    ("url", |vm| load_source(vm, "url", include_str!("url.js"))),
    ("util", util::load),
    ("util/types", util::load_types),
];

/// Node 24's built-in modules (`require('module').builtinModules`, in its order); the
/// last four exist only under the `node:` prefix. Those [`REGISTRY`] lacks load
/// nothing in jsloop: requiring one is [`unavailable`]'s error.
pub const NODE_BUILTINS: &[&str] = &[
    "_http_agent",
    "_http_client",
    "_http_common",
    "_http_incoming",
    "_http_outgoing",
    "_http_server",
    "_stream_duplex",
    "_stream_passthrough",
    "_stream_readable",
    "_stream_transform",
    "_stream_wrap",
    "_stream_writable",
    "_tls_common",
    "_tls_wrap",
    "assert",
    "assert/strict",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "constants",
    "crypto",
    "dgram",
    "diagnostics_channel",
    "dns",
    "dns/promises",
    "domain",
    "events",
    "fs",
    "fs/promises",
    "http",
    "http2",
    "https",
    "inspector",
    "inspector/promises",
    "module",
    "net",
    "os",
    "path",
    "path/posix",
    "path/win32",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "readline/promises",
    "repl",
    "stream",
    "stream/consumers",
    "stream/promises",
    "stream/web",
    "string_decoder",
    "sys",
    "timers",
    "timers/promises",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "util/types",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
    "node:sea",
    "node:sqlite",
    "node:test",
    "node:test/reporters",
];

/// Whether Node 24 has built-in module `name` (`module.isBuiltin`).
pub fn is_node_builtin(name: &str) -> bool {
    match name.strip_prefix("node:") {
        Some(bare) => NODE_BUILTINS
            .iter()
            .any(|n| n.strip_prefix("node:").unwrap_or(n) == bare),
        None => NODE_BUILTINS.contains(&name),
    }
}

/// The error of loading `name`, a built-in module of Node's that jsloop does not
/// have.
pub fn unavailable(vm: &mut Vm, name: &str) -> JsError {
    let bare = name.strip_prefix("node:").unwrap_or(name);
    error_with_code(
        vm,
        ErrorKind::Error,
        "ERR_UNKNOWN_BUILTIN_MODULE",
        &format!("The built-in module 'node:{bare}' is not available in jsloop"),
    )
}

/// The native helpers of the JavaScript-written modules, reached only through the
/// `require` those modules get.
const INTERNALS: &[(&str, Loader)] = &[
    ("internal/events", events::internals),
    ("internal/async_ids", async_hooks::internals),
    ("internal/fs", fs::internals),
    ("internal/fs/utf8-stream", fs::utf8_stream),
    ("internal/util", util::internals),
    ("internal/comparisons", util::comparisons),
    ("internal/parse_args", util::parse_args),
    ("internal/buffer", buffer::internals),
    ("internal/errors", errors),
    ("internal/dom_exception", web::dom_exception),
    ("internal/text_codec", web::text_codec::internals),
    ("internal/text_codec_classes", web::text_codec_classes),
    ("internal/structured_clone", web::structured_clone),
    ("internal/event_target", web::event_target),
    ("internal/abort_controller", web::abort_controller),
    ("internal/clock", crate::builtins::timers::clock_internals),
    ("internal/url", web::url::internals),
    ("internal/whatwg_url", web::whatwg_url),
    ("internal/modules/esm", crate::modules::esm::internals),
    ("internal/modules/import", crate::modules::esm::import_steps),
];

/// The loader of built-in module `name`, which may carry the `node:` prefix (every
/// built-in may be named with it; none here requires it).
pub fn lookup(name: &str) -> Option<(&'static str, Loader)> {
    let bare = name.strip_prefix("node:").unwrap_or(name);
    REGISTRY
        .iter()
        .find(|(n, _)| *n == bare)
        .map(|&(n, load)| (n, load))
}

/// Runs `text`, the JavaScript source of built-in module `name`, and returns its
/// `module.exports`. The sources ship inside the binary and are covered by the golden
/// tests, so a syntax error in one is a bug in jsloop, reported as an Error.
pub(crate) fn load_source(vm: &mut Vm, name: &str, text: &str) -> JsResult<Value> {
    run_source(vm, name, &format!("node:{name}"), text)
}

/// [`load_source`] for a source whose frames stay out of stack traces, as Node's
/// loader frames fall beyond V8's ten.
pub(crate) fn load_engine_source(vm: &mut Vm, name: &str, text: &str) -> JsResult<Value> {
    run_source(vm, name, crate::vm::ENGINE_SOURCE, text)
}

/// Runs built-in source `text` (module `name`) compiled under the source name
/// `source_name`; returns its `module.exports`.
fn run_source(vm: &mut Vm, name: &str, source_name: &str, text: &str) -> JsResult<Value> {
    let template = crate::modules::cjs::compile(vm, source_name, text)
        .map_err(|d| JsError::Native(ErrorKind::Error, format!("node:{name}: {}", d.message)))?;
    let wrapper = vm.run_script(template)?;
    let module = vm.new_object();
    let exports = Value::Object(vm.new_object());
    vm.define_named(module, "exports", exports, DEFAULT_ATTRS);
    let require = vm.native_function("require", 1, internal_require);
    crate::builtins::hide_from_stacks(vm, require);
    vm.call(
        wrapper,
        exports,
        &[exports, Value::Object(require), Value::Object(module)],
    )?;
    vm.get_named(Value::Object(module), "exports")
}

/// The `require` of a JavaScript-written built-in: another built-in, or a native
/// helper object from [`INTERNALS`] (built once, cached with the modules).
fn internal_require(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let name = string_arg(vm, arg(args, 0), "id")?;
    require(vm, &name)
}

/// A built-in module or native helper object by name, loaded once and cached: what
/// the JavaScript-written built-ins and the lazily made globals reach.
pub(crate) fn require(vm: &mut Vm, name: &str) -> JsResult<Value> {
    if let Some(&(name, load)) = INTERNALS.iter().find(|(n, _)| *n == name) {
        if let Some(&exports) = vm.modules.builtins.get(name) {
            return Ok(exports);
        }
        let exports = load(vm)?;
        vm.modules.builtins.insert(name, exports);
        return Ok(exports);
    }
    match crate::modules::cjs::builtin(vm, name)? {
        Some(exports) => Ok(exports),
        None => Err(JsError::Native(
            ErrorKind::Error,
            format!("No such built-in module: {name}"),
        )),
    }
}

/// `require('internal/errors')` inside the sources: Node's coded errors and
/// argument checks.
fn errors(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "internal/errors", include_str!("errors.js"))
}

/// A fresh object for a module's exports.
fn exports_object(vm: &mut Vm) -> ObjRef {
    vm.new_object()
}

/// Argument `v` as a string, or Node's ERR_INVALID_ARG_TYPE naming it `name`.
fn string_arg(vm: &mut Vm, v: Value, name: &str) -> JsResult<String> {
    match v {
        Value::String(s) => Ok(vm.heap.to_rust_string(s)),
        _ => {
            let message = invalid_arg_text(vm, name, "string", v);
            Err(error_with_code(
                vm,
                crate::vm::ErrorKind::TypeError,
                "ERR_INVALID_ARG_TYPE",
                &message,
            ))
        }
    }
}

/// Node's wording of ERR_INVALID_ARG_TYPE.
fn invalid_arg_text(vm: &mut Vm, name: &str, expected: &str, v: Value) -> String {
    let received = crate::builtins::timers::received_text(vm, v);
    format!("The \"{name}\" argument must be of type {expected}. Received {received}")
}

/// An error of `kind` with Node's `code` property, thrown.
pub fn error_with_code(
    vm: &mut Vm,
    kind: crate::vm::ErrorKind,
    code: &str,
    message: &str,
) -> JsError {
    let e = vm.new_error(kind, message);
    let code = Value::String(vm.heap.alloc_str(code));
    vm.define_named(e, "code", code, DEFAULT_ATTRS);
    JsError::Thrown(Value::Object(e))
}
