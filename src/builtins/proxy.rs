//! `Proxy`: the constructor, `Proxy.revocable`, and the internal methods of proxy
//! exotic objects (ECMA-262 10.5), each of which calls its handler's trap and checks
//! the trap's answer against the target's invariants, with V8's messages.

use super::object::{from_descriptor, to_property_descriptor};
use super::{arg, method};
use crate::runtime::object::{METHOD_ATTRS, Property, PropertyKey, ProxyData, Slot};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{Descriptor, InternalMethods, JsResult, Vm};

/// The internal methods of proxies; see `vm/property.rs` for how they are dispatched.
pub const PROXY: InternalMethods = InternalMethods {
    get_prototype_of: |vm, o| nested(vm, |vm| get_prototype_of(vm, o)),
    set_prototype_of: |vm, o, proto| nested(vm, |vm| set_prototype_of(vm, o, proto)),
    is_extensible: |vm, o| nested(vm, |vm| is_extensible(vm, o)),
    prevent_extensions: |vm, o| nested(vm, |vm| prevent_extensions(vm, o)),
    get_own_property: |vm, o, key| nested(vm, |vm| get_own_property(vm, o, key)),
    define_own_property: |vm, o, key, desc| nested(vm, |vm| define_own_property(vm, o, key, desc)),
    has_property: Some(|vm, o, key| nested(vm, |vm| has_property(vm, o, key))),
    get: Some(|vm, o, key, receiver| nested(vm, |vm| get(vm, o, key, receiver))),
    set: Some(|vm, o, key, value, receiver| nested(vm, |vm| set(vm, o, key, value, receiver))),
    delete: |vm, o, key| nested(vm, |vm| delete(vm, o, key)),
    own_property_keys: |vm, o| nested(vm, |vm| own_property_keys(vm, o)),
};

/// The most proxy internal methods running inside one another. A proxy without a trap
/// forwards to its target, which may be a proxy: a long chain of them recurses in Rust.
/// Node reaches about 7,500 levels in a [[Get]] before its stack overflows.
const MAX_PROXY_DEPTH: u32 = 7_000;

/// Runs one proxy internal method, counting the nesting: past `MAX_PROXY_DEPTH` it is
/// V8's stack overflow RangeError.
fn nested<T>(vm: &mut Vm, method: impl FnOnce(&mut Vm) -> JsResult<T>) -> JsResult<T> {
    if vm.proxy_depth >= MAX_PROXY_DEPTH {
        return Err(vm.range_error("Maximum call stack size exceeded"));
    }
    vm.proxy_depth += 1;
    let result = method(vm);
    vm.proxy_depth -= 1;
    result
}

pub fn install(vm: &mut Vm) {
    // `Proxy` has no `prototype`: proxies take none from it.
    let ctor = vm.native_function_with("Proxy", 2, proxy_call, Some(proxy_construct), Vec::new());
    method(vm, ctor, "revocable", 2, revocable);
    let global = vm.realm.global;
    vm.define_named(global, "Proxy", Value::Object(ctor), METHOD_ATTRS);
}

fn proxy_call(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(vm.type_error("Constructor Proxy requires 'new'"))
}

/// `new Proxy(target, handler)`
fn proxy_construct(vm: &mut Vm, _new_target: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Object(proxy_create(vm, arg(args, 0), arg(args, 1))?))
}

/// ProxyCreate (10.5.14): callable and constructable as its target is.
fn proxy_create(vm: &mut Vm, target: Value, handler: Value) -> JsResult<ObjRef> {
    let (Value::Object(t), Value::Object(h)) = (target, handler) else {
        return Err(vm.type_error("Cannot create proxy with a non-object as target or handler"));
    };
    let data = ProxyData {
        target: Some(t),
        handler: Some(h),
        callable: vm.is_callable(target),
        constructor: vm.is_constructor(target),
    };
    Ok(vm.alloc_object(None, ObjectKind::Proxy(data)))
}

