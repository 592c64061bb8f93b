//! `Object` and `Object.prototype`.

use super::proxy::trap_returned_falsish;
use super::{arg, constructor, method};
use crate::runtime::object::{CONFIGURABLE, Property, PropertyKey, Slot};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{Descriptor, JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.object_prototype;
    let ctor = constructor(vm, "Object", 1, object_call, Some(object_construct), proto);
    method(vm, ctor, "assign", 2, assign);
    method(
        vm,
        ctor,
        "getOwnPropertyDescriptor",
        2,
        get_own_property_descriptor,
    );
    method(
        vm,
        ctor,
        "getOwnPropertyDescriptors",
        1,
        get_own_property_descriptors,
    );
    method(vm, ctor, "getOwnPropertyNames", 1, get_own_property_names);
    method(
        vm,
        ctor,
        "getOwnPropertySymbols",
        1,
        get_own_property_symbols,
    );
    method(vm, ctor, "hasOwn", 2, has_own);
    method(vm, ctor, "is", 2, |vm, _, args| {
        Ok(Value::Bool(vm.same_value(arg(args, 0), arg(args, 1))))
    });
    method(vm, ctor, "preventExtensions", 1, prevent_extensions);
    method(vm, ctor, "seal", 1, seal);
    method(vm, ctor, "create", 2, create);
    method(vm, ctor, "defineProperties", 2, define_properties);
    method(vm, ctor, "defineProperty", 3, define_property);
    method(vm, ctor, "freeze", 1, freeze);
    method(vm, ctor, "getPrototypeOf", 1, get_prototype_of);
    method(vm, ctor, "setPrototypeOf", 2, set_prototype_of);
    method(vm, ctor, "isExtensible", 1, is_extensible);
    method(vm, ctor, "isFrozen", 1, is_frozen);
    method(vm, ctor, "isSealed", 1, is_sealed);
    method(vm, ctor, "keys", 1, keys);
    method(vm, ctor, "entries", 1, entries);
    method(vm, ctor, "fromEntries", 1, from_entries);
    method(vm, ctor, "values", 1, values);
    method(vm, ctor, "groupBy", 2, group_by);

    method(vm, proto, "__defineGetter__", 2, define_getter);
    method(vm, proto, "__defineSetter__", 2, define_setter);
    method(vm, proto, "hasOwnProperty", 1, has_own_property);
    method(vm, proto, "__lookupGetter__", 1, lookup_getter);
    method(vm, proto, "__lookupSetter__", 1, lookup_setter);
    method(vm, proto, "isPrototypeOf", 1, is_prototype_of);
    method(vm, proto, "propertyIsEnumerable", 1, property_is_enumerable);
    method(vm, proto, "toString", 0, to_string);
    method(vm, proto, "valueOf", 0, |vm, this, _| {
        Ok(Value::Object(vm.to_object(this)?))
    });
    let get = vm.native_function("get __proto__", 0, proto_getter);
    let set = vm.native_function("set __proto__", 1, proto_setter);
    let key = vm.key("__proto__");
    vm.define_accessor(proto, key, Some(get), Some(set), CONFIGURABLE);
    method(vm, proto, "toLocaleString", 0, to_locale_string);
}

fn object_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(Value::Object(vm.new_object()));
    }
    Ok(Value::Object(vm.to_object(v)?))
}

fn object_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    // 1. A subclass (`class A extends Object`) gets an ordinary object from its
    // prototype; `new Object(v)` itself (whose prototype is %Object.prototype%)
    // converts `v`.
    let proto = vm.prototype_from_constructor(new_target, |r| r.object_prototype)?;
    if proto != vm.realm.object_prototype {
        return Ok(Value::Object(
            vm.alloc_object(Some(proto), ObjectKind::Ordinary),
        ));
    }
    object_call(vm, Value::Undefined, args)
}

/// The object argument methods like `Object.defineProperty` require.
fn require_object(vm: &mut Vm, v: Value, what: &str) -> JsResult<ObjRef> {
    match v {
        Value::Object(o) => Ok(o),
        _ => Err(vm.type_error(format!("{what} called on non-object"))),
    }
}

