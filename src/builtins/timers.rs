//! Timers and clocks as Node has them: `setTimeout`/`setInterval` (returning `Timeout`
//! objects), `clearTimeout`/`clearInterval`, `queueMicrotask`, `Date.now` (on a minimal
//! `Date`) and `performance.now`, all on the event loop's clock.

use super::{arg, hide_from_stacks, method, symbol_method};
use crate::runtime::event_loop::{Job, Timer};
use crate::runtime::object::{CONFIGURABLE, DEFAULT_ATTRS, METHOD_ATTRS, NativeFn};
use crate::runtime::{ObjRef, ObjectKind, PropertyKey, Value};
use crate::vm::{JsResult, Vm};

/// Node's TIMEOUT_MAX: longer delays become 1 ms.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

pub fn install(vm: &mut Vm) {
    let global = vm.realm.global;
    let timer_functions: [(_, _, NativeFn); 5] = [
        ("setTimeout", 2, |vm, _, args| set_timer(vm, args, false)),
        ("setInterval", 2, |vm, _, args| set_timer(vm, args, true)),
        ("clearTimeout", 1, clear_timer),
        ("clearInterval", 1, clear_timer),
        ("queueMicrotask", 1, queue_microtask),
    ];
    for (name, length, f) in timer_functions {
        let f = method(vm, global, name, length, f);
        // Node's timers are JavaScript of its own, not V8 builtins.
        hide_from_stacks(vm, f);
    }

    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.timeout_prototype = proto;
    let ctor = vm.native_function("Timeout", 5, |vm, _, _| {
        Err(vm.type_error("Illegal constructor"))
    });
    vm.define_named(ctor, "prototype", Value::Object(proto), 0);
    vm.define_named(proto, "constructor", Value::Object(ctor), METHOD_ATTRS);
    method(vm, proto, "ref", 0, |vm, this, _| set_ref(vm, this, true));
    method(vm, proto, "unref", 0, |vm, this, _| {
        set_ref(vm, this, false)
    });
    method(vm, proto, "hasRef", 0, has_ref);
    method(vm, proto, "refresh", 0, refresh);
    method(vm, proto, "close", 0, |vm, this, _| {
        if let Some(id) = timer_id(vm, this) {
            crate::runtime::trace::timer_cleared(vm, id);
            vm.event_loop.clear_timer(id);
        }
        Ok(this)
    });
    let to_primitive = vm.realm.symbol_to_primitive;
    symbol_method(
        vm,
        proto,
        to_primitive,
        "[Symbol.toPrimitive]",
        0,
        |vm, this, _| Ok(timer_id(vm, this).map_or(Value::Undefined, |id| Value::Number(id as f64))),
    );

    let date_key = vm.key("Date");
    if vm.peek_own_property(global, date_key).is_none() {
        let date = vm.native_function("Date", 7, |vm, _, _| {
            let now = vm.event_loop.clock.wall();
            Ok(Value::Number(now))
        });
        method(vm, date, "now", 0, |vm, _, _| {
            Ok(Value::Number(vm.event_loop.clock.wall()))
        });
        vm.define_named(global, "Date", Value::Object(date), METHOD_ATTRS);
    }
    let performance = vm.new_object();
    method(vm, performance, "now", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.clock.now()))
    });
    let tag = vm.realm.symbol_to_string_tag;
    let name = Value::String(vm.heap.alloc_str("Performance"));
    vm.define_value(performance, PropertyKey::Symbol(tag), name, CONFIGURABLE);
    vm.define_named(
        global,
        "performance",
        Value::Object(performance),
        METHOD_ATTRS,
    );
}

