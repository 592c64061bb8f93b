//! The global objects, one file per global, installed in one ordered list.
//!
//! Every native has the signature of [`NativeFn`]: `fn(vm, this, args) -> JsResult<Value>`.
//! Helpers here read arguments and define methods so each file stays a table of
//! functions.

pub(crate) mod array;
mod bigint;
pub(crate) mod binary;
mod boolean;
pub(crate) mod console;
pub(crate) mod date;
mod error;
pub(crate) mod events;
pub(crate) mod function;
mod generator;
mod global;
pub(crate) mod iterator;
pub(crate) mod iterator_helpers;
pub(crate) mod json;
pub(crate) mod map_set;
pub(crate) mod math;
pub mod node;
mod number;
mod object;
pub(crate) mod process;
pub mod promise;
pub(crate) mod proxy;
mod reflect;
pub(crate) mod regexp;
mod string;
pub(crate) mod symbol;
pub(crate) mod timers;
pub(crate) mod weak_ref;
pub(crate) mod web;

use crate::runtime::object::{CONFIGURABLE, METHOD_ATTRS, NativeFn, PropertyKey};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::Vm;

/// Creates the intrinsics and the global object. Order matters: prototypes that other
/// built-ins refer to come first.
pub fn install(vm: &mut Vm) {
    // The two objects every other object and function refers to.
    let object_prototype = vm.alloc_object(None, ObjectKind::Ordinary);
    vm.realm.object_prototype = object_prototype;
    let function_prototype = vm.alloc_object(
        Some(object_prototype),
        ObjectKind::Native(crate::runtime::object::NativeFunction {
            call: |_, _, _| Ok(Value::Undefined),
            construct: None,
            captures: Vec::new(),
            name: vm.atoms.empty,
            hidden: false,
        }),
    );
    vm.realm.function_prototype = function_prototype;
    let global = vm.new_object();
    vm.realm.global = global;

    symbol::install_well_known(vm);
    object::install(vm);
    function::install(vm);
    iterator::install(vm);
    iterator_helpers::install(vm);
    generator::install(vm);
    array::install(vm);
    map_set::install(vm);
    weak_ref::install(vm);
    bigint::install(vm);
    binary::install(vm);
    string::install(vm);
    regexp::install(vm);
    number::install(vm);
    boolean::install(vm);
    date::install(vm);
    symbol::install(vm);
    error::install(vm);
    math::install(vm);
    json::install(vm);
    reflect::install(vm);
    proxy::install(vm);
    promise::install(vm);
    timers::install(vm);
    events::install(vm);
    process::install(vm);
    console::install(vm);
    global::install(vm);
    web::install(vm);
    generator::install_function_kinds(vm);
    crate::modules::esm::install_script_import(vm);
}

/// Argument `i`, or undefined.
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::Undefined)
}

/// Defines the built-in method `name` on `target` (writable, configurable, not
/// enumerable).
pub fn method(vm: &mut Vm, target: ObjRef, name: &str, length: u32, f: NativeFn) -> ObjRef {
    let func = vm.native_function(name, length, f);
    vm.define_named(target, name, Value::Object(func), METHOD_ATTRS);
    func
}

/// Leaves native `f` out of stack traces (see `NativeFunction::hidden`).
pub fn hide_from_stacks(vm: &mut Vm, f: ObjRef) {
    if let ObjectKind::Native(n) = &mut vm.heap.obj_mut(f).kind {
        n.hidden = true;
    }
}

/// Defines a method keyed by a symbol; its name is `[description]`.
pub fn symbol_method(
    vm: &mut Vm,
    target: ObjRef,
    key: crate::runtime::SymRef,
    name: &str,
    length: u32,
    f: NativeFn,
) -> ObjRef {
    let func = vm.native_function(name, length, f);
    vm.define_value(
        target,
        PropertyKey::Symbol(key),
        Value::Object(func),
        METHOD_ATTRS,
    );
    func
}

/// Defines a getter `name` on `target`.
pub fn getter(vm: &mut Vm, target: ObjRef, name: &str, f: NativeFn) -> ObjRef {
    let func = vm.native_function(&format!("get {name}"), 0, f);
    let key = vm.key(name);
    vm.define_accessor(target, key, Some(func), None, CONFIGURABLE);
    func
}

/// Creates a constructor `name` with `prototype`, links the two, and makes it a
/// global.
pub fn constructor(
    vm: &mut Vm,
    name: &str,
    length: u32,
    call: NativeFn,
    construct: Option<NativeFn>,
    prototype: ObjRef,
) -> ObjRef {
    let ctor = vm.native_function_with(name, length, call, construct, Vec::new());
    vm.define_named(ctor, "prototype", Value::Object(prototype), 0);
    vm.define_named(prototype, "constructor", Value::Object(ctor), METHOD_ATTRS);
    let global = vm.realm.global;
    vm.define_named(global, name, Value::Object(ctor), METHOD_ATTRS);
    ctor
}

/// The prototype of objects only the host makes (`Timeout`, `Immediate`, `process`):
/// inheriting from `parent`, with a constructor `name` that scripts cannot call.
pub fn host_class(vm: &mut Vm, name: &str, length: u32, parent: ObjRef) -> ObjRef {
    let proto = vm.alloc_object(Some(parent), ObjectKind::Ordinary);
    let ctor = vm.native_function(name, length, |vm, _, _| {
        Err(vm.type_error("Illegal constructor"))
    });
    vm.define_named(ctor, "prototype", Value::Object(proto), 0);
    vm.define_named(proto, "constructor", Value::Object(ctor), METHOD_ATTRS);
    proto
}
