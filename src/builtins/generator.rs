//! %GeneratorFunction.prototype% and %GeneratorPrototype%: `next`, `return`, `throw`.

use super::iterator::{iter_result, tag};
use super::{arg, method};
use crate::runtime::object::CONFIGURABLE;
use crate::runtime::{ObjectKind, Value};
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
