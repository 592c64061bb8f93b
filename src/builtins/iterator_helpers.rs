//! The `Iterator` constructor, `Iterator.from` and the iterator helpers of
//! `Iterator.prototype` (27.1.3): the lazy `map`, `filter`, `take`, `drop` and `flatMap`,
//! and the eager `reduce`, `toArray`, `forEach`, `some`, `every` and `find`.
//!
//! The spec writes each lazy helper as a generator closure over the underlying iterator.
//! Each step of those closures is short, so a helper here is a state machine instead
//! (`IteratorHelper`): `next` runs the closure up to its next yield, and `return` resumes
//! it with a return completion, which closes what it iterates. The generator states are
//! kept, so a helper re-entered from its own callback throws as a generator does.

use super::iterator::{iter_result, tag};
use super::{arg, method};
use crate::runtime::object::{CONFIGURABLE, METHOD_ATTRS, PropertyKey};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

/// [[GeneratorState]] of an iterator helper.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HelperState {
    SuspendedStart,
    SuspendedYield,
    Executing,
    Completed,
}

/// An iterator helper: its generator state, [[UnderlyingIterator]] (the iterator and
/// its `next` method) and what its closure keeps between steps.
pub struct IteratorHelper {
    pub state: HelperState,
    pub iterator: Value,
    pub next: Value,
    pub step: HelperStep,
}

/// The closure of each lazy helper: its callback and counters. A limit of `take` or
/// `drop` may be +Infinity, so it is kept as a number.
#[derive(Clone, Copy)]
pub enum HelperStep {
    Map {
        mapper: Value,
        counter: f64,
    },
    Filter {
        predicate: Value,
        counter: f64,
    },
    Take {
        remaining: f64,
    },
    Drop {
        remaining: f64,
    },
    FlatMap {
        mapper: Value,
        counter: f64,
        /// The iterator (and `next`) of the mapper's last result, while it has values.
        inner: Option<(Value, Value)>,
    },
}

impl IteratorHelper {
    pub fn values(&self) -> impl Iterator<Item = Value> {
        let (a, b, c) = match self.step {
            HelperStep::Map { mapper, .. } => (mapper, None, None),
            HelperStep::Filter { predicate, .. } => (predicate, None, None),
            HelperStep::Take { .. } | HelperStep::Drop { .. } => (Value::Undefined, None, None),
            HelperStep::FlatMap { mapper, inner, .. } => {
                (mapper, inner.map(|i| i.0), inner.map(|i| i.1))
            }
        };
        [self.iterator, self.next, a].into_iter().chain(b).chain(c)
    }
}

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.iterator_prototype;
    let ctor = vm.native_function_with(
        "Iterator",
        0,
        |vm, _, _| Err(vm.type_error("Constructor Iterator requires 'new'")),
        Some(construct),
        Vec::new(),
    );
    vm.realm.iterator_constructor = ctor;
    vm.define_named(ctor, "prototype", Value::Object(proto), 0);
    let global = vm.realm.global;
    vm.define_named(global, "Iterator", Value::Object(ctor), METHOD_ATTRS);
    method(vm, ctor, "from", 1, from);

    // `constructor` and @@toStringTag are accessors whose setters ignore the prototype
    // itself (SetterThatIgnoresPrototypeProperties), so that assigning them on an
    // iterator that inherits them works even though %Iterator.prototype% is shared.
    let get = vm.native_function("get constructor", 0, |vm, _, _| {
        Ok(Value::Object(vm.realm.iterator_constructor))
    });
    let set = vm.native_function("set constructor", 1, |vm, this, args| {
        let key = vm.key("constructor");
        set_ignoring_prototype(vm, this, key, arg(args, 0), "constructor")
    });
    let key = vm.key("constructor");
    vm.define_accessor(proto, key, Some(get), Some(set), CONFIGURABLE);
    let get = vm.native_function("get [Symbol.toStringTag]", 0, |vm, _, _| {
        Ok(Value::String(vm.heap.alloc_str("Iterator")))
    });
    let set = vm.native_function("set [Symbol.toStringTag]", 1, |vm, this, args| {
        let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
        set_ignoring_prototype(vm, this, key, arg(args, 0), "Symbol(Symbol.toStringTag)")
    });
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_accessor(proto, key, Some(get), Some(set), CONFIGURABLE);

    method(vm, proto, "map", 1, |vm, this, args| {
        lazy(vm, this, args, "map", |mapper| HelperStep::Map {
            mapper,
            counter: 0.0,
        })
    });
    method(vm, proto, "filter", 1, |vm, this, args| {
        lazy(vm, this, args, "filter", |predicate| HelperStep::Filter {
            predicate,
            counter: 0.0,
        })
    });
    method(vm, proto, "take", 1, |vm, this, args| {
        limited(vm, this, args, "take", |remaining| HelperStep::Take {
            remaining,
        })
    });
    method(vm, proto, "drop", 1, |vm, this, args| {
        limited(vm, this, args, "drop", |remaining| HelperStep::Drop {
            remaining,
        })
    });
    method(vm, proto, "flatMap", 1, |vm, this, args| {
        lazy(vm, this, args, "flatMap", |mapper| HelperStep::FlatMap {
            mapper,
            counter: 0.0,
            inner: None,
        })
    });
    method(vm, proto, "reduce", 1, reduce);
    method(vm, proto, "toArray", 0, to_array);
    method(vm, proto, "forEach", 1, for_each);
    method(vm, proto, "some", 1, |vm, this, args| {
        // Stops at the first value the predicate accepts: `true`.
        let found = first_match(vm, this, args, "some", true)?;
        Ok(Value::Bool(found.is_some()))
    });
    method(vm, proto, "every", 1, |vm, this, args| {
        // Stops at the first value the predicate rejects: `false`.
        let found = first_match(vm, this, args, "every", false)?;
        Ok(Value::Bool(found.is_none()))
    });
    method(vm, proto, "find", 1, |vm, this, args| {
        let found = first_match(vm, this, args, "find", true)?;
        Ok(found.unwrap_or(Value::Undefined))
    });

    let helper_proto = vm.alloc_object(Some(proto), ObjectKind::Ordinary);
    vm.realm.iterator_helper_prototype = helper_proto;
    method(vm, helper_proto, "next", 0, helper_next);
    method(vm, helper_proto, "return", 0, helper_return);
    tag(vm, helper_proto, "Iterator Helper");

    let wrap_proto = vm.alloc_object(Some(proto), ObjectKind::Ordinary);
    vm.realm.wrap_for_valid_iterator_prototype = wrap_proto;
    method(vm, wrap_proto, "next", 0, wrapped_next);
    method(vm, wrap_proto, "return", 0, wrapped_return);
}

