//! `Array` and `Array.prototype`.
//!
//! The methods follow the spec's generic algorithms (Get/Set/HasProperty on a
//! ToObject'd receiver), so they work on array-likes too; a few have fast paths for
//! dense arrays where the observable behaviour is the same.

use std::cell::RefCell;

use super::{arg, constructor, hide_from_stacks, method};
use crate::runtime::number::push_number_units;
use crate::runtime::object::{
    ArrayData, ArrayIteratorData, CONFIGURABLE, IterKind, METHOD_ATTRS, PropertyKey,
};
use crate::runtime::string::MAX_STRING_LEN;
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

/// 2^53 - 1, the largest length of an array-like.
const MAX_SAFE: u64 = 9007199254740991;

thread_local! {
    /// The arrays being joined, so a cyclic reference joins as the empty string (as V8
    /// does) instead of recursing forever.
    static JOIN_STACK: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(
        Some(object_prototype),
        ObjectKind::Array(ArrayData {
            elements: Vec::new(),
            length: 0,
        }),
    );
    vm.realm.array_prototype = proto;
    let ctor = constructor(vm, "Array", 1, array_call, Some(array_construct), proto);
    vm.realm.array_constructor = ctor;
    // V8's Array constructor is a trampoline with no frame of its own.
    hide_from_stacks(vm, ctor);
    method(vm, ctor, "isArray", 1, is_array);
    method(vm, ctor, "from", 1, from);
    method(vm, ctor, "of", 0, of);
    install_from_async(vm, ctor);
    let species = vm.native_function("get [Symbol.species]", 0, |_, this, _| Ok(this));
    let key = PropertyKey::Symbol(vm.realm.symbol_species);
    vm.define_accessor(ctor, key, Some(species), None, CONFIGURABLE);

    method(vm, proto, "at", 1, at);
    method(vm, proto, "concat", 1, concat);
    method(vm, proto, "copyWithin", 2, copy_within);
    method(vm, proto, "fill", 1, fill);
    method(vm, proto, "find", 1, |vm, this, args| {
        find(vm, this, args, "find", false, false)
    });
    method(vm, proto, "findIndex", 1, |vm, this, args| {
        find(vm, this, args, "findIndex", false, true)
    });
    method(vm, proto, "findLast", 1, |vm, this, args| {
        find(vm, this, args, "findLast", true, false)
    });
    method(vm, proto, "findLastIndex", 1, |vm, this, args| {
        find(vm, this, args, "findLastIndex", true, true)
    });
    method(vm, proto, "lastIndexOf", 1, last_index_of);
    method(vm, proto, "pop", 0, pop);
    method(vm, proto, "push", 1, push);
    method(vm, proto, "reverse", 0, reverse);
    method(vm, proto, "shift", 0, shift);
    method(vm, proto, "unshift", 1, unshift);
    method(vm, proto, "slice", 2, slice);
    method(vm, proto, "sort", 1, sort);
    method(vm, proto, "splice", 2, splice);
    method(vm, proto, "includes", 1, includes);
    method(vm, proto, "indexOf", 1, index_of);
    method(vm, proto, "join", 1, join);
    method(vm, proto, "keys", 0, |vm, this, _| {
        iterator(vm, this, IterKind::Keys)
    });
    method(vm, proto, "entries", 0, |vm, this, _| {
        iterator(vm, this, IterKind::Entries)
    });
    let values = method(vm, proto, "values", 0, |vm, this, _| {
        iterator(vm, this, IterKind::Values)
    });
    vm.realm.array_values = values;
    let key = PropertyKey::Symbol(vm.realm.symbol_iterator);
    vm.define_value(proto, key, Value::Object(values), METHOD_ATTRS);
    method(vm, proto, "forEach", 1, for_each);
    method(vm, proto, "filter", 1, filter);
    method(vm, proto, "flat", 0, flat);
    method(vm, proto, "flatMap", 1, flat_map);
    method(vm, proto, "map", 1, map);
    method(vm, proto, "every", 1, every);
    method(vm, proto, "some", 1, some);
    method(vm, proto, "reduce", 1, |vm, this, args| {
        reduce(vm, this, args, "reduce", false)
    });
    method(vm, proto, "reduceRight", 1, |vm, this, args| {
        reduce(vm, this, args, "reduceRight", true)
    });
    method(vm, proto, "toReversed", 0, to_reversed);
    method(vm, proto, "toSorted", 1, to_sorted);
    method(vm, proto, "toSpliced", 2, to_spliced);
    method(vm, proto, "with", 2, with);
    // V8 installs these last.
    method(vm, proto, "toLocaleString", 0, to_locale_string);
    method(vm, proto, "toString", 0, to_string);

    let unscopables = vm.alloc_object(None, ObjectKind::Ordinary);
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "values",
        "toReversed",
        "toSorted",
        "toSpliced",
    ] {
        vm.define_named(
            unscopables,
            name,
            Value::Bool(true),
            crate::runtime::object::DEFAULT_ATTRS,
        );
    }
    let key = PropertyKey::Symbol(vm.realm.symbol_unscopables);
    vm.define_value(proto, key, Value::Object(unscopables), CONFIGURABLE);
}

fn array_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    array_construct(vm, Value::Undefined, args)
}

/// `new Array(len)` / `new Array(a, b, ...)`
fn array_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let proto = vm.prototype_from_constructor(new_target, |r| r.array_prototype)?;
    let data = match args {
        [Value::Number(n)] => {
            let len = *n as u32;
            if len as f64 != *n {
                return Err(vm.range_error("Invalid array length"));
            }
            let dense = if len <= 1 << 20 { len as usize } else { 0 };
            ArrayData {
                elements: vec![Value::Empty; dense],
                length: len,
            }
        }
        _ => ArrayData {
            elements: args.to_vec(),
            length: args.len() as u32,
        },
    };
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::Array(data)),
    ))
}

fn is_array(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(vm.is_array(arg(args, 0))?))
}

// ---- Shared steps ----

/// The methods whose V8 implementation names itself when `this` is null or
/// undefined; the others report ToObject's generic message.
const NAMED_IN_NULLISH_ERRORS: &[&str] = &[
    "concat",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "indexOf",
    "forEach",
    "filter",
    "map",
    "every",
    "some",
    "reduce",
    "reduceRight",
];

/// ToObject(this value), with V8's message for the method.
fn this_object(vm: &mut Vm, this: Value, name: &str) -> JsResult<ObjRef> {
    if this.is_nullish() && NAMED_IN_NULLISH_ERRORS.contains(&name) {
        return Err(vm.type_error(format!(
            "Array.prototype.{name} called on null or undefined"
        )));
    }
    vm.to_object(this)
}

fn len_of(vm: &mut Vm, o: ObjRef) -> JsResult<u64> {
    vm.length_of(Value::Object(o))
}

