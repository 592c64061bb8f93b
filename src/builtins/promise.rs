//! `Promise` and `AggregateError`, following ECMA-262 section 27.2 step by step (the
//! step numbers in comments are the spec's), plus the hooks async functions use.
//!
//! Functions the spec creates as closures (resolving functions, `Promise.all` element
//! functions, `finally`'s wrappers) are bound functions whose target is one shared
//! native and whose bound `this` is an `InternalSlots` record holding the closure's
//! state; `then` on %Promise% itself and `await` allocate no functions at all.

use super::{arg, constructor, method};
use crate::runtime::Atom;
use crate::runtime::event_loop::{
    Capability, Handler, Job, PromiseData, PromiseState, Reaction, Reactions,
};
use crate::runtime::object::{
    BoundFunction, CONFIGURABLE, DEFAULT_ATTRS, JsObject, METHOD_ATTRS, NativeFn, Property,
    PropertyKey, PropertyMap, Slot,
};
use crate::runtime::shape::{Shape, ShapeClass};
use crate::runtime::trace;
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{AsyncFrame, CurrentJob, ErrorKind, JsError, JsResult, Layout, ResumeMode, Vm};
use std::rc::Rc;

/// The shared natives behind engine-made closures, by index in
/// `EventLoop::internals`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Internal {
    Resolve,
    Reject,
    Executor,
    AllResolve,
    SettledFulfilled,
    SettledRejected,
    AnyReject,
    ThenFinally,
    CatchFinally,
    ValueThunk,
    Thrower,
}

const INTERNALS: [(Internal, NativeFn); 11] = [
    (Internal::Resolve, resolve_function),
    (Internal::Reject, reject_function),
    (Internal::Executor, capabilities_executor),
    (Internal::AllResolve, all_resolve_element),
    (Internal::SettledFulfilled, all_settled_fulfilled),
    (Internal::SettledRejected, all_settled_rejected),
    (Internal::AnyReject, any_reject_element),
    (Internal::ThenFinally, then_finally),
    (Internal::CatchFinally, catch_finally),
    (Internal::ValueThunk, value_thunk),
    (Internal::Thrower, thrower),
];

pub fn install(vm: &mut Vm) {
    for (i, (which, f)) in INTERNALS.into_iter().enumerate() {
        debug_assert_eq!(which as usize, i);
        let native = vm.native_function("", 0, f);
        // V8 shows the resolving functions and `finally`'s wrappers as anonymous
        // frames, but not the combinators' element functions.
        if matches!(
            which,
            Internal::AllResolve
                | Internal::SettledFulfilled
                | Internal::SettledRejected
                | Internal::AnyReject
        ) {
            super::hide_from_stacks(vm, native);
        }
        vm.event_loop.internals.push(native);
    }

    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.promise_prototype = proto;
    let ctor = constructor(
        vm,
        "Promise",
        1,
        promise_call,
        Some(promise_construct),
        proto,
    );
    vm.realm.promise_constructor = ctor;
    method(vm, ctor, "all", 1, |vm, this, args| {
        combinator(vm, this, arg(args, 0), Combinator::All)
    });
    method(vm, ctor, "allSettled", 1, |vm, this, args| {
        combinator(vm, this, arg(args, 0), Combinator::AllSettled)
    });
    method(vm, ctor, "any", 1, |vm, this, args| {
        combinator(vm, this, arg(args, 0), Combinator::Any)
    });
    method(vm, ctor, "race", 1, |vm, this, args| {
        combinator(vm, this, arg(args, 0), Combinator::Race)
    });
    method(vm, ctor, "reject", 1, promise_reject_static);
    vm.realm.promise_resolve = method(vm, ctor, "resolve", 1, promise_resolve_static);
    method(vm, ctor, "withResolvers", 0, with_resolvers);
    method(vm, ctor, "try", 1, promise_try);
    let species = vm.realm.symbol_species;
    let get = vm.native_function("get [Symbol.species]", 0, |_, this, _| Ok(this));
    vm.realm.promise_species_getter = get;
    vm.define_accessor(
        ctor,
        PropertyKey::Symbol(species),
        Some(get),
        None,
        CONFIGURABLE,
    );

    vm.realm.promise_then = method(vm, proto, "then", 2, then);
    method(vm, proto, "catch", 1, catch);
    method(vm, proto, "finally", 1, finally);
    let tag = vm.realm.symbol_to_string_tag;
    let name = Value::String(vm.heap.alloc_str("Promise"));
    vm.define_value(proto, PropertyKey::Symbol(tag), name, CONFIGURABLE);

    install_aggregate_error(vm);

    let position =
        |vm: &Vm, o: ObjRef, key: PropertyKey| vm.heap.obj(o).props.get_index_of(&key).unwrap_or(0);
    vm.event_loop.promise_positions = [
        position(vm, proto, PropertyKey::String(vm.atoms.constructor)),
        position(vm, proto, PropertyKey::String(vm.atoms.then)),
        position(vm, ctor, PropertyKey::Symbol(species)),
    ];
}

/// `AggregateError`, a native error whose constructor takes the errors first.
fn install_aggregate_error(vm: &mut Vm) {
    let error_prototype = vm.realm.error_prototype;
    let proto = vm.alloc_object(Some(error_prototype), ObjectKind::Ordinary);
    vm.realm.aggregate_error_prototype = proto;
    let ctor = constructor(
        vm,
        "AggregateError",
        2,
        |vm, _, args| aggregate_error(vm, Value::Undefined, args),
        Some(aggregate_error),
        proto,
    );
    let global = Value::Object(vm.realm.global);
    if let Ok(Value::Object(error_ctor)) = vm.get_named(global, "Error") {
        vm.heap.obj_mut(ctor).set_proto(Some(error_ctor));
    }
    let name = Value::String(vm.heap.alloc_str("AggregateError"));
    vm.define_named(proto, "name", name, METHOD_ATTRS);
    let empty = Value::String(vm.heap.alloc_str(""));
    vm.define_named(proto, "message", empty, METHOD_ATTRS);
}

/// 20.5.7.1.1 AggregateError ( errors, message [ , options ] )
fn aggregate_error(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    // 1-2. OrdinaryCreateFromConstructor(newTarget, "%AggregateError.prototype%").
    let proto = vm.prototype_from_constructor(new_target, |r| r.aggregate_error_prototype)?;
    let frames = vm.capture_stack(super::error::error_stack_skip(vm, new_target));
    let o = vm.alloc_error(proto, frames);
    // 3. The message.
    let message = arg(args, 1);
    if !message.is_undefined() {
        let m = vm.to_string(message)?;
        vm.define_named(o, "message", Value::String(m), METHOD_ATTRS);
    }
    // 4. InstallErrorCause(O, options).
    if let options @ Value::Object(opts) = arg(args, 2) {
        let key = vm.key("cause");
        if vm.has_property(opts, key)? {
            let cause = vm.get(options, key)?;
            vm.define_named(o, "cause", cause, METHOD_ATTRS);
        }
    }
    // 5. errorsList = ? IteratorToList(? GetIterator(errors, sync)).
    let errors = vm.iterate_to_vec(arg(args, 0))?;
    // 6. Define "errors" as a non-enumerable array.
    let list = vm.new_array(errors);
    vm.define_named(o, "errors", Value::Object(list), METHOD_ATTRS);
    Ok(Value::Object(o))
}

/// A new AggregateError made by the engine (`Promise.any`).
fn new_aggregate_error(vm: &mut Vm, errors: Vec<Value>) -> Value {
    let proto = vm.realm.aggregate_error_prototype;
    let frames = vm.stack_frames_text();
    let o = vm.alloc_error(proto, frames);
    let message = Value::String(vm.heap.alloc_str("All promises were rejected"));
    vm.define_named(o, "message", message, METHOD_ATTRS);
    let list = vm.new_array(errors);
    vm.define_named(o, "errors", Value::Object(list), METHOD_ATTRS);
    Value::Object(o)
}

