//! `JSON`: `parse` with V8's error messages and `stringify` as the spec writes it.

use super::{arg, method};
use crate::compiler::bytecode::Source;
use crate::runtime::number::push_number_units;
use crate::runtime::object::{
    CONFIGURABLE, DEFAULT_ATTRS, JsObject, METHOD_ATTRS, Property, PropertyKey, PropertyMap, Slot,
};
use crate::runtime::shape::{MAX_SHAPED_KEYS, ShapeClass};
use crate::runtime::string::MAX_STRING_LEN;
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{ErrorKind, JsError, JsResult, Vm, index_of_units};
use std::borrow::Cow;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let json = vm.new_object();
    method(vm, json, "parse", 2, parse);
    method(vm, json, "stringify", 3, stringify);
    let tag = Value::String(vm.heap.alloc_str("JSON"));
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(json, key, tag, CONFIGURABLE);
    let global = vm.realm.global;
    vm.define_named(global, "JSON", Value::Object(json), METHOD_ATTRS);
}

// ---------------------------------------------------------------------------
// JSON.parse

/// A hand-written parser over UTF-16 code units that builds values as it goes.
struct Parser<'a> {
    text: &'a [u16],
    pos: usize,
    /// Whether to keep parse records (for a reviver's `context.source`).
    track: bool,
    /// The record of the value parsed last.
    rec: Rec,
}

/// Where a parsed value came from, so a reviver can be given the source text of
/// primitives it has not replaced.
#[derive(Default)]
enum Rec {
    #[default]
    None,
    /// A primitive and the range of its source text.
    Prim(Value, usize, usize),
    Obj(ObjRef, Vec<(PropertyKey, Rec)>),
    Arr(ObjRef, Vec<Rec>),
}

