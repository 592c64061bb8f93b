//! `node:buffer`: Node's Buffer, a subclass of Uint8Array written in JavaScript
//! (`buffer.js`, after Node's lib/buffer.js) over the native encoders and byte loops
//! here (`require('internal/buffer')` inside the source).

use super::load_source;
use crate::builtins::binary::{self, ElementKind, TypedArrayData, typed_array_data, window_length};
use crate::builtins::web::codec;
use crate::builtins::{arg, method};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

/// Builds `require('buffer')`.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "buffer", include_str!("buffer.js"))
}

/// A new Buffer holding `bytes` (moved into a fresh ArrayBuffer of exactly that size,
/// not copied): what the host's own functions (`fs.readFileSync`, ...) hand back. As
/// Node's internals do, it calls nothing a script can replace (`Buffer.from`): the
/// Buffer is a Uint8Array whose prototype is `Buffer.prototype`.
pub fn new_buffer(vm: &mut Vm, bytes: Vec<u8>) -> JsResult<Value> {
    let exports = crate::modules::cjs::builtin(vm, "buffer")?.unwrap_or(Value::Undefined);
    let buffer_class = vm.get_named(exports, "Buffer")?;
    let proto = vm.get_named(buffer_class, "prototype")?;
    let length = bytes.len();
    let data = TypedArrayData {
        kind: ElementKind::Uint8,
        buffer: binary::buffer_from_bytes(vm, bytes),
        byte_offset: 0,
        length: Some(length),
    };
    let proto = proto.as_object().unwrap_or(vm.realm.object_prototype);
    let kind = ObjectKind::TypedArray(Box::new(data));
    Ok(Value::Object(vm.alloc_object(Some(proto), kind)))
}

/// The window of bytes a typed array sees: its buffer, the first byte and the
/// count. An empty window when `v` is no typed array or is out of bounds (the
/// JavaScript side checks types before calling in).
fn window(vm: &Vm, v: Value) -> (Option<ObjRef>, usize, usize) {
    let Value::Object(o) = v else {
        return (None, 0, 0);
    };
    match typed_array_data(vm, o) {
        Some(t) => match window_length(vm, t) {
            Some(n) => (Some(t.buffer), t.byte_offset, n * t.kind.size()),
            None => (None, 0, 0),
        },
        None => (None, 0, 0),
    }
}

/// The bytes a typed array sees, copied.
fn bytes_of(vm: &Vm, v: Value) -> Vec<u8> {
    match window(vm, v) {
        (Some(b), start, len) => binary::buffer(vm, b).bytes[start..start + len].to_vec(),
        _ => Vec::new(),
    }
}

/// Argument `i` as a byte position clamped to `0..=max`.
fn position(vm: &mut Vm, args: &[Value], i: usize, default: usize, max: usize) -> JsResult<usize> {
    match arg(args, i) {
        Value::Undefined => Ok(default.min(max)),
        v => Ok(vm.to_integer(v)?.clamp(0.0, max as f64) as usize),
    }
}

/// Encodes string `v` in `encoding` (a name `buffer.js` has normalized).
fn encode(vm: &mut Vm, v: Value, encoding: &str) -> JsResult<Vec<u8>> {
    let Value::String(s) = v else {
        return Err(vm.type_error("a string to encode"));
    };
    let units = vm.heap.flatten(s);
    Ok(match encoding {
        "utf16le" => codec::utf16le_encode(units),
        "latin1" | "ascii" => codec::latin1_encode(units),
        "hex" => codec::hex_decode(units),
        "base64" | "base64url" => codec::base64_decode(units),
        _ => codec::utf8_encode(units),
    })
}

/// Decodes `bytes` from `encoding` into a string value.
fn decode(vm: &mut Vm, bytes: &[u8], encoding: &str) -> Value {
    let units = match encoding {
        "utf16le" => codec::utf16le_decode(bytes),
        "latin1" => codec::latin1_decode(bytes),
        "ascii" => codec::ascii_decode(bytes),
        "hex" => return Value::String(vm.heap.alloc_str(&codec::hex_encode(bytes))),
        "base64" | "base64url" => {
            let text = codec::base64_encode(bytes, encoding == "base64url");
            return Value::String(vm.heap.alloc_str(&text));
        }
        _ => codec::utf8_decode(bytes, false).unwrap_or_default(),
    };
    Value::String(vm.heap.alloc_units(units))
}

/// The first (or, backwards, last) position of `needle` in `hay` at or after (at or
/// before) `from`, as Node's IndexOfOffset and search place it.
fn find(hay: &[u8], needle: &[u8], offset: f64, forward: bool) -> f64 {
    let (len, n) = (hay.len() as f64, needle.len() as f64);
    // IndexOfOffset: where the search starts, or no match at all.
    let from = if offset < 0.0 {
        if offset + len >= 0.0 {
            len + offset
        } else if forward || n == 0.0 {
            0.0
        } else {
            return -1.0;
        }
    } else if offset + n <= len {
        offset
    } else if n == 0.0 {
        len
    } else if forward {
        return -1.0;
    } else {
        len - 1.0
    };
    if needle.is_empty() {
        return from;
    }
    if hay.len() < needle.len() {
        return -1.0;
    }
    let last_start = hay.len() - needle.len();
    let from = from as usize;
    let hit = if forward {
        (from..=last_start).find(|&i| hay[i..].starts_with(needle))
    } else {
        (0..=from.min(last_start))
            .rev()
            .find(|&i| hay[i..].starts_with(needle))
    };
    hit.map_or(-1.0, |i| i as f64)
}

