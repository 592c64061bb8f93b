//! Timers and clocks as Node has them: `setTimeout`/`setInterval` (returning `Timeout`
//! objects), `clearTimeout`/`clearInterval`, `setImmediate`/`clearImmediate` (returning
//! `Immediate` objects), `queueMicrotask` and the clock under `performance`, on the event loop's
//! clock (which `Date.now` reads too).

use super::symbol::new_symbol;
use super::{arg, hide_from_stacks, host_class, method, symbol_method};
use crate::runtime::event_loop::{Job, Timer};
use crate::runtime::object::{DEFAULT_ATTRS, NativeFn, Property};
use crate::runtime::{ObjRef, ObjectKind, PropertyKey, Value};
use crate::vm::{JsResult, Layout, Vm};

/// Node's TIMEOUT_MAX: longer delays become 1 ms.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

pub fn install(vm: &mut Vm) {
    let global = vm.realm.global;
    let timer_functions: [(_, _, NativeFn); 7] = [
        ("setTimeout", 2, |vm, _, args| set_timer(vm, args, false)),
        ("setInterval", 2, |vm, _, args| set_timer(vm, args, true)),
        ("setImmediate", 1, set_immediate),
        ("clearTimeout", 1, clear_timer),
        ("clearInterval", 1, clear_timer),
        ("clearImmediate", 1, clear_immediate),
        ("queueMicrotask", 1, queue_microtask),
    ];
    let promisify_custom = super::symbol::registered_symbol(vm, "nodejs.util.promisify.custom");
    for (name, length, f) in timer_functions {
        let f = method(vm, global, name, length, f);
        // Node's timers are JavaScript of its own, not V8 builtins.
        hide_from_stacks(vm, f);
        if name == "setTimeout" || name == "setImmediate" {
            promisified_by_getter(vm, f, name, promisify_custom);
        }
    }

    let object_prototype = vm.realm.object_prototype;
    let proto = host_class(vm, "Timeout", 5, object_prototype);
    vm.realm.timeout_prototype = proto;
    method(vm, proto, "ref", 0, |vm, this, _| set_ref(vm, this, true));
    method(vm, proto, "unref", 0, |vm, this, _| {
        set_ref(vm, this, false)
    });
    method(vm, proto, "hasRef", 0, has_ref);
    method(vm, proto, "refresh", 0, refresh);
    method(vm, proto, "close", 0, |vm, this, _| {
        if let Some(id) = timer_id(vm, this) {
            crate::runtime::trace::timer_cleared(vm, id);
            unenroll(vm, id);
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

    install_immediate(vm);
}

/// `require('internal/clock')`: the loop's clock as `performance` reads it.
pub fn clock_internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    method(vm, o, "now", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.clock.now()))
    });
    // The loop's milestones for `performance.nodeTiming` and
    // `eventLoopUtilization()`: -1 before the loop has started.
    method(vm, o, "loopStart", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.loop_start.unwrap_or(-1.0)))
    });
    method(vm, o, "loopExit", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.loop_exit.unwrap_or(-1.0)))
    });
    method(vm, o, "bootstrapComplete", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.bootstrap_complete))
    });
    method(vm, o, "idleTime", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.idle_time))
    });
    method(vm, o, "loopCount", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.turns as f64))
    });
    let origin = Value::Number(vm.event_loop.clock.time_origin());
    vm.define_named(o, "timeOrigin", origin, DEFAULT_ATTRS);
    Ok(Value::Object(o))
}

/// Gives the timer function `f` Node's enumerable `[util.promisify.custom]` getter:
/// the function of the same name from `timers/promises`, loaded when first asked for.
fn promisified_by_getter(vm: &mut Vm, f: ObjRef, name: &str, symbol: crate::runtime::SymRef) {
    let name_value = Value::String(vm.heap.alloc_str(name));
    let get = vm.native_function_with(
        "get",
        0,
        |vm, _, _| {
            let Some(getter) = vm.running_native() else {
                return Ok(Value::Undefined);
            };
            let name = vm
                .captures(getter)
                .first()
                .copied()
                .unwrap_or(Value::Undefined);
            let name = vm.to_rust_string(name)?;
            match crate::modules::cjs::builtin(vm, "timers/promises")? {
                Some(promises) => vm.get_named(promises, &name),
                None => Ok(Value::Undefined),
            }
        },
        None,
        vec![name_value],
    );
    vm.define_accessor(
        f,
        crate::runtime::PropertyKey::Symbol(symbol),
        Some(get),
        None,
        crate::runtime::object::ENUMERABLE | crate::runtime::object::CONFIGURABLE,
    );
}