/// A parse failure: V8's message (up to "at position") and the position it points at.
enum ParseError {
    EndOfInput,
    /// An unexpected character where a value or literal was expected.
    Token(usize),
    At(&'static str, usize),
}

type PResult<T> = Result<T, ParseError>;

fn is_ws(c: u16) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0A | 0x0D)
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u16> {
        self.text.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(is_ws) {
            self.pos += 1;
        }
    }

    fn value(&mut self, vm: &mut Vm) -> PResult<Value> {
        self.skip_ws();
        let start = self.pos;
        let v = self.value_at(vm)?;
        if self.track && !matches!(v, Value::Object(_)) {
            self.rec = Rec::Prim(v, start, self.pos);
        }
        Ok(v)
    }

    fn value_at(&mut self, vm: &mut Vm) -> PResult<Value> {
        let Some(c) = self.peek() else {
            return Err(ParseError::EndOfInput);
        };
        match c {
            0x7B => self.object(vm),
            0x5B => self.array(vm),
            0x22 => {
                let units = self.string()?.into_owned();
                Ok(Value::String(vm.heap.alloc_units(units)))
            }
            0x2D | 0x30..=0x39 => self.number(),
            0x74 => self.literal("true", Value::Bool(true)),
            0x66 => self.literal("false", Value::Bool(false)),
            0x6E => self.literal("null", Value::Null),
            _ => Err(ParseError::Token(self.pos)),
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> PResult<Value> {
        for b in word.bytes() {
            match self.peek() {
                None => return Err(ParseError::EndOfInput),
                Some(c) if c == b as u16 => self.pos += 1,
                Some(_) => return Err(ParseError::Token(self.pos)),
            }
        }
        Ok(v)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while self.peek().is_some_and(|c| (0x30..=0x39).contains(&c)) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> PResult<Value> {
        let start = self.pos;
        if self.peek() == Some(0x2D) {
            self.pos += 1;
            if !self.peek().is_some_and(|c| (0x30..=0x39).contains(&c)) {
                return Err(ParseError::At(
                    "No number after minus sign in JSON",
                    self.pos,
                ));
            }
        }
        if self.peek() == Some(0x30) {
            self.pos += 1;
            if self.peek().is_some_and(|c| (0x30..=0x39).contains(&c)) {
                return Err(ParseError::At("Unexpected number in JSON", self.pos));
            }
        } else {
            self.digits();
        }
        if self.peek() == Some(0x2E) {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(ParseError::At(
                    "Unterminated fractional number in JSON",
                    self.pos,
                ));
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(ParseError::At(
                    "Exponent part is missing a number in JSON",
                    self.pos,
                ));
            }
        }
        let digits = &self.text[start..self.pos];
        let (negative, magnitude) = match digits.split_first() {
            Some((0x2D, rest)) => (true, rest),
            _ => (false, digits),
        };
        // An integer of up to 15 digits is exact in an f64: no text to parse.
        if magnitude.len() <= 15 && magnitude.iter().all(|c| (0x30..=0x39).contains(c)) {
            let n = magnitude
                .iter()
                .fold(0i64, |n, &c| n * 10 + i64::from(c - 0x30)) as f64;
            return Ok(Value::Number(if negative { -n } else { n }));
        }
        let text: String = digits.iter().map(|&c| c as u8 as char).collect();
        Ok(Value::Number(text.parse().unwrap_or(f64::NAN)))
    }

    /// A string literal starting at the opening quote, as code units: borrowed from the
    /// text when it holds no escape (most keys and values), so nothing is copied twice.
    fn string(&mut self) -> PResult<Cow<'a, [u16]>> {
        self.pos += 1;
        let text = self.text;
        let start = self.pos;
        let plain = text[start..]
            .iter()
            .position(|&c| c == 0x22 || c == 0x5C || c < 0x20)
            .map_or(text.len(), |n| start + n);
        self.pos = plain;
        if self.peek() == Some(0x22) {
            self.pos += 1;
            return Ok(Cow::Borrowed(&text[start..plain]));
        }
        let mut out = text[start..plain].to_vec();
        loop {
            let Some(c) = self.peek() else {
                return Err(ParseError::At("Unterminated string in JSON", self.pos));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                0x5C => {
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return Err(ParseError::At("Unterminated string in JSON", self.pos));
                    };
                    let unit = match e {
                        0x22 | 0x5C | 0x2F => e,
                        0x62 => 0x08,
                        0x66 => 0x0C,
                        0x6E => 0x0A,
                        0x72 => 0x0D,
                        0x74 => 0x09,
                        0x75 => {
                            let mut v = 0u16;
                            for _ in 0..4 {
                                self.pos += 1;
                                let d = self
                                    .peek()
                                    .and_then(|h| char::from_u32(h as u32))
                                    .and_then(|h| h.to_digit(16));
                                match d {
                                    Some(d) => v = v * 16 + d as u16,
                                    None => {
                                        return Err(ParseError::At(
                                            "Bad Unicode escape in JSON",
                                            self.pos,
                                        ));
                                    }
                                }
                            }
                            v
                        }
                        _ => return Err(ParseError::At("Bad escaped character in JSON", self.pos)),
                    };
                    out.push(unit);
                    self.pos += 1;
                }
                0..0x20 => {
                    return Err(ParseError::At(
                        "Bad control character in string literal in JSON",
                        self.pos,
                    ));
                }
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn object(&mut self, vm: &mut Vm) -> PResult<Value> {
        self.pos += 1;
        let mut entries = Vec::new();
        let mut children = Vec::new();
        self.skip_ws();
        if self.peek() == Some(0x7D) {
            self.pos += 1;
            let o = vm.new_object();
            self.rec = Rec::Obj(o, children);
            return Ok(Value::Object(o));
        }
        let mut first = true;
        loop {
            self.skip_ws();
            if self.peek() != Some(0x22) {
                let what = if first {
                    "Expected property name or '}' in JSON"
                } else {
                    "Expected double-quoted property name in JSON"
                };
                return Err(ParseError::At(what, self.pos));
            }
            first = false;
            let name = self.string()?;
            self.skip_ws();
            if self.peek() != Some(0x3A) {
                return Err(ParseError::At(
                    "Expected ':' after property name in JSON",
                    self.pos,
                ));
            }
            self.pos += 1;
            let v = self.value(vm)?;
            let key = match index_of_units(&name) {
                Some(i) => PropertyKey::Index(i),
                None => PropertyKey::String(vm.heap.atom(&name)),
            };
            entries.push((key, v));
            if self.track {
                children.push((key, std::mem::take(&mut self.rec)));
            }
            self.skip_ws();
            match self.peek() {
                Some(0x2C) => self.pos += 1,
                Some(0x7D) => {
                    self.pos += 1;
                    let o = new_object_with(vm, entries);
                    self.rec = Rec::Obj(o, children);
                    return Ok(Value::Object(o));
                }
                _ => {
                    return Err(ParseError::At(
                        "Expected ',' or '}' after property value in JSON",
                        self.pos,
                    ));
                }
            }
        }
    }

    fn array(&mut self, vm: &mut Vm) -> PResult<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        let mut children = Vec::new();
        self.skip_ws();
        if self.peek() == Some(0x5D) {
            self.pos += 1;
            let a = vm.new_array(items);
            self.rec = Rec::Arr(a, children);
            return Ok(Value::Object(a));
        }
        loop {
            items.push(self.value(vm)?);
            if self.track {
                children.push(std::mem::take(&mut self.rec));
            }
            self.skip_ws();
            match self.peek() {
                Some(0x2C) => self.pos += 1,
                Some(0x5D) => {
                    self.pos += 1;
                    let a = vm.new_array(items);
                    self.rec = Rec::Arr(a, children);
                    return Ok(Value::Object(a));
                }
                _ => {
                    return Err(ParseError::At(
                        "Expected ',' or ']' after array element in JSON",
                        self.pos,
                    ));
                }
            }
        }
    }
}

/// A plain object with the properties `entries`, in order; a later duplicate key
/// replaces the earlier one's value where it stands, as CreateDataProperty does. Distinct
/// named keys (the usual case) are laid out at once with their shape, which objects of
/// the same keys share: no lookup or transition per property.
fn new_object_with(vm: &mut Vm, entries: Vec<(PropertyKey, Value)>) -> ObjRef {
    let distinct_names = entries.len() < MAX_SHAPED_KEYS
        && entries.iter().enumerate().all(|(i, (k, _))| {
            matches!(k, PropertyKey::String(_)) && entries[..i].iter().all(|(p, _)| p != k)
        });
    if !distinct_names {
        let o = vm.new_object();
        for (key, v) in entries {
            let _ = vm.create_data_property(o, key, v);
        }
        return o;
    }
    let keys: Vec<PropertyKey> = entries.iter().map(|&(k, _)| k).collect();
    let shape = PropertyMap::shape_for(ShapeClass::Ordinary, &keys);
    let props = entries
        .into_iter()
        .map(|(k, v)| (k, Property::data(v, DEFAULT_ATTRS)))
        .collect();
    let mut obj = JsObject::new(Some(vm.realm.object_prototype), ObjectKind::Ordinary);
    obj.props = PropertyMap::with_shape(props, shape);
    vm.heap.alloc_object(obj)
}

/// V8's SyntaxError message for a parse failure in `text`.
fn parse_error_message(text: &[u16], err: ParseError) -> String {
    let source = String::from_utf16_lossy(text);
    let at = |pos: usize| {
        let before = &text[..pos.min(text.len())];
        let line = before.iter().filter(|&&c| c == 0x0A).count() + 1;
        let col = pos - before.iter().rposition(|&c| c == 0x0A).map_or(0, |i| i + 1) + 1;
        format!("at position {pos} (line {line} column {col})")
    };
    match err {
        ParseError::EndOfInput => "Unexpected end of JSON input".into(),
        ParseError::At(what, pos) => format!("{what} {}", at(pos)),
        ParseError::Token(pos) => {
            if matches!(
                source.as_str(),
                "undefined" | "NaN" | "Infinity" | "[object Object]"
            ) {
                return format!("\"{source}\" is not valid JSON");
            }
            // The whole character (a surrogate pair counts as one).
            let token = char::decode_utf16(text[pos..].iter().copied())
                .next()
                .map(|c| c.map_or('\u{FFFD}'.to_string(), |c| c.to_string()))
                .unwrap_or_default();
            const CONTEXT: usize = 10;
            let len = text.len();
            let snippet = |a: usize, b: usize| String::from_utf16_lossy(&text[a..b.min(len)]);
            if len <= CONTEXT * 2 + 1 {
                format!("Unexpected token '{token}', \"{source}\" is not valid JSON")
            } else if pos < CONTEXT {
                format!(
                    "Unexpected token '{token}', \"{}\"... is not valid JSON",
                    snippet(0, pos + CONTEXT)
                )
            } else if pos < len - CONTEXT {
                format!(
                    "Unexpected token '{token}', ...\"{}\"... is not valid JSON",
                    snippet(pos - CONTEXT, pos + CONTEXT)
                )
            } else {
                format!(
                    "Unexpected token '{token}', ...\"{}\" is not valid JSON",
                    snippet(pos - CONTEXT, len)
                )
            }
        }
    }
}

/// The SyntaxError for a parse failure. Like V8, it points into the text itself (a
/// script named `<anonymous_script>`) when it ends the process.
fn parse_error(vm: &mut Vm, text: &[u16], err: ParseError) -> JsError {
    let at = match err {
        ParseError::EndOfInput => text.len(),
        ParseError::At(_, pos) | ParseError::Token(pos) => pos.min(text.len()),
    };
    let message = parse_error_message(text, err);
    let error = vm.new_error(ErrorKind::SyntaxError, &message);
    let source = Rc::new(Source {
        name: "<anonymous_script>".into(),
        text: String::from_utf16_lossy(text),
        eval_origin: None,
    });
    let offset = String::from_utf16_lossy(&text[..at]).len() as u32;
    vm.throw_site = Some((source.clone(), offset));
    if let ObjectKind::Error { site, .. } = &mut vm.heap.obj_mut(error).kind {
        *site = Some(Box::new((source, offset)));
    }
    JsError::Thrown(Value::Object(error))
}

pub(crate) fn parse(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    // 1. Let jsonString be ? ToString(text).
    let s = vm.to_string(arg(args, 0))?;
    let text = vm.heap.flatten(s).to_vec();
    let reviver = arg(args, 1);
    let mut parser = Parser {
        text: &text,
        pos: 0,
        track: vm.is_callable(reviver),
        rec: Rec::None,
    };
    let result = parser.value(vm).and_then(|v| {
        parser.skip_ws();
        if parser.pos < text.len() {
            return Err(ParseError::At(
                "Unexpected non-whitespace character after JSON",
                parser.pos,
            ));
        }
        Ok(v)
    });
    let value = match result {
        Ok(v) => v,
        Err(e) => return Err(parse_error(vm, &text, e)),
    };
    // 3. With a callable reviver, walk the result from a wrapper object.
    if !parser.track {
        return Ok(value);
    }
    let rec = std::mem::take(&mut parser.rec);
    let root = vm.new_object();
    let empty = vm.key("");
    vm.create_data_property(root, empty, value)?;
    internalize(vm, &text, root, empty, reviver, &rec)
}

/// InternalizeJSONProperty: revives children before their holder.
/// The reviver's third argument is `{ source }` for a primitive still equal to the
/// parsed one, `{}` otherwise.
fn internalize(
    vm: &mut Vm,
    text: &[u16],
    holder: ObjRef,
    name: PropertyKey,
    reviver: Value,
    rec: &Rec,
) -> JsResult<Value> {
    let val = vm.get(Value::Object(holder), name)?;
    if let Value::Object(o) = val {
        let keys: Vec<PropertyKey> = if vm.is_array(val)? {
            let len = vm.length_of(val)?;
            (0..len).map(|i| vm.index_key(i)).collect()
        } else {
            vm.enumerable_own_keys(o)?
        };
        for k in keys {
            let child = match rec {
                Rec::Obj(r, children) if *r == o => children
                    .iter()
                    .rev()
                    .find(|(ck, _)| *ck == k)
                    .map(|(_, c)| c),
                Rec::Arr(r, children) if *r == o => match k {
                    PropertyKey::Index(i) => children.get(i as usize),
                    _ => None,
                },
                _ => None,
            };
            let new_element = internalize(vm, text, o, k, reviver, child.unwrap_or(&Rec::None))?;
            if matches!(new_element, Value::Undefined) {
                vm.delete_property(o, k)?;
            } else {
                vm.create_data_property(o, k, new_element)?;
            }
        }
    }
    let key = vm.key_to_value(name);
    let context = vm.new_object();
    if let Rec::Prim(v, start, end) = *rec
        && !matches!(val, Value::Object(_))
        && vm.same_value(v, val)
    {
        let source = Value::String(vm.heap.alloc_units(text[start..end].to_vec()));
        let k = vm.key("source");
        vm.create_data_property(context, k, source)?;
    }
    vm.call(
        reviver,
        Value::Object(holder),
        &[key, val, Value::Object(context)],
    )
}

// ---------------------------------------------------------------------------
// JSON.stringify

/// How deep `stringify` nests before V8 runs out of stack (about 4,500 levels in
/// Node).
const MAX_DEPTH: usize = 4500;

struct Serializer {
    /// The key `toJSON`, looked up on every object serialized.
    to_json: PropertyKey,
    replacer: Option<Value>,
    property_list: Option<Vec<PropertyKey>>,
    /// The objects being serialized, each with the key it was reached by.
    stack: Vec<(ObjRef, PropertyKey)>,
    indent: Vec<u16>,
    gap: Vec<u16>,
}

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.encode_utf16());
}