/// How V8 shows a value in descriptor and prototype messages: `#<Object>` for objects,
/// the string itself for strings.
fn show(vm: &mut Vm, v: Value) -> String {
    match v {
        Value::Object(o) => vm.describe_object(o),
        Value::String(s) => vm.heap.to_rust_string(s),
        Value::Symbol(s) => vm.symbol_descriptive_string(s),
        _ => vm.to_rust_string(v).unwrap_or_default(),
    }
}

/// ToPropertyDescriptor
pub fn to_property_descriptor(vm: &mut Vm, v: Value) -> JsResult<Descriptor> {
    // 1. If Obj is not an Object, throw a TypeError exception.
    let Value::Object(o) = v else {
        let shown = show(vm, v);
        return Err(vm.type_error(format!("Property description must be an object: {shown}")));
    };
    let mut desc = Descriptor::default();
    // 3-14. Each field in spec order: enumerable, configurable, value, writable, get,
    // set.
    for (name, field) in [
        ("enumerable", 0),
        ("configurable", 1),
        ("value", 2),
        ("writable", 3),
        ("get", 4),
        ("set", 5),
    ] {
        let key = vm.key(name);
        if !vm.has_property(o, key)? {
            continue;
        }
        let x = vm.get(v, key)?;
        match field {
            0 => desc.enumerable = Some(vm.to_boolean(x)),
            1 => desc.configurable = Some(vm.to_boolean(x)),
            2 => desc.value = Some(x),
            3 => desc.writable = Some(vm.to_boolean(x)),
            _ => {
                let f = match x {
                    Value::Undefined => None,
                    Value::Object(f) if vm.is_callable(x) => Some(f),
                    _ => {
                        let shown = show(vm, x);
                        let which = if field == 4 { "Getter" } else { "Setter" };
                        return Err(vm.type_error(format!("{which} must be a function: {shown}")));
                    }
                };
                if field == 4 {
                    desc.get = Some(f);
                } else {
                    desc.set = Some(f);
                }
            }
        }
    }
    // 15. Accessor and data fields together are an error.
    if (desc.get.is_some() || desc.set.is_some())
        && (desc.value.is_some() || desc.writable.is_some())
    {
        let shown = show(vm, v);
        return Err(vm.type_error(format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {shown}"
        )));
    }
    Ok(desc)
}

/// FromPropertyDescriptor of an existing property.
pub fn from_property_descriptor(vm: &mut Vm, p: Option<Property>) -> JsResult<Value> {
    match p {
        Some(p) => from_descriptor(vm, &Descriptor::from_property(p)),
        None => Ok(Value::Undefined),
    }
}

/// FromPropertyDescriptor: an object with the fields present, in the spec's order.
pub fn from_descriptor(vm: &mut Vm, desc: &Descriptor) -> JsResult<Value> {
    let o = vm.new_object();
    let fn_value = |f: Option<ObjRef>| f.map_or(Value::Undefined, Value::Object);
    let fields = [
        ("value", desc.value),
        ("writable", desc.writable.map(Value::Bool)),
        ("get", desc.get.map(fn_value)),
        ("set", desc.set.map(fn_value)),
        ("enumerable", desc.enumerable.map(Value::Bool)),
        ("configurable", desc.configurable.map(Value::Bool)),
    ];
    for (name, v) in fields {
        if let Some(v) = v {
            let k = vm.key(name);
            vm.create_data_property(o, k, v)?;
        }
    }
    Ok(Value::Object(o))
}

/// DefinePropertyOrThrow with V8's messages.
fn define_or_throw(vm: &mut Vm, o: ObjRef, key: PropertyKey, desc: Descriptor) -> JsResult<()> {
    if vm.define_own_property(o, key, desc)? {
        return Ok(());
    }
    let Some(o) = vm.refusing_object(o) else {
        return Err(trap_returned_falsish(vm, "defineProperty", Some(key)));
    };
    if let Some(error) = vm.array_length_stopped(o, key) {
        return Err(error);
    }
    if crate::builtins::binary::typed_array::is_invalid_index_key(vm, o, key) {
        return Err(vm.type_error("Invalid typed array index"));
    }
    let name = vm.key_text(key);
    if vm.peek_own_property(o, key).is_none() && !vm.heap.obj(o).extensible {
        return Err(vm.type_error(format!(
            "Cannot define property {name}, object is not extensible"
        )));
    }
    Err(vm.type_error(format!("Cannot redefine property: {name}")))
}