/// Node's ERR_INVALID_ARG_TYPE for a callback that is not a function.
pub(crate) fn invalid_callback(vm: &mut Vm, v: Value) -> crate::vm::JsError {
    invalid_arg_type(vm, "callback", "function", v)
}

/// Node's ERR_INVALID_ARG_TYPE: argument `name` is not of type `expected`.
pub(crate) fn invalid_arg_type(
    vm: &mut Vm,
    name: &str,
    expected: &str,
    v: Value,
) -> crate::vm::JsError {
    let received = received_text(vm, v);
    let message =
        format!("The \"{name}\" argument must be of type {expected}. Received {received}");
    super::node::error_with_code(
        vm,
        crate::vm::ErrorKind::TypeError,
        "ERR_INVALID_ARG_TYPE",
        &message,
    )
}

/// How Node's argument errors describe the value they got (`Received ...`).
pub(crate) fn received_text(vm: &mut Vm, v: Value) -> String {
    match v {
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
        Value::BigInt(b) => format!("type bigint ({}n)", vm.heap.bigint(b)),
        Value::Symbol(s) => {
            let d = vm.symbol_descriptive_string(s);
            format!("type symbol ({d})")
        }
        Value::Empty => "undefined".to_string(),
    }
}

/// `setTimeout(callback, delay, ...args)` and `setInterval`.
fn set_timer(vm: &mut Vm, args: &[Value], repeat: bool) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(invalid_callback(vm, callback));
    }
    let after = match arg(args, 1) {
        Value::Undefined => 1.0,
        v => vm.to_number(v)?,
    };
    let after = coerce_delay(vm, after);
    let async_id = vm.event_loop.new_async_id();
    let id = vm.event_loop.new_timer_id();
    let proto = vm.realm.timeout_prototype;
    let object = vm.alloc_object(Some(proto), ObjectKind::Timeout(id));
    // Node keeps the timer's state in own properties of the `Timeout` and calls the
    // callback as its method, so stack traces name it `Timeout._onTimeout`.
    let timer_args = match args.get(2..) {
        Some(extra) if !extra.is_empty() => Value::Object(vm.new_array(extra.to_vec())),
        _ => Value::Undefined,
    };
    let repeat_value = if repeat {
        Value::Number(after)
    } else {
        Value::Null
    };
    let props = [
        Value::Number(after),
        callback,
        timer_args,
        repeat_value,
        Value::Bool(false),
        Value::Bool(true),
    ]
    .map(|v| Property::data(v, DEFAULT_ATTRS));
    vm.heap.obj_mut(object).props = vm.laid_out(Layout::Timeout, &props);
    let extra: Box<[Value]> = args.get(2..).unwrap_or(&[]).into();
    let mut timer = Timer::new(callback, extra, list_delay(after), repeat, object);
    timer.async_id = async_id;
    vm.event_loop.add_timer(id, timer);
    crate::runtime::trace::timer_added(vm, id, arg(args, 1));
    Ok(Value::Object(object))
}

/// Node's delay rule (`after *= 1`): anything outside [1, TIMEOUT_MAX], NaN included,
/// becomes 1, with a warning (printed later, from a tick): an overflow every time, a
/// negative or NaN delay once per process. A fraction is kept here (`_idleTimeout`).
fn coerce_delay(vm: &mut Vm, after: f64) -> f64 {
    if (1.0..=TIMEOUT_MAX).contains(&after) {
        return after;
    }
    let shown = crate::runtime::inspect::format_number(after);
    let warning = if after > TIMEOUT_MAX {
        Some((
            "TimeoutOverflowWarning",
            format!("{shown} does not fit into a 32-bit signed integer."),
        ))
    } else if after < 0.0 && !std::mem::replace(&mut vm.event_loop.timeout_negative_warned, true) {
        Some((
            "TimeoutNegativeWarning",
            format!("{shown} is a negative number."),
        ))
    } else if after.is_nan() && !std::mem::replace(&mut vm.event_loop.timeout_nan_warned, true) {
        Some(("TimeoutNaNWarning", format!("{shown} is not a number.")))
    } else {
        None
    };
    if let Some((name, text)) = warning {
        let message = format!("{text}\nTimeout duration was set to 1.");
        super::process::warn(vm, name, &message);
    }
    1.0
}