/// Whether QuoteJSONString writes `c` other than as itself.
fn needs_escape(c: u16) -> bool {
    c < 0x20 || c == 0x22 || c == 0x5C || (0xD800..=0xDFFF).contains(&c)
}

/// QuoteJSONString, with lone surrogates escaped so the output is well-formed.
fn quote(out: &mut Vec<u16>, units: &[u16]) {
    out.push(0x22);
    let mut i = 0;
    while i < units.len() {
        // Runs that need no escape are copied whole.
        let run = units[i..]
            .iter()
            .position(|&c| needs_escape(c))
            .unwrap_or(units.len() - i);
        out.extend_from_slice(&units[i..i + run]);
        i += run;
        let Some(&c) = units.get(i) else { break };
        match c {
            0x08 => push_str(out, "\\b"),
            0x09 => push_str(out, "\\t"),
            0x0A => push_str(out, "\\n"),
            0x0C => push_str(out, "\\f"),
            0x0D => push_str(out, "\\r"),
            0x22 => push_str(out, "\\\""),
            0x5C => push_str(out, "\\\\"),
            0..0x20 => push_str(out, &format!("\\u{c:04x}")),
            0xD800..=0xDBFF
                if units
                    .get(i + 1)
                    .is_some_and(|n| (0xDC00..=0xDFFF).contains(n)) =>
            {
                out.push(c);
                out.push(units[i + 1]);
                i += 1;
            }
            _ => push_str(out, &format!("\\u{c:04x}")),
        }
        i += 1;
    }
    out.push(0x22);
}

