//! Node's EventEmitter methods, on the prototype `process` inherits from: an emitter
//! keeps its listeners in its own `_events` object (null prototype; one event's
//! listeners are a function, or an array of them once there are several), so the
//! rules are Node's: listeners run in the order added, `emit` calls the listeners
//! present when it started (one removed or added meanwhile still runs, or does not,
//! for that emit), `once` wraps the listener in a function that removes itself first.

use super::{arg, method, timers::invalid_arg_type};
use crate::runtime::object::{DEFAULT_ATTRS, METHOD_ATTRS};
use crate::runtime::{ObjRef, ObjectKind, PropertyKey, Value};
use crate::vm::{JsResult, Vm};

/// How many listeners an emitter may have for one event before Node warns
/// (`EventEmitter.defaultMaxListeners`).
const DEFAULT_MAX_LISTENERS: f64 = 10.0;

/// Creates `EventEmitter.prototype` (the later `events` module's class reuses it).
pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.event_emitter_prototype = proto;
    vm.realm.error_monitor = new_symbol(vm, "events.errorMonitor", false);
    vm.realm.capture_rejections = new_symbol(vm, "kCapture", false);
    vm.realm.add_catch = new_symbol(vm, "addCatch", true);
    // The `events` module replaces this with its class; until then the prototype
    // reads as the object it inherits from would (and keeps Node's key order).
    let object = vm.get_named(Value::Object(object_prototype), "constructor");
    let object = object.unwrap_or(Value::Undefined);
    vm.define_named(proto, "constructor", object, METHOD_ATTRS);
    vm.define_named(proto, "_events", Value::Undefined, DEFAULT_ATTRS);
    vm.define_named(proto, "_eventsCount", Value::Number(0.0), DEFAULT_ATTRS);
    vm.define_named(proto, "_maxListeners", Value::Undefined, DEFAULT_ATTRS);
    method(vm, proto, "setMaxListeners", 1, set_max_listeners);
    method(vm, proto, "getMaxListeners", 0, get_max_listeners);
    method(vm, proto, "emit", 1, |vm, this, args| {
        let event = vm.to_property_key(arg(args, 0))?;
        let rest = args.get(1..).unwrap_or(&[]);
        match this {
            Value::Object(target) => emit_key(vm, target, event, rest).map(Value::Bool),
            // A primitive has no listeners (Node reads its `_events` as undefined).
            _ if event == vm.key("error") => Err(unhandled_error(vm, arg(rest, 0))),
            _ => Ok(Value::Bool(false)),
        }
    });
    // `on` and `off` are the very functions `addListener` and `removeListener` are.
    let add = method(vm, proto, "addListener", 2, |vm, this, args| {
        add_listener(vm, this, args, false, false)
    });
    vm.define_named(proto, "on", Value::Object(add), METHOD_ATTRS);
    method(vm, proto, "prependListener", 2, |vm, this, args| {
        add_listener(vm, this, args, true, false)
    });
    method(vm, proto, "once", 2, |vm, this, args| {
        add_listener(vm, this, args, false, true)
    });
    method(vm, proto, "prependOnceListener", 2, |vm, this, args| {
        add_listener(vm, this, args, true, true)
    });
    let remove = method(vm, proto, "removeListener", 2, remove_listener);
    vm.define_named(proto, "off", Value::Object(remove), METHOD_ATTRS);
    method(vm, proto, "removeAllListeners", 1, remove_all_listeners);
    method(vm, proto, "listeners", 1, |vm, this, args| {
        listeners_value(vm, this, args, true)
    });
    method(vm, proto, "rawListeners", 1, |vm, this, args| {
        listeners_value(vm, this, args, false)
    });
    method(vm, proto, "listenerCount", 1, |vm, this, args| {
        let target = this_emitter(vm, this)?;
        let event = vm.to_property_key(arg(args, 0))?;
        let list = listeners_of(vm, target, event)?;
        let wanted = arg(args, 1);
        let count = if wanted == Value::Undefined {
            list.len()
        } else {
            let mut n = 0;
            for l in list {
                if l == wanted || wrapped_listener(vm, l)? == wanted {
                    n += 1;
                }
            }
            n
        };
        Ok(Value::Number(count as f64))
    });
    method(vm, proto, "eventNames", 0, |vm, this, _| {
        let target = this_emitter(vm, this)?;
        let names = match events_object(vm, target, false)? {
            Some(events) => vm
                .own_keys(events)?
                .into_iter()
                .map(|k| vm.key_to_value(k))
                .collect(),
            None => Vec::new(),
        };
        Ok(Value::Object(vm.new_array(names)))
    });
}