// ---------------------------------------------------------------------------------
// Records and engine-made functions

/// A function bound to a fresh record of `slots`, running internal native `which`.
fn make_closure(vm: &mut Vm, which: Internal, slots: Vec<Value>, length: u32) -> Value {
    let record = vm.alloc_object(None, ObjectKind::InternalSlots(slots));
    let target = vm.event_loop.internals[which as usize];
    closure_on(vm, target, record, length)
}

fn closure_on(vm: &mut Vm, target: ObjRef, record: ObjRef, length: u32) -> Value {
    let proto = vm.realm.function_prototype;
    let mut f = JsObject::new(
        Some(proto),
        ObjectKind::Bound(BoundFunction {
            target,
            this: Value::Object(record),
            args: Vec::new(),
        }),
    );
    // The anonymous functions the spec makes have `length` and an empty `name`: laid
    // out at once, as the VM lays out its own closures (one per combinator element).
    let empty = Value::String(vm.heap.atom_string(vm.atoms.empty));
    f.props = vm.laid_out(
        Layout::FunctionBare,
        &[
            Property::data(Value::Number(length as f64), CONFIGURABLE),
            Property::data(empty, CONFIGURABLE),
        ],
    );
    Value::Object(vm.heap.alloc_object(f))
}

/// The slots of the record an engine-made function is bound to.
fn slots(vm: &mut Vm, record: Value) -> &mut Vec<Value> {
    match record {
        Value::Object(o) => match &mut vm.heap.obj_mut(o).kind {
            ObjectKind::InternalSlots(s) => s,
            _ => unreachable!("engine-made functions are bound to a record"),
        },
        _ => unreachable!("engine-made functions are bound to a record"),
    }
}

fn slot(vm: &mut Vm, record: Value, i: usize) -> Value {
    slots(vm, record)[i]
}

/// Whether `p` is a %Promise% instance whose `constructor` and species are the
/// originals: then `p.constructor` is %Promise% and SpeciesConstructor(p, %Promise%)
/// is %Promise%, and reading them (plain data properties and the original species
/// getter, which returns its receiver) has no effect anyone can see, so it may be
/// skipped. V8 keeps the same facts in its promise protectors.
fn pristine(vm: &Vm, p: ObjRef) -> bool {
    let realm = &vm.realm;
    let obj = vm.heap.obj(p);
    // A promise with own properties may have its own `constructor`: the slow path.
    obj.proto == Some(realm.promise_prototype)
        && matches!(obj.kind, ObjectKind::Promise(_))
        && obj.props.is_empty()
        && species_pristine(vm)
}

/// Whether `Promise.prototype.constructor` and `Promise[Symbol.species]` are the
/// originals: the facts `pristine` needs beyond the promise's own.
fn species_pristine(vm: &Vm) -> bool {
    let realm = &vm.realm;
    let [at_constructor, _, at_species] = vm.event_loop.promise_positions;
    let ctor = realm.promise_constructor;
    let constructor = PropertyKey::String(vm.atoms.constructor);
    let proto = &vm.heap.obj(realm.promise_prototype).props;
    if !matches!(own_at(proto, at_constructor, constructor), Some(Property { slot: Slot::Data(Value::Object(c)), .. }) if *c == ctor)
    {
        return false;
    }
    let species = PropertyKey::Symbol(realm.symbol_species);
    matches!(
        own_at(&vm.heap.obj(ctor).props, at_species, species),
        Some(Property { slot: Slot::Accessor { get: Some(g), .. }, .. })
            if *g == realm.promise_species_getter
    )
}

/// Whether `Invoke(p, "then", ...)` would run the original `then` on a pristine
/// promise: then the engine may perform its steps directly.
fn then_is_pristine(vm: &Vm, p: ObjRef) -> bool {
    pristine(vm, p) && then_original(vm)
}

/// Whether `Promise.prototype.then` is the original.
fn then_original(vm: &Vm) -> bool {
    let then = PropertyKey::String(vm.atoms.then);
    let proto = &vm.heap.obj(vm.realm.promise_prototype).props;
    matches!(
        own_at(proto, vm.event_loop.promise_positions[1], then),
        Some(Property { slot: Slot::Data(Value::Object(f)), .. })
            if *f == vm.realm.promise_then
    )
}

/// The own property `key` of `map`, looked for first at `position`, where it was
/// when the built-ins were installed (and stays unless a script reshapes the map).
fn own_at(map: &PropertyMap, position: usize, key: PropertyKey) -> Option<&Property> {
    match map.get_index(position) {
        Some((k, p)) if *k == key => Some(p),
        _ => map.get(&key),
    }
}

/// SpeciesConstructor(promise, %Promise%), without the lookups when they cannot
/// matter.
fn promise_species(vm: &mut Vm, promise: ObjRef) -> JsResult<Value> {
    let default = Value::Object(vm.realm.promise_constructor);
    if pristine(vm, promise) {
        return Ok(default);
    }
    species_constructor(vm, promise, default)
}

/// The promise `v` is, if it is one (IsPromise).
fn as_promise(vm: &Vm, v: Value) -> Option<ObjRef> {
    match v {
        Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::Promise(_)) => Some(o),
        _ => None,
    }
}

fn data(vm: &mut Vm, p: ObjRef) -> &mut PromiseData {
    match &mut vm.heap.obj_mut(p).kind {
        ObjectKind::Promise(d) => d,
        _ => unreachable!("checked to be a promise"),
    }
}

/// How V8 names a receiver in "incompatible receiver" messages.
fn receiver_text(vm: &mut Vm, v: Value) -> String {
    match v {
        Value::Object(o) => {
            let name = vm.constructor_name(o).unwrap_or_else(|| "Object".into());
            format!("#<{name}>")
        }
        Value::String(s) => vm.heap.to_rust_string(s),
        other => vm.describe_for_error(other),
    }
}

// ---------------------------------------------------------------------------------
// 27.2.1 Promise abstract operations

/// A pending %Promise% (the hook async functions use for their result).
pub fn new_promise(vm: &mut Vm) -> ObjRef {
    let proto = vm.realm.promise_prototype;
    new_promise_with_proto(vm, proto)
}

fn new_promise_with_proto(vm: &mut Vm, proto: ObjRef) -> ObjRef {
    let p = vm.alloc_object(
        Some(proto),
        ObjectKind::Promise(PromiseData {
            state: PromiseState::Pending(Reactions::new()),
            handled: false,
        }),
    );
    trace::promise_new(vm, p);
    p
}

/// 27.2.1.3 CreateResolvingFunctions ( promise ): two functions sharing one
/// [[AlreadyResolved]] record.
fn create_resolving_functions(vm: &mut Vm, promise: ObjRef) -> (Value, Value) {
    // 1-2. alreadyResolved = { [[Value]]: false }, shared by both functions.
    let record = vm.alloc_object(
        None,
        ObjectKind::InternalSlots(vec![Value::Object(promise), Value::Bool(false)]),
    );
    let resolve_target = vm.event_loop.internals[Internal::Resolve as usize];
    let reject_target = vm.event_loop.internals[Internal::Reject as usize];
    let resolve = closure_on(vm, resolve_target, record, 1);
    let reject = closure_on(vm, reject_target, record, 1);
    (resolve, reject)
}

/// 27.2.1.3.2 Promise Resolve Functions
fn resolve_function(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 3-4. The promise and alreadyResolved from the function's record.
    let (promise, already) = (slot(vm, this, 0), slot(vm, this, 1));
    // 5. If alreadyResolved.[[Value]] is true, return undefined.
    if already == Value::Bool(true) {
        return Ok(Value::Undefined);
    }
    // 6. Set alreadyResolved.[[Value]] to true.
    slots(vm, this)[1] = Value::Bool(true);
    if let Value::Object(p) = promise {
        resolve_promise(vm, p, arg(args, 0));
    }
    Ok(Value::Undefined)
}

