//! `console`: log/info/debug write to stdout, warn/error/trace to stderr, formatted
//! as Node's `util.format` does; `group` indents the lines that follow.

use super::{arg, hide_from_stacks, method};
use crate::runtime::Value;
use crate::runtime::inspect::{InspectOptions, format_log_args, inspect, string_width};
use crate::runtime::object::METHOD_ATTRS;
use crate::runtime::object::PropertyKey;
use crate::vm::{JsResult, Vm};
use std::cell::Cell;
use std::io::Write;

thread_local! {
    /// The indentation `console.group` adds, in spaces.
    static GROUP_INDENT: Cell<usize> = const { Cell::new(0) };
    /// `console.count`'s counters by label.
    static COUNTS: std::cell::RefCell<Vec<(String, u64)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// `console.time`'s start times (performance.now() milliseconds) by label.
    static TIMERS: std::cell::RefCell<Vec<(String, f64)>> = const { std::cell::RefCell::new(Vec::new()) };
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
    method(vm, console, "table", 1, table);
    method(vm, console, "assert", 0, assert);
    method(vm, console, "group", 0, group);
    method(vm, console, "groupCollapsed", 0, group);
    method(vm, console, "groupEnd", 0, group_end);
    method(vm, console, "dir", 0, dir);
    method(vm, console, "dirxml", 0, log);
    method(vm, console, "count", 0, count);
    method(vm, console, "countReset", 0, count_reset);
    method(vm, console, "time", 0, time);
    method(vm, console, "timeEnd", 0, time_end);
    method(vm, console, "timeLog", 0, time_log);
    // Node's console is JavaScript of its own, not V8 builtins: its frames are
    // Node's, not the script's.
    for (_, p) in vm
        .heap
        .obj(console)
        .props
        .iter()
        .map(|(k, p)| (*k, *p))
        .collect::<Vec<_>>()
    {
        if let crate::runtime::object::Slot::Data(Value::Object(f)) = p.slot {
            hide_from_stacks(vm, f);
        }
    }
}

