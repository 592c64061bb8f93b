//! The binary numeric operators (`+ - * / % ** & | ^ << >> >>>`), one enum for Number
//! and BigInt arithmetic alike (ECMA-262 section 6.1.6, "Numeric Types": each operator
//! has a Number:: and a BigInt:: operation).

use super::number::{to_int32, to_uint32};

#[derive(Clone, Copy, Debug)]
pub enum NumericOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    UShr,
}

impl NumericOp {
    /// The operator on two Numbers (Number::add, Number::remainder, ...).
    #[inline]
    pub fn apply_numbers(self, x: f64, y: f64) -> f64 {
        match self {
            NumericOp::Add => x + y,
            NumericOp::Sub => x - y,
            NumericOp::Mul => x * y,
            NumericOp::Div => x / y,
            NumericOp::Mod => js_mod(x, y),
            NumericOp::Exp => crate::builtins::math::pow(x, y),
            NumericOp::BitAnd => (to_int32(x) & to_int32(y)) as f64,
            NumericOp::BitOr => (to_int32(x) | to_int32(y)) as f64,
            NumericOp::BitXor => (to_int32(x) ^ to_int32(y)) as f64,
            NumericOp::Shl => to_int32(x).wrapping_shl(to_uint32(y) & 31) as f64,
            NumericOp::Shr => (to_int32(x) >> (to_uint32(y) & 31)) as f64,
            NumericOp::UShr => (to_uint32(x) >> (to_uint32(y) & 31)) as f64,
        }
    }
}

/// `%` on numbers: the sign of the dividend, as in C's fmod.
#[inline]
fn js_mod(x: f64, y: f64) -> f64 {
    // Integers that fit in i64 exactly: the hardware remainder is much faster than
    // fmod and gives the same result (with the dividend's sign, -0 included).
    // (A round trip through i64 tests integrality in two instructions; `fract` is a
    // call to `trunc` on the baseline target. NaN and infinities fail the test.)
    let (xi, yi) = (x as i64, y as i64);
    if xi as f64 == x
        && yi as f64 == y
        && xi.unsigned_abs() < 1 << 53
        && yi.unsigned_abs() < 1 << 53
        && yi != 0
    {
        let r = xi % yi;
        return if r == 0 && x.is_sign_negative() {
            -0.0
        } else {
            r as f64
        };
    }
    if y.is_infinite() && x.is_finite() {
        return x;
    }
    let r = x % y;
    if r == 0.0 && x.is_sign_negative() {
        -0.0
    } else {
        r
    }
}