/// 27.2.1.3.1 Promise Reject Functions
fn reject_function(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (promise, already) = (slot(vm, this, 0), slot(vm, this, 1));
    // 5-6.
    if already == Value::Bool(true) {
        return Ok(Value::Undefined);
    }
    slots(vm, this)[1] = Value::Bool(true);
    // 7. Perform RejectPromise(promise, reason).
    if let Value::Object(p) = promise {
        reject_promise(vm, p, arg(args, 0));
    }
    Ok(Value::Undefined)
}

/// Steps 7-16 of the Promise Resolve Functions: what resolving `promise` with
/// `resolution` does (thenables are followed one job later).
pub fn resolve_promise(vm: &mut Vm, promise: ObjRef, resolution: Value) {
    if !matches!(data(vm, promise).state, PromiseState::Pending(_)) {
        return;
    }
    // 7. If SameValue(resolution, promise) is true, reject with a TypeError.
    if resolution == Value::Object(promise) {
        let e = vm.new_error(
            ErrorKind::TypeError,
            "Chaining cycle detected for promise #<Promise>",
        );
        reject_promise(vm, promise, Value::Object(e));
        return;
    }
    // 8. If resolution is not an Object, fulfill.
    if !matches!(resolution, Value::Object(_)) {
        fulfill_promise(vm, promise, resolution);
        return;
    }
    // 9. Let then be Completion(Get(resolution, "then")): on a pristine promise, the
    // original `then`, found without a lookup anyone could see.
    let pristine_then = match resolution {
        Value::Object(p) => then_is_pristine(vm, p),
        _ => false,
    };
    let then = match if pristine_then {
        Ok(Value::Object(vm.realm.promise_then))
    } else {
        vm.get(resolution, PropertyKey::String(vm.atoms.then))
    } {
        Ok(v) => v,
        // 10. If then is an abrupt completion, reject with its value.
        Err(e) => {
            let reason = vm.error_value(e);
            reject_promise(vm, promise, reason);
            return;
        }
    };
    // 12. If IsCallable(thenAction) is false, fulfill.
    if !vm.is_callable(then) {
        fulfill_promise(vm, promise, resolution);
        return;
    }
    // 13-15. HostEnqueuePromiseJob(NewPromiseResolveThenableJob(promise, resolution,
    // thenJobCallback)).
    trace::resolved_with_thenable(vm, promise, resolution);
    vm.event_loop.enqueue(Job::ResolveThenable {
        promise,
        thenable: resolution,
        then,
    });
    trace::job_enqueued(vm, None);
}

/// 27.2.1.4 FulfillPromise ( promise, value )
fn fulfill_promise(vm: &mut Vm, promise: ObjRef, value: Value) {
    trace::fulfilled(vm, promise, value);
    // 1-6. Take the reactions and record the result.
    let old = std::mem::replace(&mut data(vm, promise).state, PromiseState::Fulfilled(value));
    // 7. TriggerPromiseReactions(reactions, value).
    if let PromiseState::Pending(reactions) = old {
        trigger_reactions(vm, promise, reactions, value, false);
    }
}

/// 27.2.1.7 RejectPromise ( promise, reason ); the hook async functions use too.
pub fn reject_promise(vm: &mut Vm, promise: ObjRef, reason: Value) {
    if !matches!(data(vm, promise).state, PromiseState::Pending(_)) {
        return;
    }
    // 1-6.
    trace::rejected(vm, promise, reason);
    let d = data(vm, promise);
    let old = std::mem::replace(&mut d.state, PromiseState::Rejected(reason));
    // 7. If promise.[[PromiseIsHandled]] is false, HostPromiseRejectionTracker(promise,
    // "reject").
    if !d.handled {
        vm.event_loop.pending_rejections.push(promise);
    }
    // 8. TriggerPromiseReactions(reactions, reason).
    if let PromiseState::Pending(reactions) = old {
        trigger_reactions(vm, promise, reactions, reason, true);
    }
}

/// 27.2.1.8 TriggerPromiseReactions: one NewPromiseReactionJob per reaction, in order
/// (`promise` is the promise settled, for traces).
fn trigger_reactions(
    vm: &mut Vm,
    promise: ObjRef,
    reactions: Reactions,
    argument: Value,
    rejected: bool,
) {
    for r in reactions {
        let handler = if rejected {
            r.on_rejected
        } else {
            r.on_fulfilled
        };
        vm.event_loop.enqueue(Job::Reaction {
            capability: r.capability,
            handler,
            argument,
            rejected,
        });
        trace::job_enqueued(vm, Some(promise));
    }
}

/// The reason of `promise` if it is rejected with no handler (reported after a drain).
pub fn unhandled_reason(vm: &mut Vm, promise: ObjRef) -> Option<Value> {
    match &data(vm, promise) {
        PromiseData {
            state: PromiseState::Rejected(r),
            handled: false,
        } => Some(*r),
        _ => None,
    }
}

/// 27.2.1.5 NewPromiseCapability ( C )
fn new_capability(vm: &mut Vm, c: Value) -> JsResult<Capability> {
    // %Promise% itself: its resolving functions are unobservable, so none are made.
    if c == Value::Object(vm.realm.promise_constructor) {
        return Ok(Capability::Native(new_promise(vm)));
    }
    // 1. If IsConstructor(C) is false, throw a TypeError.
    if !vm.is_constructor(c) {
        return Err(vm.not_a_constructor(c));
    }
    // 3-5. The GetCapabilitiesExecutor closure and its record.
    let executor = make_closure(
        vm,
        Internal::Executor,
        vec![Value::Undefined, Value::Undefined],
        2,
    );
    let record = match executor {
        Value::Object(f) => match &vm.heap.obj(f).kind {
            ObjectKind::Bound(b) => b.this,
            _ => unreachable!("made as a bound function"),
        },
        _ => unreachable!("made as an object"),
    };
    // 6. Let promise be ? Construct(C, « executor »).
    let promise = vm.construct(c, &[executor], c)?;
    // 7-8. Both functions must be callable.
    let (resolve, reject) = (slot(vm, record, 0), slot(vm, record, 1));
    if !vm.is_callable(resolve) || !vm.is_callable(reject) {
        return Err(vm.type_error("Promise resolve or reject function is not callable"));
    }
    // 9-10.
    Ok(Capability::Js(Box::new([promise, resolve, reject])))
}

/// 27.2.1.5.1 GetCapabilitiesExecutor Functions
fn capabilities_executor(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 4-5. Each may be set only once.
    if !slot(vm, this, 0).is_undefined() || !slot(vm, this, 1).is_undefined() {
        return Err(
            vm.type_error("Promise executor has already been invoked with non-undefined arguments")
        );
    }
    // 6-7.
    let s = slots(vm, this);
    s[0] = arg(args, 0);
    s[1] = arg(args, 1);
    Ok(Value::Undefined)
}

fn capability_promise(cap: &Capability) -> Value {
    match cap {
        Capability::None => Value::Undefined,
        Capability::Native(p) => Value::Object(*p),
        Capability::Js(v) => v[0],
    }
}

/// Call(capability.[[Resolve]], undefined, « value »)
fn capability_resolve(vm: &mut Vm, cap: &Capability, value: Value) -> JsResult<()> {
    match cap {
        Capability::None => {}
        Capability::Native(p) => resolve_promise(vm, *p, value),
        Capability::Js(v) => {
            vm.call(v[1], Value::Undefined, &[value])?;
        }
    }
    Ok(())
}

/// Call(capability.[[Reject]], undefined, « reason »)
fn capability_reject(vm: &mut Vm, cap: &Capability, reason: Value) -> JsResult<()> {
    match cap {
        Capability::None => {}
        Capability::Native(p) => reject_promise(vm, *p, reason),
        Capability::Js(v) => {
            vm.call(v[2], Value::Undefined, &[reason])?;
        }
    }
    Ok(())
}