/// `Proxy.revocable(target, handler)`: `{ proxy, revoke }`.
fn revocable(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let proxy = proxy_create(vm, arg(args, 0), arg(args, 1))?;
    let revoke = vm.native_function_with("", 0, revoke, None, vec![Value::Object(proxy)]);
    let result = vm.new_object();
    let key = vm.key("proxy");
    vm.create_data_property(result, key, Value::Object(proxy))?;
    let key = vm.key("revoke");
    vm.create_data_property(result, key, Value::Object(revoke))?;
    Ok(Value::Object(result))
}

/// A revocation function (10.5.15.1): the first call revokes its proxy, later calls do
/// nothing.
fn revoke(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let Some(f) = vm.running_native() else {
        return Ok(Value::Undefined);
    };
    let Some(&Value::Object(p)) = vm.captures(f).first() else {
        return Ok(Value::Undefined);
    };
    if let ObjectKind::Native(n) = &mut vm.heap.obj_mut(f).kind {
        n.captures.clear();
    }
    if let ObjectKind::Proxy(data) = &mut vm.heap.obj_mut(p).kind {
        data.target = None;
        data.handler = None;
    }
    Ok(Value::Undefined)
}

/// The target and handler of proxy `o`, or V8's error for a revoked proxy naming
/// `operation`.
fn parts(vm: &mut Vm, o: ObjRef, operation: &str) -> JsResult<(ObjRef, ObjRef)> {
    match &vm.heap.obj(o).kind {
        ObjectKind::Proxy(ProxyData {
            target: Some(t),
            handler: Some(h),
            ..
        }) => Ok((*t, *h)),
        _ => Err(vm.proxy_revoked(operation)),
    }
}

/// The target and the trap `name` of proxy `o` (GetMethod(handler, name)): `None`
/// when the handler has no such trap.
fn trap(vm: &mut Vm, o: ObjRef, name: &str) -> JsResult<(ObjRef, ObjRef, Option<Value>)> {
    let (target, handler) = parts(vm, o, name)?;
    vm.proxy_refused = false;
    let key = vm.key(name);
    let f = vm.get(Value::Object(handler), key)?;
    if f.is_nullish() {
        return Ok((target, handler, None));
    }
    if !vm.is_callable(f) {
        let shown = vm.no_side_effects_text(f);
        let holder = vm.describe_object(handler);
        return Err(vm.type_error(format!(
            "'{shown}' returned for property '{name}' of object '{holder}' is not a function"
        )));
    }
    Ok((target, handler, Some(f)))
}

/// Calls `trap` with the handler as `this`.
fn call_trap(vm: &mut Vm, trap: Value, handler: ObjRef, args: &[Value]) -> JsResult<Value> {
    vm.call(trap, Value::Object(handler), args)
}

/// Calls a trap whose answer counts as a boolean.
fn call_trap_bool(vm: &mut Vm, trap: Value, handler: ObjRef, args: &[Value]) -> JsResult<bool> {
    let r = call_trap(vm, trap, handler, args)?;
    Ok(vm.to_boolean(r))
}

/// Calls a trap that may refuse its operation: a falsish answer is remembered, so the
/// error for the refusal names the trap (see `Vm::refusing_object`).
fn call_trap_consent(vm: &mut Vm, trap: Value, handler: ObjRef, args: &[Value]) -> JsResult<bool> {
    let consent = call_trap_bool(vm, trap, handler, args)?;
    vm.proxy_refused = !consent;
    Ok(consent)
}

/// 10.5.1 [[GetPrototypeOf]]
fn get_prototype_of(vm: &mut Vm, o: ObjRef) -> JsResult<Option<ObjRef>> {
    let (target, handler, trap) = trap(vm, o, "getPrototypeOf")?;
    let Some(trap) = trap else {
        return vm.get_prototype_of(target);
    };
    // 7-8. The trap answers an object or null.
    let proto = match call_trap(vm, trap, handler, &[Value::Object(target)])? {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => {
            return Err(
                vm.type_error("'getPrototypeOf' on proxy: trap returned neither object nor null")
            );
        }
    };
    // 9-13. A non-extensible target's prototype cannot be misreported.
    if vm.is_extensible(target)? {
        return Ok(proto);
    }
    if vm.get_prototype_of(target)? != proto {
        return Err(vm.type_error(
            "'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype",
        ));
    }
    Ok(proto)
}