fn define_property(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = require_object(vm, arg(args, 0), "Object.defineProperty")?;
    let key = vm.to_property_key(arg(args, 1))?;
    let desc = to_property_descriptor(vm, arg(args, 2))?;
    define_or_throw(vm, o, key, desc)?;
    Ok(Value::Object(o))
}

/// ObjectDefineProperties: all descriptors are read before any is applied.
fn object_define_properties(vm: &mut Vm, o: ObjRef, properties: Value) -> JsResult<()> {
    let props = vm.to_object(properties)?;
    let mut descriptors = Vec::new();
    for key in vm.own_keys(props)? {
        if vm
            .get_own_property(props, key)?
            .is_some_and(|p| p.enumerable())
        {
            let desc_obj = vm.get(Value::Object(props), key)?;
            descriptors.push((key, to_property_descriptor(vm, desc_obj)?));
        }
    }
    for (key, desc) in descriptors {
        define_or_throw(vm, o, key, desc)?;
    }
    Ok(())
}

fn define_properties(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = require_object(vm, arg(args, 0), "Object.defineProperties")?;
    object_define_properties(vm, o, arg(args, 1))?;
    Ok(Value::Object(o))
}

fn create(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        v => {
            let shown = show(vm, v);
            return Err(vm.type_error(format!(
                "Object prototype may only be an Object or null: {shown}"
            )));
        }
    };
    let o = vm.alloc_object(proto, ObjectKind::Ordinary);
    let props = arg(args, 1);
    if !matches!(props, Value::Undefined) {
        object_define_properties(vm, o, props)?;
    }
    Ok(Value::Object(o))
}

fn assign(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let to = vm.to_object(arg(args, 0))?;
    for &source in args.iter().skip(1) {
        if source.is_nullish() {
            continue;
        }
        let from = vm.to_object(source)?;
        for key in vm.own_keys(from)? {
            if vm
                .get_own_property(from, key)?
                .is_some_and(|p| p.enumerable())
            {
                let v = vm.get(Value::Object(from), key)?;
                vm.set(Value::Object(to), key, v, true)?;
            }
        }
    }
    Ok(Value::Object(to))
}

fn get_own_property_descriptor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let key = vm.to_property_key(arg(args, 1))?;
    let p = vm.get_own_property(o, key)?;
    from_property_descriptor(vm, p)
}

fn get_own_property_descriptors(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let out = vm.new_object();
    for key in vm.own_keys(o)? {
        let p = vm.get_own_property(o, key)?;
        let d = from_property_descriptor(vm, p)?;
        if !matches!(d, Value::Undefined) {
            vm.create_data_property(out, key, d)?;
        }
    }
    Ok(Value::Object(out))
}

/// The own keys of `o` of one kind (strings or symbols) as values.
fn own_keys_of(vm: &mut Vm, v: Value, symbols: bool) -> JsResult<Value> {
    let o = vm.to_object(v)?;
    let keys: Vec<Value> = vm
        .own_keys(o)?
        .into_iter()
        .filter(|k| matches!(k, PropertyKey::Symbol(_)) == symbols)
        .map(|k| vm.key_to_value(k))
        .collect();
    Ok(Value::Object(vm.new_array(keys)))
}

fn get_own_property_names(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    own_keys_of(vm, arg(args, 0), false)
}

fn get_own_property_symbols(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    own_keys_of(vm, arg(args, 0), true)
}

fn has_own(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let key = vm.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(vm.get_own_property(o, key)?.is_some()))
}

fn prevent_extensions(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Value::Object(o) = v
        && !vm.prevent_extensions(o)?
    {
        return Err(trap_returned_falsish(vm, "preventExtensions", None));
    }
    Ok(v)
}

