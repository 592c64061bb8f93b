//! Node's `process` (an EventEmitter: `'exit'`, `'beforeExit'`, `'uncaughtException'`,
//! `'unhandledRejection'`, `'rejectionHandled'`, `'warning'` are emitted by the event
//! loop), and the `global` alias of `globalThis`.
//!
//! `process.version` is jsloop's own; `process.versions.node` names the Node release
//! whose behaviour jsloop models (the one its golden tests are checked against), and
//! `process.release.name` is `'node'`, as scripts that detect Node expect.

use super::timers::{invalid_arg_type, invalid_callback};
use super::{arg, getter, method};
use crate::runtime::event_loop::Tick;
use crate::runtime::object::{DEFAULT_ATTRS, METHOD_ATTRS, WRITABLE};
use crate::runtime::{ObjRef, ObjectKind, PropertyKey, Value};
use crate::vm::{ErrorKind, JsError, JsResult, Vm};
use std::io::{IsTerminal, Write};

/// The Node release whose event loop, timers and messages jsloop follows.
pub const NODE_VERSION: &str = "24.22.3";

pub fn install(vm: &mut Vm) {
    let global = vm.realm.global;
    vm.define_named(global, "global", Value::Object(global), METHOD_ATTRS);

    // process -> process.prototype (constructor `process`) -> EventEmitter.prototype
    let emitter = vm.realm.event_emitter_prototype;
    let proto = super::host_class(vm, "process", 0, emitter);
    let process = vm.alloc_object(Some(proto), ObjectKind::Ordinary);
    vm.realm.process = process;

    let version = format!("v{}", env!("CARGO_PKG_VERSION"));
    let version = Value::String(vm.heap.alloc_str(&version));
    vm.define_named(process, "version", version, DEFAULT_ATTRS);
    let versions = string_record(
        vm,
        &[
            ("node", NODE_VERSION),
            ("jsloop", env!("CARGO_PKG_VERSION")),
        ],
    );
    vm.define_named(process, "versions", versions, DEFAULT_ATTRS);
    let arch = string(vm, node_arch());
    vm.define_named(process, "arch", arch, DEFAULT_ATTRS);
    let platform = string(vm, node_platform());
    vm.define_named(process, "platform", platform, DEFAULT_ATTRS);
    let release = string_record(vm, &[("name", "node")]);
    vm.define_named(process, "release", release, DEFAULT_ATTRS);
    // The EventEmitter state, with Node's own `'warning'` listener (which prints),
    // left out when NODE_NO_WARNINGS=1 silences warnings, as in Node.
    if std::env::var_os("NODE_NO_WARNINGS").is_none_or(|v| v != "1") {
        let on_warning = vm.native_function("onWarning", 1, on_warning);
        super::events::add_native_listener(vm, process, "warning", on_warning);
    }
    vm.define_named(process, "_exiting", Value::Bool(false), DEFAULT_ATTRS);
    let exit_code_get = vm.native_function("get", 0, |vm, _, _| {
        Ok(vm
            .event_loop
            .exit_code
            .map_or(Value::Undefined, |c| Value::Number(f64::from(c))))
    });
    let exit_code_set = vm.native_function("set", 1, |vm, _, args| {
        vm.event_loop.exit_code = exit_code_arg(vm, arg(args, 0))?;
        Ok(Value::Undefined)
    });
    let key = vm.key("exitCode");
    vm.define_accessor(
        process,
        key,
        Some(exit_code_get),
        Some(exit_code_set),
        DEFAULT_ATTRS & !WRITABLE,
    );
    method(vm, process, "uptime", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.clock.now() / 1000.0))
    });
    let memory_usage = method(vm, process, "memoryUsage", 0, memory_usage);
    method(vm, memory_usage, "rss", 0, |_, _, _| {
        Ok(Value::Number(resident_bytes() as f64))
    });
    method(vm, process, "exit", 1, exit);
    let hrtime = method(vm, process, "hrtime", 1, hrtime);
    // Node's function is named for its place in Node's source: `hrtimeBigInt`.
    let hrtime_bigint = vm.native_function("hrtimeBigInt", 0, |vm, _, _| {
        // Whole nanoseconds on the same clock as `hrtime()`.
        let nanos = (vm.event_loop.clock.now() * 1e6).round();
        Ok(vm.new_bigint(num_bigint::BigInt::from(nanos as u64)))
    });
    vm.define_named(hrtime, "bigint", Value::Object(hrtime_bigint), METHOD_ATTRS);
    method(vm, process, "emitWarning", 1, emit_warning);
    method(vm, process, "nextTick", 1, next_tick);
    let stdout = stream(vm, 1, std::io::stdout().is_terminal());
    vm.define_named(process, "stdout", Value::Object(stdout), DEFAULT_ATTRS);
    let stderr = stream(vm, 2, std::io::stderr().is_terminal());
    vm.define_named(process, "stderr", Value::Object(stderr), DEFAULT_ATTRS);
    // Lazy, as in Node: reading stdin starts only when someone listens.
    let stdin_get = vm.native_function("get", 0, |vm, _, _| crate::builtins::node::fs::stdin(vm));
    let key = vm.key("stdin");
    vm.define_accessor(
        process,
        key,
        Some(stdin_get),
        None,
        DEFAULT_ATTRS & !WRITABLE,
    );
    method(vm, process, "chdir", 1, chdir);
    method(vm, process, "cwd", 0, |vm, _, _| {
        let cwd = current_dir();
        Ok(string(vm, &cwd))
    });
    let env = environment(vm);
    vm.define_named(process, "env", env, DEFAULT_ATTRS);
    let title = string(vm, "jsloop");
    vm.define_named(process, "title", title, DEFAULT_ATTRS);
    let exec_argv = Value::Object(vm.new_array(Vec::new()));
    vm.define_named(process, "execArgv", exec_argv, DEFAULT_ATTRS);
    let pid = Value::Number(f64::from(std::process::id()));
    vm.define_named(process, "pid", pid, DEFAULT_ATTRS);
    let ppid = Value::Number(f64::from(std::os::unix::process::parent_id()));
    vm.define_named(process, "ppid", ppid, DEFAULT_ATTRS);
    let tag = vm.realm.symbol_to_string_tag;
    let name = string(vm, "process");
    vm.define_value(process, PropertyKey::Symbol(tag), name, WRITABLE);
    set_argv(vm, &[]);
    vm.define_named(global, "process", Value::Object(process), METHOD_ATTRS);
}

