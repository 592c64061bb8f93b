//! The byte encodings strings travel in: UTF-8 (as the Encoding Standard writes and
//! reads it), UTF-16LE, Latin-1, ASCII, hex and base64, shared by Node's Buffer,
//! TextEncoder/TextDecoder and atob/btoa. Pure functions over UTF-16 code units and
//! bytes; the callers decide what a bad input means.

/// The base64 alphabet (RFC 4648 section 4).
const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The URL-safe base64 alphabet (RFC 4648 section 5).
const BASE64_URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// UTF-8 of `units`; a lone surrogate becomes U+FFFD (EF BF BD), as V8's
/// String::WriteUtf8 and the Encoding Standard's encoder both do.
pub fn utf8_encode(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    let mut buf = [0u8; 4];
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    out
}

/// The UTF-8 length of `units` (with lone surrogates counted as U+FFFD).
pub fn utf8_length(units: &[u16]) -> usize {
    char::decode_utf16(units.iter().copied())
        .map(|c| c.map_or(3, char::len_utf8))
        .sum()
}

/// How many leading bytes of `bytes` (a UTF-8 encoding) fit in `max` bytes without
/// cutting a character in two: a write that runs out of room stops at a character
/// boundary, as Node's `buf.write` does.
pub fn utf8_fit(bytes: &[u8], max: usize) -> usize {
    if max >= bytes.len() {
        return bytes.len();
    }
    let mut end = max;
    // Back up over continuation bytes to the start of the cut character.
    while end > 0 && bytes[end] & 0xC0 == 0x80 {
        end -= 1;
    }
    end
}

/// The text of UTF-8 `bytes`, each maximal invalid subpart replaced by one U+FFFD
/// (the Encoding Standard's decoder; Rust's lossy decoding follows the same rule).
/// `Err(())` instead when `fatal` and the bytes are not valid UTF-8.
pub fn utf8_decode(bytes: &[u8], fatal: bool) -> Result<Vec<u16>, ()> {
    if fatal {
        return std::str::from_utf8(bytes)
            .map(|s| s.encode_utf16().collect())
            .map_err(|_| ());
    }
    Ok(String::from_utf8_lossy(bytes).encode_utf16().collect())
}

/// Latin-1 bytes of `units`: the low byte of each code unit, as Node writes
/// `latin1` and `ascii`.
pub fn latin1_encode(units: &[u16]) -> Vec<u8> {
    units.iter().map(|&u| u as u8).collect()
}

/// Latin-1 text of `bytes`: each byte is the code point of the same value.
pub fn latin1_decode(bytes: &[u8]) -> Vec<u16> {
    bytes.iter().map(|&b| b as u16).collect()
}

/// Node's `ascii` decoding: the high bit of each byte is dropped.
pub fn ascii_decode(bytes: &[u8]) -> Vec<u16> {
    bytes.iter().map(|&b| (b & 0x7F) as u16).collect()
}

/// UTF-16LE bytes of `units`.
pub fn utf16le_encode(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_le_bytes()).collect()
}

/// UTF-16LE text of `bytes`; an odd last byte is dropped.
pub fn utf16le_decode(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks_exact(2)
        .map(|p| u16::from_le_bytes([p[0], p[1]]))
        .collect()
}

/// Lowercase hex digits of `bytes`.
pub fn hex_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// The bytes of hex text: pairs of digits (either case) up to the first pair that is
/// not one, as Node decodes `hex` (an odd last digit is dropped).
pub fn hex_decode(units: &[u16]) -> Vec<u8> {
    let digit = |u: u16| char::from_u32(u as u32).and_then(|c| c.to_digit(16));
    units
        .chunks_exact(2)
        .map_while(|p| Some((digit(p[0])? * 16 + digit(p[1])?) as u8))
        .collect()
}

/// Base64 of `bytes`: the standard alphabet with `=` padding, or the URL-safe one
/// without padding.
pub fn base64_encode(bytes: &[u8], url: bool) -> String {
    let alphabet = if url { BASE64_URL } else { BASE64 };
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        let chars = chunk.len() + 1;
        for i in 0..4 {
            if i < chars {
                out.push(alphabet[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else if !url {
                out.push('=');
            }
        }
    }
    out
}

/// The 6-bit value of a base64 digit of either alphabet.
pub fn base64_digit(u: u16) -> Option<u32> {
    Some(match u {
        0x41..=0x5A => u as u32 - 0x41,
        0x61..=0x7A => u as u32 - 0x61 + 26,
        0x30..=0x39 => u as u32 - 0x30 + 52,
        0x2B | 0x2D => 62,
        0x2F | 0x5F => 63,
        _ => return None,
    })
}

/// Node's lenient base64 decoding: digits of both alphabets count, anything else
/// (whitespace, stray characters) is skipped, and `=` ends the data; a last group of
/// two or three digits gives one or two bytes.
pub fn base64_decode(units: &[u16]) -> Vec<u8> {
    let digits = units
        .iter()
        .take_while(|&&u| u != u16::from(b'='))
        .filter_map(|&u| base64_digit(u));
    decode_digits(digits)
}

/// Bytes from a run of 6-bit base64 values, four to three.
pub fn decode_digits(digits: impl Iterator<Item = u32>) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for d in digits {
        acc = (acc << 6) | d;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn base64_round_trips() {
        for text in ["", "h", "he", "hel", "hello", "\u{ff}\u{fe}"] {
            let bytes = latin1_encode(&units(text));
            let encoded = base64_encode(&bytes, false);
            assert_eq!(base64_decode(&units(&encoded)), bytes);
            let url = base64_encode(&bytes, true);
            assert_eq!(base64_decode(&units(&url)), bytes);
        }
        assert_eq!(base64_encode(b"hello", false), "aGVsbG8=");
        assert_eq!(base64_decode(&units("aGV sbG8=!x")), b"hello");
    }

    #[test]
    fn hex_stops_at_a_bad_pair() {
        assert_eq!(hex_decode(&units("0a1Bzz22")), vec![0x0a, 0x1b]);
        assert_eq!(hex_decode(&units("abc")), vec![0xab]);
    }

    #[test]
    fn utf8_cuts_at_characters() {
        let bytes = utf8_encode(&units("a\u{20ac}"));
        assert_eq!(utf8_fit(&bytes, 2), 1);
        assert_eq!(utf8_fit(&bytes, 4), 4);
        assert_eq!(utf8_encode(&[0xD800]), vec![0xEF, 0xBF, 0xBD]);
        assert_eq!(utf8_length(&units("a\u{20ac}\u{1F600}")), 8);
    }
}