/// `new Iterator()` is abstract: only a subclass may construct.
fn construct(vm: &mut Vm, new_target: Value, _args: &[Value]) -> JsResult<Value> {
    if new_target == Value::Object(vm.realm.iterator_constructor) {
        return Err(vm.type_error("Abstract class Iterator not directly constructable"));
    }
    let proto = vm.prototype_from_constructor(new_target, |r| r.iterator_prototype)?;
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::Ordinary),
    ))
}

/// SetterThatIgnoresPrototypeProperties: an assignment to `%Iterator.prototype%` itself
/// fails; on an object inheriting it, it makes or sets an own property.
fn set_ignoring_prototype(
    vm: &mut Vm,
    this: Value,
    key: PropertyKey,
    value: Value,
    shown_key: &str,
) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Err(vm.type_error(format!(
            "set Iterator.prototype.{shown_key} called on non-object"
        )));
    };
    if o == vm.realm.iterator_prototype {
        // V8 shows the home object as a plain object here.
        return Err(vm.type_error(format!(
            "Cannot assign to read only property '{shown_key}' of object '[object Object]'"
        )));
    }
    if vm.get_own_property(o, key)?.is_none() {
        if !vm.create_data_property(o, key, value)? {
            let shown = vm.no_side_effects_text(this);
            return Err(vm.type_error(format!(
                "Cannot add property {shown_key}, object is not extensible: {shown}"
            )));
        }
    } else {
        vm.set(this, key, value, true)?;
    }
    Ok(Value::Undefined)
}

/// The receiver of an `Iterator.prototype` method, which must be an object.
fn this_object(vm: &mut Vm, this: Value, name: &str) -> JsResult<Value> {
    match this {
        Value::Object(_) => Ok(this),
        _ => Err(vm.type_error(format!("Iterator.prototype.{name} called on non-object"))),
    }
}

/// The callback argument of a helper. One that is not callable closes the iterator
/// before the TypeError propagates.
fn callback_or_close(vm: &mut Vm, iterator: Value, f: Value) -> JsResult<Value> {
    if vm.is_callable(f) {
        return Ok(f);
    }
    let shown = vm.default_call_site(f);
    let error = vm.type_error(format!("{shown} is not a function"));
    vm.iterator_close_on_throw(iterator);
    Err(error)
}