/// Sets `process.argv`: the executable's absolute path (`execPath`), then `args` (the
/// script's absolute path and its arguments, as Node has them); and `argv0`, the
/// command as typed.
pub fn set_argv(vm: &mut Vm, args: &[String]) {
    let process = vm.realm.process;
    let exec_path = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "jsloop".into());
    let argv0 = std::env::args().next().unwrap_or_else(|| "jsloop".into());
    let mut argv = vec![string(vm, &exec_path)];
    for a in args {
        argv.push(string(vm, a));
    }
    let argv = Value::Object(vm.new_array(argv));
    vm.define_named(process, "argv", argv, DEFAULT_ATTRS);
    let exec_path = string(vm, &exec_path);
    vm.define_named(process, "execPath", exec_path, DEFAULT_ATTRS);
    let argv0 = string(vm, &argv0);
    vm.define_named(process, "argv0", argv0, DEFAULT_ATTRS);
}

fn string(vm: &mut Vm, text: &str) -> Value {
    Value::String(vm.heap.alloc_str(text))
}

/// A plain object of string properties.
fn string_record(vm: &mut Vm, fields: &[(&str, &str)]) -> Value {
    let o = vm.new_object();
    for (name, value) in fields {
        let v = string(vm, value);
        vm.define_named(o, name, v, DEFAULT_ATTRS);
    }
    Value::Object(o)
}

/// Node's name for the CPU architecture.
pub(crate) fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "x86" => "ia32",
        "aarch64" => "arm64",
        "powerpc64" => "ppc64",
        other => other,
    }
}

/// Node's name for the operating system.
pub(crate) fn node_platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

