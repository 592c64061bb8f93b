//! The element types of typed arrays and DataView accessors: size, name, content
//! type, and the conversions between a numeric value and the bytes of one element
//! (NumericToRawBytes and RawBytesToNumeric, 25.1.3.16-17), Float16 included.
//!
//! BigInt64 and BigUint64 have the BigInt content type; their elements travel as
//! `Numeric::Big`, an `i128` that holds any 64-bit value of either signedness, so
//! reading and comparing elements allocates nothing and the Number kinds keep their
//! plain `f64` paths.

use crate::runtime::number::{to_int32, to_uint32};
use num_bigint::{BigInt, Sign};

/// The value of one element: a Number for the Number content type, an integer for
/// BigInt64/BigUint64 (on a write, any integer: it is stored modulo 2^64).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Numeric {
    Number(f64),
    Big(i128),
}

impl Numeric {
    /// The Number, for elements of a Number kind (NaN for a BigInt element, which
    /// callers with a Number kind never see).
    #[inline]
    pub fn number(self) -> f64 {
        match self {
            Numeric::Number(n) => n,
            Numeric::Big(_) => f64::NAN,
        }
    }

    /// ToString of the value (a BigInt without the `n` suffix).
    pub fn to_js_string(self) -> String {
        match self {
            Numeric::Number(n) => crate::runtime::number::number_to_string(n),
            Numeric::Big(x) => x.to_string(),
        }
    }
}

/// The low 64 bits of `x` in two's complement, as ToBigInt64/ToBigUint64 (7.1.15-16)
/// take them before reading them as signed or unsigned.
pub fn bigint_low_bits(x: &BigInt) -> u64 {
    let low = x.iter_u64_digits().next().unwrap_or(0);
    match x.sign() {
        Sign::Minus => low.wrapping_neg(),
        _ => low,
    }
}

/// The element type of a typed array (Table 71).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementKind {
    Int8,
    Uint8,
    Uint8Clamped,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float16,
    Float32,
    Float64,
    BigInt64,
    BigUint64,
}

impl ElementKind {
    /// Every kind, in the order their constructors are installed.
    pub const ALL: [ElementKind; 12] = [
        ElementKind::Int8,
        ElementKind::Uint8,
        ElementKind::Uint8Clamped,
        ElementKind::Int16,
        ElementKind::Uint16,
        ElementKind::Int32,
        ElementKind::Uint32,
        ElementKind::Float16,
        ElementKind::Float32,
        ElementKind::Float64,
        ElementKind::BigInt64,
        ElementKind::BigUint64,
    ];