fn get_i(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<Value> {
    let key = vm.index_key(i);
    vm.get(Value::Object(o), key)
}

fn has_i(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<bool> {
    let key = vm.index_key(i);
    vm.has_property(o, key)
}

/// HasProperty(O, i), then Get(O, i) when present: `None` for an absent index. An
/// element in an array's own element vector is an own data property, so it is read
/// in place (no lookup, no code to run).
fn present_i(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<Option<Value>> {
    if let Some(a) = vm.heap.obj(o).array()
        && let Some(&v) = a.elements.get(i as usize)
        && !matches!(v, Value::Empty)
    {
        return Ok(Some(v));
    }
    if !has_i(vm, o, i)? {
        return Ok(None);
    }
    get_i(vm, o, i).map(Some)
}

/// Set(O, i, v, true)
fn set_i(vm: &mut Vm, o: ObjRef, i: u64, v: Value) -> JsResult<()> {
    let key = vm.index_key(i);
    vm.set(Value::Object(o), key, v, true)
}

/// Set(O, "length", len, true)
fn set_len(vm: &mut Vm, o: ObjRef, len: u64) -> JsResult<()> {
    let key = vm.key("length");
    vm.set(Value::Object(o), key, Value::Number(len as f64), true)
}

/// DeletePropertyOrThrow(O, i)
fn del_i(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<()> {
    let key = vm.index_key(i);
    if vm.delete_property(o, key)? {
        return Ok(());
    }
    let Some(o) = vm.refusing_object(o) else {
        return Err(vm.type_error(format!(
            "'deleteProperty' on proxy: trap returned falsish for property '{i}'"
        )));
    };
    let shown = if vm.heap.obj(o).is_array() {
        "[object Array]"
    } else {
        "#<Object>"
    };
    Err(vm.type_error(format!("Cannot delete property '{i}' of {shown}")))
}

/// CreateDataPropertyOrThrow(A, i, v)
fn create_i(vm: &mut Vm, a: ObjRef, i: u64, v: Value) -> JsResult<()> {
    let key = vm.index_key(i);
    if vm.create_data_property(a, key, v)? {
        return Ok(());
    }
    Err(vm.type_error(format!("Cannot add property {i}, object is not extensible")))
}

/// The callback argument, which must be callable.
fn callback(vm: &mut Vm, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if vm.is_callable(f) {
        return Ok(f);
    }
    Err(not_callable(vm, f))
}

/// "<value> is not a function" for a callback argument, showing the value as V8
/// does there: strings without quotes, arrays as `[object Array]`, other objects as
/// `#<Constructor>` (`[object Object]` without one).
pub(crate) fn not_callable(vm: &mut Vm, f: Value) -> crate::vm::JsError {
    let shown = match f {
        Value::String(s) => vm.heap.to_rust_string(s),
        Value::Object(o) if vm.heap.obj(o).is_array() => "[object Array]".to_string(),
        Value::Object(o) => vm
            .constructor_name(o)
            .map_or_else(|| "[object Object]".to_string(), |c| format!("#<{c}>")),
        _ => return vm.not_a_function(f),
    };
    vm.type_error(format!("{shown} is not a function"))
}

/// A relative index argument resolved against `len` (negative counts from the end),
/// `default` when undefined.
pub(crate) fn relative(vm: &mut Vm, v: Value, len: u64, default: u64) -> JsResult<u64> {
    if matches!(v, Value::Undefined) {
        return Ok(default);
    }
    let n = vm.to_integer(v)?;
    Ok(if n < 0.0 {
        (len as f64 + n).max(0.0) as u64
    } else {
        n.min(len as f64) as u64
    })
}

/// ArrayCreate(len) for the results of the methods (species are plain arrays).
fn array_create(vm: &mut Vm, len: u64) -> JsResult<ObjRef> {
    if len > u32::MAX as u64 {
        return Err(vm.range_error("Invalid array length"));
    }
    let a = vm.new_array(Vec::new());
    vm.set_array_length(a, len as u32);
    Ok(a)
}

/// The constructor ArraySpeciesCreate(original, len) would call: `None` for %Array%
/// (or no species), whose arrays callers may build directly.
fn array_species(vm: &mut Vm, original: ObjRef) -> JsResult<Option<Value>> {
    if !vm.is_array(Value::Object(original))? {
        return Ok(None);
    }
    let mut c = vm.get_named(Value::Object(original), "constructor")?;
    // 5. Only an object's species is looked up; a null species means none, while a
    // null constructor is not a constructor (step 7).
    if let Value::Object(_) = c {
        let species = PropertyKey::Symbol(vm.realm.symbol_species);
        c = match vm.get(c, species)? {
            Value::Null => Value::Undefined,
            s => s,
        };
    }
    match c {
        Value::Undefined => Ok(None),
        Value::Object(o) if o == vm.realm.array_constructor => Ok(None),
        _ if vm.is_constructor(c) => Ok(Some(c)),
        _ => Err(vm.type_error("object.constructor[Symbol.species] is not a constructor")),
    }
}

/// ArraySpeciesCreate(original, len): an array made by the constructor that a subclass
/// of Array names through `constructor[Symbol.species]`, or a plain array.
fn array_species_create(vm: &mut Vm, original: ObjRef, len: u64) -> JsResult<ObjRef> {
    match array_species(vm, original)? {
        None => array_create(vm, len),
        Some(c) => construct_with_length(vm, c, len),
    }
}

/// `new C(len)` for the constructors that make the methods' results (species, and
/// `this` in Array.from and Array.of).
fn construct_with_length(vm: &mut Vm, c: Value, len: u64) -> JsResult<ObjRef> {
    match vm.construct(c, &[Value::Number(len as f64)], c)? {
        Value::Object(a) => Ok(a),
        _ => unreachable!("[[Construct]] returns an object"),
    }
}

/// The dense elements of `o` when it is an array without holes, for fast paths that
/// run no user code.
fn dense_elements(vm: &Vm, o: ObjRef) -> Option<Vec<Value>> {
    let a = vm.heap.obj(o).array()?;
    if a.elements.len() != a.length as usize || a.elements.iter().any(|v| matches!(v, Value::Empty))
    {
        return None;
    }
    Some(a.elements.clone())
}

/// Whether `o` is an extensible array whose length is writable, whose elements all
/// live in the element vector, and whose prototypes have no indexed properties, so
/// that editing the vector directly (holes included) is what the generic algorithm
/// would do.
fn editable_dense(vm: &mut Vm, o: ObjRef) -> bool {
    let length = vm.key("length");
    let obj = vm.heap.obj(o);
    let Some(a) = obj.array() else { return false };
    if !obj.extensible
        || a.elements.len() != a.length as usize
        || obj
            .props
            .keys()
            .any(|k| *k == length || matches!(k, PropertyKey::Index(_)))
    {
        return false;
    }
    let mut proto = obj.proto;
    while let Some(p) = proto {
        let pobj = vm.heap.obj(p);
        let indexed = match &pobj.kind {
            ObjectKind::Array(a) => a.length > 0,
            ObjectKind::Ordinary => false,
            _ => true,
        };
        if indexed
            || pobj
                .props
                .keys()
                .any(|k| matches!(k, PropertyKey::Index(_)))
        {
            return false;
        }
        proto = pobj.proto;
    }
    true
}

// ---- Array.from / Array.of ----

/// Whether `c` is a constructor other than `Array` itself (whose `prototype` is
/// %Array.prototype%); results are then made with `new c(...)`.
fn foreign_constructor(vm: &mut Vm, c: Value) -> JsResult<bool> {
    if !vm.is_constructor(c) {
        return Ok(false);
    }
    let p = vm.get_named(c, "prototype")?;
    Ok(!matches!(p, Value::Object(p) if p == vm.realm.array_prototype))
}

fn from(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (items, mapfn, this_arg) = (arg(args, 0), arg(args, 1), arg(args, 2));
    // 2-3. mapfn must be callable when given.
    let mapping = !matches!(mapfn, Value::Undefined);
    if mapping && !vm.is_callable(mapfn) {
        return Err(not_callable(vm, mapfn));
    }
    let foreign = foreign_constructor(vm, this)?;
    // 4. GetMethod(items, @@iterator)
    let iter_key = PropertyKey::Symbol(vm.realm.symbol_iterator);
    if items.is_nullish() {
        return Err(vm.not_iterable(items));
    }
    let using_iterator = vm.get(items, iter_key)?;
    if !using_iterator.is_nullish() {
        if !vm.is_callable(using_iterator) {
            return Err(vm.type_error(
                "%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function",
            ));
        }
        let a = if foreign {
            match vm.construct(this, &[], this)? {
                Value::Object(a) => a,
                _ => unreachable!("constructors return objects"),
            }
        } else {
            vm.new_array(Vec::new())
        };
        // GetIteratorFromMethod: @@iterator is read only once.
        let iter = vm.call(using_iterator, items, &[])?;
        if !matches!(iter, Value::Object(_)) {
            return Err(vm.type_error("Result of the Symbol.iterator method is not an object"));
        }
        let next = vm.get_named(iter, "next")?;
        let mut k: u64 = 0;
        while let Some(v) = vm.iterator_step(iter, next)? {
            let result = (|| {
                let v = if mapping {
                    vm.call(mapfn, this_arg, &[v, Value::Number(k as f64)])?
                } else {
                    v
                };
                create_i(vm, a, k, v)
            })();
            if let Err(e) = result {
                let _ = vm.iterator_close(iter);
                return Err(e);
            }
            k += 1;
        }
        set_len(vm, a, k)?;
        return Ok(Value::Object(a));
    }
    // 5. Array-like.
    let array_like = vm.to_object(items)?;
    let len = len_of(vm, array_like)?;
    let a = if foreign {
        construct_with_length(vm, this, len)?
    } else {
        array_create(vm, len)?
    };
    for k in 0..len {
        let v = get_i(vm, array_like, k)?;
        let v = if mapping {
            vm.call(mapfn, this_arg, &[v, Value::Number(k as f64)])?
        } else {
            v
        };
        create_i(vm, a, k, v)?;
    }
    set_len(vm, a, len)?;
    Ok(Value::Object(a))
}

fn of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if !foreign_constructor(vm, this)? {
        return Ok(Value::Object(vm.new_array(args.to_vec())));
    }
    let a = construct_with_length(vm, this, args.len() as u64)?;
    for (k, &v) in args.iter().enumerate() {
        create_i(vm, a, k as u64, v)?;
    }
    set_len(vm, a, args.len() as u64)?;
    Ok(Value::Object(a))
}

// ---- Array.fromAsync ----

/// The body of Array.fromAsync (ES2026 23.1.2.2): an async function, so each `await`
/// costs the ticks the spec's Await does. It names no global: the operations a script
/// could replace come in as the engine's own functions (`call` is Call, and so on),
/// and only the property reads the spec makes (`next`, `done`, `value`, `return`,
/// the array-like's indices and length) touch script-visible objects.
const FROM_ASYNC_SOURCE: &str = r#"async function fromAsync(C, asyncItems, mapfn, thisArg, mapping,
    call, isConstructor, arrayCreate, defineElement, setLength, toObject, lengthOf,
    getMethod, openAsync, openSync, resultObject) {
  'use strict';
  // 3.c-g. An async iterator, else a sync one seen as async, else an array-like.
  const usingAsyncIterator = getMethod(asyncItems, true);
  let iterator;
  let sync = false;
  if (usingAsyncIterator !== undefined) {
    iterator = openAsync(asyncItems, usingAsyncIterator);
  } else {
    const usingSyncIterator = getMethod(asyncItems, false);
    if (usingSyncIterator !== undefined) {
      iterator = openSync(asyncItems, usingSyncIterator);
      sync = true;
    }
  }
  if (iterator !== undefined) {
    const next = iterator.next;
    // 3.h.i. The result array: Construct(C) or ArrayCreate(0).
    const A = isConstructor(C) ? new C() : arrayCreate(0);
    for (let k = 0; ; k++) {
      // 3.h.iii.3-6. The next result, awaited once.
      const nextResult = resultObject(await call(next, iterator), sync);
      if (nextResult.done) {
        setLength(A, k);
        return A;
      }
      const nextValue = nextResult.value;
      // 3.h.iii.9-11. An abrupt mapping or definition closes the iterator
      // (IfAbruptCloseAsyncIterator, AsyncIteratorClose with a throw completion: the
      // original error wins over the close's own).
      try {
        const mappedValue = mapping ? await call(mapfn, thisArg, nextValue, k) : nextValue;
        defineElement(A, k, mappedValue);
      } catch (error) {
        try {
          const close = iterator.return;
          if (close !== undefined && close !== null) {
            await call(close, iterator);
          }
        } catch {}
        throw error;
      }
    }
  }
  // 3.i. An array-like: each element awaited, then mapped and the result awaited.
  const arrayLike = toObject(asyncItems);
  const len = lengthOf(arrayLike);
  const A = isConstructor(C) ? new C(len) : arrayCreate(len);
  for (let k = 0; k < len; k++) {
    const kValue = await arrayLike[k];
    const mappedValue = mapping ? await call(mapfn, thisArg, kValue, k) : kValue;
    defineElement(A, k, mappedValue);
  }
  setLength(A, len);
  return A;
}"#;

/// Defines `Array.fromAsync`: a native that checks `mapfn` and runs the body compiled
/// from [`FROM_ASYNC_SOURCE`], with the engine's operations it needs. None of them
/// shows in stack traces, as V8 shows no frame for Array.fromAsync.
fn install_from_async(vm: &mut Vm, ctor: ObjRef) {
    let program =
        crate::parser::parse_with(FROM_ASYNC_SOURCE, false).expect("Array.fromAsync's body parses");
    let source = std::rc::Rc::new(crate::compiler::bytecode::Source {
        name: crate::vm::ENGINE_SOURCE.into(),
        text: FROM_ASYNC_SOURCE.into(),
        eval_origin: None,
    });
    let template =
        crate::compiler::compile_dynamic_function(&program, source, &mut vm.heap, &mut vm.globals)
            .expect("Array.fromAsync's body compiles");
    let body = vm.make_closure(template, None, None);
    let helpers: [(&str, crate::runtime::object::NativeFn); 11] = [
        ("call", |vm, _, args| {
            let rest = args.get(2..).unwrap_or(&[]);
            vm.call(arg(args, 0), arg(args, 1), rest)
        }),
        ("isConstructor", |vm, _, args| {
            Ok(Value::Bool(vm.is_constructor(arg(args, 0))))
        }),
        ("arrayCreate", |vm, _, args| {
            let len = vm.to_number(arg(args, 0))? as u64;
            Ok(Value::Object(array_create(vm, len)?))
        }),
        ("defineElement", |vm, _, args| {
            let a = vm.to_object(arg(args, 0))?;
            let k = vm.to_number(arg(args, 1))? as u64;
            create_i(vm, a, k, arg(args, 2))?;
            Ok(Value::Undefined)
        }),
        ("setLength", |vm, _, args| {
            let a = vm.to_object(arg(args, 0))?;
            let len = vm.to_number(arg(args, 1))? as u64;
            set_len(vm, a, len)?;
            Ok(Value::Undefined)
        }),
        ("toObject", |vm, _, args| {
            Ok(Value::Object(vm.to_object(arg(args, 0))?))
        }),
        ("lengthOf", |vm, _, args| {
            let o = vm.to_object(arg(args, 0))?;
            Ok(Value::Number(len_of(vm, o)? as f64))
        }),
        ("getMethod", from_async_get_method),
        ("openAsync", |vm, _, args| {
            let iterator = vm.call(arg(args, 1), arg(args, 0), &[])?;
            if !matches!(iterator, Value::Object(_)) {
                return Err(vm.type_error("Result of the Symbol.iterator method is not an object"));
            }
            Ok(iterator)
        }),
        ("openSync", |vm, _, args| {
            // GetIteratorFromMethod, then CreateAsyncFromSyncIterator.
            let iterator = vm.call(arg(args, 1), arg(args, 0), &[])?;
            if !matches!(iterator, Value::Object(_)) {
                return Err(vm.type_error("Result of the Symbol.iterator method is not an object"));
            }
            let next = vm.get_named(iterator, "next")?;
            let proto = vm.realm.async_from_sync_iterator_prototype;
            let kind = ObjectKind::AsyncFromSyncIterator { iterator, next };
            Ok(Value::Object(vm.alloc_object(Some(proto), kind)))
        }),
        ("resultObject", |vm, _, args| {
            let result = arg(args, 0);
            if matches!(result, Value::Object(_)) {
                return Ok(result);
            }
            // V8 names the function, not the value, for an async iterator's result.
            let shown = match arg(args, 1) {
                Value::Bool(true) => vm.no_side_effects_text(result),
                _ => "Array.fromAsync".to_string(),
            };
            Err(vm.type_error(format!("Iterator result {shown} is not an object")))
        }),
    ];
    let mut captures = vec![Value::Object(body)];
    for (name, f) in helpers {
        let helper = vm.native_function(name, 0, f);
        hide_from_stacks(vm, helper);
        captures.push(Value::Object(helper));
    }
    let from_async = vm.native_function_with("fromAsync", 1, from_async, None, captures);
    vm.define_named(ctor, "fromAsync", Value::Object(from_async), METHOD_ATTRS);
}

/// GetMethod(items, @@asyncIterator) when the second argument is true, else
/// GetMethod(items, @@iterator), with V8's message for a method that is not callable.
fn from_async_get_method(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    let (items, is_async) = (arg(args, 0), matches!(arg(args, 1), Value::Bool(true)));
    let symbol = if is_async {
        vm.realm.symbol_async_iterator
    } else {
        vm.realm.symbol_iterator
    };
    let method = vm.get(items, PropertyKey::Symbol(symbol))?;
    if method.is_nullish() {
        return Ok(Value::Undefined);
    }
    if !vm.is_callable(method) {
        let key = if is_async {
            "asyncIterator"
        } else {
            "iterator"
        };
        return Err(vm.type_error(format!(
            "Array.fromAsync requires that the property of the first argument, \
             items[Symbol.{key}], when exists, be a function"
        )));
    }
    Ok(method)
}

/// 23.1.2.2 Array.fromAsync ( asyncItems [ , mapfn [ , thisArg ] ] ): the body runs as
/// an async function (AsyncFunctionStart), so every failure rejects its promise.
fn from_async(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let captures = match vm.running_native() {
        Some(f) => vm.captures(f).to_vec(),
        None => Vec::new(),
    };
    let Some((&body, helpers)) = captures.split_first() else {
        return Ok(Value::Undefined);
    };
    let mapfn = arg(args, 1);
    // 3.a-b. A mapfn that is given must be callable.
    let mapping = !mapfn.is_undefined();
    if mapping && !vm.is_callable(mapfn) {
        let error = not_callable(vm, mapfn);
        let reason = vm.error_value(error);
        let promise = crate::builtins::promise::new_promise(vm);
        crate::builtins::promise::reject_promise(vm, promise, reason);
        return Ok(Value::Object(promise));
    }
    let mut call_args = vec![
        this,
        arg(args, 0),
        mapfn,
        arg(args, 2),
        Value::Bool(mapping),
    ];
    call_args.extend_from_slice(helpers);
    vm.call(body, Value::Undefined, &call_args)
}

// ---- Array.prototype ----

fn at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "at")?;
    let len = len_of(vm, o)?;
    let rel = vm.to_integer(arg(args, 0))?;
    let k = if rel >= 0.0 { rel } else { len as f64 + rel };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::Undefined);
    }
    get_i(vm, o, k as u64)
}