fn current_dir() -> String {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A `process.exitCode` (or `process.exit(code)`) value as Node's setter accepts it:
/// undefined or null (no code), an integer, or a string holding one.
fn exit_code_arg(vm: &mut Vm, v: Value) -> JsResult<Option<i32>> {
    let n = match v {
        Value::Undefined | Value::Null => return Ok(None),
        Value::Number(n) => n,
        Value::String(s) => {
            let text = vm.heap.to_rust_string(s);
            match text.trim().parse::<f64>() {
                Ok(n) if !text.is_empty() && n.fract() == 0.0 => n,
                _ => return Err(invalid_arg_type(vm, "code", "number", v)),
            }
        }
        _ => return Err(invalid_arg_type(vm, "code", "number", v)),
    };
    if n.fract() != 0.0 || !n.is_finite() {
        let shown = crate::runtime::inspect::format_number(n);
        return Err(vm.range_error(format!(
            "The value of \"code\" is out of range. It must be an integer. Received {shown}"
        )));
    }
    // The status the OS sees is the low byte, as for Node.
    Ok(Some(n.rem_euclid(4_294_967_296.0) as u32 as i32))
}

/// `process.exit([code])`: sets `exitCode` if given, emits `'exit'` (once), and ends
/// the run: nothing else runs, no `catch` or `finally` included.
fn exit(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    if !args.is_empty() {
        vm.event_loop.exit_code = exit_code_arg(vm, args[0])?;
    }
    if !std::mem::replace(&mut vm.event_loop.exiting, true) {
        let process = vm.realm.process;
        vm.define_named(process, "_exiting", Value::Bool(true), DEFAULT_ATTRS);
        let code = Value::Number(f64::from(vm.event_loop.exit_code.unwrap_or(0)));
        super::events::emit(vm, process, "exit", &[code])?;
    }
    vm.event_loop.exit_requested = true;
    // The step limit drops to the steps already taken: the instruction loop stops at
    // once, as for an interrupt, which no handler catches.
    let taken = vm.event_loop.clock.steps;
    vm.set_step_limit(taken.saturating_sub(1));
    Err(JsError::Native(ErrorKind::Error, "process.exit()".into()))
}

/// `process.nextTick(callback, ...args)`; dropped once the process is exiting.
fn next_tick(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(invalid_callback(vm, callback));
    }
    if vm.event_loop.exiting {
        return Ok(Value::Undefined);
    }
    let async_id = vm.event_loop.new_async_id();
    vm.event_loop.ticks.push_back(Tick {
        callback,
        args: args.get(1..).unwrap_or(&[]).into(),
        async_id,
    });
    crate::runtime::trace::tick_enqueued(vm);
    Ok(Value::Undefined)
}

/// `process.hrtime([previous])`: `[seconds, nanoseconds]` on the loop's clock (the
/// virtual one under `--virtual-time`), or the time since `previous`.
fn hrtime(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let nanos = (vm.event_loop.clock.now() * 1e6).round();
    let (mut secs, mut ns) = ((nanos / 1e9).floor(), nanos % 1e9);
    let previous = arg(args, 0);
    if previous != Value::Undefined {
        let is_array = matches!(previous, Value::Object(o) if vm.heap.obj(o).is_array());
        if !is_array {
            let received = super::timers::received_text(vm, previous);
            return Err(vm.type_error(format!(
                "The \"time\" argument must be an instance of Array. Received {received}"
            )));
        }
        let parts = vm.array_like_to_vec(previous)?;
        if parts.len() != 2 {
            return Err(vm.range_error(format!(
                "The value of \"time\" is out of range. It must be 2. Received {}",
                parts.len()
            )));
        }
        secs -= vm.to_number(parts[0])?;
        ns -= vm.to_number(parts[1])?;
        if ns < 0.0 {
            secs -= 1.0;
            ns += 1e9;
        }
    }
    let pair = vm.new_array(vec![Value::Number(secs), Value::Number(ns)]);
    Ok(Value::Object(pair))
}

/// The process's resident set size, from the OS (or what the allocator holds).
fn resident_bytes() -> usize {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok());
    // SAFETY: sysconf only reads a system constant.
    let page_size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    match pages {
        Some(p) if page_size > 0 => p * page_size as usize,
        _ => crate::runtime::memory::allocated_bytes(),
    }
}

/// `process.memoryUsage()`: the resident set size, and the heap as the allocator
/// counts it (jsloop has no separate external or ArrayBuffer memory).
fn memory_usage(vm: &mut Vm, _: Value, _: &[Value]) -> JsResult<Value> {
    let heap = crate::runtime::memory::allocated_bytes() as f64;
    let o = vm.new_object();
    let fields = [
        ("rss", resident_bytes() as f64),
        ("heapTotal", heap),
        ("heapUsed", heap),
        ("external", 0.0),
        ("arrayBuffers", 0.0),
    ];
    for (name, n) in fields {
        vm.define_named(o, name, Value::Number(n), DEFAULT_ATTRS);
    }
    Ok(Value::Object(o))
}