/// [promise, resolve, reject] as values scripts may see (resolving functions are made
/// for a %Promise% capability).
fn capability_functions(vm: &mut Vm, cap: &Capability) -> [Value; 3] {
    match cap {
        Capability::Native(p) => {
            let (resolve, reject) = create_resolving_functions(vm, *p);
            [Value::Object(*p), resolve, reject]
        }
        Capability::Js(v) => **v,
        Capability::None => [Value::Undefined; 3],
    }
}

/// 27.2.2.1 NewPromiseReactionJob and 27.2.2.2 NewPromiseResolveThenableJob, and
/// `queueMicrotask` callbacks: runs one job from the queue.
pub fn run_job(vm: &mut Vm, job: Job) -> JsResult<()> {
    // Stack traces made while the job runs continue with the async functions waiting
    // on it (V8's current microtask).
    let current = match &job {
        Job::Reaction {
            handler: Handler::Await(state),
            ..
        } => Some(CurrentJob::Await(*state)),
        Job::Reaction {
            handler: Handler::AwaitReturn(_),
            ..
        } => None,
        Job::Reaction {
            capability: Capability::Native(p),
            ..
        } => Some(CurrentJob::Derived(*p)),
        _ => None,
    };
    let outer = std::mem::replace(&mut vm.current_job, current);
    trace::job_start(vm, &job);
    let result = run_job_body(vm, job);
    trace::job_end(vm);
    vm.current_job = outer;
    result
}

fn run_job_body(vm: &mut Vm, job: Job) -> JsResult<()> {
    match job {
        Job::Reaction {
            capability,
            handler,
            argument,
            rejected,
        } => {
            // 1.c-f. handlerResult: the identity/thrower for an empty handler, else
            // Call(handler, undefined, « argument »).
            let result = match handler {
                Handler::Identity => Ok(argument),
                Handler::Thrower => Err(JsError::Thrown(argument)),
                Handler::IterResult(done) => {
                    Ok(crate::builtins::iterator::iter_result(vm, argument, done))
                }
                Handler::CloseIterator(iterator) => {
                    vm.iterator_close_on_throw(Value::Object(iterator));
                    Err(JsError::Thrown(argument))
                }
                Handler::Function(f) => vm.call(Value::Object(f), Value::Undefined, &[argument]),
                // The element function's native, run on its record as the function
                // would run it.
                Handler::Element(which, record) => {
                    INTERNALS[which as usize].1(vm, Value::Object(record), &[argument])
                }
                Handler::Await(state) => {
                    let mode = if rejected {
                        ResumeMode::Throw
                    } else {
                        ResumeMode::Next
                    };
                    return vm.resume_async(state, argument, mode);
                }
                Handler::AwaitReturn(generator) => {
                    let outcome = if rejected {
                        Err(argument)
                    } else {
                        Ok(argument)
                    };
                    vm.async_generator_return_settled(generator, outcome);
                    return Ok(());
                }
            };
            // 1.g. If promiseCapability is undefined, return.
            // 1.h-i. Reject or resolve the derived promise.
            match result {
                Ok(v) => capability_resolve(vm, &capability, v),
                Err(e) => {
                    let reason = vm.error_value(e);
                    capability_reject(vm, &capability, reason)
                }
            }
        }
        Job::ResolveThenable {
            promise,
            thenable: Value::Object(thenable),
            then,
        } if then == Value::Object(vm.realm.promise_then)
            && !trace::active(vm)
            && then_is_pristine(vm, thenable) =>
        {
            // The original `then` on a pristine promise, called with resolving
            // functions for `promise`: its reactions may settle `promise` directly, as
            // the derived promise and the functions are never seen (V8 does the same).
            // The ticks are the same: the reaction job settles `promise`.
            perform_then(
                vm,
                thenable,
                Handler::Identity,
                Handler::Thrower,
                Capability::Native(promise),
            );
            Ok(())
        }
        Job::ResolveThenable {
            promise,
            thenable,
            then,
        } => {
            // 1.a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
            let (resolve, reject) = create_resolving_functions(vm, promise);
            // 1.b. thenCallResult = Completion(HostCallJobCallback(then, thenable,
            // « resolve, reject »)).
            if let Err(e) = vm.call(then, thenable, &[resolve, reject]) {
                // 1.c. If abrupt, return ? Call(reject, undefined, « error »).
                let reason = vm.error_value(e);
                vm.call(reject, Value::Undefined, &[reason])?;
            }
            Ok(())
        }
        Job::Callback(f) => vm.call(f, Value::Undefined, &[]).map(|_| ()),
    }
}

// ---------------------------------------------------------------------------------
// Async stack traces

/// The async part of a stack trace, at most `max` frames (V8's CaptureAsyncStackTrace):
/// from the promise of the async function the current job resumed (or the promise the
/// current reaction settles), each pending promise with exactly one reaction leads to
/// whoever waits on it: an async function awaiting it (a frame), a `Promise.all`,
/// `allSettled` or `any` element (a frame), a promise resolved with it, or the promise
/// a `then` derived from it.
pub fn async_frames(vm: &mut Vm, max: usize) -> Vec<AsyncFrame> {
    let mut frames = Vec::new();
    let mut promise = match vm.current_job {
        Some(CurrentJob::Await(state)) if generator_running(vm, state) => {
            awaited_promise(vm, state)
        }
        Some(CurrentJob::Derived(p)) => Some(p),
        _ => None,
    };
    // Promises resolved with each other wait on each other forever; V8 follows such a
    // ring without end, this walk stops where it began to repeat.
    let mut seen = std::collections::HashSet::new();
    while let Some(p) = promise
        && frames.len() < max
        && seen.insert(p)
    {
        let ObjectKind::Promise(PromiseData {
            state: PromiseState::Pending(reactions),
            ..
        }) = &vm.heap.obj(p).kind
        else {
            break;
        };
        let [reaction] = &reactions[..] else {
            break;
        };
        let (fulfill, reject) = (&reaction.on_fulfilled, &reaction.on_rejected);
        let derived = match &reaction.capability {
            Capability::Native(d) => Some(*d),
            Capability::Js(v) => as_promise(vm, v[0]),
            Capability::None => None,
        };
        // An element function, or the handler that runs one without its function.
        let element = |h: &Handler, which: Internal| match *h {
            Handler::Function(f) => bound_internal(vm, f, which),
            Handler::Element(w, record) if w == which => Some(Value::Object(record)),
            _ => None,
        };
        let combinator = element(fulfill, Internal::AllResolve)
            .map(|r| ("all", r))
            .or_else(|| element(fulfill, Internal::SettledFulfilled).map(|r| ("allSettled", r)))
            .or_else(|| element(reject, Internal::AnyReject).map(|r| ("any", r)));
        let resolving = element(fulfill, Internal::Resolve);
        let awaiting = match fulfill {
            Handler::Await(state) => Some(*state),
            _ => None,
        };
        promise = if let Some(state) = awaiting {
            frames.push(AsyncFrame::Function(state));
            awaited_promise(vm, state)
        } else if let Some((name, record)) = combinator {
            let index = match slot(vm, record, 1) {
                Value::Number(n) => n as u32,
                _ => 0,
            };
            frames.push(AsyncFrame::Combinator(name, index));
            // An element already called no longer knows its combinator.
            if slot(vm, record, 0) == Value::Bool(true) {
                break;
            }
            let shared = slot(vm, record, 2);
            match slot(vm, shared, 1) {
                Value::Object(settle) => resolving_promise(vm, settle),
                _ => None,
            }
        } else if let Some(record) = resolving {
            let settled = slot(vm, record, 0);
            as_promise(vm, settled)
        } else {
            derived
        };
    }
    frames
}