/// IsConcatSpreadable
fn is_concat_spreadable(vm: &mut Vm, v: Value) -> JsResult<bool> {
    let Value::Object(_) = v else {
        return Ok(false);
    };
    let key = PropertyKey::Symbol(vm.realm.symbol_is_concat_spreadable);
    let spreadable = vm.get(v, key)?;
    if !matches!(spreadable, Value::Undefined) {
        return Ok(vm.to_boolean(spreadable));
    }
    vm.is_array(v)
}

fn concat(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "concat")?;
    let a = array_species_create(vm, o, 0)?;
    let mut n: u64 = 0;
    for e in std::iter::once(Value::Object(o)).chain(args.iter().copied()) {
        if is_concat_spreadable(vm, e)? {
            let Value::Object(eo) = e else {
                unreachable!("spreadables are objects")
            };
            let len = len_of(vm, eo)?;
            if n + len > MAX_SAFE {
                return Err(vm.type_error("Invalid array length"));
            }
            if let Some(elements) = dense_elements(vm, eo) {
                for v in elements {
                    create_i(vm, a, n, v)?;
                    n += 1;
                }
                continue;
            }
            for k in 0..len {
                if has_i(vm, eo, k)? {
                    let v = get_i(vm, eo, k)?;
                    create_i(vm, a, n, v)?;
                }
                n += 1;
            }
        } else {
            if n >= MAX_SAFE {
                return Err(vm.type_error("Invalid array length"));
            }
            create_i(vm, a, n, e)?;
            n += 1;
        }
    }
    set_len(vm, a, n)?;
    Ok(Value::Object(a))
}