impl Serializer {
    /// SerializeJSONProperty: appends the text of `holder[key]`, or returns false when
    /// the value is not serializable (undefined, functions, symbols).
    fn property(
        &mut self,
        vm: &mut Vm,
        out: &mut Vec<u16>,
        key: PropertyKey,
        holder: ObjRef,
    ) -> JsResult<bool> {
        // 1. Let value be ? Get(holder, key): an own data property of a plain object
        // is read in place.
        let own = match vm.heap.obj(holder) {
            obj if matches!(obj.kind, ObjectKind::Ordinary) => match obj.props.get(&key) {
                Some(Property {
                    slot: Slot::Data(v),
                    ..
                }) => Some(*v),
                _ => None,
            },
            _ => None,
        };
        let mut value = match own {
            Some(v) => v,
            None => vm.get(Value::Object(holder), key)?,
        };
        // 2. toJSON on objects and BigInts (BigInt.prototype.toJSON may be defined).
        if let Value::Object(_) | Value::BigInt(_) = value {
            let to_json = vm.get(value, self.to_json)?;
            if vm.is_callable(to_json) {
                let k = vm.key_to_value(key);
                value = vm.call(to_json, value, &[k])?;
            }
        }
        // 3. The replacer function sees the holder as `this`.
        if let Some(r) = self.replacer {
            let k = vm.key_to_value(key);
            value = vm.call(r, Value::Object(holder), &[k, value])?;
        }
        // 4. Unwrap boxed primitives.
        if let Value::Object(o) = value {
            match vm.heap.obj(o).kind {
                ObjectKind::Number(_) => value = Value::Number(vm.to_number(value)?),
                ObjectKind::String(_) => value = Value::String(vm.to_string(value)?),
                ObjectKind::Boolean(b) => value = Value::Bool(b),
                ObjectKind::BigInt(b) => value = Value::BigInt(b),
                _ => {}
            }
        }
        match value {
            Value::BigInt(_) => {
                return Err(vm.type_error("Do not know how to serialize a BigInt"));
            }
            Value::Null => push_str(out, "null"),
            Value::Bool(b) => push_str(out, if b { "true" } else { "false" }),
            Value::String(s) => {
                if out.len() + vm.heap.string(s).len() > MAX_STRING_LEN {
                    return Err(vm.invalid_string_length());
                }
                quote(out, vm.heap.flatten(s));
            }
            Value::Number(n) if n.is_finite() => push_number_units(out, n),
            Value::Number(_) => push_str(out, "null"),
            Value::Object(o) if !vm.heap.obj(o).is_callable() => {
                self.check_cycle(vm, o, key)?;
                if self.stack.len() >= MAX_DEPTH {
                    return Err(vm.range_error("Maximum call stack size exceeded"));
                }
                self.stack.push((o, key));
                let stepback = self.indent.clone();
                self.indent.extend_from_slice(&self.gap.clone());
                if vm.is_array(Value::Object(o))? {
                    self.array(vm, out, o)?;
                } else {
                    self.object(vm, out, o)?;
                }
                self.indent = stepback;
                self.stack.pop();
            }
            _ => return Ok(false),
        }
        // Escapes and indentation grow the text past its pieces; V8 stops at the same
        // length as for any other string.
        if out.len() > MAX_STRING_LEN {
            return Err(vm.invalid_string_length());
        }
        Ok(true)
    }