/// Whether the async function or generator `state` is running.
fn generator_running(vm: &Vm, state: ObjRef) -> bool {
    matches!(&vm.heap.obj(state).kind,
        ObjectKind::Generator(g) if g.state == crate::vm::GeneratorState::Executing)
}

/// The promise an async function's caller gets, or the one of the request an async
/// generator is answering.
fn awaited_promise(vm: &Vm, state: ObjRef) -> Option<ObjRef> {
    let ObjectKind::Generator(g) = &vm.heap.obj(state).kind else {
        return None;
    };
    match &g.async_queue {
        Some(queue) => queue.front().map(|r| r.promise),
        None => g.promise,
    }
}

/// The record of `f` when it is an engine-made closure running internal `which`.
fn bound_internal(vm: &Vm, f: ObjRef, which: Internal) -> Option<Value> {
    match &vm.heap.obj(f).kind {
        ObjectKind::Bound(b) if b.target == vm.event_loop.internals[which as usize] => Some(b.this),
        _ => None,
    }
}

/// The promise a resolving function (resolve or reject) settles.
fn resolving_promise(vm: &mut Vm, f: ObjRef) -> Option<ObjRef> {
    let record = bound_internal(vm, f, Internal::Resolve)
        .or_else(|| bound_internal(vm, f, Internal::Reject))?;
    let settled = slot(vm, record, 0);
    as_promise(vm, settled)
}

/// What an engine-made closure refers to (for traces).
pub enum ClosureTarget {
    /// The promise a resolving function settles.
    Promise(ObjRef),
    /// The element a combinator's element function fills.
    Index(u32),
    /// The `onFinally` a `finally` wrapper calls.
    Function(ObjRef),
    Nothing,
}

/// When `f` is a closure the promise machinery made: what it is (`resolve`, `reject`,
/// `finally`, `finally-return`, `finally-rethrow`, `all`, `allSettled`, `any`) and
/// what it refers to. Reads internal slots only.
pub fn engine_closure(vm: &Vm, f: ObjRef) -> Option<(&'static str, ClosureTarget)> {
    let ObjectKind::Bound(b) = &vm.heap.obj(f).kind else {
        return None;
    };
    let which = vm
        .event_loop
        .internals
        .iter()
        .position(|&i| i == b.target)?;
    let (kind, which) = INTERNALS.get(which).map(|&(which, _)| match which {
        Internal::Resolve => ("resolve", which),
        Internal::Reject => ("reject", which),
        Internal::ThenFinally | Internal::CatchFinally => ("finally", which),
        Internal::ValueThunk => ("finally-return", which),
        Internal::Thrower => ("finally-rethrow", which),
        Internal::AllResolve => ("all", which),
        Internal::SettledFulfilled | Internal::SettledRejected => ("allSettled", which),
        Internal::AnyReject => ("any", which),
        Internal::Executor => ("executor", which),
    })?;
    let ObjectKind::InternalSlots(slots) = &vm.heap.obj(b.this.as_object()?).kind else {
        return None;
    };
    let target = match (which, slots.first().copied(), slots.get(1).copied()) {
        (Internal::Resolve | Internal::Reject, Some(Value::Object(p)), _) => {
            ClosureTarget::Promise(p)
        }
        (Internal::ThenFinally | Internal::CatchFinally, Some(Value::Object(g)), _) => {
            ClosureTarget::Function(g)
        }
        (
            Internal::AllResolve
            | Internal::SettledFulfilled
            | Internal::SettledRejected
            | Internal::AnyReject,
            _,
            Some(Value::Number(i)),
        ) => ClosureTarget::Index(i as u32),
        _ => ClosureTarget::Nothing,
    };
    Some((kind, target))
}

/// 27.2.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected, resultCapability )
pub fn perform_then(
    vm: &mut Vm,
    promise: ObjRef,
    on_fulfilled: Handler,
    on_rejected: Handler,
    capability: Capability,
) {
    trace::then_performed(vm, promise, &on_fulfilled, &capability);
    let d = data(vm, promise);
    // 11.c. A rejected promise gets its first handler: HostPromiseRejectionTracker(
    // promise, "handle").
    if !d.handled && matches!(d.state, PromiseState::Rejected(_)) {
        d.handled = true;
        vm.event_loop.rejection_handled(promise);
    }
    let d = data(vm, promise);
    // 12. Set promise.[[PromiseIsHandled]] to true.
    d.handled = true;
    match &mut d.state {
        // 9. Pending: append the reactions.
        PromiseState::Pending(reactions) => reactions.push(Reaction {
            capability,
            on_fulfilled,
            on_rejected,
        }),
        // 10. Fulfilled: queue the fulfill job now.
        PromiseState::Fulfilled(v) => {
            let argument = *v;
            vm.event_loop.enqueue(Job::Reaction {
                capability,
                handler: on_fulfilled,
                argument,
                rejected: false,
            });
            trace::job_enqueued(vm, Some(promise));
        }
        // 11. Rejected: (HostPromiseRejectionTracker "handle" when it was unhandled:
        // the report after the drain checks [[PromiseIsHandled]]) then the reject job.
        PromiseState::Rejected(r) => {
            let argument = *r;
            vm.event_loop.enqueue(Job::Reaction {
                capability,
                handler: on_rejected,
                argument,
                rejected: true,
            });
            trace::job_enqueued(vm, Some(promise));
        }
    }
}

/// `await`: PerformPromiseThen(promise, onFulfilled, onRejected) with reactions that
/// resume the async function `function_state`.
pub fn await_promise(vm: &mut Vm, promise: ObjRef, function_state: ObjRef) {
    trace::awaiting(vm, promise, function_state);
    perform_then(
        vm,
        promise,
        Handler::Await(function_state),
        Handler::Await(function_state),
        Capability::None,
    );
    trace::awaited(vm);
}

/// What `await v` waits on: the promise PromiseResolve(%Promise%, v) gives, or, for a
/// primitive `v`, nothing: that promise would be fulfilled with `v` at once and never
/// seen by anyone, so the resumption is queued directly (`await_fulfilled`). Traces
/// show every promise, so while tracing the promise is made.
pub fn awaited(vm: &mut Vm, v: Value) -> JsResult<Option<ObjRef>> {
    if !matches!(v, Value::Object(_)) && !trace::active(vm) {
        return Ok(None);
    }
    promise_resolve(vm, v).map(Some)
}

/// `await v` for a primitive `v`: PerformPromiseThen on a promise fulfilled with `v`,
/// which queues the reaction job that resumes `function_state` (step 10).
pub fn await_fulfilled(vm: &mut Vm, v: Value, function_state: ObjRef) {
    vm.event_loop.enqueue(Job::Reaction {
        capability: Capability::None,
        handler: Handler::Await(function_state),
        argument: v,
        rejected: false,
    });
}

/// PromiseResolve(%Promise%, value): the hook `await` uses.
pub fn promise_resolve(vm: &mut Vm, value: Value) -> JsResult<ObjRef> {
    let c = Value::Object(vm.realm.promise_constructor);
    match promise_resolve_with(vm, c, value)? {
        Value::Object(p) => Ok(p),
        _ => unreachable!("%Promise% makes promises"),
    }
}

/// 27.2.4.7.1 PromiseResolve ( C, x )
fn promise_resolve_with(vm: &mut Vm, c: Value, x: Value) -> JsResult<Value> {
    // 1. If IsPromise(x) and x.constructor is C, return x.
    if let Some(p) = as_promise(vm, x)
        && c == Value::Object(vm.realm.promise_constructor)
        && pristine(vm, p)
    {
        return Ok(x);
    }
    if as_promise(vm, x).is_some() {
        let x_constructor = vm.get(x, PropertyKey::String(vm.atoms.constructor))?;
        if vm.same_value(x_constructor, c) {
            return Ok(x);
        }
    }
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    let cap = new_capability(vm, c)?;
    // 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « x »).
    capability_resolve(vm, &cap, x)?;
    // 4. Return promiseCapability.[[Promise]].
    Ok(capability_promise(&cap))
}