/// A fresh symbol described as `description`.
fn new_symbol(vm: &mut Vm, description: &str, private: bool) -> crate::runtime::SymRef {
    let description = Some(vm.heap.alloc_str(description));
    vm.heap.alloc_symbol(crate::runtime::heap::Symbol {
        description,
        registered: false,
        private,
    })
}

/// Calls the listeners of `event` on `target` with `args`; false when there were none.
pub fn emit(vm: &mut Vm, target: ObjRef, event: &str, args: &[Value]) -> JsResult<bool> {
    let key = vm.key(event);
    emit_key(vm, target, key, args)
}

/// Adds the Rust `listener` for `event` (a listener Node itself installs).
pub fn add_native_listener(vm: &mut Vm, target: ObjRef, event: &str, listener: ObjRef) {
    let args = [
        Value::String(vm.heap.alloc_str(event)),
        Value::Object(listener),
    ];
    // The emitter is fresh and the listener a function: nothing here can throw.
    let _ = add_listener(vm, Value::Object(target), &args, false, false);
}

fn this_emitter(vm: &mut Vm, this: Value) -> JsResult<ObjRef> {
    match this {
        Value::Object(o) => Ok(o),
        _ => Err(vm.type_error("EventEmitter method called on a value that is not an object")),
    }
}

/// The emitter's `_events` object, made (with a null prototype) when `create` is set
/// and it has none.
fn events_object(vm: &mut Vm, target: ObjRef, create: bool) -> JsResult<Option<ObjRef>> {
    match vm.get_named(Value::Object(target), "_events")? {
        Value::Object(o) => Ok(Some(o)),
        _ if create => {
            let events = vm.alloc_object(None, ObjectKind::Ordinary);
            set_named(vm, target, "_events", Value::Object(events))?;
            set_named(vm, target, "_eventsCount", Value::Number(0.0))?;
            Ok(Some(events))
        }
        _ => Ok(None),
    }
}

fn set_named(vm: &mut Vm, target: ObjRef, name: &str, value: Value) -> JsResult<()> {
    let key = vm.key(name);
    vm.set(Value::Object(target), key, value, true)
}

/// The listeners of `event`, as stored (`once` wrappers included), in order: a copy,
/// so that changes during an emit do not affect it.
fn listeners_of(vm: &mut Vm, target: ObjRef, event: PropertyKey) -> JsResult<Vec<Value>> {
    let Some(events) = events_object(vm, target, false)? else {
        return Ok(Vec::new());
    };
    match vm.get(Value::Object(events), event)? {
        Value::Undefined => Ok(Vec::new()),
        f if vm.is_callable(f) => Ok(vec![f]),
        list => vm.array_like_to_vec(list),
    }
}

/// Stores `list` as the listeners of `event`, keeping `_eventsCount` in step.
fn store(vm: &mut Vm, target: ObjRef, event: PropertyKey, list: Vec<Value>) -> JsResult<()> {
    let Some(events) = events_object(vm, target, true)? else {
        return Ok(());
    };
    let had = vm.get(Value::Object(events), event)? != Value::Undefined;
    let count = vm.get_named(Value::Object(target), "_eventsCount")?;
    let count = vm.to_number(count)?;
    match list.as_slice() {
        [] => {
            vm.delete_property(events, event)?;
            if had {
                set_named(vm, target, "_eventsCount", Value::Number(count - 1.0))?;
            }
            return Ok(());
        }
        [only] => vm.set(Value::Object(events), event, *only, true)?,
        _ => {
            // The array is new each time; the warning mark stays with the event.
            let old = vm.get(Value::Object(events), event)?;
            let warned = match old {
                Value::Object(_) => vm.get_named(old, "warned")?,
                _ => Value::Undefined,
            };
            let array = vm.new_array(list);
            if warned == Value::Bool(true) {
                vm.define_named(array, "warned", warned, DEFAULT_ATTRS);
            }
            vm.set(Value::Object(events), event, Value::Object(array), true)?;
        }
    }
    if !had {
        set_named(vm, target, "_eventsCount", Value::Number(count + 1.0))?;
    }
    Ok(())
}