/// Node's ERR_INVALID_ARG_TYPE for a callback that is not a function.
fn invalid_callback(vm: &mut Vm, v: Value) -> crate::vm::JsError {
    let received = match v {
        Value::Undefined => "undefined".to_string(),
        Value::Null => "null".to_string(),
        Value::Object(o) => match vm.constructor_name(o) {
            Some(name) => format!("an instance of {name}"),
            None => "[Object: null prototype]".to_string(),
        },
        Value::String(s) => {
            let text = vm.heap.to_rust_string(s);
            format!("type string ('{text}')")
        }
        Value::Number(n) => format!(
            "type number ({})",
            crate::runtime::inspect::format_number(n)
        ),
        Value::Bool(b) => format!("type boolean ({b})"),
        Value::Symbol(s) => {
            let d = vm.symbol_descriptive_string(s);
            format!("type symbol ({d})")
        }
        Value::Empty => "undefined".to_string(),
    };
    vm.type_error(format!(
        "The \"callback\" argument must be of type function. Received {received}"
    ))
}

/// `setTimeout(callback, delay, ...args)` and `setInterval`.
fn set_timer(vm: &mut Vm, args: &[Value], repeat: bool) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(invalid_callback(vm, callback));
    }
    // Node: `after *= 1`; anything not in [1, TIMEOUT_MAX] (NaN included) is 1 ms,
    // and the timer waits the whole ms of it (`Math.trunc`).
    let delay = vm.to_number(arg(args, 1))?;
    let delay = if (1.0..=TIMEOUT_MAX).contains(&delay) {
        delay.trunc() as u32
    } else {
        1
    };
    let id = vm.event_loop.new_timer_id();
    let proto = vm.realm.timeout_prototype;
    let object = vm.alloc_object(Some(proto), ObjectKind::Timeout(id));
    // Node keeps the callback in `_onTimeout` and calls it as a method of the
    // `Timeout`, so stack traces name it `Timeout._onTimeout`.
    vm.define_named(object, "_onTimeout", callback, DEFAULT_ATTRS);
    let extra: Box<[Value]> = args.get(2..).unwrap_or(&[]).into();
    let timer = Timer::new(callback, extra, delay, repeat, object);
    vm.event_loop.add_timer(id, timer);
    crate::runtime::trace::timer_added(vm, id, arg(args, 1));
    Ok(Value::Object(object))
}

/// The timer id a `Timeout` object holds.
fn timer_id(vm: &Vm, v: Value) -> Option<u32> {
    match v {
        Value::Object(o) => match vm.heap.obj(o).kind {
            ObjectKind::Timeout(id) => Some(id),
            _ => None,
        },
        _ => None,
    }
}

/// `clearTimeout(timeout)` / `clearInterval`: a `Timeout` object or its numeric id.
fn clear_timer(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    let id = match v {
        Value::Object(_) => timer_id(vm, v),
        Value::Number(_) | Value::String(_) => {
            let n = vm.to_number(v)?;
            (n.fract() == 0.0 && n >= 1.0 && n <= u32::MAX as f64).then_some(n as u32)
        }
        _ => None,
    };
    if let Some(id) = id {
        crate::runtime::trace::timer_cleared(vm, id);
        vm.event_loop.clear_timer(id);
    }
    Ok(Value::Undefined)
}

fn this_timeout(vm: &mut Vm, this: Value) -> Option<(ObjRef, u32)> {
    let id = timer_id(vm, this)?;
    Some((this.as_object()?, id))
}

fn set_ref(vm: &mut Vm, this: Value, refed: bool) -> JsResult<Value> {
    if let Some((_, id)) = this_timeout(vm, this) {
        crate::runtime::trace::timer_refed(vm, id, refed);
        vm.event_loop.set_refed(id, refed);
    }
    Ok(this)
}

fn has_ref(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    let refed = this_timeout(vm, this)
        .and_then(|(_, id)| vm.event_loop.timers.get(&id))
        .is_none_or(|t| t.refed);
    Ok(Value::Bool(refed))
}

/// `timeout.refresh()`: starts the delay again from now.
fn refresh(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    if let Some((_, id)) = this_timeout(vm, this) {
        vm.event_loop.rearm(id);
        crate::runtime::trace::timer_rearmed(vm, id);
    }
    Ok(this)
}

/// `queueMicrotask(callback)`
fn queue_microtask(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(invalid_callback(vm, callback));
    }
    vm.event_loop.enqueue(Job::Callback(callback));
    crate::runtime::trace::job_enqueued(vm, None);
    Ok(Value::Undefined)
}