/// 10.5.2 [[SetPrototypeOf]]
fn set_prototype_of(vm: &mut Vm, o: ObjRef, proto: Option<ObjRef>) -> JsResult<bool> {
    let (target, handler, trap) = trap(vm, o, "setPrototypeOf")?;
    let Some(trap) = trap else {
        return vm.set_prototype_of(target, proto);
    };
    let v = proto.map_or(Value::Null, Value::Object);
    if !call_trap_consent(vm, trap, handler, &[Value::Object(target), v])? {
        return Ok(false);
    }
    // 10-14. A non-extensible target must already have that prototype.
    if vm.is_extensible(target)? {
        return Ok(true);
    }
    if vm.get_prototype_of(target)? != proto {
        return Err(vm.type_error(
            "'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target",
        ));
    }
    Ok(true)
}

/// 10.5.3 [[IsExtensible]]
fn is_extensible(vm: &mut Vm, o: ObjRef) -> JsResult<bool> {
    let (target, handler, trap) = trap(vm, o, "isExtensible")?;
    let Some(trap) = trap else {
        return vm.is_extensible(target);
    };
    let answer = call_trap_bool(vm, trap, handler, &[Value::Object(target)])?;
    // 9-10. The answer must be the target's.
    let actual = vm.is_extensible(target)?;
    if answer != actual {
        return Err(vm.type_error(format!(
            "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '{actual}')"
        )));
    }
    Ok(answer)
}

/// 10.5.4 [[PreventExtensions]]
fn prevent_extensions(vm: &mut Vm, o: ObjRef) -> JsResult<bool> {
    let (target, handler, trap) = trap(vm, o, "preventExtensions")?;
    let Some(trap) = trap else {
        return vm.prevent_extensions(target);
    };
    let answer = call_trap_consent(vm, trap, handler, &[Value::Object(target)])?;
    // 8. Success means the target is no longer extensible.
    if answer && vm.is_extensible(target)? {
        return Err(vm.type_error(
            "'preventExtensions' on proxy: trap returned truish but the proxy target is extensible",
        ));
    }
    Ok(answer)
}

/// 10.5.5 [[GetOwnProperty]]
fn get_own_property(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<Option<Property>> {
    let (target, handler, trap) = trap(vm, o, "getOwnPropertyDescriptor")?;
    let Some(trap) = trap else {
        return vm.get_own_property(target, key);
    };
    let k = vm.key_to_value(key);
    let result = call_trap(vm, trap, handler, &[Value::Object(target), k])?;
    // 9. An object or undefined.
    if !matches!(result, Value::Object(_) | Value::Undefined) {
        let name = vm.key_text(key);
        return Err(vm.type_error(format!(
            "'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '{name}'"
        )));
    }
    let target_desc = vm.get_own_property(target, key)?;
    // 11. "No such property" must be possible for the target.
    if let Value::Undefined = result {
        let Some(target_desc) = target_desc else {
            return Ok(None);
        };
        if !target_desc.configurable() {
            let name = vm.key_text(key);
            return Err(vm.type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{name}' which is non-configurable in the proxy target"
            )));
        }
        if !vm.is_extensible(target)? {
            let name = vm.key_text(key);
            return Err(vm.type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{name}' which exists in the non-extensible proxy target"
            )));
        }
        return Ok(None);
    }
    // 12-15. The reported property must be one the target could have.
    let extensible = vm.is_extensible(target)?;
    let desc = to_property_descriptor(vm, result)?;
    let reported = desc.to_property();
    if vm
        .validate_descriptor(extensible, Descriptor::from_property(reported), target_desc)
        .is_none()
    {
        let name = vm.key_text(key);
        return Err(vm.type_error(format!(
            "'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '{name}' that is incompatible with the existing property in the proxy target"
        )));
    }
    // 16. Non-configurability is reported only when true of the target.
    if !reported.configurable() {
        if target_desc.is_none_or(|t| t.configurable()) {
            let name = vm.key_text(key);
            return Err(vm.type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '{name}' which is either non-existent or configurable in the proxy target"
            )));
        }
        if matches!(reported.slot, Slot::Data(_))
            && !reported.writable()
            && target_desc.is_some_and(|t| t.writable())
        {
            let name = vm.key_text(key);
            return Err(vm.type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and non-writable for property '{name}' which is non-configurable, writable in the proxy target"
            )));
        }
    }
    Ok(Some(reported))
}