/// The function a `once` wrapper stands for (its `listener`), or undefined.
fn wrapped_listener(vm: &mut Vm, l: Value) -> JsResult<Value> {
    match l {
        Value::Object(_) => vm.get_named(l, "listener"),
        _ => Ok(Value::Undefined),
    }
}

fn emit_key(vm: &mut Vm, target: ObjRef, event: PropertyKey, args: &[Value]) -> JsResult<bool> {
    let is_error = event == vm.key("error");
    if is_error {
        // `errorMonitor` listeners see the error before the `'error'` listeners do.
        let monitor = PropertyKey::Symbol(vm.realm.error_monitor);
        if !listeners_of(vm, target, monitor)?.is_empty() {
            emit_key(vm, target, monitor, args)?;
        }
    }
    let list = listeners_of(vm, target, event)?;
    if list.is_empty() {
        if is_error {
            return Err(unhandled_error(vm, arg(args, 0)));
        }
        return Ok(false);
    }
    for listener in list {
        let result = vm.call(listener, Value::Object(target), args)?;
        if !matches!(result, Value::Undefined | Value::Null) {
            add_catch(vm, target, result, event, args)?;
        }
    }
    Ok(true)
}

/// With `captureRejections` on, a listener's returned promise that rejects becomes
/// an `'error'` event (or a call of `Symbol.for('nodejs.rejection')`): the `events`
/// module's `addCatch` does it.
fn add_catch(
    vm: &mut Vm,
    target: ObjRef,
    result: Value,
    event: PropertyKey,
    args: &[Value],
) -> JsResult<()> {
    let capture = PropertyKey::Symbol(vm.realm.capture_rejections);
    let flag = vm.get(Value::Object(target), capture)?;
    if !vm.to_boolean(flag) {
        return Ok(());
    }
    let proto = vm.realm.event_emitter_prototype;
    let key = PropertyKey::Private(vm.realm.add_catch);
    let hook = vm.get(Value::Object(proto), key)?;
    if !vm.is_callable(hook) {
        return Ok(());
    }
    let event = vm.key_to_value(event);
    let rest = Value::Object(vm.new_array(args.to_vec()));
    vm.call(hook, Value::Object(target), &[result, event, rest])?;
    Ok(())
}

/// What an `'error'` event nobody listens to throws: the error itself, or Node's
/// ERR_UNHANDLED_ERROR naming the value.
fn unhandled_error(vm: &mut Vm, error: Value) -> crate::vm::JsError {
    if let Value::Object(o) = error
        && matches!(vm.heap.obj(o).kind, ObjectKind::Error { .. })
    {
        return crate::vm::JsError::Thrown(error);
    }
    let shown = crate::runtime::inspect::inspect(vm, error, &Default::default());
    let message = format!("Unhandled error. ({shown})");
    let e = vm.new_error(crate::vm::ErrorKind::Error, &message);
    let code = Value::String(vm.heap.alloc_str("ERR_UNHANDLED_ERROR"));
    vm.define_named(e, "code", code, DEFAULT_ATTRS);
    vm.define_named(e, "context", error, DEFAULT_ATTRS);
    crate::vm::JsError::Thrown(Value::Object(e))
}

/// The emitter, event (as given and as a key) and listener function a method that
/// adds or removes a listener was called with.
fn listener_args(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
) -> JsResult<(ObjRef, Value, PropertyKey, Value)> {
    let target = this_emitter(vm, this)?;
    let event_value = arg(args, 0);
    let event = vm.to_property_key(event_value)?;
    let listener = arg(args, 1);
    if !vm.is_callable(listener) {
        return Err(invalid_arg_type(vm, "listener", "function", listener));
    }
    Ok((target, event_value, event, listener))
}