/// The whole milliseconds a timer of delay `after` waits: its list (`Math.trunc`).
fn list_delay(after: f64) -> u32 {
    if (1.0..=TIMEOUT_MAX).contains(&after) {
        after.trunc() as u32
    } else {
        1
    }
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
        unenroll(vm, id);
    }
    Ok(Value::Undefined)
}

/// Node's `unenroll` for a cleared timer: it leaves the loop, and its object shows it
/// (`_idleTimeout` -1, so `refresh()` cannot bring it back).
fn unenroll(vm: &mut Vm, id: u32) {
    let Some(object) = vm.event_loop.timers.get(&id).map(|t| t.object) else {
        return;
    };
    vm.event_loop.clear_timer(id);
    let fields = [
        ("_idleTimeout", Value::Number(-1.0)),
        ("_onTimeout", Value::Undefined),
        ("_destroyed", Value::Bool(true)),
    ];
    for (name, value) in fields {
        vm.define_named(object, name, value, DEFAULT_ATTRS);
    }
}

/// Marks the `Timeout` of a timer that fired and was not armed again as destroyed.
pub(crate) fn timer_fired(vm: &mut Vm, object: ObjRef) {
    vm.define_named(object, "_destroyed", Value::Bool(true), DEFAULT_ATTRS);
}

fn this_timeout(vm: &mut Vm, this: Value) -> Option<(ObjRef, u32)> {
    let id = timer_id(vm, this)?;
    Some((this.as_object()?, id))
}

/// An own data property of a `Timeout` (undefined if a script removed it).
fn own_value(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> Value {
    match vm.peek_own_property(o, key).map(|p| p.slot) {
        Some(crate::runtime::object::Slot::Data(v)) => v,
        _ => Value::Undefined,
    }
}

fn set_ref(vm: &mut Vm, this: Value, refed: bool) -> JsResult<Value> {
    if let Some((o, id)) = this_timeout(vm, this) {
        crate::runtime::trace::timer_refed(vm, id, refed);
        vm.event_loop.set_refed(id, refed);
        let key = PropertyKey::Symbol(vm.realm.symbol_refed);
        vm.define_value(o, key, Value::Bool(refed), DEFAULT_ATTRS);
    }
    Ok(this)
}

fn has_ref(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    let Some((o, _)) = this_timeout(vm, this) else {
        return Ok(Value::Bool(true));
    };
    let key = PropertyKey::Symbol(vm.realm.symbol_refed);
    let refed = own_value(vm, o, key);
    Ok(Value::Bool(vm.to_boolean(refed)))
}

/// `timeout.refresh()`: starts the delay again from now, at the end of its list; a
/// timer that already fired is armed again from its object's state, as Node's
/// `insertGuarded` does (a cleared one, `_idleTimeout` -1, is not).
fn refresh(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    let Some((o, id)) = this_timeout(vm, this) else {
        return Ok(this);
    };
    if vm.event_loop.timers.contains_key(&id) {
        vm.event_loop.rearm(id);
        crate::runtime::trace::timer_rearmed(vm, id);
        return Ok(this);
    }
    let key = vm.key("_idleTimeout");
    let Value::Number(after) = own_value(vm, o, key) else {
        return Ok(this);
    };
    let key = vm.key("_onTimeout");
    let callback = own_value(vm, o, key);
    if after < 0.0 || !vm.is_callable(callback) {
        return Ok(this);
    }
    let key = vm.key("_timerArgs");
    let args = match own_value(vm, o, key) {
        list @ Value::Object(_) => vm.array_like_to_vec(list)?,
        _ => Vec::new(),
    };
    let key = vm.key("_repeat");
    let repeat = !matches!(own_value(vm, o, key), Value::Null | Value::Undefined);
    let key = PropertyKey::Symbol(vm.realm.symbol_refed);
    let refed = own_value(vm, o, key) == Value::Bool(true);
    let mut timer = Timer::new(callback, args.into(), list_delay(after), repeat, o);
    timer.refed = refed;
    vm.event_loop.add_timer(id, timer);
    crate::runtime::trace::timer_rearmed(vm, id);
    vm.define_named(o, "_destroyed", Value::Bool(false), DEFAULT_ATTRS);
    Ok(this)
}

/// `queueMicrotask(callback)`
fn queue_microtask(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(invalid_callback(vm, callback));
    }
    // Node's queueMicrotask makes an async resource for the callback.
    vm.event_loop.new_async_id();
    vm.event_loop.enqueue(Job::Callback(callback));
    crate::runtime::trace::job_enqueued(vm, None);
    Ok(Value::Undefined)
}