/// IfAbruptCloseIterator: an error closes `iterator` and propagates.
fn close_on_error<T>(vm: &mut Vm, iterator: Value, result: JsResult<T>) -> JsResult<T> {
    if result.is_err() {
        vm.iterator_close_on_throw(iterator);
    }
    result
}

/// `map`, `filter` and `flatMap`: validate the callback, then make the helper.
fn lazy(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    name: &str,
    step: fn(Value) -> HelperStep,
) -> JsResult<Value> {
    let iterator = this_object(vm, this, name)?;
    let f = callback_or_close(vm, iterator, arg(args, 0))?;
    new_helper(vm, iterator, step(f))
}

/// `take` and `drop`: the limit is a non-negative integer up to 2**53 - 1, or +Infinity.
fn limited(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    name: &str,
    step: fn(f64) -> HelperStep,
) -> JsResult<Value> {
    let iterator = this_object(vm, this, name)?;
    let limit = arg(args, 0);
    let n = vm.to_number(limit);
    let n = close_on_error(vm, iterator, n)?;
    const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
    if n.is_nan() || n.trunc() < 0.0 || (n.is_finite() && n > MAX_SAFE_INTEGER) {
        let shown = vm.no_side_effects_text(limit);
        let error = vm.range_error(format!("{shown} must be positive"));
        vm.iterator_close_on_throw(iterator);
        return Err(error);
    }
    new_helper(vm, iterator, step(n.trunc() + 0.0))
}

/// GetIteratorDirect on the receiver, and the helper object over it.
fn new_helper(vm: &mut Vm, iterator: Value, step: HelperStep) -> JsResult<Value> {
    let next = vm.get_named(iterator, "next")?;
    let proto = vm.realm.iterator_helper_prototype;
    let helper = IteratorHelper {
        state: HelperState::SuspendedStart,
        iterator,
        next,
        step,
    };
    let o = vm.alloc_object(Some(proto), ObjectKind::IteratorHelper(Box::new(helper)));
    Ok(Value::Object(o))
}

fn helper(vm: &mut Vm, o: ObjRef) -> &mut IteratorHelper {
    match &mut vm.heap.obj_mut(o).kind {
        ObjectKind::IteratorHelper(h) => h,
        _ => unreachable!("checked by helper_this"),
    }
}

/// The receiver of `%IteratorHelperPrototype%.next`/`return`, which must be a helper
/// that is not running.
fn helper_this(vm: &mut Vm, this: Value, method: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this
        && let ObjectKind::IteratorHelper(h) = &vm.heap.obj(o).kind
    {
        if h.state == HelperState::Executing {
            return Err(vm.type_error("Generator is already running"));
        }
        return Ok(o);
    }
    let shown = vm.no_side_effects_text(this);
    Err(vm.type_error(format!(
        "Method Iterator Helper.prototype.{method} called on incompatible receiver {shown}"
    )))
}

/// `%IteratorHelperPrototype%.next`: GeneratorResume of the helper's closure.
fn helper_next(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = helper_this(vm, this, "next")?;
    if helper(vm, o).state == HelperState::Completed {
        return Ok(iter_result(vm, Value::Undefined, true));
    }
    helper(vm, o).state = HelperState::Executing;
    let result = run_to_yield(vm, o);
    helper(vm, o).state = match result {
        Ok(Some(_)) => HelperState::SuspendedYield,
        _ => HelperState::Completed,
    };
    let value = result?;
    Ok(iter_result(
        vm,
        value.unwrap_or(Value::Undefined),
        value.is_none(),
    ))
}