fn copy_within(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "copyWithin")?;
    let len = len_of(vm, o)?;
    let to = relative(vm, arg(args, 0), len, 0)?;
    let from = relative(vm, arg(args, 1), len, 0)?;
    let fin = relative(vm, arg(args, 2), len, len)?;
    let count = fin.saturating_sub(from).min(len - to);
    if count == 0 {
        return Ok(Value::Object(o));
    }
    let forward = !(from < to && to < from + count);
    for i in 0..count {
        let (f, t) = if forward {
            (from + i, to + i)
        } else {
            (from + count - 1 - i, to + count - 1 - i)
        };
        if has_i(vm, o, f)? {
            let v = get_i(vm, o, f)?;
            set_i(vm, o, t, v)?;
        } else {
            del_i(vm, o, t)?;
        }
    }
    Ok(Value::Object(o))
}

fn fill(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "fill")?;
    let len = len_of(vm, o)?;
    let value = arg(args, 0);
    let k = relative(vm, arg(args, 1), len, 0)?;
    let fin = relative(vm, arg(args, 2), len, len)?;
    for i in k..fin {
        set_i(vm, o, i, value)?;
    }
    Ok(Value::Object(o))
}

/// find, findIndex, findLast, findLastIndex: every index is visited, holes included.
fn find(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    name: &str,
    last: bool,
    want_index: bool,
) -> JsResult<Value> {
    let o = this_object(vm, this, name)?;
    let len = len_of(vm, o)?;
    let f = callback(vm, args)?;
    let this_arg = arg(args, 1);
    for i in 0..len {
        let k = if last { len - 1 - i } else { i };
        let v = get_i(vm, o, k)?;
        let r = vm.call(f, this_arg, &[v, Value::Number(k as f64), Value::Object(o)])?;
        if vm.to_boolean(r) {
            return Ok(if want_index {
                Value::Number(k as f64)
            } else {
                v
            });
        }
    }
    Ok(if want_index {
        Value::Number(-1.0)
    } else {
        Value::Undefined
    })
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "lastIndexOf")?;
    let len = len_of(vm, o)?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let target = arg(args, 0);
    let start = if args.len() > 1 {
        let n = vm.to_integer(args[1])?;
        if n >= 0.0 {
            n.min(len as f64 - 1.0)
        } else {
            len as f64 + n
        }
    } else {
        len as f64 - 1.0
    };
    if start < 0.0 {
        return Ok(Value::Number(-1.0));
    }
    let mut k = start as u64 + 1;
    while k > 0 {
        k -= 1;
        if has_i(vm, o, k)? {
            let v = get_i(vm, o, k)?;
            if vm.strict_equals(v, target) {
                return Ok(Value::Number(k as f64));
            }
        }
    }
    Ok(Value::Number(-1.0))
}