/// 7.3.22 SpeciesConstructor ( O, defaultConstructor )
pub(crate) fn species_constructor(vm: &mut Vm, o: ObjRef, default: Value) -> JsResult<Value> {
    // 1. Let C be ? Get(O, "constructor").
    let c = vm.get(Value::Object(o), PropertyKey::String(vm.atoms.constructor))?;
    // 2. If C is undefined, return defaultConstructor.
    if c.is_undefined() {
        return Ok(default);
    }
    // 3. If C is not an Object, throw a TypeError.
    if !matches!(c, Value::Object(_)) {
        return Err(vm.type_error("The .constructor property is not an object"));
    }
    // 4. Let S be ? Get(C, @@species).
    let species = PropertyKey::Symbol(vm.realm.symbol_species);
    let s = vm.get(c, species)?;
    // 5. If S is either undefined or null, return defaultConstructor.
    if s.is_nullish() {
        return Ok(default);
    }
    // 6. If IsConstructor(S) is true, return S.
    if vm.is_constructor(s) {
        return Ok(s);
    }
    // 7. Throw a TypeError.
    Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"))
}

/// Invoke(v, "then", args)
fn invoke_then(vm: &mut Vm, v: Value, args: &[Value]) -> JsResult<Value> {
    let f = vm.get(v, PropertyKey::String(vm.atoms.then))?;
    if !vm.is_callable(f) {
        return Err(vm.not_a_function(f));
    }
    vm.call(f, v, args)
}

// ---------------------------------------------------------------------------------
// 27.2.3 The Promise constructor

fn promise_call(vm: &mut Vm, _: Value, _: &[Value]) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError.
    Err(vm.type_error("Promise constructor cannot be invoked without 'new'"))
}

/// 27.2.3.1 Promise ( executor )
fn promise_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let executor = arg(args, 0);
    // 2. If IsCallable(executor) is false, throw a TypeError.
    if !vm.is_callable(executor) {
        let shown = receiver_text(vm, executor);
        return Err(vm.type_error(format!("Promise resolver {shown} is not a function")));
    }
    // 3-7. OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%").
    let proto = vm.prototype_from_constructor(new_target, |r| r.promise_prototype)?;
    let promise = new_promise_with_proto(vm, proto);
    // 8. Let resolvingFunctions be CreateResolvingFunctions(promise).
    let (resolve, reject) = create_resolving_functions(vm, promise);
    // 9. Let completion be Completion(Call(executor, undefined, « resolve, reject »)).
    if let Err(e) = vm.call(executor, Value::Undefined, &[resolve, reject]) {
        // 10. If completion is abrupt, perform ? Call(reject, undefined, « value »).
        let reason = vm.error_value(e);
        vm.call(reject, Value::Undefined, &[reason])?;
    }
    // 11. Return promise.
    Ok(Value::Object(promise))
}

// ---------------------------------------------------------------------------------
// 27.2.4 Properties of the Promise constructor

#[derive(Clone, Copy, PartialEq)]
enum Combinator {
    All,
    AllSettled,
    Any,
    Race,
}

/// IfAbruptRejectPromise(value, capability)
fn reject_abrupt(vm: &mut Vm, e: JsError, reject: Value, promise: Value) -> JsResult<Value> {
    let reason = vm.error_value(e);
    vm.call(reject, Value::Undefined, &[reason])?;
    Ok(promise)
}

/// 27.2.4.1 Promise.all, 27.2.4.2 Promise.allSettled, 27.2.4.3 Promise.any and
/// 27.2.4.5 Promise.race: the shared steps 1-8.
fn combinator(vm: &mut Vm, c: Value, iterable: Value, kind: Combinator) -> JsResult<Value> {
    // 1-2. Let promiseCapability be ? NewPromiseCapability(C).
    let cap = new_capability(vm, c)?;
    let [promise, resolve, reject] = capability_functions(vm, &cap);
    // 3-4. Let promiseResolve be Completion(GetPromiseResolve(C)); IfAbruptRejectPromise.
    let promise_resolve = match vm.get(c, PropertyKey::String(vm.atoms.resolve)) {
        Ok(f) if vm.is_callable(f) => f,
        Ok(_) => {
            let e = vm.type_error("Promise resolve or reject function is not callable");
            return reject_abrupt(vm, e, reject, promise);
        }
        Err(e) => return reject_abrupt(vm, e, reject, promise),
    };
    // 5-6. Let iteratorRecord be Completion(GetIterator(iterable, sync)).
    let (iter, next) = match vm.get_iterator(iterable) {
        Ok(r) => r,
        Err(e) => return reject_abrupt(vm, e, reject, promise),
    };
    // 7. Let result be Completion(PerformPromiseX(...)).
    let mut done = false;
    let step = Step {
        iter,
        next,
        c,
        promise_resolve,
        promise,
        resolve,
        reject,
    };
    match perform_combinator(vm, &step, &mut done, kind) {
        Ok(v) => Ok(v),
        Err(e) => {
            // 8.a. If iteratorRecord.[[Done]] is false, IteratorClose (its own errors
            // are dropped in favour of the original one).
            if !done {
                let _ = vm.iterator_close(iter);
            }
            // 8.b. IfAbruptRejectPromise(result, promiseCapability).
            reject_abrupt(vm, e, reject, promise)
        }
    }
}

struct Step {
    iter: Value,
    next: Value,
    c: Value,
    promise_resolve: Value,
    promise: Value,
    resolve: Value,
    reject: Value,
}