    /// The position of this kind in `ALL`.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The constructor's name (`[[TypedArrayName]]`).
    pub fn name(self) -> &'static str {
        match self {
            ElementKind::Int8 => "Int8Array",
            ElementKind::Uint8 => "Uint8Array",
            ElementKind::Uint8Clamped => "Uint8ClampedArray",
            ElementKind::Int16 => "Int16Array",
            ElementKind::Uint16 => "Uint16Array",
            ElementKind::Int32 => "Int32Array",
            ElementKind::Uint32 => "Uint32Array",
            ElementKind::Float16 => "Float16Array",
            ElementKind::Float32 => "Float32Array",
            ElementKind::Float64 => "Float64Array",
            ElementKind::BigInt64 => "BigInt64Array",
            ElementKind::BigUint64 => "BigUint64Array",
        }
    }

    /// The element size in bytes.
    pub fn size(self) -> usize {
        match self {
            ElementKind::Int8 | ElementKind::Uint8 | ElementKind::Uint8Clamped => 1,
            ElementKind::Int16 | ElementKind::Uint16 | ElementKind::Float16 => 2,
            ElementKind::Int32 | ElementKind::Uint32 | ElementKind::Float32 => 4,
            ElementKind::Float64 | ElementKind::BigInt64 | ElementKind::BigUint64 => 8,
        }
    }

    /// Whether the content type is BigInt (IsBigIntElementType).
    #[inline]
    pub fn is_bigint(self) -> bool {
        matches!(self, ElementKind::BigInt64 | ElementKind::BigUint64)
    }

    /// Whether Atomics may operate on arrays of this kind (an integer type other than
    /// Uint8Clamped).
    pub fn is_atomic(self) -> bool {
        matches!(
            self,
            ElementKind::Int8
                | ElementKind::Uint8
                | ElementKind::Int16
                | ElementKind::Uint16
                | ElementKind::Int32
                | ElementKind::Uint32
                | ElementKind::BigInt64
                | ElementKind::BigUint64
        )
    }

    /// RawBytesToNumeric: the value that `bytes` (exactly `size()` of them) encode.
    pub fn decode(self, bytes: &[u8], little: bool) -> Numeric {
        let mut b = [0u8; 8];
        let n = self.size();
        b[..n].copy_from_slice(&bytes[..n]);
        if !little {
            b[..n].reverse();
        }
        self.read(&b, 0)
    }

    /// NumericToRawBytes: the bytes of `v` converted to this type, in the first
    /// `size()` places of the result.
    pub fn encode(self, v: Numeric, little: bool) -> [u8; 8] {
        let mut b = [0u8; 8];
        self.write(&mut b, 0, v);
        if !little {
            b[..self.size()].reverse();
        }
        b
    }

    /// The element at byte `at` of `bytes` in the platform's (little-endian) order:
    /// `decode` without the byte-order work, for element access on typed arrays.
    #[inline]
    pub fn read(self, bytes: &[u8], at: usize) -> Numeric {
        let b2 = |i: usize| [bytes[i], bytes[i + 1]];
        let b4 = |i: usize| [bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]];
        let b8 = |i: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&bytes[i..i + 8]);
            b
        };
        Numeric::Number(match self {
            ElementKind::Int8 => bytes[at] as i8 as f64,
            ElementKind::Uint8 | ElementKind::Uint8Clamped => bytes[at] as f64,
            ElementKind::Int16 => i16::from_le_bytes(b2(at)) as f64,
            ElementKind::Uint16 => u16::from_le_bytes(b2(at)) as f64,
            ElementKind::Int32 => i32::from_le_bytes(b4(at)) as f64,
            ElementKind::Uint32 => u32::from_le_bytes(b4(at)) as f64,
            ElementKind::Float16 => f16_to_f64(u16::from_le_bytes(b2(at))),
            ElementKind::Float32 => f32::from_le_bytes(b4(at)) as f64,
            ElementKind::Float64 => f64::from_le_bytes(b8(at)),
            ElementKind::BigInt64 => return Numeric::Big(i64::from_le_bytes(b8(at)) as i128),
            ElementKind::BigUint64 => return Numeric::Big(u64::from_le_bytes(b8(at)) as i128),
        })
    }

    /// Stores `v` converted to this type at byte `at` of `bytes`, little-endian:
    /// `encode` without the byte-order work. `v` has this kind's content type (the
    /// caller converted it with ToNumber or ToBigInt).
    #[inline]
    pub fn write(self, bytes: &mut [u8], at: usize, v: Numeric) {
        let n = match v {
            Numeric::Number(n) => n,
            Numeric::Big(x) => {
                // ToBigInt64 and ToBigUint64 store the same low 64 bits.
                bytes[at..at + 8].copy_from_slice(&(x as u64).to_le_bytes());
                return;
            }
        };
        match self {
            ElementKind::Int8 | ElementKind::Uint8 => bytes[at] = to_int32(n) as u8,
            ElementKind::Uint8Clamped => bytes[at] = to_uint8_clamp(n),
            ElementKind::Int16 | ElementKind::Uint16 => {
                bytes[at..at + 2].copy_from_slice(&(to_int32(n) as u16).to_le_bytes())
            }
            ElementKind::Int32 | ElementKind::Uint32 => {
                bytes[at..at + 4].copy_from_slice(&to_uint32(n).to_le_bytes())
            }
            ElementKind::Float32 => bytes[at..at + 4].copy_from_slice(&(n as f32).to_le_bytes()),
            ElementKind::Float64 => bytes[at..at + 8].copy_from_slice(&n.to_le_bytes()),
            ElementKind::Float16 => {
                bytes[at..at + 2].copy_from_slice(&f16_from_f64(n).to_le_bytes())
            }
            // A Number never reaches a BigInt element: conversion made it a BigInt.
            ElementKind::BigInt64 | ElementKind::BigUint64 => {}
        }
    }

    /// The value an element of this type holds after `v` is stored in it.
    pub fn coerce(self, v: Numeric) -> Numeric {
        self.decode(&self.encode(v, true), true)
    }
}