/// `on`/`addListener`, `prependListener`, `once`, `prependOnceListener`.
fn add_listener(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    prepend: bool,
    once: bool,
) -> JsResult<Value> {
    let (target, event_value, event, listener) = listener_args(vm, this, args)?;
    // Node announces a listener before adding it, to `'newListener'` listeners.
    let new_listener = vm.key("newListener");
    if !listeners_of(vm, target, new_listener)?.is_empty() {
        emit_key(vm, target, new_listener, &[event_value, listener])?;
    }
    let stored = if once {
        let wrapper = vm.native_function_with(
            "wrapper",
            0,
            once_wrapper,
            None,
            vec![
                Value::Object(target),
                event_value,
                listener,
                Value::Bool(false),
            ],
        );
        vm.define_named(wrapper, "listener", listener, DEFAULT_ATTRS);
        Value::Object(wrapper)
    } else {
        listener
    };
    let mut list = listeners_of(vm, target, event)?;
    if prepend {
        list.insert(0, stored);
    } else {
        list.push(stored);
    }
    let count = list.len();
    store(vm, target, event, list)?;
    warn_if_too_many(vm, target, event_value, event, count)?;
    Ok(this)
}

/// Node's MaxListenersExceededWarning, once per event and listener array: more than
/// `getMaxListeners()` listeners (when that is above 0) hints at a leak.
fn warn_if_too_many(
    vm: &mut Vm,
    target: ObjRef,
    event_value: Value,
    event: PropertyKey,
    count: usize,
) -> JsResult<()> {
    let max = get_max_listeners(vm, Value::Object(target), &[])?;
    let max = vm.to_number(max)?;
    if !(max > 0.0 && count as f64 > max) {
        return Ok(());
    }
    let Some(events) = events_object(vm, target, false)? else {
        return Ok(());
    };
    let list = vm.get(Value::Object(events), event)?;
    if vm.get_named(list, "warned")? == Value::Bool(true) {
        return Ok(());
    }
    set_named_on(vm, list, "warned", Value::Bool(true))?;
    let name = match event_value {
        Value::Symbol(s) => vm.symbol_descriptive_string(s),
        v => vm.to_rust_string(v)?,
    };
    let options = crate::runtime::inspect::InspectOptions {
        depth: Some(-1),
        ..Default::default()
    };
    let shown = crate::runtime::inspect::inspect(vm, Value::Object(target), &options);
    let max = crate::runtime::inspect::format_number(max);
    let message = format!(
        "Possible EventEmitter memory leak detected. {count} {name} listeners added to {shown}. \
         MaxListeners is {max}. Use emitter.setMaxListeners() to increase limit"
    );
    let warning = super::process::warning_object(vm, "MaxListenersExceededWarning", &message);
    vm.define_named(warning, "emitter", Value::Object(target), DEFAULT_ATTRS);
    vm.define_named(warning, "type", event_value, DEFAULT_ATTRS);
    vm.define_named(warning, "count", Value::Number(count as f64), DEFAULT_ATTRS);
    super::process::queue_warning(vm, warning);
    Ok(())
}

fn set_named_on(vm: &mut Vm, target: Value, name: &str, value: Value) -> JsResult<()> {
    let key = vm.key(name);
    vm.set(target, key, value, true)
}

/// The function `once` adds (Node's `wrapper`): marked fired, it removes itself, then
/// calls the listener.
fn once_wrapper(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let Some(f) = vm.running_native() else {
        return Ok(Value::Undefined);
    };
    let &[target, event, listener, fired] = vm.captures(f) else {
        return Ok(Value::Undefined);
    };
    if fired == Value::Bool(true) {
        return Ok(Value::Undefined);
    }
    if let ObjectKind::Native(n) = &mut vm.heap.obj_mut(f).kind {
        n.captures[3] = Value::Bool(true);
    }
    remove_listener(vm, target, &[event, Value::Object(f)])?;
    vm.call(listener, target, args)
}