/// PerformPromiseAll / AllSettled / Any / Race.
fn perform_combinator(vm: &mut Vm, s: &Step, done: &mut bool, kind: Combinator) -> JsResult<Value> {
    // 1. Let values (or errors) be a new empty List: kept in an internal array.
    let values = vm.new_array(Vec::new());
    // 2. Let remainingElementsCount be the Record { [[Value]]: 1 }; shared with the
    // element functions together with the list and the function to settle with.
    let settle = if kind == Combinator::Any {
        s.reject
    } else {
        s.resolve
    };
    let shared = vm.alloc_object(
        None,
        ObjectKind::InternalSlots(vec![Value::Object(values), settle, Value::Number(1.0)]),
    );
    // 3. Let index be 0.
    let mut index = 0u32;
    let direct_resolve = s.c == Value::Object(vm.realm.promise_constructor)
        && s.promise_resolve == Value::Object(vm.realm.promise_resolve);
    // 4. Repeat,
    loop {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        let next = match vm.iterator_step(s.iter, s.next) {
            Ok(v) => v,
            Err(e) => {
                *done = true;
                return Err(e);
            }
        };
        // b. If next is done, then
        let Some(next) = next else {
            *done = true;
            if kind == Combinator::Race {
                return Ok(s.promise);
            }
            // ii. Set remainingElementsCount.[[Value]] to ... - 1; iii. if 0, settle.
            if decrement_remaining(vm, shared) {
                let list = element_list(vm, values);
                if kind == Combinator::Any {
                    // Any: throw a new AggregateError with the errors.
                    let error = new_aggregate_error(vm, list);
                    return Err(JsError::Thrown(error));
                }
                let array = vm.new_array(list);
                vm.call(s.resolve, Value::Undefined, &[Value::Object(array)])?;
            }
            return Ok(s.promise);
        };
        // c. Append undefined to values.
        if kind != Combinator::Race
            && let Some(a) = vm.heap.obj_mut(values).array_mut()
        {
            a.elements.push(Value::Undefined);
            a.length += 1;
        }
        // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »). The
        // original `Promise.resolve` on %Promise% is PromiseResolve itself. For a
        // primitive `next` that makes a promise fulfilled with it, and the original
        // `then` on it (step m) queues the fulfill reaction at once: when nothing on
        // the way is patched, nobody can see that promise, so (untraced) none is made.
        let next_promise = if direct_resolve {
            if !matches!(next, Value::Object(_))
                && !trace::active(vm)
                && species_pristine(vm)
                && then_original(vm)
            {
                None
            } else {
                Some(promise_resolve_with(vm, s.c, next)?)
            }
        } else {
            Some(vm.call(s.promise_resolve, s.c, &[next])?)
        };
        // m. Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »). On a
        // promise whose `then` is the original, that is PerformPromiseThen with a
        // derived promise nobody can reach (its handlers never throw), so, as V8
        // does, the reactions are added without one, and the element functions,
        // which nobody can reach either, are run by their handlers without function
        // objects. Traces show that promise and those functions.
        let direct = match next_promise {
            None => Some(None),
            Some(v) => match as_promise(vm, v) {
                Some(p) if !trace::active(vm) && then_is_pristine(vm, p) => Some(Some(p)),
                _ => None,
            },
        };
        if let Some(target) = direct {
            let resolve = handler_of(vm, s.resolve, Handler::Identity);
            let reject = handler_of(vm, s.reject, Handler::Thrower);
            let (on_fulfilled, on_rejected) = match kind {
                Combinator::Race => (resolve, reject),
                _ => {
                    let record = new_element(vm, shared, index);
                    let element = |which| Handler::Element(which, record);
                    match kind {
                        Combinator::All => (element(Internal::AllResolve), reject),
                        Combinator::AllSettled => (
                            element(Internal::SettledFulfilled),
                            element(Internal::SettledRejected),
                        ),
                        _ => (resolve, element(Internal::AnyReject)),
                    }
                }
            };
            match target {
                Some(p) => perform_then(vm, p, on_fulfilled, on_rejected, Capability::None),
                None => vm.event_loop.enqueue(Job::Reaction {
                    capability: Capability::None,
                    handler: on_fulfilled,
                    argument: next,
                    rejected: false,
                }),
            }
        } else if let Some(next_promise) = next_promise {
            let (on_fulfilled, on_rejected) = match kind {
                Combinator::Race => (s.resolve, s.reject),
                _ => {
                    let record = new_element(vm, shared, index);
                    let element = |vm: &mut Vm, which: Internal| {
                        let target = vm.event_loop.internals[which as usize];
                        closure_on(vm, target, record, 1)
                    };
                    match kind {
                        Combinator::All => (element(vm, Internal::AllResolve), s.reject),
                        Combinator::AllSettled => (
                            element(vm, Internal::SettledFulfilled),
                            element(vm, Internal::SettledRejected),
                        ),
                        _ => (s.resolve, element(vm, Internal::AnyReject)),
                    }
                }
            };
            invoke_then(vm, next_promise, &[on_fulfilled, on_rejected])?;
        }
        // n. Set index to index + 1.
        index += 1;
    }
}

/// Steps e-l of PerformPromiseAll (and its kin) for element `index`: the record of
/// its element functions ([[AlreadyCalled]], [[Index]] and the shared record), and
/// remainingElementsCount + 1.
fn new_element(vm: &mut Vm, shared: ObjRef, index: u32) -> ObjRef {
    let record = vm.alloc_object(
        None,
        ObjectKind::InternalSlots(vec![
            Value::Bool(false),
            Value::Number(index as f64),
            Value::Object(shared),
        ]),
    );
    if let ObjectKind::InternalSlots(v) = &mut vm.heap.obj_mut(shared).kind
        && let Value::Number(n) = &mut v[2]
    {
        *n += 1.0;
    }
    record
}

/// Decrements remainingElementsCount; true when it reached 0.
fn decrement_remaining(vm: &mut Vm, shared: ObjRef) -> bool {
    match &mut vm.heap.obj_mut(shared).kind {
        ObjectKind::InternalSlots(v) => match &mut v[2] {
            Value::Number(n) => {
                *n -= 1.0;
                *n == 0.0
            }
            _ => false,
        },
        _ => false,
    }
}

fn element_list(vm: &mut Vm, values: ObjRef) -> Vec<Value> {
    vm.heap
        .obj(values)
        .array()
        .map(|a| a.elements.clone())
        .unwrap_or_default()
}

/// The common part of the element functions: marks the record called, stores `x` at
/// its index, and settles with the list when it was the last one.
fn element_settled(vm: &mut Vm, this: Value, x: Value, any: bool) -> JsResult<Value> {
    // 1-3. If F.[[AlreadyCalled]] is true, return undefined; else set it.
    if slot(vm, this, 0) == Value::Bool(true) {
        return Ok(Value::Undefined);
    }
    slots(vm, this)[0] = Value::Bool(true);
    let index = match slot(vm, this, 1) {
        Value::Number(n) => n as usize,
        _ => 0,
    };
    let Value::Object(shared) = slot(vm, this, 2) else {
        return Ok(Value::Undefined);
    };
    let (values, settle) = match &vm.heap.obj(shared).kind {
        ObjectKind::InternalSlots(v) => (v[0], v[1]),
        _ => return Ok(Value::Undefined),
    };
    let Value::Object(values) = values else {
        return Ok(Value::Undefined);
    };
    // Set values[index] to x.
    if let Some(a) = vm.heap.obj_mut(values).array_mut()
        && let Some(slot) = a.elements.get_mut(index)
    {
        *slot = x;
    }
    // remainingElementsCount - 1; if 0, settle with the list.
    if decrement_remaining(vm, shared) {
        let list = element_list(vm, values);
        let result = if any {
            new_aggregate_error(vm, list)
        } else {
            Value::Object(vm.new_array(list))
        };
        return vm.call(settle, Value::Undefined, &[result]);
    }
    Ok(Value::Undefined)
}

/// 27.2.4.1.2 Promise.all Resolve Element Functions
fn all_resolve_element(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    element_settled(vm, this, arg(args, 0), false)
}

/// The keys and shapes of allSettled's `{ status, value }` and `{ status, reason }`
/// objects and their status texts, in that order.
pub struct SettledLayout {
    keys: [[PropertyKey; 2]; 2],
    shapes: [Rc<Shape>; 2],
    statuses: [Atom; 2],
}

/// A `{ status, value }` (or, when `rejected`, `{ status, reason }`) object for
/// allSettled: a fresh plain object, so CreateDataProperty only lays out the two.
fn settled_object(vm: &mut Vm, rejected: bool, x: Value) -> Value {
    if vm.event_loop.settled_layout.is_none() {
        let atom = |vm: &mut Vm, name: &str| match vm.key(name) {
            PropertyKey::String(a) => a,
            _ => unreachable!("not an index"),
        };
        let status = PropertyKey::String(atom(vm, "status"));
        let value = PropertyKey::String(atom(vm, "value"));
        let reason = PropertyKey::String(atom(vm, "reason"));
        let shape = |keys: &[PropertyKey]| PropertyMap::shape_for(ShapeClass::Ordinary, keys);
        let keys = [[status, value], [status, reason]];
        let layout = SettledLayout {
            shapes: [shape(&keys[0]), shape(&keys[1])],
            keys,
            statuses: [atom(vm, "fulfilled"), atom(vm, "rejected")],
        };
        vm.event_loop.settled_layout = Some(layout);
    }
    let Some(layout) = &vm.event_loop.settled_layout else {
        unreachable!("made above")
    };
    let i = usize::from(rejected);
    let (keys, shape, status) = (layout.keys[i], layout.shapes[i].clone(), layout.statuses[i]);
    let status = Value::String(vm.heap.atom_string(status));
    let entries = vec![
        (keys[0], Property::data(status, DEFAULT_ATTRS)),
        (keys[1], Property::data(x, DEFAULT_ATTRS)),
    ];
    let mut obj = JsObject::new(Some(vm.realm.object_prototype), ObjectKind::Ordinary);
    obj.props = PropertyMap::with_shape(entries, shape);
    Value::Object(vm.heap.alloc_object(obj))
}

