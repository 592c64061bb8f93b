//! `BigInt`: the conversion function, `BigInt.asIntN`/`asUintN` and `BigInt.prototype`
//! (ECMA-262 section 21.2).

use super::{arg, constructor, method};
use crate::runtime::bigint::{self, BigIntError};
use crate::runtime::object::CONFIGURABLE;
use crate::runtime::{BigRef, ObjectKind, PropertyKey, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.new_object();
    vm.realm.bigint_prototype = proto;
    // No construct behaviour: `new BigInt()` is "BigInt is not a constructor".
    let ctor = constructor(vm, "BigInt", 1, bigint_call, None, proto);
    method(vm, ctor, "asUintN", 2, as_uint_n);
    method(vm, ctor, "asIntN", 2, as_int_n);
    method(vm, proto, "toLocaleString", 0, to_locale_string);
    method(vm, proto, "toString", 0, to_string);
    method(vm, proto, "valueOf", 0, |vm, this, _| {
        Ok(Value::BigInt(this_bigint(vm, this, "valueOf")?))
    });
    let tag = vm.heap.alloc_str("BigInt");
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(proto, key, Value::String(tag), CONFIGURABLE);
}

/// `BigInt(value)`
fn bigint_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    // 2. Let prim be ? ToPrimitive(value, number).
    let prim = vm.to_primitive(arg(args, 0), crate::vm::Hint::Number)?;
    // 3. If prim is a Number, return ? NumberToBigInt(prim).
    if let Value::Number(n) = prim {
        return match bigint::number_to_bigint(n) {
            Some(b) => Ok(vm.new_bigint(b)),
            None => {
                let shown = crate::runtime::number::number_to_string(n);
                Err(vm.range_error(format!(
                    "The number {shown} cannot be converted to a BigInt because it is not an integer"
                )))
            }
        };
    }
    // 4. Otherwise, return ? ToBigInt(prim).
    Ok(Value::BigInt(vm.to_bigint(prim)?))
}

/// `BigInt.asUintN(bits, bigint)` and `BigInt.asIntN`: ToIndex, ToBigInt, then `f`.
fn as_n(
    vm: &mut Vm,
    args: &[Value],
    f: fn(u64, &num_bigint::BigInt) -> Result<num_bigint::BigInt, BigIntError>,
) -> JsResult<Value> {
    let bits = super::binary::to_index(
        vm,
        arg(args, 0),
        "Invalid value: not (convertible to) a safe integer",
    )?;
    let b = vm.to_bigint(arg(args, 1))?;
    match f(bits, vm.heap.bigint(b)) {
        Ok(n) => Ok(vm.new_bigint(n)),
        Err(e) => Err(vm.bigint_error(e)),
    }
}

fn as_uint_n(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    as_n(vm, args, bigint::as_uint_n)
}

fn as_int_n(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    as_n(vm, args, bigint::as_int_n)
}

/// thisBigIntValue, for the method `name`.
fn this_bigint(vm: &mut Vm, this: Value, name: &str) -> JsResult<BigRef> {
    match this {
        Value::BigInt(b) => return Ok(b),
        Value::Object(o) => {
            if let ObjectKind::BigInt(b) = vm.heap.obj(o).kind {
                return Ok(b);
            }
        }
        _ => {}
    }
    Err(vm.type_error(format!(
        "BigInt.prototype.{name} requires that 'this' be a BigInt"
    )))
}

/// `BigInt.prototype.toString(radix)`: lowercase digits in radix 2..36.
fn to_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let b = this_bigint(vm, this, "toString")?;
    let radix = match arg(args, 0) {
        Value::Undefined => 10.0,
        r => vm.to_integer(r)?,
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.range_error("toString() radix argument must be between 2 and 36"));
    }
    let text = vm.heap.bigint(b).to_str_radix(radix as u32);
    vm.new_string(text.encode_utf16().collect())
}

/// `BigInt.prototype.toLocaleString()`: en-US digit grouping, as Node's default
/// locale formats it.
fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let b = this_bigint(vm, this, "toLocaleString")?;
    let n = vm.heap.bigint(b);
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    let digits = n.magnitude().to_string();
    let text = format!("{sign}{}", super::number::group_thousands(&digits));
    vm.new_string(text.encode_utf16().collect())
}