/// Runs the helper's closure until it yields (`Some`) or returns (`None`).
fn run_to_yield(vm: &mut Vm, o: ObjRef) -> JsResult<Option<Value>> {
    let IteratorHelper {
        iterator,
        next,
        step,
        ..
    } = *helper(vm, o);
    match step {
        HelperStep::Map { mapper, counter } => {
            let Some(value) = vm.iterator_step(iterator, next)? else {
                return Ok(None);
            };
            let mapped = vm.call(mapper, Value::Undefined, &[value, counter.into()]);
            let mapped = close_on_error(vm, iterator, mapped)?;
            helper(vm, o).step = HelperStep::Map {
                mapper,
                counter: counter + 1.0,
            };
            Ok(Some(mapped))
        }
        HelperStep::Filter {
            predicate,
            mut counter,
        } => loop {
            let Some(value) = vm.iterator_step(iterator, next)? else {
                return Ok(None);
            };
            let selected = vm.call(predicate, Value::Undefined, &[value, counter.into()]);
            let selected = close_on_error(vm, iterator, selected)?;
            counter += 1.0;
            helper(vm, o).step = HelperStep::Filter { predicate, counter };
            if vm.to_boolean(selected) {
                return Ok(Some(value));
            }
        },
        HelperStep::Take { remaining } => {
            if remaining == 0.0 {
                vm.iterator_close(iterator)?;
                return Ok(None);
            }
            // +Infinity stays +Infinity.
            helper(vm, o).step = HelperStep::Take {
                remaining: remaining - 1.0,
            };
            vm.iterator_step(iterator, next)
        }
        HelperStep::Drop { mut remaining } => {
            while remaining > 0.0 {
                remaining -= 1.0;
                helper(vm, o).step = HelperStep::Drop { remaining };
                if !step_without_value(vm, iterator, next)? {
                    return Ok(None);
                }
            }
            vm.iterator_step(iterator, next)
        }
        HelperStep::FlatMap {
            mapper,
            mut counter,
            mut inner,
        } => loop {
            if let Some((inner_iterator, inner_next)) = inner {
                let value = vm.iterator_step(inner_iterator, inner_next);
                match close_on_error(vm, iterator, value)? {
                    Some(value) => return Ok(Some(value)),
                    None => inner = None,
                }
            } else {
                let Some(value) = vm.iterator_step(iterator, next)? else {
                    return Ok(None);
                };
                let mapped = vm.call(mapper, Value::Undefined, &[value, counter.into()]);
                let mapped = close_on_error(vm, iterator, mapped)?;
                let flattened =
                    iterator_flattenable(vm, mapped, false, "Iterator.prototype.flatMap");
                inner = Some(close_on_error(vm, iterator, flattened)?);
                counter += 1.0;
            }
            helper(vm, o).step = HelperStep::FlatMap {
                mapper,
                counter,
                inner,
            };
        },
    }
}

/// IteratorStep: advances the iterator without reading the result's `value` (what
/// `drop` skips is never read). False when it is done.
fn step_without_value(vm: &mut Vm, iterator: Value, next: Value) -> JsResult<bool> {
    let result = vm.call_next(iterator, next)?;
    if !matches!(result, Value::Object(_)) {
        return Err(vm.not_an_iterator_result(result));
    }
    let done = vm.get_named(result, "done")?;
    Ok(!vm.to_boolean(done))
}

/// `%IteratorHelperPrototype%.return`: GeneratorResumeAbrupt with a return completion,
/// which closes the iterator the helper is reading (an inner `flatMap` iterator first).
fn helper_return(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = helper_this(vm, this, "return")?;
    let IteratorHelper {
        state,
        iterator,
        step,
        ..
    } = *helper(vm, o);
    match state {
        HelperState::Completed => {}
        HelperState::SuspendedStart => {
            // Completed before closing: the closure never ran.
            helper(vm, o).state = HelperState::Completed;
            vm.iterator_close(iterator)?;
        }
        _ => {
            helper(vm, o).state = HelperState::Executing;
            let result = match step {
                HelperStep::FlatMap {
                    inner: Some((inner, _)),
                    ..
                } => match vm.iterator_close(inner) {
                    Ok(()) => vm.iterator_close(iterator),
                    Err(error) => {
                        vm.iterator_close_on_throw(iterator);
                        Err(error)
                    }
                },
                _ => vm.iterator_close(iterator),
            };
            helper(vm, o).state = HelperState::Completed;
            result?;
        }
    }
    Ok(iter_result(vm, Value::Undefined, true))
}

/// GetIteratorFlattenable: the iterator of `v` (or `v` itself when it has no
/// @@iterator) and its `next`. Strings are iterated only when `strings` is true.
fn iterator_flattenable(
    vm: &mut Vm,
    v: Value,
    strings: bool,
    caller: &str,
) -> JsResult<(Value, Value)> {
    let iterable = match v {
        Value::Object(_) => true,
        Value::String(_) => strings,
        _ => false,
    };
    if !iterable {
        return Err(vm.type_error(format!("{caller} called on non-object")));
    }
    let key = PropertyKey::Symbol(vm.realm.symbol_iterator);
    let iterator = match vm.get_method(v, key)? {
        Some(method) => vm.call(method, v, &[])?,
        None => v,
    };
    if !matches!(iterator, Value::Object(_)) {
        return Err(vm.type_error(format!("{caller} called on non-object")));
    }
    let next = vm.get_named(iterator, "next")?;
    Ok((iterator, next))
}