/// 10.5.6 [[DefineOwnProperty]]
fn define_own_property(
    vm: &mut Vm,
    o: ObjRef,
    key: PropertyKey,
    desc: Descriptor,
) -> JsResult<bool> {
    let (target, handler, trap) = trap(vm, o, "defineProperty")?;
    let Some(trap) = trap else {
        return vm.define_own_property(target, key, desc);
    };
    let desc_obj = from_descriptor(vm, &desc)?;
    let k = vm.key_to_value(key);
    if !call_trap_consent(vm, trap, handler, &[Value::Object(target), k, desc_obj])? {
        return Ok(false);
    }
    let target_desc = vm.get_own_property(target, key)?;
    let extensible = vm.is_extensible(target)?;
    let setting_config_false = desc.configurable == Some(false);
    let fail = |vm: &mut Vm, what: &str| {
        let name = vm.key_text(key);
        let message = match what {
            "extensible" => format!(
                "'defineProperty' on proxy: trap returned truish for adding property '{name}'  to the non-extensible proxy target"
            ),
            "configurable" => format!(
                "'defineProperty' on proxy: trap returned truish for defining non-configurable property '{name}' which is either non-existent or configurable in the proxy target"
            ),
            "incompatible" => format!(
                "'defineProperty' on proxy: trap returned truish for adding property '{name}'  that is incompatible with the existing property in the proxy target"
            ),
            _ => format!(
                "'defineProperty' on proxy: trap returned truish for defining non-configurable property '{name}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object."
            ),
        };
        Err(vm.type_error(message))
    };
    match target_desc {
        // 15. A new property needs an extensible target, and a non-configurable
        // one a non-configurable property on it.
        None => {
            if !extensible {
                return fail(vm, "extensible");
            }
            if setting_config_false {
                return fail(vm, "configurable");
            }
        }
        // 16. An existing one must have accepted the change.
        Some(t) => {
            if vm.validate_descriptor(extensible, desc, Some(t)).is_none() {
                return fail(vm, "incompatible");
            }
            if setting_config_false && t.configurable() {
                return fail(vm, "configurable");
            }
            if matches!(t.slot, Slot::Data(_))
                && !t.configurable()
                && t.writable()
                && desc.writable == Some(false)
            {
                return fail(vm, "writable");
            }
        }
    }
    Ok(true)
}

/// 10.5.7 [[HasProperty]]
fn has_property(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
    let (target, handler, trap) = trap(vm, o, "has")?;
    let Some(trap) = trap else {
        return vm.has_property(target, key);
    };
    let k = vm.key_to_value(key);
    let answer = call_trap_bool(vm, trap, handler, &[Value::Object(target), k])?;
    // 9. A property cannot be hidden if it is non-configurable or the target is not
    // extensible.
    if !answer {
        may_vanish(
            vm,
            target,
            key,
            "'has' on proxy: trap returned falsish for property '%' which exists in the proxy target as non-configurable",
            "'has' on proxy: trap returned falsish for property '%' but the proxy target is not extensible",
        )?;
    }
    Ok(answer)
}

/// The invariant `has` (reporting a property absent) and `deleteProperty` (reporting
/// it deleted) share: a property of the target may vanish only if it is configurable
/// and the target extensible. The messages are V8's, with the key for `%`.
fn may_vanish(
    vm: &mut Vm,
    target: ObjRef,
    key: PropertyKey,
    non_configurable: &str,
    non_extensible: &str,
) -> JsResult<()> {
    let Some(t) = vm.get_own_property(target, key)? else {
        return Ok(());
    };
    let message = if !t.configurable() {
        non_configurable
    } else if !vm.is_extensible(target)? {
        non_extensible
    } else {
        return Ok(());
    };
    let name = vm.key_text(key);
    Err(vm.type_error(message.replace('%', &name)))
}

