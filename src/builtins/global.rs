//! The global object's own functions and values: `globalThis`, `print`, `NaN`,
//! `Infinity`, `undefined`, `parseInt`, `parseFloat`, `isNaN`, `isFinite` and the URI
//! coding functions.

use super::{arg, method};
use crate::runtime::Value;
use crate::runtime::number::is_js_whitespace;
use crate::runtime::object::METHOD_ATTRS;
use crate::runtime::string::MAX_STRING_LEN;
use crate::vm::{ErrorKind, JsError, JsResult, Vm};
use std::io::Write;

/// Characters `encodeURIComponent` leaves alone (uriUnescaped).
const URI_UNESCAPED: &str = "-_.!~*'()";
/// uriReserved and `#`: what `encodeURI` also leaves alone and `decodeURI` keeps
/// escaped.
const URI_RESERVED_HASH: &str = ";/?:@&=+$,#";

pub fn install(vm: &mut Vm) {
    let global = vm.realm.global;
    vm.define_named(global, "globalThis", Value::Object(global), METHOD_ATTRS);
    vm.define_named(global, "NaN", Value::Number(f64::NAN), 0);
    vm.define_named(global, "Infinity", Value::Number(f64::INFINITY), 0);
    vm.define_named(global, "undefined", Value::Undefined, 0);
    method(vm, global, "print", 1, print);
    vm.realm.eval_function = method(vm, global, "eval", 1, eval);
    let parse_int = method(vm, global, "parseInt", 2, parse_int);
    let parse_float = method(vm, global, "parseFloat", 1, parse_float);
    // `Number.parseInt` and `Number.parseFloat` are the same function objects.
    if let Ok(Value::Object(number)) = vm.get_named(Value::Object(global), "Number") {
        vm.define_named(
            number,
            "parseFloat",
            Value::Object(parse_float),
            METHOD_ATTRS,
        );
        vm.define_named(number, "parseInt", Value::Object(parse_int), METHOD_ATTRS);
        // V8 defines Number's constants after its functions.
        super::number::install_constants(vm, number);
    }
    method(vm, global, "isNaN", 1, |vm, _, args| {
        Ok(Value::Bool(vm.to_number(arg(args, 0))?.is_nan()))
    });
    method(vm, global, "isFinite", 1, |vm, _, args| {
        Ok(Value::Bool(vm.to_number(arg(args, 0))?.is_finite()))
    });
    method(vm, global, "encodeURIComponent", 1, |vm, _, args| {
        encode(vm, arg(args, 0), "")
    });
    method(vm, global, "encodeURI", 1, |vm, _, args| {
        encode(vm, arg(args, 0), URI_RESERVED_HASH)
    });
    method(vm, global, "decodeURIComponent", 1, |vm, _, args| {
        decode(vm, arg(args, 0), "")
    });
    method(vm, global, "decodeURI", 1, |vm, _, args| {
        decode(vm, arg(args, 0), URI_RESERVED_HASH)
    });
    method(vm, global, "escape", 1, escape);
    method(vm, global, "unescape", 1, unescape);
}

/// `escape(string)` (Annex B.2.1.1): code units outside `A-Za-z0-9@*_+-./` become `%XX`
/// below 256 and `%uXXXX` above.
fn escape(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    let units = vm.heap.flatten(s).to_vec();
    let mut out = String::with_capacity(units.len());
    for &c in &units {
        match char::from_u32(c as u32) {
            Some(ch) if ch.is_ascii_alphanumeric() || "@*_+-./".contains(ch) => out.push(ch),
            _ if c < 256 => out.push_str(&format!("%{c:02X}")),
            _ => out.push_str(&format!("%u{c:04X}")),
        }
    }
    Ok(Value::String(vm.heap.alloc_str(&out)))
}

