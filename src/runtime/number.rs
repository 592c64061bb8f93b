//! Number <-> string conversions with JavaScript's rules (Number::toString,
//! StringToNumber), plus the integer conversions of the bitwise operators.

/// `Number::toString(n)` in radix 10: the shortest digits that round-trip, with
/// JavaScript's choice between fixed and exponent notation.
pub fn number_to_string(n: f64) -> String {
    let mut buf = ryu_js::Buffer::new();
    buf.format(n).to_string()
}

/// Whitespace and line terminators that StringToNumber and `trim` strip.
pub fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// StringToNumber: the numeric value of a string, `NaN` when it is not a number.
pub fn string_to_number(units: &[u16]) -> f64 {
    let start = units
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(units.len());
    let end = units
        .iter()
        .rposition(|&c| !is_js_whitespace(c))
        .map_or(start, |i| i + 1);
    let s = &units[start..end];
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
    let mut n = 0.0f64;
    for c in digits.chars() {
        n = n * radix as f64 + c.to_digit(radix)? as f64;
    }
    Some(n)
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
pub fn to_int32(n: f64) -> i32 {
    if n.is_finite() && n.abs() < 2147483648.0 {
        return n as i32;
    }
    to_uint32(n) as i32
}

/// ToUint32
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

/// `Number.prototype.toString(radix)` for radix 2..=36 other than 10.
pub fn number_to_radix_string(n: f64, radix: u32) -> String {
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
    let negative = n < 0.0;
    let n = n.abs();
    let mut int = n.trunc();
    let mut frac = n - int;
    let mut digits = Vec::new();
    if int == 0.0 {
        digits.push(b'0');
    }
    while int >= 1.0 {
        let d = (int % radix as f64) as u32;
        digits.push(std::char::from_digit(d, radix).unwrap_or('0') as u8);
        int = (int / radix as f64).trunc();
    }
    digits.reverse();
    let mut out = String::from_utf8(digits).unwrap_or_default();
    if frac > 0.0 {
        out.push('.');
        // Enough digits to distinguish the value: about 52 bits' worth.
        let max_digits = (52.0 / (radix as f64).log2()).ceil() as usize + 1;
        let mut count = 0;
        while frac > 0.0 && count < max_digits {
            frac *= radix as f64;
            let d = frac.trunc() as u32;
            out.push(std::char::from_digit(d, radix).unwrap_or('0'));
            frac -= d as f64;
            count += 1;
        }
        while out.ends_with('0') {
            out.pop();
        }
    }
    if negative {
        out.insert(0, '-');
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
    }
}