/// SetIntegrityLevel (7.3.15): `frozen` also makes data properties read-only.
fn set_integrity_level(vm: &mut Vm, o: ObjRef, frozen: bool) -> JsResult<()> {
    // 3-4. PreventExtensions first; a refusal throws.
    if !vm.prevent_extensions(o)? {
        return Err(trap_returned_falsish(vm, "preventExtensions", None));
    }
    // V8 names the reason a typed array's elements refuse (they can be neither
    // read-only nor non-configurable).
    if crate::builtins::binary::typed_array_length(vm, o).is_some_and(|len| len > 0) {
        let verb = if frozen { "freeze" } else { "seal" };
        return Err(vm.type_error(format!("Cannot {verb} array buffer views with elements")));
    }
    let keys = vm.own_keys(o)?;
    for key in keys {
        let desc = if frozen {
            match vm.get_own_property(o, key)? {
                Some(p) => Descriptor::freezing(p),
                None => continue,
            }
        } else {
            Descriptor {
                configurable: Some(false),
                ..Descriptor::default()
            }
        };
        define_or_throw(vm, o, key, desc)?;
    }
    Ok(())
}

/// TestIntegrityLevel (7.3.16)
fn test_integrity_level(vm: &mut Vm, v: Value, frozen: bool) -> JsResult<Value> {
    let Value::Object(o) = v else {
        return Ok(Value::Bool(true));
    };
    if vm.is_extensible(o)? {
        return Ok(Value::Bool(false));
    }
    for key in vm.own_keys(o)? {
        if let Some(p) = vm.get_own_property(o, key)?
            && (p.configurable() || (frozen && matches!(p.slot, Slot::Data(_)) && p.writable()))
        {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn seal(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Value::Object(o) = v {
        set_integrity_level(vm, o, false)?;
    }
    Ok(v)
}

fn freeze(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Value::Object(o) = v {
        set_integrity_level(vm, o, true)?;
    }
    Ok(v)
}

fn is_frozen(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    test_integrity_level(vm, arg(args, 0), true)
}

fn is_sealed(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    test_integrity_level(vm, arg(args, 0), false)
}

fn is_extensible(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Object(o) => vm.is_extensible(o)?,
        _ => false,
    }))
}

fn get_prototype_of(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    Ok(vm.get_prototype_of(o)?.map_or(Value::Null, Value::Object))
}

/// [[SetPrototypeOf]] with V8's errors for the cases it returns false.
fn set_proto_or_throw(vm: &mut Vm, o: ObjRef, proto: Option<ObjRef>) -> JsResult<()> {
    if o == vm.realm.object_prototype && vm.heap.obj(o).proto != proto {
        return Err(vm.type_error(
            "Immutable prototype object 'Object.prototype' cannot have their prototype set",
        ));
    }
    if vm.set_prototype_of(o, proto)? {
        return Ok(());
    }
    // V8 names no property here but words it as if it did.
    let Some(o) = vm.refusing_object(o) else {
        return Err(vm.type_error(
            "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'",
        ));
    };
    if !vm.heap.obj(o).extensible {
        // V8 shows functions by their source and arrays as `[object Array]` here.
        let shown = if vm.heap.obj(o).is_callable() {
            let text = super::function::to_string(vm, Value::Object(o), &[])?;
            vm.to_rust_string(text)?
        } else if vm.heap.obj(o).is_array() {
            "[object Array]".to_string()
        } else {
            vm.describe_object(o)
        };
        return Err(vm.type_error(format!("{shown} is not extensible")));
    }
    Err(vm.type_error("Cyclic __proto__ value"))
}

fn set_prototype_of(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Err(vm.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        p => {
            let shown = show(vm, p);
            return Err(vm.type_error(format!(
                "Object prototype may only be an Object or null: {shown}"
            )));
        }
    };
    if let Value::Object(o) = v {
        set_proto_or_throw(vm, o, proto)?;
    }
    Ok(v)
}