/// ToUint8Clamp (7.1.12): clamps to 0..=255 and rounds halves to even.
fn to_uint8_clamp(n: f64) -> u8 {
    if n.is_nan() || n <= 0.0 {
        0
    } else if n >= 255.0 {
        255
    } else {
        n.round_ties_even() as u8
    }
}

/// `2^e` as a double, exactly (for `e` in the normal range).
fn pow2(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// The binary16 bits nearest to `x`, ties to even (what storing into a Float16Array
/// and `Math.f16round` do). Rounds once, from the double itself: going through f32
/// first would round twice.
pub fn f16_from_f64(x: f64) -> u16 {
    let sign = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return 0x7e00;
    }
    // Past the largest finite half (65504) by half an ulp or more: infinity.
    if a >= 65520.0 {
        return sign | 0x7c00;
    }
    if a < pow2(-14) {
        // Subnormal (or zero): a multiple of 2^-24; scaling by a power of two is exact.
        return sign | (a * pow2(24)).round_ties_even() as u16;
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    // The significand with 10 fraction bits, 1024..=2048 after rounding; a carry to
    // 2048 moves into the exponent field by the addition.
    let significand = (a * pow2(10 - e)).round_ties_even() as u16;
    sign | ((((e + 14) as u16) << 10) + significand)
}

/// The double a binary16 value stands for (exact).
pub fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    sign * match exp {
        0 => mant * pow2(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + mant) * pow2(exp - 25),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float16_rounds_to_nearest_even() {
        assert_eq!(f16_to_f64(f16_from_f64(1.0)), 1.0);
        assert_eq!(f16_to_f64(f16_from_f64(65504.0)), 65504.0);
        assert_eq!(f16_to_f64(f16_from_f64(65519.99)), 65504.0);
        assert_eq!(f16_to_f64(f16_from_f64(65520.0)), f64::INFINITY);
        // 1 + 2^-11 is halfway between 1 and 1 + 2^-10: even is 1.
        assert_eq!(f16_to_f64(f16_from_f64(1.0 + pow2(-11))), 1.0);
        // Just above halfway rounds up (double rounding through f32 would not).
        assert_eq!(
            f16_to_f64(f16_from_f64(1.0 + pow2(-11) + pow2(-40))),
            1.0 + pow2(-10)
        );
        assert_eq!(f16_to_f64(f16_from_f64(pow2(-24))), pow2(-24));
        assert_eq!(f16_to_f64(f16_from_f64(pow2(-25))), 0.0);
        assert_eq!(f16_from_f64(-0.0), 0x8000);
        assert!(f16_to_f64(f16_from_f64(f64::NAN)).is_nan());
    }

    #[test]
    fn clamped_rounds_halves_to_even() {
        assert_eq!(to_uint8_clamp(0.5), 0);
        assert_eq!(to_uint8_clamp(1.5), 2);
        assert_eq!(to_uint8_clamp(254.5), 254);
        assert_eq!(to_uint8_clamp(-3.0), 0);
        assert_eq!(to_uint8_clamp(300.0), 255);
    }
}