/// Creates `Immediate.prototype`, whose objects keep their state in own properties
/// as Node's do (so they print as Node prints them): the callback in `_onImmediate`,
/// its arguments in `_argv`, the neighbours in the queue in `_idleNext`/`_idlePrev`,
/// `_destroyed` once run or cleared, and whether it keeps the loop alive under
/// `Symbol(refed)`.
fn install_immediate(vm: &mut Vm) {
    vm.realm.symbol_refed = new_symbol(vm, "refed");
    vm.realm.symbol_async_id = new_symbol(vm, "asyncId");
    vm.realm.symbol_trigger_id = new_symbol(vm, "triggerId");
    vm.realm.symbol_async_context_frame = new_symbol(vm, "kAsyncContextFrame");
    let object_prototype = vm.realm.object_prototype;
    let proto = host_class(vm, "Immediate", 2, object_prototype);
    vm.realm.immediate_prototype = proto;
    // Node compares with `=== false` and `=== true`: a run or cleared immediate
    // (refed null) is neither.
    method(vm, proto, "ref", 0, |vm, this, _| {
        if let Value::Object(o) = this
            && immediate_slot(vm, o, Slot::Refed) == Value::Bool(false)
        {
            set_immediate_slot(vm, o, Slot::Refed, Value::Bool(true));
            vm.event_loop.refed_immediates += 1;
        }
        Ok(this)
    });
    method(vm, proto, "unref", 0, |vm, this, _| {
        if let Value::Object(o) = this
            && immediate_slot(vm, o, Slot::Refed) == Value::Bool(true)
        {
            set_immediate_slot(vm, o, Slot::Refed, Value::Bool(false));
            vm.event_loop.refed_immediates = vm.event_loop.refed_immediates.saturating_sub(1);
        }
        Ok(this)
    });
    method(vm, proto, "hasRef", 0, |vm, this, _| {
        let refed = match this {
            Value::Object(o) => immediate_slot(vm, o, Slot::Refed),
            _ => Value::Undefined,
        };
        Ok(Value::Bool(vm.to_boolean(refed)))
    });
}

/// An own property of an `Immediate` that the loop reads and writes.
#[derive(Clone, Copy)]
pub(crate) enum Slot {
    Next,
    Prev,
    Callback,
    Args,
    Destroyed,
    Refed,
}

fn slot_key(vm: &mut Vm, slot: Slot) -> PropertyKey {
    match slot {
        Slot::Next => vm.key("_idleNext"),
        Slot::Prev => vm.key("_idlePrev"),
        Slot::Callback => vm.key("_onImmediate"),
        Slot::Args => vm.key("_argv"),
        Slot::Destroyed => vm.key("_destroyed"),
        Slot::Refed => PropertyKey::Symbol(vm.realm.symbol_refed),
    }
}

/// The value of `slot` on immediate `o` (undefined if a script deleted it or made it
/// an accessor).
pub(crate) fn immediate_slot(vm: &mut Vm, o: ObjRef, slot: Slot) -> Value {
    let key = slot_key(vm, slot);
    match vm.peek_own_property(o, key).map(|p| p.slot) {
        Some(crate::runtime::object::Slot::Data(v)) => v,
        _ => Value::Undefined,
    }
}

pub(crate) fn set_immediate_slot(vm: &mut Vm, o: ObjRef, slot: Slot, value: Value) {
    let key = slot_key(vm, slot);
    vm.define_value(o, key, value, DEFAULT_ATTRS);
}

/// The own keys of a `Timeout`, in Node's order (see `set_timer`).
pub fn timeout_keys(vm: &mut Vm) -> Vec<PropertyKey> {
    vec![
        vm.key("_idleTimeout"),
        vm.key("_onTimeout"),
        vm.key("_timerArgs"),
        vm.key("_repeat"),
        vm.key("_destroyed"),
        PropertyKey::Symbol(vm.realm.symbol_refed),
    ]
}

