//! `Math`.

mod fdlibm;

use super::{arg, method};
use crate::runtime::Value;
use crate::runtime::number::{to_int32, to_uint32};
use crate::runtime::object::{CONFIGURABLE, METHOD_ATTRS, PropertyKey};
use crate::vm::{JsResult, Vm};
use std::cell::Cell;

/// A one-argument function of a number.
macro_rules! unary {
    ($vm:ident, $math:ident, $( $name:literal => $f:expr ),* $(,)?) => {
        $( method($vm, $math, $name, 1, |vm, _, args| {
            let x = vm.to_number(arg(args, 0))?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Number(f(x)))
        }); )*
    };
}

pub fn install(vm: &mut Vm) {
    let math = vm.new_object();
    let global = vm.realm.global;
    vm.define_named(global, "Math", Value::Object(math), METHOD_ATTRS);
    // In V8's order, which Object.getOwnPropertyNames shows. The transcendental
    // functions are V8's fdlibm ports (`fdlibm.rs`), so results match to the bit.
    unary!(vm, math,
        "abs" => f64::abs,
        "acos" => fdlibm::acos,
        "acosh" => fdlibm::acosh,
        "asin" => fdlibm::asin,
        "asinh" => fdlibm::asinh,
        "atan" => fdlibm::atan,
        "atanh" => fdlibm::atanh,
    );
    method(vm, math, "atan2", 2, |vm, _, args| {
        let y = vm.to_number(arg(args, 0))?;
        let x = vm.to_number(arg(args, 1))?;
        Ok(Value::Number(fdlibm::atan2(y, x)))
    });
    unary!(vm, math,
        "ceil" => f64::ceil,
        "cbrt" => fdlibm::cbrt,
        "expm1" => fdlibm::expm1,
        "clz32" => |x| to_uint32(x).leading_zeros() as f64,
        "cos" => fdlibm::cos,
        "cosh" => fdlibm::cosh,
        "exp" => fdlibm::exp,
        "floor" => f64::floor,
        "fround" => |x| x as f32 as f64,
    );
    method(vm, math, "hypot", 2, hypot);
    method(vm, math, "imul", 2, |vm, _, args| {
        let a = vm.to_number(arg(args, 0))?;
        let b = vm.to_number(arg(args, 1))?;
        Ok(Value::Number(to_int32(a).wrapping_mul(to_int32(b)) as f64))
    });
    unary!(vm, math,
        "log" => fdlibm::log,
        "log1p" => fdlibm::log1p,
        "log2" => fdlibm::log2,
        "log10" => fdlibm::log10,
    );
    method(vm, math, "max", 2, |vm, _, args| min_max(vm, args, true));
    method(vm, math, "min", 2, |vm, _, args| min_max(vm, args, false));
    method(vm, math, "pow", 2, |vm, _, args| {
        let x = vm.to_number(arg(args, 0))?;
        let y = vm.to_number(arg(args, 1))?;
        Ok(Value::Number(pow(x, y)))
    });
    method(vm, math, "random", 0, |_, _, _| Ok(Value::Number(random())));
    unary!(vm, math,
        "round" => round,
        "sign" => |x| if x.is_nan() || x == 0.0 { x } else { x.signum() },
        "sin" => fdlibm::sin,
        "sinh" => fdlibm::sinh,
        "sqrt" => f64::sqrt,
        "tan" => fdlibm::tan,
        "tanh" => fdlibm::tanh,
        "trunc" => f64::trunc,
    );
    for (name, value) in [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ] {
        vm.define_named(math, name, Value::Number(value), 0);
    }
    // After the constants, where V8 installs it.
    unary!(vm, math,
        "f16round" => |x| {
            use crate::builtins::binary::element::{f16_from_f64, f16_to_f64};
            f16_to_f64(f16_from_f64(x))
        },
    );
    let tag = vm.heap.alloc_str("Math");
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(math, key, Value::String(tag), CONFIGURABLE);
}

/// `Math.pow` and `**` as V8 computes them: the ECMAScript cases where C's `pow`
/// answers 1 (`1 ** NaN`, `(±1) ** ±Infinity`) are NaN; `x ** 2` is `x * x` and
/// `x ** 0.5` a square root (`(-0) ** 0.5` is +0 and `(-Infinity) ** 0.5` is +Infinity,
/// as for `pow`), which is what V8 does for those exponents whether or not they are
/// constants; everything else is the platform's `pow`, which V8 calls as `std::pow`
/// (glibc's, within 0.52 ulp but not always correctly rounded, on Linux).
pub fn pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
    }
    if y == 2.0 {
        return x * x;
    }
    if y == 0.5 {
        return if x == f64::NEG_INFINITY {
            f64::INFINITY
        } else {
            (x + 0.0).sqrt()
        };
    }
    x.powf(y)
}

/// Rounds half up; results in (-0.5, 0) and -0 itself are -0.
fn round(x: f64) -> f64 {
    if !x.is_finite() || x.fract() == 0.0 {
        return x;
    }
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    let f = x.floor();
    if x - f >= 0.5 { f + 1.0 } else { f }
}

/// `Math.hypot` as V8's MathHypot computes it: every argument is converted first;
/// Infinity wins over NaN; the squares of the magnitudes scaled by the largest are
/// added with Kahan's compensated summation, in argument order.
fn hypot(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut values = Vec::with_capacity(args.len());
    for &a in args {
        values.push(vm.to_number(a)?.abs());
    }
    let max = values
        .iter()
        .fold(0.0f64, |m, &x| if x > m { x } else { m });
    if max == f64::INFINITY {
        return Ok(Value::Number(f64::INFINITY));
    }
    if values.iter().any(|x| x.is_nan()) {
        return Ok(Value::Number(f64::NAN));
    }
    if max == 0.0 {
        return Ok(Value::Number(0.0));
    }
    let mut sum = 0.0;
    let mut compensation = 0.0;
    for x in values {
        let n = x / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    Ok(Value::Number(sum.sqrt() * max))
}

/// `Math.max` / `Math.min`: every argument is converted first; NaN wins, and +0 is
/// larger than -0.
fn min_max(vm: &mut Vm, args: &[Value], is_max: bool) -> JsResult<Value> {
    let mut values = Vec::with_capacity(args.len());
    for &a in args {
        values.push(vm.to_number(a)?);
    }
    let mut result = if is_max {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    };
    for x in values {
        let better = if is_max {
            x > result || (x == 0.0 && result == 0.0 && result.is_sign_negative())
        } else {
            x < result || (x == 0.0 && result == 0.0 && x.is_sign_negative())
        };
        if x.is_nan() || (better && !result.is_nan()) {
            result = x;
        }
    }
    Ok(Value::Number(result))
}

thread_local! {
    static RANDOM_STATE: Cell<u64> = const { Cell::new(0) };
}

/// xorshift64*, seeded from the clock on first use.
fn random() -> f64 {
    RANDOM_STATE.with(|state| {
        let mut x = state.get();
        if x == 0 {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos() as u64);
            x = nanos | 1;
        }
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        state.set(x);
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    })
}
