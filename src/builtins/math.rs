//! `Math`.

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
    // In V8's order, which Object.getOwnPropertyNames shows. V8 computes most of
    // these with fdlibm's algorithms (the libm crate, a port of them, and `cbrt`,
    // `tanh` and `log` below); for log10, sin and cos the platform's functions agree
    // with it more often.
    unary!(vm, math,
        "abs" => f64::abs,
        "acos" => libm::acos,
        "acosh" => libm::acosh,
        "asin" => libm::asin,
        "asinh" => libm::asinh,
        "atan" => libm::atan,
        "atanh" => libm::atanh,
    );
    method(vm, math, "atan2", 2, |vm, _, args| {
        let y = vm.to_number(arg(args, 0))?;
        let x = vm.to_number(arg(args, 1))?;
        Ok(Value::Number(atan2(y, x)))
    });
    unary!(vm, math,
        "ceil" => f64::ceil,
        "cbrt" => cbrt,
        "expm1" => libm::expm1,
        "clz32" => |x| to_uint32(x).leading_zeros() as f64,
        "cos" => f64::cos,
        "cosh" => libm::cosh,
        "exp" => exp,
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
        "log" => log,
        "log1p" => libm::log1p,
        "log2" => libm::log2,
        "log10" => f64::log10,
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
        "sin" => f64::sin,
        "sinh" => libm::sinh,
        "sqrt" => f64::sqrt,
        "tan" => libm::tan,
        "tanh" => tanh,
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
    let tag = vm.heap.alloc_str("Math");
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(math, key, Value::String(tag), CONFIGURABLE);
}

/// fdlibm's atan2, as V8 has it: once |y/x| > 2^60 the answer is ±(π/2 + π_lo/2) by
/// the sign of y; musl waits until 2^64 and is a bit off in between.
fn atan2(y: f64, x: f64) -> f64 {
    const PI_LO: f64 = 1.2246467991473532e-16;
    if y.is_finite() && x.is_finite() && y != 0.0 && x != 0.0 && x != 1.0 {
        let high = |v: f64| ((v.to_bits() >> 32) as u32 & 0x7fff_ffff) as i32;
        if (high(y) - high(x)) >> 20 > 60 {
            return (std::f64::consts::FRAC_PI_2 + 0.5 * PI_LO).copysign(y);
        }
    }
    libm::atan2(y, x)
}

/// fdlibm's exp, as V8 has it: V8 answers `Math.exp(1)` with `Math.E`, where fdlibm's
/// reduction gets the last bit wrong.
fn exp(x: f64) -> f64 {
    if x == 1.0 {
        std::f64::consts::E
    } else {
        libm::exp(x)
    }
}

/// fdlibm's cbrt, as V8 computes it: a 5-bit estimate from the exponent, a
/// polynomial to 23 bits, rounding away from zero, and one Newton step.
fn cbrt(x: f64) -> f64 {
    const B1: u32 = 715_094_163;
    const B2: u32 = 696_219_795;
    const P0: f64 = 1.875_951_824_271_77;
    const P1: f64 = -1.884_979_795_433_771_7;
    const P2: f64 = 1.621_429_720_105_354_5;
    const P3: f64 = -0.758_397_934_778_766;
    const P4: f64 = 0.145_996_192_886_612_45;
    let bits = x.to_bits();
    let high = (bits >> 32) as u32;
    let low = bits as u32;
    let sign = high & 0x8000_0000;
    let hx = high ^ sign;
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    let mut t = if hx < 0x0010_0000 {
        if (hx | low) == 0 {
            return x;
        }
        // Subnormal: scale by 2^54 first.
        let scaled = f64::from_bits(0x4350_0000_0000_0000) * x;
        let high = (scaled.to_bits() >> 32) as u32;
        f64::from_bits(u64::from(sign | ((high & 0x7fff_ffff) / 3 + B2)) << 32)
    } else {
        f64::from_bits(u64::from(sign | (hx / 3 + B1)) << 32)
    };
    let r = (t * t) * (t / x);
    t *= (P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4);
    t = f64::from_bits((t.to_bits() + 0x8000_0000) & 0xffff_ffff_c000_0000);
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t + t * r
}