/// 10.5.8 [[Get]]
fn get(vm: &mut Vm, o: ObjRef, key: PropertyKey, receiver: Value) -> JsResult<Value> {
    let (target, handler, trap) = trap(vm, o, "get")?;
    let Some(trap) = trap else {
        return vm.get_from(target, key, receiver);
    };
    let k = vm.key_to_value(key);
    let value = call_trap(vm, trap, handler, &[Value::Object(target), k, receiver])?;
    // 9-10. A frozen property's value, and a getter-less accessor's undefined.
    if let Some(t) = vm.get_own_property(target, key)?
        && !t.configurable()
    {
        match t.slot {
            Slot::Data(expected) if !t.writable() && !vm.same_value(value, expected) => {
                let name = vm.key_text(key);
                let expected = vm.no_side_effects_text(expected);
                let got = vm.no_side_effects_text(value);
                return Err(vm.type_error(format!(
                    "'get' on proxy: property '{name}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '{expected}' but got '{got}')"
                )));
            }
            Slot::Accessor { get: None, .. } if !value.is_undefined() => {
                let name = vm.key_text(key);
                let got = vm.no_side_effects_text(value);
                return Err(vm.type_error(format!(
                    "'get' on proxy: property '{name}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '{got}')"
                )));
            }
            _ => {}
        }
    }
    Ok(value)
}

/// 10.5.9 [[Set]]
fn set(vm: &mut Vm, o: ObjRef, key: PropertyKey, value: Value, receiver: Value) -> JsResult<bool> {
    let (target, handler, trap) = trap(vm, o, "set")?;
    let Some(trap) = trap else {
        return vm.set_on(target, key, value, receiver);
    };
    let k = vm.key_to_value(key);
    if !call_trap_consent(
        vm,
        trap,
        handler,
        &[Value::Object(target), k, value, receiver],
    )? {
        return Ok(false);
    }
    // 10-11. A frozen property keeps its value; a setter-less accessor cannot be set.
    if let Some(t) = vm.get_own_property(target, key)?
        && !t.configurable()
    {
        match t.slot {
            Slot::Data(current) if !t.writable() && !vm.same_value(value, current) => {
                let name = vm.key_text(key);
                return Err(vm.type_error(format!(
                    "'set' on proxy: trap returned truish for property '{name}' which exists in the proxy target as a non-configurable and non-writable data property with a different value"
                )));
            }
            Slot::Accessor { set: None, .. } => {
                let name = vm.key_text(key);
                return Err(vm.type_error(format!(
                    "'set' on proxy: trap returned truish for property '{name}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter"
                )));
            }
            _ => {}
        }
    }
    Ok(true)
}

/// 10.5.10 [[Delete]]
fn delete(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
    let (target, handler, trap) = trap(vm, o, "deleteProperty")?;
    let Some(trap) = trap else {
        return vm.delete_property(target, key);
    };
    let k = vm.key_to_value(key);
    if !call_trap_consent(vm, trap, handler, &[Value::Object(target), k])? {
        return Ok(false);
    }
    // 10-14. Only a configurable property of an extensible target can go.
    may_vanish(
        vm,
        target,
        key,
        "'deleteProperty' on proxy: trap returned truish for property '%' which is non-configurable in the proxy target",
        "'deleteProperty' on proxy: trap returned truish for property '%' but the proxy target is non-extensible",
    )?;
    Ok(true)
}

