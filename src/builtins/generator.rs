//! %GeneratorFunction.prototype% and %GeneratorPrototype%: `next`, `return`, `throw`.

use super::iterator::{iter_result, tag};
use super::promise;
use super::{arg, method};
use crate::runtime::event_loop::{Capability, Handler};
use crate::runtime::object::CONFIGURABLE;
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, ResumeMode, Resumed, Vm};

pub fn install(vm: &mut Vm) {
    let function_prototype = vm.realm.function_prototype;
    let generator_function_prototype =
        vm.alloc_object(Some(function_prototype), ObjectKind::Ordinary);
    vm.realm.generator_function_prototype = generator_function_prototype;
    tag(vm, generator_function_prototype, "GeneratorFunction");

    let iterator_prototype = vm.realm.iterator_prototype;
    let proto = vm.alloc_object(Some(iterator_prototype), ObjectKind::Ordinary);
    vm.realm.generator_prototype = proto;
    vm.define_named(
        generator_function_prototype,
        "prototype",
        Value::Object(proto),
        CONFIGURABLE,
    );
    vm.define_named(
        proto,
        "constructor",
        Value::Object(generator_function_prototype),
        CONFIGURABLE,
    );
    method(vm, proto, "next", 1, |vm, this, args| {
        resume(vm, this, ResumeMode::Next, arg(args, 0), "next")
    });
    method(vm, proto, "return", 1, |vm, this, args| {
        resume(vm, this, ResumeMode::Return, arg(args, 0), "return")
    });
    method(vm, proto, "throw", 1, |vm, this, args| {
        resume(vm, this, ResumeMode::Throw, arg(args, 0), "throw")
    });
    tag(vm, proto, "Generator");

    // %AsyncIteratorPrototype% and %AsyncGeneratorPrototype%.
    let object_prototype = vm.realm.object_prototype;
    let async_iterator = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.async_iterator_prototype = async_iterator;
    let sym = vm.realm.symbol_async_iterator;
    super::symbol_method(
        vm,
        async_iterator,
        sym,
        "[Symbol.asyncIterator]",
        0,
        |_, this, _| Ok(this),
    );
    // %AsyncFromSyncIteratorPrototype%: a sync iterator as `for await` and `yield*` in
    // an async generator see it (27.1.6).
    let from_sync = vm.alloc_object(Some(async_iterator), ObjectKind::Ordinary);
    vm.realm.async_from_sync_iterator_prototype = from_sync;
    method(vm, from_sync, "next", 1, |vm, this, args| {
        Ok(async_from_sync(vm, this, args, ResumeMode::Next))
    });
    method(vm, from_sync, "return", 1, |vm, this, args| {
        Ok(async_from_sync(vm, this, args, ResumeMode::Return))
    });
    method(vm, from_sync, "throw", 1, |vm, this, args| {
        Ok(async_from_sync(vm, this, args, ResumeMode::Throw))
    });

    let async_proto = vm.alloc_object(Some(async_iterator), ObjectKind::Ordinary);
    vm.realm.async_generator_prototype = async_proto;
    method(vm, async_proto, "next", 1, |vm, this, args| {
        Ok(Value::Object(vm.async_generator_enqueue(
            this,
            ResumeMode::Next,
            arg(args, 0),
        )))
    });
    method(vm, async_proto, "return", 1, |vm, this, args| {
        Ok(Value::Object(vm.async_generator_enqueue(
            this,
            ResumeMode::Return,
            arg(args, 0),
        )))
    });
    method(vm, async_proto, "throw", 1, |vm, this, args| {
        Ok(Value::Object(vm.async_generator_enqueue(
            this,
            ResumeMode::Throw,
            arg(args, 0),
        )))
    });
    tag(vm, async_proto, "AsyncGenerator");
}

/// The three methods: resume the generator and wrap what it produced.
fn resume(vm: &mut Vm, this: Value, mode: ResumeMode, value: Value, name: &str) -> JsResult<Value> {
    let generator = match this {
        Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::Generator(_)) => o,
        _ => {
            let shown = vm.describe_for_error(this);
            return Err(vm.type_error(format!(
                "{name} method called on incompatible receiver {shown}"
            )));
        }
    };
    Ok(match vm.generator_resume(generator, mode, value)? {
        Resumed::Yield(v) => iter_result(vm, v, false),
        Resumed::YieldRaw(result) => result,
        Resumed::Done(v) => iter_result(vm, v, true),
    })
}