fn pop(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if let Value::Object(o) = this
        && editable_dense(vm, o)
    {
        let a = vm
            .heap
            .obj_mut(o)
            .array_mut()
            .expect("checked by editable_dense");
        let v = a.elements.pop().unwrap_or(Value::Undefined);
        a.length = a.elements.len() as u32;
        return Ok(v.or_undefined());
    }
    let o = this_object(vm, this, "pop")?;
    let len = len_of(vm, o)?;
    if len == 0 {
        set_len(vm, o, 0)?;
        return Ok(Value::Undefined);
    }
    let v = get_i(vm, o, len - 1)?;
    del_i(vm, o, len - 1)?;
    set_len(vm, o, len - 1)?;
    Ok(v)
}

fn push(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Value::Object(o) = this {
        let length = PropertyKey::String(vm.atoms.length);
        let obj = vm.heap.obj_mut(o);
        let length_writable = !obj.props.contains_key(&length);
        if let (true, true, Some(a)) = (obj.extensible, length_writable, obj.array_mut())
            && a.elements.len() == a.length as usize
            && (a.length as u64 + args.len() as u64) < u32::MAX as u64
        {
            a.elements.extend_from_slice(args);
            a.length = a.elements.len() as u32;
            return Ok(Value::Number(a.length as f64));
        }
    }
    let o = this_object(vm, this, "push")?;
    let mut len = len_of(vm, o)?;
    if len + args.len() as u64 > MAX_SAFE {
        return Err(vm.type_error(format!(
            "Pushing {} elements on an array-like of length {len} is disallowed, as the total surpasses 2**53-1",
            args.len()
        )));
    }
    for &v in args {
        set_i(vm, o, len, v)?;
        len += 1;
    }
    set_len(vm, o, len)?;
    Ok(Value::Number(len as f64))
}

fn reverse(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "reverse")?;
    if editable_dense(vm, o) {
        vm.heap
            .obj_mut(o)
            .array_mut()
            .expect("checked by editable_dense")
            .elements
            .reverse();
        return Ok(Value::Object(o));
    }
    let len = len_of(vm, o)?;
    let middle = len / 2;
    let mut lower = 0;
    while lower != middle {
        let upper = len - lower - 1;
        let lower_exists = has_i(vm, o, lower)?;
        let lower_value = if lower_exists {
            get_i(vm, o, lower)?
        } else {
            Value::Undefined
        };
        let upper_exists = has_i(vm, o, upper)?;
        let upper_value = if upper_exists {
            get_i(vm, o, upper)?
        } else {
            Value::Undefined
        };
        match (lower_exists, upper_exists) {
            (true, true) => {
                set_i(vm, o, lower, upper_value)?;
                set_i(vm, o, upper, lower_value)?;
            }
            (false, true) => {
                set_i(vm, o, lower, upper_value)?;
                del_i(vm, o, upper)?;
            }
            (true, false) => {
                del_i(vm, o, lower)?;
                set_i(vm, o, upper, lower_value)?;
            }
            (false, false) => {}
        }
        lower += 1;
    }
    Ok(Value::Object(o))
}

