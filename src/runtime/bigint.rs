//! BigInt arithmetic and conversions that need no VM (ECMA-262 section 6.1.6.2, "The
//! BigInt Type", and the BigInt conversions of section 7.1), on `num_bigint::BigInt`.

use super::number::trim_js_whitespace;
use super::operator::NumericOp;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// The largest BigInt V8 makes, in bits (`BigInt::kMaxLengthBits`): a result past it
/// is a RangeError instead of an allocation that would exhaust memory.
pub const MAX_BITS: u64 = 1 << 30;

/// V8's RangeError for a result past [`MAX_BITS`].
pub const TOO_BIG: &str = "Maximum BigInt size exceeded";

/// Why a BigInt operation has no result: V8's error kind and message.
#[derive(Debug, PartialEq)]
pub enum BigIntError {
    Range(&'static str),
    Type(&'static str),
}

/// The result of `op` on `x` and `y` (BigInt::add, BigInt::remainder, ...).
pub fn apply(op: NumericOp, x: &BigInt, y: &BigInt) -> Result<BigInt, BigIntError> {
    let r = match op {
        NumericOp::Add => x + y,
        NumericOp::Sub => x - y,
        NumericOp::Mul => {
            if x.bits() + y.bits() > MAX_BITS + 1 {
                return Err(BigIntError::Range(TOO_BIG));
            }
            x * y
        }
        // BigInt::divide and BigInt::remainder truncate toward zero, as Rust's do.
        NumericOp::Div | NumericOp::Mod if y.is_zero() => {
            return Err(BigIntError::Range("Division by zero"));
        }
        NumericOp::Div => x / y,
        NumericOp::Mod => x % y,
        NumericOp::Exp => exponentiate(x, y)?,
        // num_bigint's bitwise operators act on the infinite two's complement form.
        NumericOp::BitAnd => x & y,
        NumericOp::BitOr => x | y,
        NumericOp::BitXor => x ^ y,
        NumericOp::Shl => left_shift(x, y)?,
        NumericOp::Shr => left_shift(x, &-y)?,
        NumericOp::UShr => {
            return Err(BigIntError::Type(
                "BigInts have no unsigned right shift, use >> instead",
            ));
        }
    };
    if r.bits() > MAX_BITS {
        return Err(BigIntError::Range(TOO_BIG));
    }
    Ok(r)
}

/// BigInt::exponentiate
fn exponentiate(base: &BigInt, exponent: &BigInt) -> Result<BigInt, BigIntError> {
    // 1. If exponent < 0, throw a RangeError exception (V8's message names no operand).
    if exponent.is_negative() {
        return Err(BigIntError::Range("undefined must be positive"));
    }
    // 0, 1 and -1 stay small whatever the exponent.
    if base.is_zero() || base.magnitude() == &1u32.into() {
        let odd = exponent.is_odd();
        return Ok(match (base.sign(), exponent.is_zero()) {
            (_, true) => BigInt::from(1),
            (Sign::Minus, false) if !odd => BigInt::from(1),
            _ => base.clone(),
        });
    }
    let Some(e) = exponent.to_u64().filter(|&e| e <= MAX_BITS) else {
        return Err(BigIntError::Range(TOO_BIG));
    };
    if (base.bits() - 1).saturating_mul(e) > MAX_BITS {
        return Err(BigIntError::Range(TOO_BIG));
    }
    Ok(num_traits::pow(base.clone(), e as usize))
}

/// BigInt::leftShift; a negative shift is a right shift that rounds toward -infinity.
fn left_shift(x: &BigInt, y: &BigInt) -> Result<BigInt, BigIntError> {
    if x.is_zero() {
        return Ok(BigInt::zero());
    }
    match y.to_i64() {
        Some(n) if n >= 0 => {
            if x.bits().saturating_add(n as u64) > MAX_BITS {
                return Err(BigIntError::Range(TOO_BIG));
            }
            Ok(x << n as u64)
        }
        Some(n) if n.unsigned_abs() < x.bits() => Ok(x >> n.unsigned_abs()),
        // Shifted right past every bit: 0, or -1 for a negative value.
        _ if y.is_negative() => Ok(if x.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
        _ => Err(BigIntError::Range(TOO_BIG)),
    }
}

/// StringToBigInt: `None` when the text is no StringIntegerLiteral.
pub fn string_to_bigint(units: &[u16]) -> Option<BigInt> {
    let s = trim_js_whitespace(units);
    if s.is_empty() {
        return Some(BigInt::zero());
    }
    if s.iter().any(|&c| c > 0x7F) {
        return None;
    }
    let text: Vec<u8> = s.iter().map(|&c| c as u8).collect();
    let (radix, digits) = match text.as_slice() {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        _ => (10, text.as_slice()),
    };
    // A sign is allowed on decimal digits only; parse_bytes takes one too.
    let unsigned = match (radix, digits) {
        (10, [b'+' | b'-', rest @ ..]) => rest,
        _ => digits,
    };
    if unsigned.is_empty() || !unsigned.iter().all(|c| (*c as char).is_digit(radix)) {
        return None;
    }
    BigInt::parse_bytes(digits, radix)
}

/// NumberToBigInt: `None` when `n` is not an integral Number.
pub fn number_to_bigint(n: f64) -> Option<BigInt> {
    if n.is_finite() && n.trunc() == n {
        BigInt::from_f64(n)
    } else {
        None
    }
}

/// The Number value for a BigInt: the nearest (ties to even), infinite past f64's range.
pub fn bigint_to_number(x: &BigInt) -> f64 {
    x.to_f64().unwrap_or(f64::NAN)
}

/// The order of a BigInt and a Number; `None` when the Number is NaN.
pub fn compare_with_number(x: &BigInt, y: f64) -> Option<Ordering> {
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = BigInt::from_f64(y.floor()).expect("finite");
    Some(match x.cmp(&floor) {
        // x equals floor(y): less than y when y has a fraction.
        Ordering::Equal if y.fract() != 0.0 => Ordering::Less,
        o => o,
    })
}

/// BigInt::asUintN: `x` modulo 2^bits.
pub fn as_uint_n(bits: u64, x: &BigInt) -> Result<BigInt, BigIntError> {
    if !x.is_negative() && x.bits() <= bits {
        return Ok(x.clone());
    }
    if bits > MAX_BITS {
        return Err(BigIntError::Range(TOO_BIG));
    }
    let modulus = BigInt::from(1) << bits;
    Ok(x.mod_floor(&modulus))
}

/// BigInt::asIntN: `x` modulo 2^bits, as a signed `bits`-bit integer.
pub fn as_int_n(bits: u64, x: &BigInt) -> Result<BigInt, BigIntError> {
    if bits == 0 {
        return Ok(BigInt::zero());
    }
    // Values that already fit in `bits` signed bits are unchanged (any size of `bits`).
    if x.bits() < bits {
        return Ok(x.clone());
    }
    let u = as_uint_n(bits, x)?;
    if u.bits() == bits {
        Ok(u - (BigInt::from(1) << bits))
    } else {
        Ok(u)
    }
}