/// The constructors of generator, async and async generator functions
/// (`%GeneratorFunction%`, `%AsyncFunction%`, `%AsyncGeneratorFunction%`): reachable
/// only through `Object.getPrototypeOf(fn).constructor`; like `Function`, they compile
/// their arguments into a new function.
pub fn install_function_kinds(vm: &mut Vm) {
    let function_prototype = vm.realm.function_prototype;
    let async_function_prototype = vm.alloc_object(Some(function_prototype), ObjectKind::Ordinary);
    vm.realm.async_function_prototype = async_function_prototype;
    tag(vm, async_function_prototype, "AsyncFunction");
    let async_generator_function_prototype =
        vm.alloc_object(Some(function_prototype), ObjectKind::Ordinary);
    vm.realm.async_generator_function_prototype = async_generator_function_prototype;
    tag(
        vm,
        async_generator_function_prototype,
        "AsyncGeneratorFunction",
    );
    let async_generator_prototype = vm.realm.async_generator_prototype;
    vm.define_named(
        async_generator_function_prototype,
        "prototype",
        Value::Object(async_generator_prototype),
        CONFIGURABLE,
    );
    vm.define_named(
        async_generator_prototype,
        "constructor",
        Value::Object(async_generator_function_prototype),
        CONFIGURABLE,
    );
    let function_ctor = vm
        .get_named(Value::Object(vm.realm.global), "Function")
        .unwrap_or(Value::Undefined);
    for (kind, (name, proto)) in [
        ("GeneratorFunction", vm.realm.generator_function_prototype),
        ("AsyncFunction", async_function_prototype),
        ("AsyncGeneratorFunction", async_generator_function_prototype),
    ]
    .into_iter()
    .enumerate()
    {
        let ctor = super::function::dynamic_function_constructor(vm, name, kind + 1);
        if let Value::Object(f) = function_ctor {
            vm.heap.obj_mut(ctor).set_proto(Some(f));
        }
        vm.define_named(ctor, "prototype", Value::Object(proto), 0);
        vm.define_named(proto, "constructor", Value::Object(ctor), CONFIGURABLE);
    }
}

/// %AsyncFromSyncIteratorPrototype%.next/return/throw (27.1.6.2.1-3): calls the sync
/// iterator's method and returns a promise for its result with the value awaited.
fn async_from_sync(vm: &mut Vm, this: Value, args: &[Value], mode: ResumeMode) -> Value {
    let promise = promise::new_promise(vm);
    vm.roots.push(Value::Object(promise));
    if let Err(e) = async_from_sync_step(vm, this, args, mode, promise) {
        let reason = vm.error_value(e);
        promise::reject_promise(vm, promise, reason);
    }
    vm.roots.pop();
    Value::Object(promise)
}

fn async_from_sync_step(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    mode: ResumeMode,
    promise: ObjRef,
) -> JsResult<()> {
    let (iterator, next) = match this {
        Value::Object(o) => match vm.heap.obj(o).kind {
            ObjectKind::AsyncFromSyncIterator { iterator, next } => (iterator, next),
            _ => return Err(vm.type_error("not an Async-from-Sync Iterator")),
        },
        _ => return Err(vm.type_error("not an Async-from-Sync Iterator")),
    };
    // The argument is passed on only when one was given.
    let passed = &args[..args.len().min(1)];
    let result = match mode {
        ResumeMode::Next => vm.call(next, iterator, passed)?,
        ResumeMode::Return => {
            let key = vm.key("return");
            let Some(ret) = vm.get_method(iterator, key)? else {
                let done = iter_result(vm, arg(args, 0), true);
                promise::resolve_promise(vm, promise, done);
                return Ok(());
            };
            vm.call(ret, iterator, passed)?
        }
        ResumeMode::Throw => {
            let key = vm.key("throw");
            let Some(throw) = vm.get_method(iterator, key)? else {
                // The protocol is violated: close the sync iterator, then a TypeError.
                vm.iterator_close(iterator)?;
                return Err(vm.type_error("The iterator does not provide a 'throw' method."));
            };
            vm.call(throw, iterator, passed)?
        }
    };
    if !matches!(result, Value::Object(_)) {
        return Err(vm.not_an_iterator_result(result));
    }
    // AsyncFromSyncIteratorContinuation: a rejected value closes the sync iterator,
    // except after `return`.
    let close_on_rejection = mode != ResumeMode::Return;
    let done = vm.get_named(result, "done")?;
    let done = vm.to_boolean(done);
    let value = vm.get_named(result, "value")?;
    let wrapper = match promise::promise_resolve(vm, value) {
        Ok(p) => p,
        Err(e) => {
            if !done && close_on_rejection {
                vm.iterator_close_on_throw(iterator);
            }
            return Err(e);
        }
    };
    let on_rejected = match iterator {
        Value::Object(it) if !done && close_on_rejection => Handler::CloseIterator(it),
        _ => Handler::Thrower,
    };
    promise::perform_then(
        vm,
        wrapper,
        Handler::IterResult(done),
        on_rejected,
        Capability::Native(promise),
    );
    Ok(())
}