fn shift(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if let Value::Object(o) = this
        && editable_dense(vm, o)
    {
        let a = vm
            .heap
            .obj_mut(o)
            .array_mut()
            .expect("checked by editable_dense");
        if a.elements.is_empty() {
            return Ok(Value::Undefined);
        }
        let v = a.elements.remove(0);
        a.length = a.elements.len() as u32;
        return Ok(v.or_undefined());
    }
    let o = this_object(vm, this, "shift")?;
    let len = len_of(vm, o)?;
    if len == 0 {
        set_len(vm, o, 0)?;
        return Ok(Value::Undefined);
    }
    let first = get_i(vm, o, 0)?;
    for k in 1..len {
        if has_i(vm, o, k)? {
            let v = get_i(vm, o, k)?;
            set_i(vm, o, k - 1, v)?;
        } else {
            del_i(vm, o, k - 1)?;
        }
    }
    del_i(vm, o, len - 1)?;
    set_len(vm, o, len - 1)?;
    Ok(first)
}

fn unshift(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "unshift")?;
    let len = len_of(vm, o)?;
    let count = args.len() as u64;
    if count > 0 {
        if len + count > MAX_SAFE {
            return Err(vm.type_error("Invalid array length"));
        }
        if editable_dense(vm, o) && len + count < u32::MAX as u64 {
            let a = vm
                .heap
                .obj_mut(o)
                .array_mut()
                .expect("checked by editable_dense");
            a.elements.splice(0..0, args.iter().copied());
            a.length = a.elements.len() as u32;
            return Ok(Value::Number((len + count) as f64));
        }
        let mut k = len;
        while k > 0 {
            let from = k - 1;
            let to = k + count - 1;
            if has_i(vm, o, from)? {
                let v = get_i(vm, o, from)?;
                set_i(vm, o, to, v)?;
            } else {
                del_i(vm, o, to)?;
            }
            k -= 1;
        }
        for (j, &v) in args.iter().enumerate() {
            set_i(vm, o, j as u64, v)?;
        }
    }
    set_len(vm, o, len + count)?;
    Ok(Value::Number((len + count) as f64))
}

fn slice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "slice")?;
    let len = len_of(vm, o)?;
    let k = relative(vm, arg(args, 0), len, 0)?;
    let fin = relative(vm, arg(args, 1), len, len)?;
    let count = fin.saturating_sub(k);
    let species = array_species(vm, o)?;
    if species.is_none()
        && let Some(elements) = dense_elements(vm, o)
    {
        let part = elements[k as usize..(k + count) as usize].to_vec();
        return Ok(Value::Object(vm.new_array(part)));
    }
    let a = match species {
        None => array_create(vm, count)?,
        Some(c) => construct_with_length(vm, c, count)?,
    };
    for (n, i) in (k..fin).enumerate() {
        if has_i(vm, o, i)? {
            let v = get_i(vm, o, i)?;
            create_i(vm, a, n as u64, v)?;
        }
    }
    set_len(vm, a, count)?;
    Ok(Value::Object(a))
}

/// The comparator argument of sort/toSorted.
fn comparator(vm: &mut Vm, args: &[Value]) -> JsResult<Value> {
    let c = arg(args, 0);
    if !matches!(c, Value::Undefined) && !vm.is_callable(c) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    Ok(c)
}

/// CompareArrayElements for values other than undefined: a negative, zero or
/// positive number.
fn compare(vm: &mut Vm, cmp: Value, x: Value, y: Value) -> JsResult<f64> {
    if !matches!(cmp, Value::Undefined) {
        let r = vm.call(cmp, Value::Undefined, &[x, y])?;
        let n = vm.to_number(r)?;
        return Ok(if n.is_nan() { 0.0 } else { n });
    }
    let xs = vm.to_string(x)?;
    let ys = vm.to_string(y)?;
    let xu = vm.heap.flatten(xs).to_vec();
    Ok(match xu.as_slice().cmp(vm.heap.flatten(ys)) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    })
}

/// Sorts stably. Arrays shorter than 64 are sorted as V8's TimSort does them (one
/// run, then binary insertion), so a logging comparator sees the same calls; longer
/// ones use a merge sort.
pub(crate) fn sort_items(vm: &mut Vm, cmp: Value, mut items: Vec<Value>) -> JsResult<Vec<Value>> {
    let n = items.len();
    if n < 2 {
        return Ok(items);
    }
    if n >= 64 {
        return merge_sort(vm, cmp, items);
    }
    // CountAndMakeRun
    let mut run = 2;
    let descending = compare(vm, cmp, items[1], items[0])? < 0.0;
    let mut previous = items[1];
    while run < n {
        let current = items[run];
        let order = compare(vm, cmp, current, previous)?;
        if (descending && order >= 0.0) || (!descending && order < 0.0) {
            break;
        }
        previous = current;
        run += 1;
    }
    if descending {
        items[..run].reverse();
    }
    // BinaryInsertionSort
    for start in run..n {
        let pivot = items[start];
        let (mut left, mut right) = (0, start);
        while left < right {
            let mid = left + ((right - left) >> 1);
            if compare(vm, cmp, pivot, items[mid])? < 0.0 {
                right = mid;
            } else {
                left = mid + 1;
            }
        }
        items.copy_within(left..start, left + 1);
        items[left] = pivot;
    }
    Ok(items)
}

/// A stable merge sort whose comparator may throw.
fn merge_sort(vm: &mut Vm, cmp: Value, items: Vec<Value>) -> JsResult<Vec<Value>> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut right = items;
    let left = right.drain(..right.len() / 2).collect();
    let left = merge_sort(vm, cmp, left)?;
    let right = merge_sort(vm, cmp, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if compare(vm, cmp, right[j], left[i])? < 0.0 {
            out.push(right[j]);
            j += 1;
        } else {
            out.push(left[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

/// SortIndexedProperties: the values of `o` (holes skipped when `skip_holes`),
/// sorted, with undefined last and never passed to the comparator.
fn sorted_values(
    vm: &mut Vm,
    o: ObjRef,
    len: u64,
    cmp: Value,
    skip_holes: bool,
) -> JsResult<Vec<Value>> {
    let mut items = Vec::new();
    let mut undefined = 0;
    for k in 0..len {
        if !skip_holes || has_i(vm, o, k)? {
            match get_i(vm, o, k)? {
                Value::Undefined => undefined += 1,
                v => items.push(v),
            }
        }
    }
    let mut sorted = sort_items(vm, cmp, items)?;
    sorted.extend(std::iter::repeat_n(Value::Undefined, undefined));
    Ok(sorted)
}

fn sort(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = comparator(vm, args)?;
    let o = this_object(vm, this, "sort")?;
    let len = len_of(vm, o)?;
    let sorted = sorted_values(vm, o, len, cmp, true)?;
    let count = sorted.len() as u64;
    for (k, v) in sorted.into_iter().enumerate() {
        set_i(vm, o, k as u64, v)?;
    }
    for k in count..len {
        if has_i(vm, o, k)? {
            del_i(vm, o, k)?;
        }
    }
    Ok(Value::Object(o))
}

fn splice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "splice")?;
    let len = len_of(vm, o)?;
    let start = relative(vm, arg(args, 0), len, 0)?;
    let items = args.get(2..).unwrap_or(&[]);
    let delete_count = match args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let dc = vm.to_integer(args[1])?;
            dc.clamp(0.0, (len - start) as f64) as u64
        }
    };
    let item_count = items.len() as u64;
    if len + item_count - delete_count > MAX_SAFE {
        return Err(vm.type_error("Invalid array length"));
    }
    let a = array_species_create(vm, o, delete_count)?;
    for k in 0..delete_count {
        if has_i(vm, o, start + k)? {
            let v = get_i(vm, o, start + k)?;
            create_i(vm, a, k, v)?;
        }
    }
    set_len(vm, a, delete_count)?;
    if item_count < delete_count {
        for k in start..len - delete_count {
            let (from, to) = (k + delete_count, k + item_count);
            if has_i(vm, o, from)? {
                let v = get_i(vm, o, from)?;
                set_i(vm, o, to, v)?;
            } else {
                del_i(vm, o, to)?;
            }
        }
        let mut k = len;
        while k > len - delete_count + item_count {
            del_i(vm, o, k - 1)?;
            k -= 1;
        }
    } else if item_count > delete_count {
        let mut k = len - delete_count;
        while k > start {
            let (from, to) = (k + delete_count - 1, k + item_count - 1);
            if has_i(vm, o, from)? {
                let v = get_i(vm, o, from)?;
                set_i(vm, o, to, v)?;
            } else {
                del_i(vm, o, to)?;
            }
            k -= 1;
        }
    }
    for (j, &v) in items.iter().enumerate() {
        set_i(vm, o, start + j as u64, v)?;
    }
    set_len(vm, o, len - delete_count + item_count)?;
    Ok(Value::Object(a))
}

