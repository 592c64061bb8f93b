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

/// The constructors of generator, async and async generator functions
/// (`%GeneratorFunction%`, `%AsyncFunction%`, `%AsyncGeneratorFunction%`): reachable
/// only through `Object.getPrototypeOf(fn).constructor`; like `Function`, they refuse
/// to compile source text.
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
    for (name, proto) in [
        ("GeneratorFunction", vm.realm.generator_function_prototype),
        ("AsyncFunction", async_function_prototype),
        ("AsyncGeneratorFunction", async_generator_function_prototype),
    ] {
        let ctor = vm.native_function_with(
            name,
            1,
            no_code_generation,
            Some(no_code_generation),
            Vec::new(),
        );
        if let Value::Object(f) = function_ctor {
            vm.heap.obj_mut(ctor).proto = Some(f);
        }
        vm.define_named(ctor, "prototype", Value::Object(proto), 0);
        vm.define_named(proto, "constructor", Value::Object(ctor), CONFIGURABLE);
    }
}

fn no_code_generation(_vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(crate::vm::JsError::Native(
        crate::vm::ErrorKind::EvalError,
        "Code generation from strings disallowed for this context".into(),
    ))
}