/// `process.emitWarning(warning[, type[, code]])` (or `(warning, { type, code,
/// detail })`): the warning, an Error named after its type, is emitted as `'warning'`
/// from a tick.
fn emit_warning(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let warning = arg(args, 0);
    let (mut kind, mut code, mut detail) = (arg(args, 1), arg(args, 2), Value::Undefined);
    if let Value::Object(options) = kind
        && !vm.is_callable(kind)
    {
        let options = Value::Object(options);
        kind = vm.get_named(options, "type")?;
        code = vm.get_named(options, "code")?;
        detail = vm.get_named(options, "detail")?;
    }
    let error = match warning {
        Value::String(_) => {
            let message = vm.to_rust_string(warning)?;
            let name = match kind {
                Value::String(_) => vm.to_rust_string(kind)?,
                _ => "Warning".to_string(),
            };
            let e = warning_object(vm, &name, &message);
            if let Value::String(_) = code {
                vm.define_named(e, "code", code, DEFAULT_ATTRS);
            }
            if let Value::String(_) = detail {
                vm.define_named(e, "detail", detail, DEFAULT_ATTRS);
            }
            e
        }
        Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::Error { .. }) => o,
        _ => {
            return Err(invalid_arg_type(
                vm,
                "warning",
                "string or an instance of Error",
                warning,
            ));
        }
    };
    queue_warning(vm, error);
    Ok(Value::Undefined)
}

/// An Error named `name` (a warning type) with `message`.
pub(crate) fn warning_object(vm: &mut Vm, name: &str, message: &str) -> ObjRef {
    let e = vm.new_error(ErrorKind::Error, message);
    let name = string(vm, name);
    vm.define_named(e, "name", name, METHOD_ATTRS);
    e
}

/// Emits a warning of type `name` from Rust, as `process.emitWarning` would.
pub fn warn(vm: &mut Vm, name: &str, message: &str) {
    let e = warning_object(vm, name, message);
    queue_warning(vm, e);
}

/// Queues the tick that emits `'warning'` with `error` (Node's `doEmitWarning`).
pub(crate) fn queue_warning(vm: &mut Vm, error: ObjRef) {
    if vm.event_loop.exiting {
        return;
    }
    let emit = vm.native_function("doEmitWarning", 1, |vm, _, args| {
        let process = vm.realm.process;
        super::events::emit(vm, process, "warning", &[arg(args, 0)])?;
        Ok(Value::Undefined)
    });
    let async_id = vm.event_loop.new_async_id();
    vm.event_loop.ticks.push_back(Tick {
        callback: Value::Object(emit),
        args: Box::new([Value::Object(error)]),
        async_id,
    });
    crate::runtime::trace::tick_enqueued(vm);
}

/// Node's own `'warning'` listener: `(node:PID) [code] Name: message` and the detail,
/// on stderr. (Node then suggests its `--trace-warnings` flag, which jsloop lacks.)
fn on_warning(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let warning = arg(args, 0);
    let Value::Object(o) = warning else {
        return Ok(Value::Undefined);
    };
    if !matches!(vm.heap.obj(o).kind, ObjectKind::Error { .. }) {
        return Ok(Value::Undefined);
    }
    let mut text = format!("(node:{}) ", std::process::id());
    let code = vm.get_named(warning, "code")?;
    if vm.to_boolean(code) {
        let code = vm.to_rust_string(code)?;
        text.push_str(&format!("[{code}] "));
    }
    // Error.prototype.toString: `name: message`, or either alone.
    let name = vm.get_named(warning, "name")?;
    let name = vm.to_rust_string(name)?;
    let message = vm.get_named(warning, "message")?;
    let message = vm.to_rust_string(message)?;
    text.push_str(&match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        (false, false) => format!("{name}: {message}"),
    });
    if let detail @ Value::String(_) = vm.get_named(warning, "detail")? {
        text.push('\n');
        text.push_str(&vm.to_rust_string(detail)?);
    }
    let _ = writeln!(std::io::stderr().lock(), "{text}");
    Ok(Value::Undefined)
}

/// `process.stdout` / `process.stderr`: `write(chunk[, encoding][, callback])`, `fd`,
/// and `isTTY`, `columns` and `rows` when it is a terminal.
fn stream(vm: &mut Vm, fd: i32, tty: bool) -> ObjRef {
    let s = vm.new_object();
    vm.define_named(s, "fd", Value::Number(f64::from(fd)), DEFAULT_ATTRS);
    if tty {
        vm.define_named(s, "isTTY", Value::Bool(true), DEFAULT_ATTRS);
        if let Some((columns, rows)) = terminal_size(fd) {
            vm.define_named(s, "columns", Value::Number(columns), DEFAULT_ATTRS);
            vm.define_named(s, "rows", Value::Number(rows), DEFAULT_ATTRS);
        }
    }
    if fd == 1 {
        method(vm, s, "write", 1, |vm, _, args| write(vm, args, false));
    } else {
        method(vm, s, "write", 1, |vm, _, args| write(vm, args, true));
    }
    getter(vm, s, "writable", |_, _, _| Ok(Value::Bool(true)));
    s
}