/// fdlibm's tanh, as V8 computes it: from expm1, and ±1 beyond |x| = 22.
fn tanh(x: f64) -> f64 {
    let high = (x.to_bits() >> 32) as u32;
    let ix = high & 0x7fff_ffff;
    let negative = high & 0x8000_0000 != 0;
    if ix >= 0x7ff0_0000 {
        // tanh(±Infinity) = ±1, tanh(NaN) = NaN.
        return if negative {
            1.0 / x - 1.0
        } else {
            1.0 / x + 1.0
        };
    }
    let z = if ix < 0x4036_0000 {
        if ix < 0x3e30_0000 {
            // |x| < 2^-28: tanh(x) rounds to x.
            return x;
        }
        if ix >= 0x3ff0_0000 {
            let t = libm::expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if negative { -z } else { z }
}

/// fdlibm's log (e_log.c), as V8 computes it: x = 2^k * (1 + f), then
/// log(1 + f) from s = f / (2 + f) and a polynomial in s^2.
fn log(x: f64) -> f64 {
    const LN2_HI: f64 = 0.6931471803691238;
    const LN2_LO: f64 = 1.9082149292705877e-10;
    const TWO54: f64 = 1.8014398509481984e+16;
    const LG: [f64; 7] = [
        0.6666666666666735,
        0.3999999999940942,
        0.2857142874366239,
        0.22222198432149784,
        0.1818357216161805,
        0.15313837699209373,
        0.14798198605116586,
    ];
    let mut x = x;
    let mut hx = (x.to_bits() >> 32) as i32;
    let lx = x.to_bits() as u32;
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        if ((hx & 0x7fff_ffff) as u32 | lx) == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        // Subnormal: scale up.
        k -= 54;
        x *= TWO54;
        hx = (x.to_bits() >> 32) as i32;
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000f_ffff;
    let i = (hx + 0x95f64) & 0x10_0000;
    // Normalize x or x/2.
    let high = (hx | (i ^ 0x3ff0_0000)) as u32;
    x = f64::from_bits((u64::from(high) << 32) | (x.to_bits() & 0xffff_ffff));
    k += i >> 20;
    let f = x - 1.0;
    let dk = f64::from(k);
    if (0x000f_ffff & (2 + hx)) < 3 {
        // -2^-20 <= f < 2^-20
        if f == 0.0 {
            return if k == 0 {
                0.0
            } else {
                dk * LN2_HI + dk * LN2_LO
            };
        }
        let r = f * f * (0.5 - 0.3333333333333333 * f);
        return if k == 0 {
            f - r
        } else {
            dk * LN2_HI - ((r - dk * LN2_LO) - f)
        };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let mut i = hx - 0x6147a;
    let w = z * z;
    let j = 0x6b851 - hx;
    let t1 = w * (LG[1] + w * (LG[3] + w * LG[5]));
    let t2 = z * (LG[0] + w * (LG[2] + w * (LG[4] + w * LG[6])));
    i |= j;
    let r = t2 + t1;
    if i > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// `**` on numbers: like powf except that `1 ** NaN` and `(-1) ** ±Infinity` are NaN.
fn pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
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

fn hypot(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut values = Vec::with_capacity(args.len());
    for &a in args {
        values.push(vm.to_number(a)?);
    }
    if values.iter().any(|x| x.is_infinite()) {
        return Ok(Value::Number(f64::INFINITY));
    }
    if values.iter().any(|x| x.is_nan()) {
        return Ok(Value::Number(f64::NAN));
    }
    // Scale by the largest magnitude so squares neither overflow nor underflow.
    let max = values.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return Ok(Value::Number(0.0));
    }
    let sum: f64 = values.iter().map(|x| (x / max) * (x / max)).sum();
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