/// 27.2.4.2.2 Promise.allSettled Resolve Element Functions
fn all_settled_fulfilled(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if slot(vm, this, 0) == Value::Bool(true) {
        return Ok(Value::Undefined);
    }
    let obj = settled_object(vm, false, arg(args, 0));
    element_settled(vm, this, obj, false)
}

/// 27.2.4.2.3 Promise.allSettled Reject Element Functions
fn all_settled_rejected(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if slot(vm, this, 0) == Value::Bool(true) {
        return Ok(Value::Undefined);
    }
    let obj = settled_object(vm, true, arg(args, 0));
    element_settled(vm, this, obj, false)
}

/// 27.2.4.3.2 Promise.any Reject Element Functions
fn any_reject_element(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    element_settled(vm, this, arg(args, 0), true)
}

/// 27.2.4.6 Promise.reject ( r )
fn promise_reject_static(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1-2. Let promiseCapability be ? NewPromiseCapability(C).
    let cap = new_capability(vm, this)?;
    // 3. Perform ? Call(promiseCapability.[[Reject]], undefined, « r »).
    capability_reject(vm, &cap, arg(args, 0))?;
    // 4. Return promiseCapability.[[Promise]].
    Ok(capability_promise(&cap))
}

/// 27.2.4.7 Promise.resolve ( x )
fn promise_resolve_static(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 2. If C is not an Object, throw a TypeError.
    if !matches!(this, Value::Object(_)) {
        return Err(vm.type_error("PromiseResolve called on non-object"));
    }
    // 3. Return ? PromiseResolve(C, x).
    promise_resolve_with(vm, this, arg(args, 0))
}

/// 27.2.4.8 Promise.try ( callback, ...args )
fn promise_try(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 2. If C is not an Object, throw a TypeError.
    if !matches!(this, Value::Object(_)) {
        return Err(vm.type_error("Promise.try called on non-object"));
    }
    // 3. Let promiseCapability be ? NewPromiseCapability(C).
    let cap = new_capability(vm, this)?;
    // 4. Let status be Completion(Call(callback, undefined, args)).
    let rest = args.get(1..).unwrap_or(&[]);
    match vm.call(arg(args, 0), Value::Undefined, rest) {
        // 5. Abrupt: ? Call(promiseCapability.[[Reject]], undefined, « status.[[Value]] »).
        Err(e) => {
            let reason = vm.error_value(e);
            capability_reject(vm, &cap, reason)?;
        }
        // 6. Else ? Call(promiseCapability.[[Resolve]], undefined, « status.[[Value]] »).
        Ok(v) => capability_resolve(vm, &cap, v)?,
    }
    // 7. Return promiseCapability.[[Promise]].
    Ok(capability_promise(&cap))
}

/// 27.2.4.9 Promise.withResolvers ( )
fn with_resolvers(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    let cap = new_capability(vm, this)?;
    let [promise, resolve, reject] = capability_functions(vm, &cap);
    // 3-6. { promise, resolve, reject }
    let obj = vm.new_object();
    for (name, v) in [
        ("promise", promise),
        ("resolve", resolve),
        ("reject", reject),
    ] {
        let key = vm.key(name);
        vm.create_data_property(obj, key, v)?;
    }
    Ok(Value::Object(obj))
}

// ---------------------------------------------------------------------------------
// 27.2.5 Properties of the Promise prototype object

/// A handler from a `then` argument: the function, or the default when not callable.
fn handler_of(vm: &Vm, v: Value, default: Handler) -> Handler {
    match v {
        Value::Object(f) if vm.is_callable(v) => Handler::Function(f),
        _ => default,
    }
}

/// 27.2.5.4 Promise.prototype.then ( onFulfilled, onRejected )
fn then(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1-2. If IsPromise(promise) is false, throw a TypeError.
    let Some(promise) = as_promise(vm, this) else {
        let shown = receiver_text(vm, this);
        return Err(vm.type_error(format!(
            "Method Promise.prototype.then called on incompatible receiver {shown}"
        )));
    };
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    // 4. Let resultCapability be ? NewPromiseCapability(C).
    // A pristine promise's C is %Promise%, whose capability is a bare new promise.
    let cap = if pristine(vm, promise) {
        Capability::Native(new_promise(vm))
    } else {
        let c = promise_species(vm, promise)?;
        new_capability(vm, c)?
    };
    let result = capability_promise(&cap);
    // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
    // (PerformPromiseThen 3-6: a handler that is not callable is empty.)
    let on_fulfilled = handler_of(vm, arg(args, 0), Handler::Identity);
    let on_rejected = handler_of(vm, arg(args, 1), Handler::Thrower);
    perform_then(vm, promise, on_fulfilled, on_rejected, cap);
    Ok(result)
}

/// 27.2.5.1 Promise.prototype.catch ( onRejected )
fn catch(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 2. Return ? Invoke(promise, "then", « undefined, onRejected »).
    invoke_then(vm, this, &[Value::Undefined, arg(args, 0)])
}

/// 27.2.5.3 Promise.prototype.finally ( onFinally )
fn finally(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 2. If promise is not an Object, throw a TypeError.
    let Value::Object(promise) = this else {
        let shown = receiver_text(vm, this);
        return Err(vm.type_error(format!(
            "Method Promise.prototype.finally called on incompatible receiver {shown}"
        )));
    };
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    let c = match as_promise(vm, this) {
        Some(p) => promise_species(vm, p)?,
        None => species_constructor(vm, promise, Value::Object(vm.realm.promise_constructor))?,
    };
    let on_finally = arg(args, 0);
    // 5-7. Wrap onFinally when it is callable.
    let (then_finally, catch_finally) = if vm.is_callable(on_finally) {
        (
            make_closure(vm, Internal::ThenFinally, vec![on_finally, c], 1),
            make_closure(vm, Internal::CatchFinally, vec![on_finally, c], 1),
        )
    } else {
        (on_finally, on_finally)
    };
    // 8. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
    invoke_then(vm, this, &[then_finally, catch_finally])
}

/// 27.2.5.3 step 6.a: thenFinally ( value )
fn then_finally(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    finally_step(vm, this, arg(args, 0), Internal::ValueThunk)
}

/// 27.2.5.3 step 7.a: catchFinally ( reason )
fn catch_finally(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    finally_step(vm, this, arg(args, 0), Internal::Thrower)
}

fn finally_step(vm: &mut Vm, this: Value, value: Value, then: Internal) -> JsResult<Value> {
    let (on_finally, c) = (slot(vm, this, 0), slot(vm, this, 1));
    // i. Let result be ? Call(onFinally, undefined).
    let result = vm.call(on_finally, Value::Undefined, &[])?;
    // ii. Let p be ? PromiseResolve(C, result).
    let p = promise_resolve_with(vm, c, result)?;
    // iii-iv. A closure that returns the value (or throws the reason).
    let f = make_closure(vm, then, vec![value], 0);
    // v. Return ? Invoke(p, "then", « returnValue »).
    invoke_then(vm, p, &[f])
}

fn value_thunk(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    Ok(slot(vm, this, 0))
}

fn thrower(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    Err(JsError::Thrown(slot(vm, this, 0)))
}

#[cfg(test)]
mod tests {
    /// A promise keeps its first reaction inline without making every object's kind
    /// (and so every object) bigger.
    #[test]
    fn promise_data_is_small() {
        use crate::runtime::event_loop::{PromiseData, Reaction};
        assert!(std::mem::size_of::<Reaction>() <= 40);
        assert!(std::mem::size_of::<PromiseData>() <= 56);
        assert!(std::mem::size_of::<crate::runtime::ObjectKind>() <= 56);
        assert!(std::mem::size_of::<crate::runtime::JsObject>() <= 112);
        // A handle's unused position 0 lets an accessor's getter and setter share a
        // data value's space.
        assert!(std::mem::size_of::<crate::runtime::Property>() <= 24);
    }
}
