//! Number <-> string conversions with JavaScript's rules (Number::toString,
//! StringToNumber), plus the integer conversions of the bitwise operators.

/// `Number::toString(n)` in radix 10: the shortest digits that round-trip, with
/// JavaScript's choice between fixed and exponent notation.
pub fn number_to_string(n: f64) -> String {
    let mut digits = [0; INTEGER_DIGITS];
    if let Some(text) = integer_text(n, &mut digits) {
        return text.iter().map(|&b| b as char).collect();
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(n).to_string()
}

/// Appends `Number::toString(n)` to `out` as UTF-16 code units, allocating no string
/// (what `join` does with each number element).
pub fn push_number_units(out: &mut Vec<u16>, n: f64) {
    let mut digits = [0; INTEGER_DIGITS];
    if let Some(text) = integer_text(n, &mut digits) {
        out.extend(text.iter().map(|&b| u16::from(b)));
        return;
    }
    let mut buf = ryu_js::Buffer::new();
    out.extend(buf.format(n).bytes().map(u16::from));
}

/// Room for the text of an integer up to 2^53 in magnitude, sign included.
const INTEGER_DIGITS: usize = 17;

/// The text of `n` when it is an integer up to 2^53 in magnitude (other than -0),
/// written at the end of `buf`: such numbers print as their digits (no exponent
/// before 1e21), and formatting them skips the shortest-digits search, which
/// dominated `join` of numbers.
fn integer_text(n: f64, buf: &mut [u8; INTEGER_DIGITS]) -> Option<&[u8]> {
    // A round trip through i64 tests for an integer without `fract` (a libm call).
    let i = n as i64;
    if i as f64 != n || !(-9007199254740992..=9007199254740992).contains(&i) {
        return None;
    }
    if i == 0 && n.is_sign_negative() {
        return None;
    }
    let mut rest = i.unsigned_abs();
    let mut at = INTEGER_DIGITS;
    loop {
        at -= 1;
        buf[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    Some(&buf[at..])
}

/// Whitespace and line terminators that StringToNumber and `trim` strip.
pub fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// The text without the white space and line terminators around it (StringToNumber's
/// and StringToBigInt's StrWhiteSpace).
pub fn trim_js_whitespace(units: &[u16]) -> &[u16] {
    let start = units
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(units.len());
    let end = units
        .iter()
        .rposition(|&c| !is_js_whitespace(c))
        .map_or(start, |i| i + 1);
    &units[start..end]
}

/// StringToNumber: the numeric value of a string, `NaN` when it is not a number.
pub fn string_to_number(units: &[u16]) -> f64 {
    let s = trim_js_whitespace(units);
    if s.is_empty() {
        return 0.0;
    }
    if s.iter().any(|&c| c > 0x7F) {
        return f64::NAN;
    }
    let text: String = s.iter().map(|&c| c as u8 as char).collect();
    parse_numeric_literal(&text).unwrap_or(f64::NAN)
}

fn parse_numeric_literal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    if bytes.len() > 2 && bytes[0] == b'0' {
        let radix = match bytes[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return parse_radix_digits(&text[2..], radix);
        }
    }
    let (sign, rest) = match bytes[0] {
        b'+' => (1.0, &text[1..]),
        b'-' => (-1.0, &text[1..]),
        _ => (1.0, text),
    };
    if rest == "Infinity" {
        return Some(sign * f64::INFINITY);
    }
    if !is_decimal_literal(rest) {
        return None;
    }
    rest.parse::<f64>().ok().map(|n| sign * n)
}

/// Digits in `radix` (no sign, no separators) to a number; `None` if any is invalid.
pub fn parse_radix_digits(digits: &str, radix: u32) -> Option<f64> {
    if digits.is_empty() {
        return None;
    }
    let values = digits
        .chars()
        .map(|c| c.to_digit(radix))
        .collect::<Option<Vec<u32>>>()?;
    Some(digit_values_to_number(&values, radix))
}

/// The number that digit values (most significant first) in `radix` denote, rounded as
/// V8 rounds it. The spec requires the correctly rounded value for radices 2, 4, 8, 16
/// and 32 (and 10, which callers parse as decimal text); for the others it allows an
/// approximation, and V8's is the one scripts see in Node, so it is reproduced here.
pub fn digit_values_to_number(digits: &[u32], radix: u32) -> f64 {
    if radix.is_power_of_two() {
        power_of_two_radix_to_number(digits, radix.trailing_zeros())
    } else {
        generic_radix_to_number(digits, radix)
    }
}

/// Exact: the first 53 significant bits, then round half to even on the bits dropped
/// (any non-zero digit after them counts as a sticky bit).
fn power_of_two_radix_to_number(digits: &[u32], bits_per_digit: u32) -> f64 {
    let mut number: u64 = 0;
    let mut exponent: i32 = 0;
    let mut rest = digits.iter().skip_while(|&&d| d == 0);
    for &d in rest.by_ref() {
        number = (number << bits_per_digit) | d as u64;
        let overflow = number >> 53;
        if overflow != 0 {
            let overflow_bits = 64 - overflow.leading_zeros();
            let dropped = number & ((1 << overflow_bits) - 1);
            number >>= overflow_bits;
            exponent = overflow_bits as i32;
            let mut zero_tail = true;
            for &d in rest.by_ref() {
                zero_tail &= d == 0;
                exponent += bits_per_digit as i32;
            }
            let half = 1 << (overflow_bits - 1);
            if dropped > half || (dropped == half && (number & 1 != 0 || !zero_tail)) {
                number += 1;
            }
            if number >> 53 != 0 {
                exponent += 1;
                number >>= 1;
            }
            break;
        }
    }
    number as f64 * 2f64.powi(exponent)
}

/// V8's approximation: digits gathered into parts whose multiplier stays within 32 bits,
/// each part folded in with one multiply and add in doubles.
fn generic_radix_to_number(digits: &[u32], radix: u32) -> f64 {
    const MAXIMUM_MULTIPLIER: u32 = u32::MAX / 36;
    let mut result = 0f64;
    let mut rest = digits.iter().peekable();
    while rest.peek().is_some() {
        let (mut part, mut multiplier) = (0u32, 1u32);
        while let Some(&&d) = rest.peek() {
            let m = multiplier * radix;
            if m > MAXIMUM_MULTIPLIER {
                break;
            }
            part = part * radix + d;
            multiplier = m;
            rest.next();
        }
        result = result * multiplier as f64 + part as f64;
    }
    result
}

/// `StrUnsignedDecimalLiteral`: digits with an optional fraction and exponent.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == b.len()
}

/// ToInt32
#[inline]
pub fn to_int32(n: f64) -> i32 {
    if n.is_finite() && n.abs() < 2147483648.0 {
        return n as i32;
    }
    to_uint32(n) as i32
}

/// ToUint32
#[inline]
pub fn to_uint32(n: f64) -> u32 {
    if (0.0..4294967296.0).contains(&n) {
        return n as u32;
    }
    if !n.is_finite() {
        return 0;
    }
    let t = n.trunc();
    let m = t.rem_euclid(4294967296.0);
    m as u32
}

/// The next double above a finite non-negative `x`.
fn next_double(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1)
}