/// `Iterator.from(o)`: an iterator that already inherits from `%Iterator.prototype%`
/// as is, any other wrapped so that it gets the helpers.
fn from(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (iterator, next) = iterator_flattenable(vm, arg(args, 0), true, "Iterator.from")?;
    let ctor = Value::Object(vm.realm.iterator_constructor);
    if vm.ordinary_has_instance(ctor, iterator)? {
        return Ok(iterator);
    }
    let proto = vm.realm.wrap_for_valid_iterator_prototype;
    let wrapper = vm.alloc_object(Some(proto), ObjectKind::WrappedIterator { iterator, next });
    Ok(Value::Object(wrapper))
}

/// [[Iterated]] of an `Iterator.from` wrapper.
fn wrapped(vm: &mut Vm, this: Value, method: &str) -> JsResult<(Value, Value)> {
    if let Value::Object(o) = this
        && let ObjectKind::WrappedIterator { iterator, next } = vm.heap.obj(o).kind
    {
        return Ok((iterator, next));
    }
    let shown = vm.no_side_effects_text(this);
    Err(vm.type_error(format!(
        "Method %WrapForValidIteratorPrototype%.{method} called on incompatible receiver {shown}"
    )))
}

fn wrapped_next(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let (iterator, next) = wrapped(vm, this, "next")?;
    vm.call_next(iterator, next)
}

fn wrapped_return(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let (iterator, _) = wrapped(vm, this, "return")?;
    let key = vm.key("return");
    match vm.get_method(iterator, key)? {
        Some(f) => vm.call(f, iterator, &[]),
        None => Ok(iter_result(vm, Value::Undefined, true)),
    }
}

/// The receiver, its callback (checked, closing the receiver when not callable) and
/// its `next`: the start of every eager helper that takes a callback.
fn eager(vm: &mut Vm, this: Value, args: &[Value], name: &str) -> JsResult<(Value, Value, Value)> {
    let iterator = this_object(vm, this, name)?;
    let f = callback_or_close(vm, iterator, arg(args, 0))?;
    let next = vm.get_named(iterator, "next")?;
    Ok((iterator, f, next))
}

fn reduce(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (iterator, reducer, next) = eager(vm, this, args, "reduce")?;
    let (mut accumulator, mut counter) = if args.len() >= 2 {
        (args[1], 0.0)
    } else {
        match vm.iterator_step(iterator, next)? {
            Some(first) => (first, 1.0),
            None => {
                return Err(vm.type_error("Reduce of a done iterator with no initial value"));
            }
        }
    };
    while let Some(value) = vm.iterator_step(iterator, next)? {
        let result = vm.call(
            reducer,
            Value::Undefined,
            &[accumulator, value, counter.into()],
        );
        accumulator = close_on_error(vm, iterator, result)?;
        counter += 1.0;
    }
    Ok(accumulator)
}

fn to_array(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let iterator = this_object(vm, this, "toArray")?;
    let next = vm.get_named(iterator, "next")?;
    let mut items = Vec::new();
    while let Some(value) = vm.iterator_step(iterator, next)? {
        items.push(value);
    }
    Ok(Value::Object(vm.new_array(items)))
}

fn for_each(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (iterator, f, next) = eager(vm, this, args, "forEach")?;
    let mut counter = 0.0;
    while let Some(value) = vm.iterator_step(iterator, next)? {
        let result = vm.call(f, Value::Undefined, &[value, counter.into()]);
        close_on_error(vm, iterator, result)?;
        counter += 1.0;
    }
    Ok(Value::Undefined)
}

/// `some`, `every` and `find`: the first value for which the predicate's truth is
/// `wanted`, after closing the iterator; `None` when the iterator ends first.
fn first_match(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    name: &str,
    wanted: bool,
) -> JsResult<Option<Value>> {
    let (iterator, predicate, next) = eager(vm, this, args, name)?;
    let mut counter = 0.0;
    while let Some(value) = vm.iterator_step(iterator, next)? {
        let result = vm.call(predicate, Value::Undefined, &[value, counter.into()]);
        let result = close_on_error(vm, iterator, result)?;
        if vm.to_boolean(result) == wanted {
            vm.iterator_close(iterator)?;
            return Ok(Some(value));
        }
        counter += 1.0;
    }
    Ok(None)
}