/// Writes `text` with the current group indentation before each of its lines.
fn write_lines(vm: &mut Vm, text: &str, to_stderr: bool) {
    crate::runtime::trace::console(vm, text);
    let indent = " ".repeat(GROUP_INDENT.with(Cell::get));
    let text = if indent.is_empty() {
        text.to_string()
    } else {
        text.split('\n')
            .map(|l| format!("{indent}{l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let captured = CAPTURED.with(|c| {
        let mut c = c.borrow_mut();
        let out = c.as_mut()?;
        out.push_str(&text);
        out.push('\n');
        Some(())
    });
    if captured.is_some() {
        return;
    }
    if to_stderr || crate::runtime::trace::stdout_taken() {
        let _ = writeln!(std::io::stderr().lock(), "{text}");
    } else {
        let _ = writeln!(std::io::stdout().lock(), "{text}");
    }
}

thread_local! {
    /// While `capture` runs: the console output, kept instead of written.
    static CAPTURED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f`, returning what the console printed meanwhile instead of printing it (the
/// REPL shows timer output above its prompt this way).
pub fn capture<R>(f: impl FnOnce() -> R) -> (R, String) {
    CAPTURED.with(|c| *c.borrow_mut() = Some(String::new()));
    let result = f();
    let text = CAPTURED.with(|c| c.borrow_mut().take()).unwrap_or_default();
    (result, text)
}

fn log(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = format_log_args(vm, args)?;
    write_lines(vm, &line, false);
    Ok(Value::Undefined)
}

fn error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = format_log_args(vm, args)?;
    write_lines(vm, &line, true);
    Ok(Value::Undefined)
}

/// `console.trace(...)`: `Trace: <message>` and the stack, on stderr.
fn trace(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let message = format_log_args(vm, args)?;
    let frames = vm.stack_frames_text().unwrap_or_else(|| "".into());
    let head = if message.is_empty() {
        "Trace".to_string()
    } else {
        format!("Trace: {message}")
    };
    write_lines(vm, &format!("{head}{frames}"), true);
    Ok(Value::Undefined)
}

/// `console.assert(value, ...message)`: prints `Assertion failed` when `value` is falsy.
fn assert(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.to_boolean(arg(args, 0)) {
        return Ok(Value::Undefined);
    }
    // Node puts the message in a template literal, so the first argument goes
    // through ToString before the rest are formatted with it.
    let rest = args.get(1..).unwrap_or(&[]);
    let line = match rest.first() {
        None => "Assertion failed".to_string(),
        Some(&first) => {
            let first = format!("Assertion failed: {}", vm.to_rust_string(first)?);
            let mut all = vec![Value::String(vm.heap.alloc_str(&first))];
            all.extend_from_slice(&rest[1..]);
            format_log_args(vm, &all)?
        }
    };
    write_lines(vm, &line, true);
    Ok(Value::Undefined)
}

fn group(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if !args.is_empty() {
        let line = format_log_args(vm, args)?;
        write_lines(vm, &line, false);
    }
    GROUP_INDENT.with(|g| g.set(g.get() + 2));
    Ok(Value::Undefined)
}

fn group_end(_vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    GROUP_INDENT.with(|g| g.set(g.get().saturating_sub(2)));
    Ok(Value::Undefined)
}

/// Own enumerable string keys (`Object.keys`), as text and as keys.
fn enumerable_keys(vm: &mut Vm, o: crate::runtime::ObjRef) -> Vec<(String, PropertyKey)> {
    let mut out = Vec::new();
    for k in vm.peek_own_keys(o) {
        if matches!(k, PropertyKey::Symbol(_)) {
            continue;
        }
        if vm.peek_own_property(o, k).is_some_and(|p| p.enumerable()) {
            out.push((vm.key_text(k), k));
        }
    }
    out
}

/// `console.dir(value, options)`: the value inspected with the options given (depth,
/// showHidden, maxArrayLength, maxStringLength, breakLength, compact), on stdout.
fn dir(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut opts = InspectOptions::default();
    if let options @ Value::Object(_) = arg(args, 1) {
        let depth = vm.get_named(options, "depth")?;
        match depth {
            Value::Undefined => {}
            Value::Null => opts.depth = None,
            Value::Number(n) if n == f64::INFINITY => opts.depth = None,
            v => opts.depth = Some(vm.to_number(v)? as i64),
        }
        let show_hidden = vm.get_named(options, "showHidden")?;
        if !show_hidden.is_undefined() {
            opts.show_hidden = vm.to_boolean(show_hidden);
        }
        for (name, field) in [
            ("maxArrayLength", &mut opts.max_array_length),
            ("maxStringLength", &mut opts.max_string_length),
            ("breakLength", &mut opts.break_length),
            ("compact", &mut opts.compact),
        ] {
            match vm.get_named(options, name)? {
                Value::Undefined => {}
                Value::Null => *field = usize::MAX,
                v => *field = vm.to_number(v)?.max(0.0).min(usize::MAX as f64) as usize,
            }
        }
    }
    let text = inspect(vm, arg(args, 0), &opts);
    write_lines(vm, &text, false);
    Ok(Value::Undefined)
}

/// The label argument of count and time, `default` when absent.
fn label(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    match arg(args, 0) {
        Value::Undefined => Ok("default".into()),
        v => vm.to_rust_string(v),
    }
}

/// A warning as Node's process.emitWarning prints it, on stderr.
fn warn(vm: &mut Vm, text: &str) {
    write_lines(
        vm,
        &format!("(node:{}) Warning: {text}", std::process::id()),
        true,
    );
}

/// `console.count(label)`: `label: n`, n counting the calls with that label.
fn count(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let label = label(vm, args)?;
    let n = COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        match c.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                c.push((label.clone(), 1));
                1
            }
        }
    });
    write_lines(vm, &format!("{label}: {n}"), false);
    Ok(Value::Undefined)
}

fn count_reset(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let label = label(vm, args)?;
    let found = COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        let before = c.len();
        c.retain(|(l, _)| *l != label);
        c.len() != before
    });
    if !found {
        warn(vm, &format!("Count for '{label}' does not exist"));
    }
    Ok(Value::Undefined)
}

fn time(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let label = label(vm, args)?;
    let now = vm.event_loop.clock.now();
    let exists = TIMERS.with(|t| {
        let mut t = t.borrow_mut();
        if t.iter().any(|(l, _)| *l == label) {
            return true;
        }
        t.push((label.clone(), now));
        false
    });
    if exists {
        warn(
            vm,
            &format!("Label '{label}' already exists for console.time()"),
        );
    }
    Ok(Value::Undefined)
}

fn time_end(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    time_report(vm, this, args, "timeEnd")
}

fn time_log(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    time_report(vm, this, args, "timeLog")
}

/// timeEnd and timeLog: `label: <elapsed>` (timeLog adds its other arguments); timeEnd
/// also forgets the label.
fn time_report(vm: &mut Vm, _this: Value, args: &[Value], method: &str) -> JsResult<Value> {
    let label = label(vm, args)?;
    let now = vm.event_loop.clock.now();
    let start = TIMERS.with(|t| {
        let mut t = t.borrow_mut();
        let i = t.iter().position(|(l, _)| *l == label)?;
        let start = t[i].1;
        if method == "timeEnd" {
            t.remove(i);
        }
        Some(start)
    });
    let Some(start) = start else {
        warn(
            vm,
            &format!("No such label '{label}' for console.{method}()"),
        );
        return Ok(Value::Undefined);
    };
    let mut line = format!("{label}: {}", format_elapsed(now - start));
    if method == "timeLog" && args.len() > 1 {
        line.push(' ');
        line.push_str(&format_log_args(vm, &args[1..])?);
    }
    write_lines(vm, &line, false);
    Ok(Value::Undefined)
}

/// Node's formatTime: milliseconds below a second, seconds below a minute, then
/// `m:ss.mmm` or `h:mm:ss.mmm`.
fn format_elapsed(ms: f64) -> String {
    const SECOND: f64 = 1000.0;
    const MINUTE: f64 = 60.0 * SECOND;
    const HOUR: f64 = 60.0 * MINUTE;
    let (mut hours, mut minutes, mut seconds, mut ms) = (0.0, 0.0, 0.0, ms);
    if ms >= SECOND {
        if ms >= MINUTE {
            if ms >= HOUR {
                hours = (ms / HOUR).floor();
                ms %= HOUR;
            }
            minutes = (ms / MINUTE).floor();
            ms %= MINUTE;
        }
        seconds = ms / SECOND;
    }
    if hours != 0.0 || minutes != 0.0 {
        let fixed = format!("{seconds:.3}");
        let (whole, frac) = fixed.split_once('.').unwrap_or((&fixed, "000"));
        let (lead, unit) = if hours != 0.0 {
            (format!("{hours}:{minutes:02}"), "h:mm:ss.mmm")
        } else {
            (format!("{minutes}"), "m:ss.mmm")
        };
        return format!("{lead}:{whole:0>2}.{frac} ({unit})");
    }
    if seconds != 0.0 {
        return format!("{seconds:.3}s");
    }
    let rounded: f64 = format!("{ms:.3}").parse().unwrap_or(ms);
    format!("{}ms", crate::runtime::number::number_to_string(rounded))
}

/// A table cell: nested objects with more than two keys collapse to `[Object]`.
fn table_cell(vm: &mut Vm, v: Value) -> String {
    let depth = match v {
        Value::Object(o) if !vm.heap.obj(o).is_array() && enumerable_keys(vm, o).len() > 2 => -1,
        _ => 0,
    };
    let opts = InspectOptions {
        depth: Some(depth),
        max_array_length: 3,
        break_length: usize::MAX,
        ..InspectOptions::default()
    };
    inspect(vm, v, &opts)
}

/// `console.table(data, properties)`: one row per own key of `data`, one column per
/// key of the rows (primitive rows go to a `Values` column).
fn table(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let Value::Object(data) = arg(args, 0) else {
        return log(vm, Value::Undefined, &args[..args.len().min(1)]);
    };
    let properties = match arg(args, 1) {
        Value::Undefined => None,
        Value::Object(p) if vm.heap.obj(p).is_array() => {
            let mut names = Vec::new();
            for v in vm.array_like_to_vec(Value::Object(p))? {
                let key = vm.to_property_key(v)?;
                names.push((vm.key_text(key), key));
            }
            Some(names)
        }
        _ => {
            return Err(vm.type_error("The \"properties\" argument must be an instance of Array"));
        }
    };
    let index_keys = enumerable_keys(vm, data);
    let mut columns: Vec<(String, Vec<Option<String>>)> = Vec::new();
    let mut values: Vec<Option<String>> = vec![None; index_keys.len()];
    let mut has_primitives = false;
    for (i, &(_, key)) in index_keys.iter().enumerate() {
        let item = vm.get(Value::Object(data), key)?;
        let primitive = !matches!(item, Value::Object(_));
        if properties.is_none() && primitive {
            has_primitives = true;
            values[i] = Some(table_cell(vm, item));
            continue;
        }
        let keys = match (&properties, item) {
            (Some(p), _) => p.clone(),
            (None, Value::Object(o)) => enumerable_keys(vm, o),
            (None, _) => Vec::new(),
        };
        for (name, k) in keys {
            let col = match columns.iter().position(|(n, _)| *n == name) {
                Some(c) => c,
                None => {
                    columns.push((name.clone(), vec![None; index_keys.len()]));
                    columns.len() - 1
                }
            };
            let cell = match item {
                Value::Object(o) if vm.peek_own_property(o, k).is_some() => {
                    let v = vm.get(item, k)?;
                    table_cell(vm, v)
                }
                _ => String::new(),
            };
            columns[col].1[i] = Some(cell);
        }
    }
    let mut head = vec!["(index)".to_string()];
    let mut cols: Vec<Vec<Option<String>>> =
        vec![index_keys.iter().map(|(n, _)| Some(n.clone())).collect()];
    for (name, cells) in columns {
        head.push(name);
        cols.push(cells);
    }
    if has_primitives {
        head.push("Values".into());
        cols.push(values);
    }
    let rows = index_keys.len();
    let mut widths: Vec<usize> = head.iter().map(|h| string_width(h)).collect();
    for (c, col) in cols.iter().enumerate() {
        for cell in col.iter().flatten() {
            widths[c] = widths[c].max(string_width(cell));
        }
    }
    let render = |cells: Vec<&str>| {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, &w)| format!("{c}{}", " ".repeat(w - string_width(c))))
            .collect();
        format!("\u{2502} {} \u{2502}", parts.join(" \u{2502} "))
    };
    let divider: Vec<String> = widths.iter().map(|w| "\u{2500}".repeat(w + 2)).collect();
    let mut out = format!("\u{250c}{}\u{2510}\n", divider.join("\u{252c}"));
    out.push_str(&render(head.iter().map(String::as_str).collect()));
    out.push_str(&format!("\n\u{251c}{}\u{2524}\n", divider.join("\u{253c}")));
    for r in 0..rows {
        let cells = cols.iter().map(|c| c[r].as_deref().unwrap_or("")).collect();
        out.push_str(&render(cells));
        out.push('\n');
    }
    out.push_str(&format!("\u{2514}{}\u{2518}", divider.join("\u{2534}")));
    write_lines(vm, &out, false);
    Ok(Value::Undefined)
}