fn includes(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "includes")?;
    let len = len_of(vm, o)?;
    if len == 0 {
        return Ok(Value::Bool(false));
    }
    let start = relative(vm, arg(args, 1), len, 0)?;
    let target = arg(args, 0);
    for k in start..len {
        let v = get_i(vm, o, k)?;
        if vm.same_value_zero(v, target) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "indexOf")?;
    let len = len_of(vm, o)?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let start = relative(vm, arg(args, 1), len, 0)?;
    let target = arg(args, 0);
    for k in start..len {
        if has_i(vm, o, k)? {
            let v = get_i(vm, o, k)?;
            if vm.strict_equals(v, target) {
                return Ok(Value::Number(k as f64));
            }
        }
    }
    Ok(Value::Number(-1.0))
}

/// Runs `f` with `o` on the join stack; an object already on it joins as "".
fn guarded_join(
    vm: &mut Vm,
    o: ObjRef,
    f: impl FnOnce(&mut Vm) -> JsResult<Vec<u16>>,
) -> JsResult<Value> {
    if JOIN_STACK.with(|s| s.borrow().contains(&o)) {
        return Ok(Value::String(vm.heap.alloc_units(Vec::new())));
    }
    JOIN_STACK.with(|s| s.borrow_mut().push(o));
    let result = f(vm);
    JOIN_STACK.with(|s| s.borrow_mut().pop());
    vm.new_string(result?)
}

fn join(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "join")?;
    let len = len_of(vm, o)?;
    let sep = match arg(args, 0) {
        Value::Undefined => vec![b',' as u16],
        v => {
            let s = vm.to_string(v)?;
            vm.heap.flatten(s).to_vec()
        }
    };
    // Whether the separators alone would be too long.
    let separators_too_long =
        len.saturating_sub(1).saturating_mul(sep.len() as u64) > MAX_STRING_LEN as u64;
    guarded_join(vm, o, |vm| {
        let mut out: Vec<u16> = Vec::new();
        for i in 0..len {
            // As in V8, known at the first separator, not after reading every element.
            if i == 1 && separators_too_long {
                return Err(vm.invalid_string_length());
            }
            if i > 0 {
                vm.append_units(&mut out, &sep)?;
            }
            // An element in the array's vector is a plain data property: read it
            // directly, as Get would.
            let element = match vm.heap.obj(o).array() {
                Some(a) => a.elements.get(i as usize).copied(),
                None => None,
            };
            let v = match element {
                Some(v) if !matches!(v, Value::Empty) => v,
                _ => get_i(vm, o, i)?,
            };
            match v {
                // Numbers are written straight into the result: no string per element.
                Value::Number(n) => {
                    push_number_units(&mut out, n);
                    if out.len() > MAX_STRING_LEN {
                        return Err(vm.invalid_string_length());
                    }
                }
                v if v.is_nullish() => {}
                v => {
                    let s = vm.to_string(v)?;
                    vm.append_str(&mut out, s)?;
                }
            }
        }
        Ok(out)
    })
}

/// Each element's `toLocaleString` is called with no arguments, as ECMA-262 says for
/// an engine without `Intl` (ECMA-402's version, which passes the locales and options
/// on, belongs with an `Intl`).
pub(crate) fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "toLocaleString")?;
    let len = len_of(vm, o)?;
    guarded_join(vm, o, |vm| {
        let mut out: Vec<u16> = Vec::new();
        for i in 0..len {
            if i > 0 {
                out.push(b',' as u16);
            }
            let v = get_i(vm, o, i)?;
            if !v.is_nullish() {
                let f = vm.get_named(v, "toLocaleString")?;
                if !vm.is_callable(f) {
                    return Err(vm.not_a_function(f));
                }
                let r = vm.call(f, v, &[])?;
                let s = vm.to_string(r)?;
                let units = vm.heap.flatten(s).to_vec();
                vm.append_units(&mut out, &units)?;
            }
        }
        Ok(out)
    })
}

fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "toString")?;
    let f = vm.get_named(Value::Object(o), "join")?;
    if vm.is_callable(f) {
        return vm.call(f, Value::Object(o), &[]);
    }
    // 3. %Object.prototype.toString% itself, whatever Object.prototype holds now.
    crate::builtins::object::to_string(vm, Value::Object(o), &[])
}

/// The shared loop of forEach, map, filter, every and some: calls the callback on
/// each present element; `visit` returns false to stop.
fn each(
    vm: &mut Vm,
    o: ObjRef,
    len: u64,
    args: &[Value],
    mut visit: impl FnMut(&mut Vm, u64, Value, Value) -> JsResult<bool>,
) -> JsResult<()> {
    let f = callback(vm, args)?;
    let this_arg = arg(args, 1);
    for k in 0..len {
        if let Some(v) = present_i(vm, o, k)? {
            let r = vm.call(f, this_arg, &[v, Value::Number(k as f64), Value::Object(o)])?;
            if !visit(vm, k, v, r)? {
                break;
            }
        }
    }
    Ok(())
}

fn for_each(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "forEach")?;
    let len = len_of(vm, o)?;
    each(vm, o, len, args, |_, _, _, _| Ok(true))?;
    Ok(Value::Undefined)
}

fn map(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "map")?;
    let len = len_of(vm, o)?;
    callback(vm, args)?;
    let a = array_species_create(vm, o, len)?;
    each(vm, o, len, args, |vm, k, _, r| {
        create_i(vm, a, k, r)?;
        Ok(true)
    })?;
    Ok(Value::Object(a))
}