/// `removeListener(event, listener)` / `off`: removes the last listener added that is
/// `listener` or wraps it.
fn remove_listener(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (target, event_value, event, listener) = listener_args(vm, this, args)?;
    let mut list = listeners_of(vm, target, event)?;
    let mut position = None;
    for (i, &l) in list.iter().enumerate().rev() {
        if l == listener || wrapped_listener(vm, l)? == listener {
            position = Some(i);
            break;
        }
    }
    let Some(i) = position else {
        return Ok(this);
    };
    let was_single = list.len() == 1;
    let removed = list.remove(i);
    store(vm, target, event, list)?;
    let remove_key = vm.key("removeListener");
    if !listeners_of(vm, target, remove_key)?.is_empty() {
        // Node announces the function a lone `once` wrapper stands for, but the
        // function as passed when it came out of a list of several.
        let original = match wrapped_listener(vm, removed)? {
            inner @ Value::Object(_) if was_single => inner,
            _ => listener,
        };
        emit_key(vm, target, remove_key, &[event_value, original])?;
    }
    Ok(this)
}

/// `removeAllListeners([event])`: with `'removeListener'` listeners, removes one at a
/// time (last added first) so they hear of each, and their own event last.
fn remove_all_listeners(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let target = this_emitter(vm, this)?;
    let Some(events) = events_object(vm, target, false)? else {
        return Ok(this);
    };
    let remove_key = vm.key("removeListener");
    let announced = !listeners_of(vm, target, remove_key)?.is_empty();
    let event_value = arg(args, 0);
    let keys = if event_value == Value::Undefined {
        let mut keys = vm.own_keys(events)?;
        // The `'removeListener'` listeners go last, after hearing of all the others.
        keys.sort_by_key(|&k| k == remove_key);
        keys
    } else {
        vec![vm.to_property_key(event_value)?]
    };
    for key in keys {
        if !announced {
            store(vm, target, key, Vec::new())?;
            continue;
        }
        let event = vm.key_to_value(key);
        for l in listeners_of(vm, target, key)?.into_iter().rev() {
            remove_listener(vm, this, &[event, l])?;
        }
    }
    Ok(this)
}

/// `listeners(event)` (the functions `once` wraps, unwrapped) and `rawListeners`.
fn listeners_value(vm: &mut Vm, this: Value, args: &[Value], unwrap: bool) -> JsResult<Value> {
    let target = this_emitter(vm, this)?;
    let event = vm.to_property_key(arg(args, 0))?;
    let mut list = listeners_of(vm, target, event)?;
    if unwrap {
        for l in &mut list {
            let inner = wrapped_listener(vm, *l)?;
            if inner != Value::Undefined {
                *l = inner;
            }
        }
    }
    Ok(Value::Object(vm.new_array(list)))
}

/// `setMaxListeners(n)`: the limit above which adding a listener warns.
fn set_max_listeners(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let target = this_emitter(vm, this)?;
    let n = arg(args, 0);
    let Value::Number(x) = n else {
        return Err(invalid_arg_type(vm, "setMaxListeners", "number", n));
    };
    if x.is_nan() || x < 0.0 {
        let shown = crate::runtime::inspect::format_number(x);
        let message = format!(
            "The value of \"setMaxListeners\" is out of range. It must be >= 0. Received {shown}"
        );
        return Err(super::node::error_with_code(
            vm,
            crate::vm::ErrorKind::RangeError,
            "ERR_OUT_OF_RANGE",
            &message,
        ));
    }
    set_named(vm, target, "_maxListeners", n)?;
    Ok(this)
}

fn get_max_listeners(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    match vm.get_named(this, "_maxListeners")? {
        Value::Undefined => default_max_listeners(vm),
        n => Ok(n),
    }
}

/// `EventEmitter.defaultMaxListeners`, which scripts may change once `events` is
/// loaded (the class is then the prototype's `constructor`).
fn default_max_listeners(vm: &mut Vm) -> JsResult<Value> {
    let proto = Value::Object(vm.realm.event_emitter_prototype);
    let class = vm.get_named(proto, "constructor")?;
    if vm.is_callable(class)
        && let n @ Value::Number(_) = vm.get_named(class, "defaultMaxListeners")?
    {
        return Ok(n);
    }
    Ok(Value::Number(DEFAULT_MAX_LISTENERS))
}