/// 10.5.11 [[OwnPropertyKeys]]
fn own_property_keys(vm: &mut Vm, o: ObjRef) -> JsResult<Vec<PropertyKey>> {
    let (target, handler, trap) = trap(vm, o, "ownKeys")?;
    let Some(trap) = trap else {
        return vm.own_keys(target);
    };
    let array = call_trap(vm, trap, handler, &[Value::Object(target)])?;
    // 7-9. CreateListFromArrayLike(trapResultArray, « String, Symbol »), without
    // duplicates.
    let Value::Object(_) = array else {
        return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
    };
    let len = vm.length_of(array)?;
    let mut keys = Vec::with_capacity(len.min(1 << 16) as usize);
    let mut seen = rustc_hash::FxHashSet::default();
    for i in 0..len {
        let index = vm.index_key(i);
        let v = vm.get(array, index)?;
        if !matches!(v, Value::String(_) | Value::Symbol(_)) {
            let shown = vm.no_side_effects_text(v);
            return Err(vm.type_error(format!("{shown} is not a valid property name")));
        }
        let key = vm.to_property_key(v)?;
        if !seen.insert(key) {
            return Err(vm.type_error("'ownKeys' on proxy: trap returned duplicate entries"));
        }
        keys.push(key);
    }
    // 10-16. Sort the target's keys by configurability.
    let extensible = vm.is_extensible(target)?;
    let mut configurable = Vec::new();
    let mut non_configurable = Vec::new();
    for key in vm.own_keys(target)? {
        match vm.get_own_property(target, key)? {
            Some(p) if !p.configurable() => non_configurable.push(key),
            _ => configurable.push(key),
        }
    }
    // 17. An extensible target with only configurable keys accepts any list.
    if extensible && non_configurable.is_empty() {
        return Ok(keys);
    }
    // 18-19. Every non-configurable key must be reported.
    let mut unchecked = seen;
    for key in non_configurable {
        if !unchecked.remove(&key) {
            return Err(missing_key(vm, key));
        }
    }
    if extensible {
        return Ok(keys);
    }
    // 20-22. A non-extensible target's keys are exactly the list.
    for key in configurable {
        if !unchecked.remove(&key) {
            return Err(missing_key(vm, key));
        }
    }
    if !unchecked.is_empty() {
        return Err(vm.type_error(
            "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible",
        ));
    }
    Ok(keys)
}

/// V8's error when a proxy trap refused an operation that must succeed.
pub fn trap_returned_falsish(
    vm: &mut Vm,
    trap: &str,
    key: Option<PropertyKey>,
) -> crate::vm::JsError {
    match key {
        Some(key) => {
            let name = vm.key_text(key);
            vm.type_error(format!(
                "'{trap}' on proxy: trap returned falsish for property '{name}'"
            ))
        }
        None => vm.type_error(format!("'{trap}' on proxy: trap returned falsish")),
    }
}

/// The ownKeys error for a key of the target the trap left out.
fn missing_key(vm: &mut Vm, key: PropertyKey) -> crate::vm::JsError {
    let name = vm.key_text(key);
    vm.type_error(format!(
        "'ownKeys' on proxy: trap result did not include '{name}'"
    ))
}

/// 10.5.12 [[Call]]. A proxy without an `apply` trap calls its target; down a chain of
/// such proxies this is a loop, as in V8, so the chain may be as long as memory allows.
pub fn call(vm: &mut Vm, o: ObjRef, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut o = o;
    loop {
        let (target, handler, trap) = trap(vm, o, "apply")?;
        if let Some(trap) = trap {
            let list = Value::Object(vm.new_array(args.to_vec()));
            return call_trap(vm, trap, handler, &[Value::Object(target), this, list]);
        }
        match &vm.heap.obj(target).kind {
            ObjectKind::Proxy(_) => o = target,
            _ => return vm.call(Value::Object(target), this, args),
        }
    }
}

/// 10.5.13 [[Construct]]
pub fn construct(vm: &mut Vm, o: ObjRef, args: &[Value], new_target: Value) -> JsResult<Value> {
    nested(vm, |vm| proxy_construct_with(vm, o, args, new_target))
}

fn proxy_construct_with(
    vm: &mut Vm,
    o: ObjRef,
    args: &[Value],
    new_target: Value,
) -> JsResult<Value> {
    let (target, handler, trap) = trap(vm, o, "construct")?;
    let Some(trap) = trap else {
        return vm.construct(Value::Object(target), args, new_target);
    };
    let list = Value::Object(vm.new_array(args.to_vec()));
    let made = call_trap(
        vm,
        trap,
        handler,
        &[Value::Object(target), list, new_target],
    )?;
    if !matches!(made, Value::Object(_)) {
        let shown = vm.no_side_effects_text(made);
        return Err(vm.type_error(format!(
            "'construct' on proxy: trap returned non-object ('{shown}')"
        )));
    }
    Ok(made)
}
