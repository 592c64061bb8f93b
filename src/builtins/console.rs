//! `console`: log/info/debug write to stdout, warn/error/trace to stderr, formatted
//! as Node's `util.format` does; `group` indents the lines that follow.

use super::{arg, method};
use crate::runtime::Value;
use crate::runtime::inspect::format_log_args;
use crate::runtime::object::METHOD_ATTRS;
use crate::vm::{JsResult, Vm};
use std::cell::Cell;
use std::io::Write;

thread_local! {
    /// The indentation `console.group` adds, in spaces.
    static GROUP_INDENT: Cell<usize> = const { Cell::new(0) };
}

pub fn install(vm: &mut Vm) {
    let console = vm.new_object();
    let global = vm.realm.global;
    vm.define_named(global, "console", Value::Object(console), METHOD_ATTRS);
    for name in ["log", "info", "debug"] {
        method(vm, console, name, 0, log);
    }
    for name in ["error", "warn"] {
        method(vm, console, name, 0, error);
    }
    method(vm, console, "trace", 0, trace);
    method(vm, console, "assert", 0, assert);
    method(vm, console, "group", 0, group);
    method(vm, console, "groupCollapsed", 0, group);
    method(vm, console, "groupEnd", 0, group_end);
}

/// Writes `text` with the current group indentation before each of its lines.
fn write_lines(text: &str, to_stderr: bool) {
    let indent = " ".repeat(GROUP_INDENT.with(Cell::get));
    let text = if indent.is_empty() {
        text.to_string()
    } else {
        text.split('\n')
            .map(|l| format!("{indent}{l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    if to_stderr {
        let _ = writeln!(std::io::stderr().lock(), "{text}");
    } else {
        let _ = writeln!(std::io::stdout().lock(), "{text}");
    }
}

fn log(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = format_log_args(vm, args);
    write_lines(&line, false);
    Ok(Value::Undefined)
}

fn error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = format_log_args(vm, args);
    write_lines(&line, true);
    Ok(Value::Undefined)
}

/// `console.trace(...)`: `Trace: <message>` and the stack, on stderr.
fn trace(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let message = format_log_args(vm, args);
    let frames = vm.stack_frames_text();
    write_lines(&format!("Trace: {message}{frames}"), true);
    Ok(Value::Undefined)
}

/// `console.assert(value, ...message)`: prints `Assertion failed` when `value` is falsy.
fn assert(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.to_boolean(arg(args, 0)) {
        return Ok(Value::Undefined);
    }
    let rest = args.get(1..).unwrap_or(&[]);
    let line = match rest.first() {
        None => "Assertion failed".to_string(),
        Some(Value::String(s)) => {
            let first = format!("Assertion failed: {}", vm.heap.to_rust_string(*s));
            let mut all = vec![Value::String(vm.heap.alloc_str(&first))];
            all.extend_from_slice(&rest[1..]);
            format_log_args(vm, &all)
        }
        Some(_) => format!("Assertion failed: {}", format_log_args(vm, rest)),
    };
    write_lines(&line, true);
    Ok(Value::Undefined)
}

fn group(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if !args.is_empty() {
        let line = format_log_args(vm, args);
        write_lines(&line, false);
    }
    GROUP_INDENT.with(|g| g.set(g.get() + 2));
    Ok(Value::Undefined)
}

fn group_end(_vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    GROUP_INDENT.with(|g| g.set(g.get().saturating_sub(2)));
    Ok(Value::Undefined)
}