fn filter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "filter")?;
    let len = len_of(vm, o)?;
    callback(vm, args)?;
    let a = array_species_create(vm, o, 0)?;
    let mut n = 0;
    each(vm, o, len, args, |vm, _, v, r| {
        if vm.to_boolean(r) {
            create_i(vm, a, n, v)?;
            n += 1;
        }
        Ok(true)
    })?;
    Ok(Value::Object(a))
}

fn every(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "every")?;
    let len = len_of(vm, o)?;
    let mut result = true;
    each(vm, o, len, args, |vm, _, _, r| {
        result = vm.to_boolean(r);
        Ok(result)
    })?;
    Ok(Value::Bool(result))
}

fn some(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "some")?;
    let len = len_of(vm, o)?;
    let mut result = false;
    each(vm, o, len, args, |vm, _, _, r| {
        result = vm.to_boolean(r);
        Ok(!result)
    })?;
    Ok(Value::Bool(result))
}

fn reduce(vm: &mut Vm, this: Value, args: &[Value], name: &str, right: bool) -> JsResult<Value> {
    let o = this_object(vm, this, name)?;
    let len = len_of(vm, o)?;
    let f = callback(vm, args)?;
    let index = |i: u64| if right { len - 1 - i } else { i };
    let mut i = 0;
    let mut acc = if args.len() >= 2 {
        args[1]
    } else {
        loop {
            if i >= len {
                return Err(vm.type_error("Reduce of empty array with no initial value"));
            }
            let k = index(i);
            i += 1;
            if let Some(v) = present_i(vm, o, k)? {
                break v;
            }
        }
    };
    while i < len {
        let k = index(i);
        if let Some(v) = present_i(vm, o, k)? {
            acc = vm.call(
                f,
                Value::Undefined,
                &[acc, v, Value::Number(k as f64), Value::Object(o)],
            )?;
        }
        i += 1;
    }
    Ok(acc)
}

/// FlattenIntoArray; returns the next target index.
fn flatten_into(
    vm: &mut Vm,
    target: ObjRef,
    source: ObjRef,
    source_len: u64,
    start: u64,
    depth: f64,
    mapper: Option<(Value, Value)>,
) -> JsResult<u64> {
    let mut n = start;
    for k in 0..source_len {
        if !has_i(vm, source, k)? {
            continue;
        }
        let mut v = get_i(vm, source, k)?;
        if let Some((f, this_arg)) = mapper {
            v = vm.call(
                f,
                this_arg,
                &[v, Value::Number(k as f64), Value::Object(source)],
            )?;
        }
        match v {
            Value::Object(inner) if depth > 0.0 && vm.is_array(v)? => {
                let inner_len = len_of(vm, inner)?;
                n = flatten_into(vm, target, inner, inner_len, n, depth - 1.0, None)?;
            }
            _ => {
                if n >= MAX_SAFE {
                    return Err(vm.type_error("Invalid array length"));
                }
                create_i(vm, target, n, v)?;
                n += 1;
            }
        }
    }
    Ok(n)
}

fn flat(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "flat")?;
    let len = len_of(vm, o)?;
    let depth = match arg(args, 0) {
        Value::Undefined => 1.0,
        v => vm.to_integer(v)?.max(0.0),
    };
    let a = array_species_create(vm, o, 0)?;
    flatten_into(vm, a, o, len, 0, depth, None)?;
    Ok(Value::Object(a))
}

fn flat_map(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "flatMap")?;
    let len = len_of(vm, o)?;
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        return Err(vm.type_error("flatMap mapper function is not callable"));
    }
    let a = array_species_create(vm, o, 0)?;
    flatten_into(vm, a, o, len, 0, 1.0, Some((f, arg(args, 1))))?;
    Ok(Value::Object(a))
}

fn to_reversed(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "toReversed")?;
    let len = len_of(vm, o)?;
    if len > u32::MAX as u64 {
        return Err(vm.range_error("Invalid array length"));
    }
    let mut items = Vec::with_capacity(len as usize);
    for k in (0..len).rev() {
        items.push(get_i(vm, o, k)?);
    }
    Ok(Value::Object(vm.new_array(items)))
}

fn to_sorted(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = comparator(vm, args)?;
    let o = this_object(vm, this, "toSorted")?;
    let len = len_of(vm, o)?;
    if len > u32::MAX as u64 {
        return Err(vm.range_error("Invalid array length"));
    }
    let sorted = sorted_values(vm, o, len, cmp, false)?;
    Ok(Value::Object(vm.new_array(sorted)))
}

fn to_spliced(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "toSpliced")?;
    let len = len_of(vm, o)?;
    let start = relative(vm, arg(args, 0), len, 0)?;
    let items = args.get(2..).unwrap_or(&[]);
    let skip = match args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let dc = vm.to_integer(args[1])?;
            dc.clamp(0.0, (len - start) as f64) as u64
        }
    };
    let new_len = len + items.len() as u64 - skip;
    if new_len > MAX_SAFE {
        return Err(vm.type_error("Invalid array length"));
    }
    if new_len > u32::MAX as u64 {
        return Err(vm.range_error("Invalid array length"));
    }
    let mut out = Vec::with_capacity(new_len as usize);
    for k in 0..start {
        out.push(get_i(vm, o, k)?);
    }
    out.extend_from_slice(items);
    for k in start + skip..len {
        out.push(get_i(vm, o, k)?);
    }
    Ok(Value::Object(vm.new_array(out)))
}

fn with(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_object(vm, this, "with")?;
    let len = len_of(vm, o)?;
    // V8 reports the index as given (after ToNumber), not as truncated.
    let index = vm.to_number(arg(args, 0))?;
    let rel = vm.to_integer(Value::Number(index))?;
    let actual = if rel >= 0.0 { rel } else { len as f64 + rel };
    if actual >= len as f64 || actual < 0.0 {
        let shown = vm.to_rust_string(Value::Number(index))?;
        return Err(vm.range_error(format!("Invalid index : {shown}")));
    }
    if len > u32::MAX as u64 {
        return Err(vm.range_error("Invalid array length"));
    }
    let value = arg(args, 1);
    let mut out = Vec::with_capacity(len as usize);
    for k in 0..len {
        out.push(if k == actual as u64 {
            value
        } else {
            get_i(vm, o, k)?
        });
    }
    Ok(Value::Object(vm.new_array(out)))
}

/// CreateArrayIterator
fn iterator(vm: &mut Vm, this: Value, kind: IterKind) -> JsResult<Value> {
    let target = vm.to_object(this)?;
    let proto = vm.realm.array_iterator_prototype;
    let it = vm.alloc_object(
        Some(proto),
        ObjectKind::ArrayIterator(ArrayIteratorData {
            target: Some(target),
            next: 0,
            kind,
        }),
    );
    Ok(Value::Object(it))
}