/// EnumerableOwnProperties: keys, values or entries.
fn enumerable_own(vm: &mut Vm, v: Value, kind: u8) -> JsResult<Value> {
    let o = vm.to_object(v)?;
    let mut out = Vec::new();
    for k in vm.own_keys(o)? {
        if matches!(k, PropertyKey::Symbol(_)) {
            continue;
        }
        if !vm.get_own_property(o, k)?.is_some_and(|p| p.enumerable()) {
            continue;
        }
        let key = vm.key_to_value(k);
        match kind {
            0 => out.push(key),
            _ => {
                let value = vm.get(Value::Object(o), k)?;
                if kind == 1 {
                    out.push(value);
                } else {
                    let pair = vm.new_array(vec![key, value]);
                    out.push(Value::Object(pair));
                }
            }
        }
    }
    Ok(Value::Object(vm.new_array(out)))
}

fn keys(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    enumerable_own(vm, arg(args, 0), 0)
}

fn values(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    enumerable_own(vm, arg(args, 0), 1)
}

fn entries(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    enumerable_own(vm, arg(args, 0), 2)
}

fn from_entries(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let iterable = arg(args, 0);
    // V8 throws its "not iterable" error without naming the value here.
    if iterable.is_nullish() {
        return Err(vm.type_error("undefined is not iterable"));
    }
    let out = vm.new_object();
    let (iter, next) = vm.get_iterator(iterable)?;
    while let Some(entry) = vm.iterator_step(iter, next)? {
        let result = (|| {
            if !matches!(entry, Value::Object(_)) {
                let shown = show(vm, entry);
                return Err(vm.type_error(format!("Iterator value {shown} is not an entry object")));
            }
            let k = vm.get(entry, PropertyKey::Index(0))?;
            let v = vm.get(entry, PropertyKey::Index(1))?;
            let key = vm.to_property_key(k)?;
            vm.create_data_property(out, key, v)
        })();
        if let Err(e) = result {
            let _ = vm.iterator_close(iter);
            return Err(e);
        }
    }
    Ok(Value::Object(out))
}

fn group_by(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let items = arg(args, 0);
    let callback = arg(args, 1);
    // 1. RequireObjectCoercible(items).
    if items.is_nullish() {
        return Err(vm.type_error("Object.groupBy called on null or undefined"));
    }
    // 2. If IsCallable(callbackfn) is false, throw a TypeError exception.
    if !vm.is_callable(callback) {
        let shown = show(vm, callback);
        return Err(vm.type_error(format!("{shown} is not a function")));
    }
    let mut groups: Vec<(PropertyKey, Vec<Value>)> = Vec::new();
    let (iter, next) = vm.get_iterator(items)?;
    let mut k = 0u64;
    while let Some(value) = vm.iterator_step(iter, next)? {
        let key = match vm
            .call(
                callback,
                Value::Undefined,
                &[value, Value::Number(k as f64)],
            )
            .and_then(|key| vm.to_property_key(key))
        {
            Ok(key) => key,
            Err(e) => {
                let _ = vm.iterator_close(iter);
                return Err(e);
            }
        };
        match groups.iter_mut().find(|(g, _)| *g == key) {
            Some((_, list)) => list.push(value),
            None => groups.push((key, vec![value])),
        }
        k += 1;
    }
    let out = vm.alloc_object(None, ObjectKind::Ordinary);
    for (key, list) in groups {
        let arr = vm.new_array(list);
        vm.create_data_property(out, key, Value::Object(arr))?;
    }
    Ok(Value::Object(out))
}

fn has_own_property(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let key = vm.to_property_key(arg(args, 0))?;
    let o = vm.to_object(this)?;
    Ok(Value::Bool(vm.get_own_property(o, key)?.is_some()))
}

fn is_prototype_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let Value::Object(mut v) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    let o = vm.to_object(this)?;
    while let Some(p) = vm.get_prototype_of(v)? {
        if p == o {
            return Ok(Value::Bool(true));
        }
        v = p;
    }
    Ok(Value::Bool(false))
}

fn property_is_enumerable(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let key = vm.to_property_key(arg(args, 0))?;
    let o = vm.to_object(this)?;
    Ok(Value::Bool(
        vm.get_own_property(o, key)?.is_some_and(|p| p.enumerable()),
    ))
}

fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(vm.type_error("Object.prototype.toLocaleString called on null or undefined"));
    }
    let f = vm.get_named(this, "toString")?;
    if !vm.is_callable(f) {
        return Err(vm.not_a_function(f));
    }
    vm.call(f, this, &[])
}

fn proto_getter(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    Ok(vm.get_prototype_of(o)?.map_or(Value::Null, Value::Object))
}

fn proto_setter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(vm.type_error("set Object.prototype.__proto__ called on null or undefined"));
    }
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Ok(Value::Undefined),
    };
    if let Value::Object(o) = this {
        set_proto_or_throw(vm, o, proto)?;
    }
    Ok(Value::Undefined)
}

/// `__defineGetter__` / `__defineSetter__`
fn define_accessor_legacy(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    getter: bool,
) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let f = arg(args, 1);
    let Value::Object(fo) = f else {
        let which = if getter {
            "__defineGetter__"
        } else {
            "__defineSetter__"
        };
        return Err(vm.type_error(format!("Object.prototype.{which}: Expecting function")));
    };
    if !vm.is_callable(f) {
        let which = if getter {
            "__defineGetter__"
        } else {
            "__defineSetter__"
        };
        return Err(vm.type_error(format!("Object.prototype.{which}: Expecting function")));
    }
    let key = vm.to_property_key(arg(args, 0))?;
    let mut desc = Descriptor {
        enumerable: Some(true),
        configurable: Some(true),
        ..Descriptor::default()
    };
    if getter {
        desc.get = Some(Some(fo));
    } else {
        desc.set = Some(Some(fo));
    }
    define_or_throw(vm, o, key, desc)?;
    Ok(Value::Undefined)
}

fn define_getter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    define_accessor_legacy(vm, this, args, true)
}

fn define_setter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    define_accessor_legacy(vm, this, args, false)
}

/// `__lookupGetter__` / `__lookupSetter__`: the accessor found first on the chain.
fn lookup_accessor(vm: &mut Vm, this: Value, args: &[Value], getter: bool) -> JsResult<Value> {
    let mut o = vm.to_object(this)?;
    let key = vm.to_property_key(arg(args, 0))?;
    loop {
        if let Some(p) = vm.get_own_property(o, key)? {
            return Ok(match p.slot {
                Slot::Accessor { get, set } => {
                    let f = if getter { get } else { set };
                    f.map_or(Value::Undefined, Value::Object)
                }
                Slot::Data(_) => Value::Undefined,
            });
        }
        match vm.get_prototype_of(o)? {
            Some(p) => o = p,
            None => return Ok(Value::Undefined),
        }
    }
}

fn lookup_getter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    lookup_accessor(vm, this, args, true)
}

fn lookup_setter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    lookup_accessor(vm, this, args, false)
}

/// `Object.prototype.toString`: `[object Tag]`.
pub(crate) fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let tag = match this {
        Value::Undefined => "Undefined".to_string(),
        Value::Null => "Null".to_string(),
        _ => {
            let o = vm.to_object(this)?;
            // 4-14. The builtin tag: IsArray sees through proxies (V8 names this
            // operation when the proxy is revoked), a callable proxy is a Function.
            let is_array = match vm.is_array(Value::Object(o)) {
                Ok(a) => a,
                Err(_) => return Err(vm.proxy_revoked("Object.prototype.toString")),
            };
            let builtin = match &vm.heap.obj(o).kind {
                _ if is_array => "Array",
                _ if vm.heap.obj(o).is_callable() => "Function",
                ObjectKind::Error { .. } => "Error",
                ObjectKind::Boolean(_) => "Boolean",
                ObjectKind::Number(_) => "Number",
                ObjectKind::String(_) => "String",
                ObjectKind::Arguments(_) => "Arguments",
                ObjectKind::RegExp { .. } => "RegExp",
                ObjectKind::Date(_) => "Date",
                _ => "Object",
            };
            let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
            match vm.get(Value::Object(o), key)? {
                Value::String(s) => vm.heap.to_rust_string(s),
                _ => builtin.to_string(),
            }
        }
    };
    Ok(Value::String(vm.heap.alloc_str(&format!("[object {tag}]"))))
}
