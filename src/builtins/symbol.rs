//! `Symbol`: the constructor, `Symbol.for`/`keyFor`, the well-known symbols and
//! `Symbol.prototype`.

use super::{arg, constructor, getter, method};
use crate::runtime::heap::Symbol;
use crate::runtime::object::PropertyKey;
use crate::runtime::{ObjectKind, SymRef, Value};
use crate::vm::{JsResult, Vm};

/// Creates the well-known symbols before anything else refers to them.
/// A new unregistered symbol with `description` (the engine's own keys).
pub(crate) fn new_symbol(vm: &mut Vm, description: &str) -> SymRef {
    let d = vm.heap.alloc_str(description);
    vm.heap.alloc_symbol(Symbol {
        description: Some(d),
        registered: false,
        private: false,
    })
}

pub fn install_well_known(vm: &mut Vm) {
    let make = |vm: &mut Vm, name: &str| new_symbol(vm, &format!("Symbol.{name}"));
    vm.realm.symbol_iterator = make(vm, "iterator");
    vm.realm.symbol_async_iterator = make(vm, "asyncIterator");
    vm.realm.symbol_has_instance = make(vm, "hasInstance");
    vm.realm.symbol_to_primitive = make(vm, "toPrimitive");
    vm.realm.symbol_to_string_tag = make(vm, "toStringTag");
    vm.realm.symbol_is_concat_spreadable = make(vm, "isConcatSpreadable");
    vm.realm.symbol_species = make(vm, "species");
    vm.realm.symbol_unscopables = make(vm, "unscopables");
    vm.realm.symbol_match = make(vm, "match");
    vm.realm.symbol_match_all = make(vm, "matchAll");
    vm.realm.symbol_replace = make(vm, "replace");
    vm.realm.symbol_search = make(vm, "search");
    vm.realm.symbol_split = make(vm, "split");
}

pub fn install(vm: &mut Vm) {
    let proto = vm.new_object();
    vm.realm.symbol_prototype = proto;
    let ctor = constructor(vm, "Symbol", 0, symbol_call, Some(symbol_construct), proto);
    let r = &vm.realm;
    let well_known = [
        ("iterator", r.symbol_iterator),
        ("asyncIterator", r.symbol_async_iterator),
        ("hasInstance", r.symbol_has_instance),
        ("toPrimitive", r.symbol_to_primitive),
        ("toStringTag", r.symbol_to_string_tag),
        ("isConcatSpreadable", r.symbol_is_concat_spreadable),
        ("species", r.symbol_species),
        ("unscopables", r.symbol_unscopables),
        ("match", r.symbol_match),
        ("matchAll", r.symbol_match_all),
        ("replace", r.symbol_replace),
        ("search", r.symbol_search),
        ("split", r.symbol_split),
    ];
    for (name, sym) in well_known {
        vm.define_named(ctor, name, Value::Symbol(sym), 0);
    }
    method(vm, ctor, "for", 1, symbol_for);
    method(vm, ctor, "keyFor", 1, symbol_key_for);
    method(vm, proto, "toString", 0, to_string);
    method(vm, proto, "valueOf", 0, value_of);
    getter(vm, proto, "description", description);
    let tag = vm.heap.alloc_str("Symbol");
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(
        proto,
        key,
        Value::String(tag),
        crate::runtime::object::CONFIGURABLE,
    );
    let to_prim = vm.native_function("[Symbol.toPrimitive]", 1, value_of);
    let key = PropertyKey::Symbol(vm.realm.symbol_to_primitive);
    vm.define_value(
        proto,
        key,
        Value::Object(to_prim),
        crate::runtime::object::CONFIGURABLE,
    );
}

/// `Symbol(description)`.
fn symbol_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let d = arg(args, 0);
    let description = if d.is_undefined() {
        None
    } else {
        Some(vm.to_string(d)?)
    };
    Ok(Value::Symbol(vm.heap.alloc_symbol(Symbol {
        description,
        registered: false,
        private: false,
    })))
}

/// `new Symbol()` (and `super()` in a subclass): Symbol is a constructor only so that
/// it can be extended, and constructing always throws (20.4.1.1 step 1).
fn symbol_construct(vm: &mut Vm, _new_target: Value, _args: &[Value]) -> JsResult<Value> {
    Err(vm.type_error("Symbol is not a constructor"))
}

/// `Symbol.for(key)`: one symbol per key, shared across the realm.
fn symbol_for(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let key = vm.to_string(arg(args, 0))?;
    let text = vm.heap.to_rust_string(key);
    Ok(Value::Symbol(registered_symbol(vm, &text)))
}

/// The symbol `Symbol.for(text)` returns, made and registered on first use (Node's
/// own keys such as `nodejs.util.promisify.custom` are registered symbols).
pub(crate) fn registered_symbol(vm: &mut Vm, text: &str) -> crate::runtime::SymRef {
    if let Some(&s) = vm.symbol_registry.get(text) {
        return s;
    }
    let description = vm.heap.alloc_str(text);
    let s = vm.heap.alloc_symbol(Symbol {
        description: Some(description),
        registered: true,
        private: false,
    });
    vm.symbol_registry.insert(text.to_string(), s);
    s
}

fn symbol_key_for(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let Value::Symbol(s) = arg(args, 0) else {
        let shown = vm.describe_for_error(arg(args, 0));
        return Err(vm.type_error(format!("{shown} is not a symbol")));
    };
    let sym = vm.heap.symbol(s);
    Ok(match (sym.registered, sym.description) {
        (true, Some(d)) => Value::String(d),
        _ => Value::Undefined,
    })
}

/// thisSymbolValue
fn this_symbol(vm: &mut Vm, this: Value) -> JsResult<SymRef> {
    match this {
        Value::Symbol(s) => Ok(s),
        Value::Object(o) => match vm.heap.obj(o).kind {
            ObjectKind::Symbol(s) => Ok(s),
            _ => Err(vm.type_error("Symbol.prototype.valueOf requires that 'this' be a Symbol")),
        },
        _ => Err(vm.type_error("Symbol.prototype.valueOf requires that 'this' be a Symbol")),
    }
}

fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_symbol(vm, this)?;
    let text = vm.symbol_descriptive_string(s);
    Ok(Value::String(vm.heap.alloc_str(&text)))
}

fn value_of(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Symbol(this_symbol(vm, this)?))
}

fn description(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_symbol(vm, this)?;
    Ok(vm
        .heap
        .symbol(s)
        .description
        .map_or(Value::Undefined, Value::String))
}