/// The own keys of an `Immediate`, in Node's order (see `queue_immediate`).
pub fn immediate_keys(vm: &mut Vm) -> Vec<PropertyKey> {
    vec![
        slot_key(vm, Slot::Next),
        slot_key(vm, Slot::Prev),
        slot_key(vm, Slot::Callback),
        slot_key(vm, Slot::Args),
        slot_key(vm, Slot::Destroyed),
        slot_key(vm, Slot::Refed),
        PropertyKey::Symbol(vm.realm.symbol_async_id),
        PropertyKey::Symbol(vm.realm.symbol_trigger_id),
        PropertyKey::Symbol(vm.realm.symbol_async_context_frame),
    ]
}

/// `setImmediate(callback, ...args)`: queues the callback for the next check phase.
fn set_immediate(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(invalid_callback(vm, callback));
    }
    let extra = args.get(1..).unwrap_or(&[]);
    Ok(Value::Object(queue_immediate(vm, callback, extra)))
}

/// Makes an `Immediate` for `callback` and appends it to the loop's queue.
pub(crate) fn queue_immediate(vm: &mut Vm, callback: Value, args: &[Value]) -> ObjRef {
    let proto = vm.realm.immediate_prototype;
    let o = vm.alloc_object(Some(proto), ObjectKind::Ordinary);
    let argv = if args.is_empty() {
        Value::Undefined
    } else {
        Value::Object(vm.new_array(args.to_vec()))
    };
    let prev = vm.event_loop.immediates.back().copied();
    let async_id = vm.event_loop.new_async_id();
    let trigger_id = vm.event_loop.execution_async_id;
    let prev_value = prev.map_or(Value::Null, Value::Object);
    let props = [
        Value::Null,
        prev_value,
        callback,
        argv,
        Value::Bool(false),
        Value::Bool(true),
        Value::Number(async_id),
        Value::Number(trigger_id),
        Value::Undefined,
    ]
    .map(|v| Property::data(v, DEFAULT_ATTRS));
    vm.heap.obj_mut(o).props = vm.laid_out(Layout::Immediate, &props);
    if let Some(prev) = prev {
        set_immediate_slot(vm, prev, Slot::Next, Value::Object(o));
    }
    vm.event_loop.immediates.push_back(o);
    vm.event_loop.refed_immediates += 1;
    crate::runtime::trace::immediate_added(vm, o, callback);
    o
}

/// Marks immediate `o` as run or cleared (`_destroyed`), no longer keeping the loop
/// alive; false if it already was.
pub(crate) fn destroy_immediate(vm: &mut Vm, o: ObjRef) -> bool {
    if immediate_slot(vm, o, Slot::Destroyed) == Value::Bool(true) {
        return false;
    }
    set_immediate_slot(vm, o, Slot::Destroyed, Value::Bool(true));
    if immediate_slot(vm, o, Slot::Refed) == Value::Bool(true) {
        vm.event_loop.refed_immediates = vm.event_loop.refed_immediates.saturating_sub(1);
    }
    set_immediate_slot(vm, o, Slot::Refed, Value::Null);
    true
}

/// `clearImmediate(immediate)`: it will not run, and leaves the queue (Node's
/// linked-list `remove`, which relinks its neighbours).
fn clear_immediate(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = arg(args, 0) else {
        return Ok(Value::Undefined);
    };
    if vm.heap.obj(o).proto != Some(vm.realm.immediate_prototype) || !destroy_immediate(vm, o) {
        return Ok(Value::Undefined);
    }
    crate::runtime::trace::immediate_cleared(vm, o);
    set_immediate_slot(vm, o, Slot::Callback, Value::Undefined);
    set_immediate_slot(vm, o, Slot::Args, Value::Undefined);
    let (next, prev) = (
        immediate_slot(vm, o, Slot::Next),
        immediate_slot(vm, o, Slot::Prev),
    );
    if let Value::Object(n) = next {
        set_immediate_slot(vm, n, Slot::Prev, prev);
    }
    if let Value::Object(p) = prev {
        set_immediate_slot(vm, p, Slot::Next, next);
    }
    set_immediate_slot(vm, o, Slot::Next, Value::Null);
    set_immediate_slot(vm, o, Slot::Prev, Value::Null);
    vm.event_loop.immediates.retain(|&i| i != o);
    Ok(Value::Undefined)
}