/// The size of the terminal on `fd`, as (columns, rows).
fn terminal_size(fd: i32) -> Option<(f64, f64)> {
    // SAFETY: TIOCGWINSZ fills the winsize struct it is given, and nothing else.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_col > 0).then(|| (f64::from(size.ws_col), f64::from(size.ws_row)))
}

/// A stream's `write(chunk[, encoding][, callback])`: the text goes out at once; the
/// callback runs from a tick, as Node calls it once the write is done.
fn write(vm: &mut Vm, args: &[Value], to_stderr: bool) -> JsResult<Value> {
    let chunk = arg(args, 0);
    let Value::String(s) = chunk else {
        return Err(invalid_arg_type(
            vm,
            "chunk",
            "string or an instance of Buffer, TypedArray, or DataView",
            chunk,
        ));
    };
    let text = vm.heap.to_rust_string(s);
    let written = if to_stderr {
        std::io::stderr().lock().write_all(text.as_bytes())
    } else {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes()).and_then(|()| out.flush())
    };
    let callback = args
        .get(1..)
        .unwrap_or(&[])
        .iter()
        .copied()
        .find(|&v| vm.is_callable(v));
    if let Some(callback) = callback
        && !vm.event_loop.exiting
    {
        let async_id = vm.event_loop.new_async_id();
        vm.event_loop.ticks.push_back(Tick {
            callback,
            args: Box::new([]),
            async_id,
        });
        crate::runtime::trace::tick_enqueued(vm);
    }
    Ok(Value::Bool(written.is_ok()))
}

/// `process.chdir(directory)`, failing as Node does (`ENOENT: no such file or
/// directory, chdir '<cwd>' -> '<directory>'`, with `errno`, `code`, `syscall`).
fn chdir(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let dir = arg(args, 0);
    let Value::String(s) = dir else {
        return Err(invalid_arg_type(vm, "directory", "string", dir));
    };
    let target = vm.heap.to_rust_string(s);
    let cwd = current_dir();
    let Err(e) = std::env::set_current_dir(&target) else {
        return Ok(Value::Undefined);
    };
    let (code, errno, description) = match e.kind() {
        std::io::ErrorKind::NotFound => ("ENOENT", -2, "no such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("EACCES", -13, "permission denied"),
        std::io::ErrorKind::NotADirectory => ("ENOTDIR", -20, "not a directory"),
        _ => ("EIO", -5, "i/o error"),
    };
    let message = format!("{code}: {description}, chdir '{cwd}' -> '{target}'");
    let error = vm.new_error(ErrorKind::Error, &message);
    let fields = [
        ("errno", Value::Number(f64::from(errno))),
        ("code", string(vm, code)),
        ("syscall", string(vm, "chdir")),
        ("path", string(vm, &cwd)),
        ("dest", dir),
    ];
    for (name, v) in fields {
        vm.define_named(error, name, v, DEFAULT_ATTRS);
    }
    Err(JsError::Thrown(Value::Object(error)))
}

/// `process.env`: the environment as strings, writable; a value stored in it becomes
/// a string, as in Node (a proxy whose `set` converts it).
fn environment(vm: &mut Vm) -> Value {
    let target = vm.new_object();
    for (name, value) in std::env::vars_os() {
        let (name, value) = (name.to_string_lossy(), value.to_string_lossy());
        let value = string(vm, &value);
        vm.define_named(target, &name, value, DEFAULT_ATTRS);
    }
    let handler = vm.new_object();
    method(vm, handler, "set", 4, |vm, _, args| {
        let Value::Object(target) = arg(args, 0) else {
            return Ok(Value::Bool(false));
        };
        let key = vm.to_property_key(arg(args, 1))?;
        if let PropertyKey::Symbol(_) = key {
            return Err(vm.type_error("Cannot convert a Symbol value to a string"));
        }
        let text = vm.to_string(arg(args, 2))?;
        // As in Node, assigning TZ changes the zone local times are in from now on.
        if key == vm.key("TZ") {
            let zone = vm.heap.to_rust_string(text);
            crate::builtins::date::set_local_zone(&zone);
        }
        vm.define_value(target, key, Value::String(text), DEFAULT_ATTRS);
        Ok(Value::Bool(true))
    });
    // Made through %Proxy%, still the global's own at start-up.
    let key = vm.key("Proxy");
    let global = vm.realm.global;
    let ctor = vm
        .peek_own_property(global, key)
        .and_then(|p| match p.slot {
            crate::runtime::object::Slot::Data(v) => Some(v),
            _ => None,
        })
        .unwrap_or(Value::Undefined);
    let args = [Value::Object(target), Value::Object(handler)];
    vm.construct(ctor, &args, ctor)
        .unwrap_or(Value::Object(target))
}
