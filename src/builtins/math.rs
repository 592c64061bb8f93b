//! `Math`.

use super::{arg, method};
use crate::runtime::Value;
use crate::runtime::object::METHOD_ATTRS;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let math = vm.new_object();
    let global = vm.realm.global;
    vm.define_named(global, "Math", Value::Object(math), METHOD_ATTRS);
    method(vm, math, "floor", 1, |vm, _, args| {
        Ok(Value::Number(vm.to_number(arg(args, 0))?.floor()))
    });
}