/// `unescape(string)` (Annex B.2.1.2): `%uXXXX` and `%XX` become the code unit they
/// name; any other `%` stays.
fn unescape(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    let units = vm.heap.flatten(s).to_vec();
    let hex = |from: usize, n: usize| -> Option<u16> {
        let digits = units.get(from..from + n)?;
        digits.iter().try_fold(0u16, |acc, &d| {
            let v = char::from_u32(d as u32)?.to_digit(16)?;
            Some(acc * 16 + v as u16)
        })
    };
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        if c == b'%' as u16 {
            if units.get(i + 1) == Some(&(b'u' as u16))
                && let Some(v) = hex(i + 2, 4)
            {
                out.push(v);
                i += 6;
                continue;
            }
            if let Some(v) = hex(i + 1, 2) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    Ok(Value::String(vm.heap.alloc_units(out)))
}

/// `eval(code)`, as indirect eval: the code runs as a script in the global scope (its
/// `var`s become globals, its `let`/`const` stay inside it) and its completion value is
/// returned. A syntax error in it is thrown as a SyntaxError.
fn eval(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let Value::String(s) = arg(args, 0) else {
        return Ok(arg(args, 0));
    };
    let text = vm.heap.to_rust_string(s);
    let syntax_error = |d: crate::diagnostics::Diagnostic| {
        crate::vm::JsError::Native(crate::vm::ErrorKind::SyntaxError, d.message)
    };
    let program = crate::parser::parse_with(&text, false).map_err(syntax_error)?;
    let source = std::rc::Rc::new(crate::compiler::bytecode::Source {
        name: "<anonymous>".into(),
        text,
        eval_origin: Some(vm.eval_origin()),
    });
    let options = crate::compiler::ScriptOptions {
        eval: true,
        ..Default::default()
    };
    let template =
        crate::compiler::compile_script(&program, source, &mut vm.heap, &mut vm.globals, options)
            .map_err(syntax_error)?;
    vm.run_script(template)
}

/// `print(x)`: writes `String(x)` and a newline to stdout (the test262 harness uses it).
fn print(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let text = vm.to_rust_string(arg(args, 0))?;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    Ok(Value::Undefined)
}

/// The code units of ToString(v) after leading whitespace.
fn trimmed_start(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    let s = vm.to_string(v)?;
    let units = vm.heap.flatten(s);
    let start = units
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(units.len());
    Ok(units[start..].to_vec())
}

fn parse_int(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    // 1-2. ToString, then trim leading white space.
    let s = trimmed_start(vm, arg(args, 0))?;
    // 6. ToInt32(radix).
    let mut radix = vm.to_int32(arg(args, 1))?;
    let (sign, mut s) = match s.first() {
        Some(&c) if c == b'-' as u16 => (-1.0, &s[1..]),
        Some(&c) if c == b'+' as u16 => (1.0, &s[1..]),
        _ => (1.0, &s[..]),
    };
    let mut strip_prefix = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return Ok(Value::Number(f64::NAN));
        }
        if radix != 16 {
            strip_prefix = false;
        }
    } else {
        radix = 10;
    }
    if strip_prefix
        && s.len() >= 2
        && s[0] == b'0' as u16
        && (s[1] == b'x' as u16 || s[1] == b'X' as u16)
    {
        s = &s[2..];
        radix = 16;
    }
    let digits: String = s
        .iter()
        .map_while(|&c| char::from_u32(c as u32).filter(|c| c.is_digit(radix as u32)))
        .collect();
    if digits.is_empty() {
        return Ok(Value::Number(f64::NAN));
    }
    let n = if radix == 10 {
        digits.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        crate::runtime::number::parse_radix_digits(&digits, radix as u32).unwrap_or(f64::NAN)
    };
    Ok(Value::Number(sign * n))
}

fn parse_float(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let s = trimmed_start(vm, arg(args, 0))?;
    let text: String = s
        .iter()
        .take_while(|&&c| c < 0x80)
        .map(|&c| c as u8 as char)
        .collect();
    let b = text.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if text[i..].starts_with("Infinity") {
        let sign = if b[0] == b'-' { -1.0 } else { 1.0 };
        return Ok(Value::Number(sign * f64::INFINITY));
    }
    // The longest prefix that is a StrDecimalLiteral.
    let int_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        frac_digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if int_digits + frac_digits > 0 {
            i += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return Ok(Value::Number(f64::NAN));
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_digits = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    let literal = text[..i].trim_end_matches('.');
    Ok(Value::Number(literal.parse::<f64>().unwrap_or(f64::NAN)))
}

fn uri_error() -> JsError {
    JsError::Native(ErrorKind::URIError, "URI malformed".into())
}

/// Encode: `keep` lists the characters besides alphanumerics and uriUnescaped that
/// stay as they are.
fn encode(vm: &mut Vm, v: Value, keep: &str) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    let units = vm.heap.flatten(s).to_vec();
    let mut out = String::with_capacity(units.len());
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.map_err(|_| uri_error())?;
        if c.is_ascii_alphanumeric() || URI_UNESCAPED.contains(c) || keep.contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
            // Escaping grows the text up to ninefold: stop at V8's limit (the text
            // is ASCII, so bytes are code units).
            if out.len() > MAX_STRING_LEN {
                return Err(vm.invalid_string_length());
            }
        }
    }
    Ok(Value::String(vm.heap.alloc_str(&out)))
}

/// Decode: escapes of the characters in `reserved` stay escaped.
fn decode(vm: &mut Vm, v: Value, reserved: &str) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    let units = vm.heap.flatten(s).to_vec();
    let hex_byte = |i: usize| -> Option<u8> {
        if units.get(i) != Some(&(b'%' as u16)) {
            return None;
        }
        let h = char::from_u32(*units.get(i + 1)? as u32)?.to_digit(16)?;
        let l = char::from_u32(*units.get(i + 2)? as u32)?.to_digit(16)?;
        Some((h * 16 + l) as u8)
    };
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        if units[i] != b'%' as u16 {
            out.push(units[i]);
            i += 1;
            continue;
        }
        let first = hex_byte(i).ok_or_else(uri_error)?;
        if first < 0x80 {
            if reserved.contains(first as char) {
                out.extend_from_slice(&units[i..i + 3]);
            } else {
                out.push(first as u16);
            }
            i += 3;
            continue;
        }
        let n = match first {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return Err(uri_error()),
        };
        let mut bytes = vec![first];
        for k in 1..n {
            let b = hex_byte(i + 3 * k).ok_or_else(uri_error)?;
            if b & 0xC0 != 0x80 {
                return Err(uri_error());
            }
            bytes.push(b);
        }
        let text = std::str::from_utf8(&bytes).map_err(|_| uri_error())?;
        out.extend(text.encode_utf16());
        i += 3 * n;
    }
    Ok(Value::String(vm.heap.alloc_units(out)))
}