/// `require('internal/buffer')` inside the sources: the encoders and the loops over
/// bytes.
pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    method(vm, o, "byteLengthUtf8", 1, |vm, _, args| {
        let Value::String(s) = arg(args, 0) else {
            return Ok(Value::Number(0.0));
        };
        Ok(Value::Number(codec::utf8_length(vm.heap.flatten(s)) as f64))
    });
    // encode(string, encoding): a fresh ArrayBuffer with the string's bytes.
    method(vm, o, "encode", 2, |vm, _, args| {
        let encoding = vm.to_rust_string(arg(args, 1))?;
        let bytes = encode(vm, arg(args, 0), &encoding)?;
        Ok(Value::Object(binary::buffer_from_bytes(vm, bytes)))
    });
    // write(view, string, offset, length, encoding): the count of bytes written, at
    // most `length` and never part of a character.
    method(vm, o, "write", 5, |vm, _, args| {
        let encoding = vm.to_rust_string(arg(args, 4))?;
        let bytes = encode(vm, arg(args, 1), &encoding)?;
        let (Some(store), start, len) = window(vm, arg(args, 0)) else {
            return Ok(Value::Number(0.0));
        };
        let offset = position(vm, args, 2, 0, len)?;
        let room = position(vm, args, 3, len - offset, len - offset)?;
        let count = match encoding.as_str() {
            "utf8" => codec::utf8_fit(&bytes, room),
            "utf16le" => bytes.len().min(room) & !1,
            _ => bytes.len().min(room),
        };
        let at = start + offset;
        binary::buffer_mut(vm, store).bytes[at..at + count].copy_from_slice(&bytes[..count]);
        Ok(Value::Number(count as f64))
    });
    // decode(view, encoding, start, end): the text of bytes start..end.
    method(vm, o, "decode", 4, |vm, _, args| {
        let encoding = vm.to_rust_string(arg(args, 1))?;
        let bytes = bytes_of(vm, arg(args, 0));
        let end = position(vm, args, 3, bytes.len(), bytes.len())?;
        let start = position(vm, args, 2, 0, end)?;
        Ok(decode(vm, &bytes[start..end], &encoding))
    });
    // compare(a, b): -1, 0 or 1 as the byte strings order.
    method(vm, o, "compare", 2, |vm, _, args| {
        let a = bytes_of(vm, arg(args, 0));
        let b = bytes_of(vm, arg(args, 1));
        Ok(Value::Number(match a.cmp(&b) {
            std::cmp::Ordering::Less => -1.0,
            std::cmp::Ordering::Equal => 0.0,
            std::cmp::Ordering::Greater => 1.0,
        }))
    });
    // indexOf(view, needleView, byteOffset, forward)
    method(vm, o, "indexOf", 4, |vm, _, args| {
        let hay = bytes_of(vm, arg(args, 0));
        let needle = bytes_of(vm, arg(args, 1));
        let offset = vm.to_number(arg(args, 2))?;
        let forward = vm.to_boolean(arg(args, 3));
        Ok(Value::Number(find(&hay, &needle, offset, forward)))
    });
    // fill(view, patternView, start, end): repeats the pattern over start..end.
    method(vm, o, "fill", 4, |vm, _, args| {
        let pattern = bytes_of(vm, arg(args, 1));
        let (Some(store), first, len) = window(vm, arg(args, 0)) else {
            return Ok(Value::Undefined);
        };
        let end = position(vm, args, 3, len, len)?;
        let start = position(vm, args, 2, 0, end)?;
        if !pattern.is_empty() {
            let bytes = &mut binary::buffer_mut(vm, store).bytes[first + start..first + end];
            for (b, p) in bytes.iter_mut().zip(pattern.iter().cycle()) {
                *b = *p;
            }
        }
        Ok(Value::Undefined)
    });
    method(vm, o, "isUtf8", 1, |vm, _, args| {
        let bytes = bytes_of(vm, arg(args, 0));
        Ok(Value::Bool(std::str::from_utf8(&bytes).is_ok()))
    });
    Ok(Value::Object(o))
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn find_follows_node_offsets() {
        let hay = b"abcabc";
        assert_eq!(find(hay, b"bc", 0.0, true), 1.0);
        assert_eq!(find(hay, b"bc", 2.0, true), 4.0);
        assert_eq!(find(hay, b"bc", -2.0, true), 4.0);
        assert_eq!(find(hay, b"bc", 6.0, false), 4.0);
        assert_eq!(find(hay, b"bc", 3.0, false), 1.0);
        assert_eq!(find(hay, b"", 9.0, true), 6.0);
        assert_eq!(find(hay, b"x", 0.0, true), -1.0);
        assert_eq!(find(hay, b"bc", -9.0, false), -1.0);
    }
}