    /// The opening of a line inside a container when a gap is set.
    fn newline(&self, out: &mut Vec<u16>) {
        if !self.gap.is_empty() {
            out.push(0x0A);
            out.extend_from_slice(&self.indent);
        }
    }

    fn close(&self, out: &mut Vec<u16>, any: bool, closer: u16) {
        if any && !self.gap.is_empty() {
            out.push(0x0A);
            out.extend_from_slice(&self.indent[..self.indent.len() - self.gap.len()]);
        }
        out.push(closer);
    }

    /// SerializeJSONObject
    fn object(&mut self, vm: &mut Vm, out: &mut Vec<u16>, o: ObjRef) -> JsResult<()> {
        let keys = match &self.property_list {
            Some(list) => list.clone(),
            None => enumerable_keys(vm, o)?,
        };
        out.push(0x7B);
        let mut any = false;
        for k in keys {
            let mark = out.len();
            if any {
                out.push(0x2C);
            }
            self.newline(out);
            match k {
                PropertyKey::Index(i) => {
                    out.push(0x22);
                    push_number_units(out, f64::from(i));
                    out.push(0x22);
                }
                PropertyKey::String(a) => {
                    let name = vm.heap.atom_string(a);
                    quote(out, vm.heap.flatten(name));
                }
                PropertyKey::Symbol(_) | PropertyKey::Private(_) => continue,
            }
            out.push(0x3A);
            if !self.gap.is_empty() {
                out.push(0x20);
            }
            if self.property(vm, out, k, o)? {
                any = true;
            } else {
                out.truncate(mark);
            }
        }
        self.close(out, any, 0x7D);
        Ok(())
    }

