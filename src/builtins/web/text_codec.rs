//! The natives under TextEncoder and TextDecoder (`text_codec.js`): UTF-8
//! encoding into new or given memory, and the Encoding Standard's decoders for
//! UTF-8, UTF-16LE and windows-1252.

use super::codec;
use crate::builtins::binary::{self, typed_array_data, window_length};
use crate::builtins::{arg, method};
use crate::runtime::Value;
use crate::vm::{JsResult, Vm};

/// windows-1252's bytes 0x80 to 0x9F (the rest are Latin-1), from the Encoding
/// Standard's index-windows-1252.
const WINDOWS_1252_HIGH: [u16; 32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

/// The UTF-16LE decoder: a lone surrogate is an error, and so is data that ends
/// inside a code unit or after a lead surrogate (one error for both).
fn utf16le_decode(bytes: &[u8], fatal: bool) -> Result<Vec<u16>, ()> {
    let units = codec::utf16le_decode(bytes);
    let mut out = Vec::with_capacity(units.len());
    let mut errors = false;
    let mut pending_lead = None;
    for u in units {
        match (pending_lead.take(), u) {
            (Some(lead), 0xDC00..=0xDFFF) => out.extend([lead, u]),
            (lead, _) => {
                if lead.is_some() {
                    errors = true;
                    out.push(0xFFFD);
                }
                match u {
                    0xD800..=0xDBFF => pending_lead = Some(u),
                    0xDC00..=0xDFFF => {
                        errors = true;
                        out.push(0xFFFD);
                    }
                    _ => out.push(u),
                }
            }
        }
    }
    if pending_lead.is_some() || bytes.len() % 2 == 1 {
        errors = true;
        out.push(0xFFFD);
    }
    if errors && fatal { Err(()) } else { Ok(out) }
}

/// windows-1252 text of `bytes` (never an error: every byte maps).
fn windows_1252_decode(bytes: &[u8]) -> Vec<u16> {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[(b - 0x80) as usize],
            _ => b as u16,
        })
        .collect()
}

/// The bytes a typed array, DataView or ArrayBuffer holds (empty when detached).
fn bytes_of(vm: &Vm, v: Value) -> Vec<u8> {
    let Value::Object(o) = v else {
        return Vec::new();
    };
    match &vm.heap.obj(o).kind {
        crate::runtime::ObjectKind::ArrayBuffer(b) => b.bytes.clone(),
        crate::runtime::ObjectKind::DataView(d) => {
            let b = binary::buffer(vm, d.buffer);
            let len = d
                .byte_length
                .unwrap_or(b.bytes.len().saturating_sub(d.byte_offset));
            b.bytes
                .get(d.byte_offset..d.byte_offset + len)
                .map_or_else(Vec::new, <[u8]>::to_vec)
        }
        _ => match typed_array_data(vm, o) {
            Some(t) => match window_length(vm, t) {
                Some(n) => {
                    let start = t.byte_offset;
                    binary::buffer(vm, t.buffer).bytes[start..start + n * t.kind.size()].to_vec()
                }
                None => Vec::new(),
            },
            None => Vec::new(),
        },
    }
}

/// `require('internal/text_codec')` inside the sources.
pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    // encode(string): an ArrayBuffer with the string's UTF-8.
    method(vm, o, "encode", 1, |vm, _, args| {
        let Value::String(s) = arg(args, 0) else {
            return Ok(Value::Undefined);
        };
        let bytes = codec::utf8_encode(vm.heap.flatten(s));
        Ok(Value::Object(binary::buffer_from_bytes(vm, bytes)))
    });
    // encodeInto(string, uint8array): [read, written], whole characters only.
    method(vm, o, "encodeInto", 2, |vm, _, args| {
        let Value::String(s) = arg(args, 0) else {
            return Ok(Value::Undefined);
        };
        let units = vm.heap.flatten(s).to_vec();
        let Value::Object(dest) = arg(args, 1) else {
            return Ok(Value::Undefined);
        };
        let Some((store, start, room)) = typed_array_data(vm, dest)
            .and_then(|t| Some((t.buffer, t.byte_offset, window_length(vm, t)?)))
        else {
            return Ok(Value::Object(
                vm.new_array(vec![Value::Number(0.0), Value::Number(0.0)]),
            ));
        };
        let (mut read, mut written) = (0, 0);
        let mut buf = [0u8; 4];
        for c in char::decode_utf16(units.iter().copied()) {
            let (c, width) = match c {
                Ok(c) => (c, c.len_utf16()),
                Err(_) => (char::REPLACEMENT_CHARACTER, 1),
            };
            let encoded = c.encode_utf8(&mut buf).as_bytes();
            if written + encoded.len() > room {
                break;
            }
            let at = start + written;
            binary::buffer_mut(vm, store).bytes[at..at + encoded.len()].copy_from_slice(encoded);
            written += encoded.len();
            read += width;
        }
        let pair = vec![Value::Number(read as f64), Value::Number(written as f64)];
        Ok(Value::Object(vm.new_array(pair)))
    });
    // decode(bytes, encoding, fatal): the text, or null when `fatal` and the bytes
    // are not valid in the encoding.
    method(vm, o, "decode", 3, |vm, _, args| {
        let bytes = bytes_of(vm, arg(args, 0));
        let encoding = vm.to_rust_string(arg(args, 1))?;
        let fatal = vm.to_boolean(arg(args, 2));
        let units = match encoding.as_str() {
            "utf-16le" => utf16le_decode(&bytes, fatal),
            "windows-1252" => Ok(windows_1252_decode(&bytes)),
            _ => codec::utf8_decode(&bytes, fatal),
        };
        Ok(match units {
            Ok(units) => Value::String(vm.heap.alloc_units(units)),
            Err(()) => Value::Null,
        })
    });
    Ok(Value::Object(o))
}

#[cfg(test)]
mod tests {
    use super::utf16le_decode;

    #[test]
    fn utf16le_replaces_lone_surrogates() {
        assert_eq!(
            utf16le_decode(&[0x68, 0, 0, 0xD8, 0x69], false),
            Ok(vec![0x68, 0xFFFD])
        );
        assert_eq!(utf16le_decode(&[0, 0xDC], false), Ok(vec![0xFFFD]));
        assert_eq!(
            utf16le_decode(&[0x3D, 0xD8, 0x00, 0xDE], true),
            Ok(vec![0xD83D, 0xDE00])
        );
        assert_eq!(utf16le_decode(&[0x3D, 0xD8], true), Err(()));
    }
}
