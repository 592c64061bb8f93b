//! `JSON`.

use crate::runtime::Value;
use crate::runtime::object::METHOD_ATTRS;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let json = vm.new_object();
    let global = vm.realm.global;
    vm.define_named(global, "JSON", Value::Object(json), METHOD_ATTRS);
}