    /// SerializeJSONArray
    fn array(&mut self, vm: &mut Vm, out: &mut Vec<u16>, o: ObjRef) -> JsResult<()> {
        let len = vm.length_of(Value::Object(o))?;
        out.push(0x5B);
        for i in 0..len {
            if i > 0 {
                out.push(0x2C);
            }
            self.newline(out);
            let k = vm.index_key(i);
            if !self.property(vm, out, k, o)? {
                push_str(out, "null");
            }
        }
        self.close(out, len > 0, 0x5D);
        Ok(())
    }

    /// The TypeError for a cycle, listing the path around it as V8 does.
    fn check_cycle(&self, vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<()> {
        let Some(start) = self.stack.iter().position(|&(s, _)| s == o) else {
            return Ok(());
        };
        let describe = |vm: &mut Vm, k: PropertyKey| match k {
            PropertyKey::Index(i) => format!("index {i}"),
            _ => format!("property '{}'", vm.key_text(k)),
        };
        let ctor =
            |vm: &mut Vm, o: ObjRef| vm.constructor_name(o).unwrap_or_else(|| "Object".into());
        let mut msg = String::from("Converting circular structure to JSON");
        let name = ctor(vm, o);
        msg.push_str(&format!(
            "\n    --> starting at object with constructor '{name}'"
        ));
        let path = &self.stack[start + 1..];
        // V8 keeps the first two and the last step of a long path.
        for (i, &(obj, k)) in path.iter().enumerate() {
            if path.len() > 3 && i >= 2 && i + 1 < path.len() {
                if i == 2 {
                    msg.push_str("\n    |     ...");
                }
                continue;
            }
            let step = describe(vm, k);
            let name = ctor(vm, obj);
            msg.push_str(&format!(
                "\n    |     {step} -> object with constructor '{name}'"
            ));
        }
        let last = describe(vm, key);
        msg.push_str(&format!("\n    --- {last} closes the circle"));
        Err(vm.type_error(msg))
    }
}

/// The string keys of `o`'s enumerable own properties in order (what
/// EnumerableOwnProperties lists), read straight from a plain object's table.
fn enumerable_keys(vm: &mut Vm, o: ObjRef) -> JsResult<Vec<PropertyKey>> {
    let obj = vm.heap.obj(o);
    if !matches!(obj.kind, ObjectKind::Ordinary) {
        return vm.enumerable_own_keys(o);
    }
    let mut keys: Vec<PropertyKey> = obj
        .props
        .iter()
        .filter(|(k, p)| {
            p.enumerable() && matches!(k, PropertyKey::Index(_) | PropertyKey::String(_))
        })
        .map(|(k, _)| *k)
        .collect();
    // Integer keys come first, ascending; the sort is stable, so names keep the order
    // they were added in.
    if keys.iter().any(|k| matches!(k, PropertyKey::Index(_))) {
        keys.sort_by_key(|k| match k {
            PropertyKey::Index(i) => (false, *i),
            _ => (true, 0),
        });
    }
    Ok(keys)
}

fn stringify(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let value = arg(args, 0);
    let replacer = arg(args, 1);
    let mut space = arg(args, 2);
    let mut state = Serializer {
        to_json: vm.key("toJSON"),
        replacer: None,
        property_list: None,
        stack: Vec::new(),
        indent: Vec::new(),
        gap: Vec::new(),
    };
    // 4. A replacer function, or an array listing the keys to keep.
    if vm.is_callable(replacer) {
        state.replacer = Some(replacer);
    } else if let Value::Object(_) = replacer
        && vm.is_array(replacer)?
    {
        let mut list: Vec<PropertyKey> = Vec::new();
        let len = vm.length_of(replacer)?;
        for i in 0..len {
            let k = vm.index_key(i);
            let v = vm.get(replacer, k)?;
            let item = match v {
                Value::String(s) => Some(s),
                Value::Number(_) => Some(vm.to_string(v)?),
                Value::Object(o)
                    if matches!(
                        vm.heap.obj(o).kind,
                        ObjectKind::String(_) | ObjectKind::Number(_)
                    ) =>
                {
                    Some(vm.to_string(v)?)
                }
                _ => None,
            };
            if let Some(s) = item {
                let key = vm.string_key(s);
                if !list.contains(&key) {
                    list.push(key);
                }
            }
        }
        state.property_list = Some(list);
    }
    // 5. Boxed numbers and strings as space.
    if let Value::Object(o) = space {
        match vm.heap.obj(o).kind {
            ObjectKind::Number(_) => space = Value::Number(vm.to_number(space)?),
            ObjectKind::String(_) => space = Value::String(vm.to_string(space)?),
            _ => {}
        }
    }
    // 6-8. The gap: up to ten spaces or the first ten units of a string.
    state.gap = match space {
        Value::Number(_) => {
            let n = vm.to_integer(space)?.clamp(0.0, 10.0) as usize;
            vec![0x20; n]
        }
        Value::String(s) => {
            let units = vm.heap.flatten(s);
            units[..units.len().min(10)].to_vec()
        }
        _ => Vec::new(),
    };
    // 9-12. Serialize `{"": value}[""]`.
    let wrapper = vm.new_object();
    let empty = vm.key("");
    vm.create_data_property(wrapper, empty, value)?;
    let mut out = Vec::new();
    if state.property(vm, &mut out, empty, wrapper)? {
        vm.new_string(out)
    } else {
        Ok(Value::Undefined)
    }
}