/// `Number.prototype.toString(radix)` for radix 2..=36 other than 10, as V8's
/// DoubleToRadixCString computes it: fraction digits until the remainder falls
/// below half an ulp of the value (rounding the last digit half to even), integer
/// digits by repeated division, with zeros for the digits below 2^53 precision.
pub fn number_to_radix_string(n: f64, radix: u32) -> String {
    const CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    let radix_f = f64::from(radix);
    let negative = n < 0.0;
    let value = n.abs();
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Fraction digits only down to the input's precision.
    let mut delta = (0.5 * (next_double(value) - value)).max(next_double(0.0));
    let mut fraction_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= radix_f;
            delta *= radix_f;
            let digit = fraction as usize;
            fraction_digits.push(CHARS[digit]);
            fraction -= digit as f64;
            // Round half to even; a carry goes back through the written digits
            // and possibly into the integer part.
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                loop {
                    let Some(c) = fraction_digits.pop() else {
                        integer += 1.0;
                        break;
                    };
                    let d = if c > b'9' { c - b'a' + 10 } else { c - b'0' } as u32;
                    if d + 1 < radix {
                        fraction_digits.push(CHARS[d as usize + 1]);
                        break;
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    // Integer digits, least significant first; those a double cannot represent
    // (the quotient is still at least 2^53) are zeros.
    let mut integer_digits: Vec<u8> = Vec::new();
    while integer / radix_f >= 9_007_199_254_740_992.0 {
        integer /= radix_f;
        integer_digits.push(b'0');
    }
    loop {
        let remainder = integer % radix_f;
        integer_digits.push(CHARS[remainder as usize]);
        integer = (integer - remainder) / radix_f;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::with_capacity(integer_digits.len() + fraction_digits.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(integer_digits.iter().rev().map(|&c| c as char));
    if !fraction_digits.is_empty() {
        out.push('.');
        out.extend(fraction_digits.iter().map(|&c| c as char));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> f64 {
        string_to_number(&s.encode_utf16().collect::<Vec<_>>())
    }

    #[test]
    fn formats_like_javascript() {
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(-0.0), "0");
        assert_eq!(number_to_string(123e-20), "1.23e-18");
        assert_eq!(number_to_string(f64::NAN), "NaN");
        assert_eq!(number_to_string(100.0), "100");
    }

    #[test]
    fn parses_like_javascript() {
        assert_eq!(num("  42  "), 42.0);
        assert_eq!(num(""), 0.0);
        assert_eq!(num("0x1F"), 31.0);
        assert_eq!(num("-Infinity"), f64::NEG_INFINITY);
        assert!(num("inf").is_nan());
        assert!(num("1_000").is_nan());
        assert!(num("-0x10").is_nan());
        assert_eq!(num(".5"), 0.5);
        assert_eq!(num("5."), 5.0);
        assert!(num("e5").is_nan());
    }

    #[test]
    fn int_conversions_wrap() {
        assert_eq!(to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(to_int32(2147483648.0), -2147483648);
        assert_eq!(to_uint32(-1.0), 4294967295);
    }

    #[test]
    fn radix_strings() {
        assert_eq!(number_to_radix_string(255.0, 16), "ff");
        assert_eq!(number_to_radix_string(-8.0, 2), "-1000");
        assert_eq!(number_to_radix_string(0.5, 2), "0.1");
        assert_eq!(number_to_radix_string(1e21, 36), "5v1j4f4ds7c000");
        assert_eq!(number_to_radix_string(123.456, 36), "3f.gez4w97ry");
        assert_eq!(number_to_radix_string(5e-324, 2).len(), 1076);
    }
}
