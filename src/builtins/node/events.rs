//! `node:events`: the EventEmitter class and its `once`/`on` helpers, written in
//! JavaScript (`events.js`) over the native listener methods of
//! `src/builtins/events.rs`, which `process` shares.

use super::load_source;
use crate::runtime::Value;
use crate::runtime::object::DEFAULT_ATTRS;
use crate::vm::{JsResult, Vm};

/// Builds `require('events')`: the EventEmitter constructor itself.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "events", include_str!("events.js"))
}

/// `require('internal/events')` inside the sources: the prototype the class adopts.
pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    let proto = Value::Object(vm.realm.event_emitter_prototype);
    vm.define_named(o, "prototype", proto, DEFAULT_ATTRS);
    let monitor = Value::Symbol(vm.realm.error_monitor);
    vm.define_named(o, "errorMonitor", monitor, DEFAULT_ATTRS);
    let capture = Value::Symbol(vm.realm.capture_rejections);
    vm.define_named(o, "kCapture", capture, DEFAULT_ATTRS);
    crate::builtins::method(vm, o, "setAddCatch", 1, |vm, _, args| {
        let proto = vm.realm.event_emitter_prototype;
        let key = crate::runtime::PropertyKey::Private(vm.realm.add_catch);
        let hook = crate::builtins::arg(args, 0);
        let attrs = crate::runtime::object::WRITABLE;
        vm.heap
            .obj_mut(proto)
            .props
            .insert(key, crate::runtime::object::Property::data(hook, attrs));
        Ok(Value::Undefined)
    });
    Ok(Value::Object(o))
}
