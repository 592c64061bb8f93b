//! Type conversions and operators (ECMA-262 sections 7.1, 7.2 and 13), written against
//! the VM because user code (`valueOf`, `toString`, `Symbol.toPrimitive`) may run.

use super::{ErrorKind, JsError, JsResult, Vm};
use crate::runtime::bigint::{self, BigIntError};
use crate::runtime::number::{number_to_string, string_to_number, to_int32, to_uint32};
use crate::runtime::object::{Property, PropertyKey, Slot};
use crate::runtime::operator::NumericOp;
use crate::runtime::string::MAX_STRING_LEN;
use crate::runtime::{BigRef, ObjRef, ObjectKind, StrRef, Value};
use num_bigint::BigInt;
use std::cmp::Ordering;

/// The hint ToPrimitive passes to `Symbol.toPrimitive` / OrdinaryToPrimitive.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

impl Vm {
    /// ToBoolean
    pub fn to_boolean(&self, v: Value) -> bool {
        match v {
            Value::Undefined | Value::Null | Value::Empty => false,
            Value::Bool(b) => b,
            Value::Number(n) => !(n == 0.0 || n.is_nan()),
            Value::String(s) => !self.heap.string(s).is_empty(),
            Value::Symbol(_) | Value::Object(_) => true,
            Value::BigInt(b) => self.heap.bigint(b).sign() != num_bigint::Sign::NoSign,
        }
    }

    /// ToPrimitive
    pub fn to_primitive(&mut self, v: Value, hint: Hint) -> JsResult<Value> {
        let Value::Object(o) = v else { return Ok(v) };
        let key = PropertyKey::Symbol(self.realm.symbol_to_primitive);
        let exotic = self.get(v, key)?;
        if !exotic.is_nullish() {
            let hint_str = match hint {
                Hint::Default => "default",
                Hint::Number => "number",
                Hint::String => "string",
            };
            let h = Value::String(self.heap.alloc_str(hint_str));
            let result = self.call(exotic, v, &[h])?;
            if matches!(result, Value::Object(_)) {
                return Err(self.type_error("Cannot convert object to primitive value"));
            }
            return Ok(result);
        }
        self.ordinary_to_primitive(o, hint)
    }

    /// OrdinaryToPrimitive: `toString` then `valueOf` for a string hint, the other
    /// way round otherwise.
    pub fn ordinary_to_primitive(&mut self, o: ObjRef, hint: Hint) -> JsResult<Value> {
        let order = if hint == Hint::String {
            ["toString", "valueOf"]
        } else {
            ["valueOf", "toString"]
        };
        for name in order {
            let key = self.key(name);
            let method = self.get(Value::Object(o), key)?;
            if self.is_callable(method) {
                let result = self.call(method, Value::Object(o), &[])?;
                if !matches!(result, Value::Object(_)) {
                    return Ok(result);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value"))
    }

    /// ToNumber
    #[inline(never)]
    pub fn to_number(&mut self, v: Value) -> JsResult<f64> {
        Ok(match v {
            Value::Number(n) => n,
            Value::Undefined | Value::Empty => f64::NAN,
            Value::Null => 0.0,
            Value::Bool(b) => b as u8 as f64,
            Value::String(s) => string_to_number(self.heap.flatten(s)),
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a number"));
            }
            Value::BigInt(_) => {
                return Err(self.type_error("Cannot convert a BigInt value to a number"));
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::Number)?;
                self.to_number(p)?
            }
        })
    }

    /// ToNumeric: a Number or a BigInt value.
    pub fn to_numeric(&mut self, v: Value) -> JsResult<Value> {
        let p = self.to_primitive(v, Hint::Number)?;
        if matches!(p, Value::BigInt(_)) {
            return Ok(p);
        }
        Ok(Value::Number(self.to_number(p)?))
    }

    /// ToBigInt
    pub fn to_bigint(&mut self, v: Value) -> JsResult<BigRef> {
        let prim = self.to_primitive(v, Hint::Number)?;
        match prim {
            Value::BigInt(b) => Ok(b),
            Value::Bool(b) => Ok(self.heap.alloc_bigint(BigInt::from(b as u8))),
            Value::String(s) => match bigint::string_to_bigint(self.heap.flatten(s)) {
                Some(n) => Ok(self.heap.alloc_bigint(n)),
                None => {
                    let text = self.heap.to_rust_string(s);
                    Err(self.syntax_error(format!("Cannot convert {text} to a BigInt")))
                }
            },
            Value::Symbol(s) => {
                let text = self.symbol_descriptive_string(s);
                Err(self.type_error(format!("Cannot convert {text} to a BigInt")))
            }
            _ => {
                let text = self.primitive_to_text(prim);
                Err(self.type_error(format!("Cannot convert {text} to a BigInt")))
            }
        }
    }

    /// A new BigInt value.
    pub fn new_bigint(&mut self, n: BigInt) -> Value {
        Value::BigInt(self.heap.alloc_bigint(n))
    }

    /// A BigInt operation's error as the exception V8 throws.
    pub fn bigint_error(&self, e: BigIntError) -> JsError {
        match e {
            BigIntError::Range(m) => self.range_error(m),
            BigIntError::Type(m) => self.type_error(m),
        }
    }

    /// V8's TypeError for a BigInt operand beside a Number one.
    fn mixed_bigint(&self) -> JsError {
        self.type_error("Cannot mix BigInt and other types, use explicit conversions")
    }

    /// A binary operator on two numeric values (ToNumeric's results): Number
    /// arithmetic, BigInt arithmetic, or the TypeError for a mix.
    fn numeric_op(&mut self, op: NumericOp, x: Value, y: Value) -> JsResult<Value> {
        match (x, y) {
            (Value::Number(x), Value::Number(y)) => Ok(Value::Number(op.apply_numbers(x, y))),
            _ => self.bigint_binary(op, x, y),
        }
    }

    /// A BigInt operator on two numeric values not both Numbers: the TypeError unless
    /// both are BigInts.
    fn bigint_binary(&mut self, op: NumericOp, x: Value, y: Value) -> JsResult<Value> {
        let (Value::BigInt(x), Value::BigInt(y)) = (x, y) else {
            return Err(self.mixed_bigint());
        };
        match bigint::apply(op, self.heap.bigint(x), self.heap.bigint(y)) {
            Ok(n) => Ok(self.new_bigint(n)),
            Err(e) => Err(self.bigint_error(e)),
        }
    }

    /// Unary `-` on a non-number: ToNumeric, then Number::unaryMinus or
    /// BigInt::unaryMinus.
    #[inline(never)]
    pub fn negate(&mut self, v: Value) -> JsResult<Value> {
        match self.to_numeric(v)? {
            Value::BigInt(b) => {
                let n = -self.heap.bigint(b);
                Ok(self.new_bigint(n))
            }
            n => Ok(Value::Number(-n.as_number().unwrap_or(f64::NAN))),
        }
    }

    /// `~` on a non-number: ToNumeric, then Number::bitwiseNOT or BigInt::bitwiseNOT
    /// (-x - 1).
    #[inline(never)]
    pub fn bit_not(&mut self, v: Value) -> JsResult<Value> {
        match self.to_numeric(v)? {
            Value::BigInt(b) => {
                let n = -self.heap.bigint(b) - 1;
                Ok(self.new_bigint(n))
            }
            n => Ok(Value::Number(
                !to_int32(n.as_number().unwrap_or(f64::NAN)) as f64
            )),
        }
    }

    /// `++`/`--` on a non-number: ToNumeric, then add `delta` (1 or -1) as a Number or
    /// a BigInt.
    #[inline(never)]
    pub fn increment(&mut self, v: Value, delta: i8) -> JsResult<Value> {
        match self.to_numeric(v)? {
            Value::BigInt(b) => {
                let n = self.heap.bigint(b) + delta;
                Ok(self.new_bigint(n))
            }
            n => Ok(Value::Number(
                n.as_number().unwrap_or(f64::NAN) + f64::from(delta),
            )),
        }
    }

    /// ToIntegerOrInfinity
    pub fn to_integer(&mut self, v: Value) -> JsResult<f64> {
        let n = self.to_number(v)?;
        Ok(if n.is_nan() { 0.0 } else { n.trunc() + 0.0 })
    }

    pub fn to_int32(&mut self, v: Value) -> JsResult<i32> {
        match v {
            Value::Number(n) => Ok(to_int32(n)),
            _ => Ok(to_int32(self.to_number(v)?)),
        }
    }

    pub fn to_uint32(&mut self, v: Value) -> JsResult<u32> {
        Ok(to_uint32(self.to_number(v)?))
    }

    /// ToString, as a heap string.
    pub fn to_string(&mut self, v: Value) -> JsResult<StrRef> {
        Ok(match v {
            Value::String(s) => s,
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a string"));
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                self.to_string(p)?
            }
            _ => {
                let text = self.primitive_to_text(v);
                self.heap.short_string(&text)
            }
        })
    }

    /// ToString as Rust text (lone surrogates become U+FFFD).
    pub fn to_rust_string(&mut self, v: Value) -> JsResult<String> {
        let s = self.to_string(v)?;
        Ok(self.heap.to_rust_string(s))
    }

    /// The text of a primitive other than a string or symbol.
    fn primitive_to_text(&self, v: Value) -> String {
        match v {
            Value::Undefined | Value::Empty => "undefined".into(),
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => number_to_string(n),
            Value::BigInt(b) => self.heap.bigint(b).to_string(),
            _ => unreachable!("strings, symbols and objects are handled by the caller"),
        }
    }

    /// The property key for a name the engine itself uses (`"prototype"`, `"next"`,
    /// ...): remembered by its Rust text, so a lookup costs one hash of the name
    /// instead of encoding it to UTF-16 and interning it each time.
    pub fn key(&mut self, name: &str) -> PropertyKey {
        if let Some(&key) = self.engine_names.get(name) {
            return key;
        }
        let key = self.text_key(name);
        // The table keeps the key for good: so must the heap.
        if let PropertyKey::String(a) = key {
            self.heap.pin_atom(a);
        }
        self.engine_names.insert(name.into(), key);
        key
    }

    /// The property key for text computed at run time (not remembered).
    pub fn text_key(&mut self, text: &str) -> PropertyKey {
        if let Some(i) = index_of(text) {
            return PropertyKey::Index(i);
        }
        PropertyKey::String(self.heap.atom_str(text))
    }

    /// ToPropertyKey
    pub fn to_property_key(&mut self, v: Value) -> JsResult<PropertyKey> {
        match v {
            Value::Number(n) if (0.0..4294967295.0).contains(&n) && n.fract() == 0.0 => {
                Ok(PropertyKey::Index(n as u32))
            }
            Value::Symbol(s) if self.heap.symbol(s).private => Ok(PropertyKey::Private(s)),
            Value::Symbol(s) => Ok(PropertyKey::Symbol(s)),
            Value::String(s) => Ok(self.string_key(s)),
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                self.to_property_key(p)
            }
            _ => {
                let text = self.primitive_to_text(v);
                Ok(self.text_key(&text))
            }
        }
    }

    /// The property key for a string value.
    pub fn string_key(&mut self, s: StrRef) -> PropertyKey {
        if let Some(atom) = self.heap.string(s).atom {
            if let Some(i) = index_of_units(self.heap.flatten(s)) {
                return PropertyKey::Index(i);
            }
            return PropertyKey::String(atom);
        }
        if let Some(i) = index_of_units(self.heap.flatten(s)) {
            return PropertyKey::Index(i);
        }
        PropertyKey::String(self.heap.atomize(s))
    }

    /// The key as a JavaScript value (a string or symbol).
    pub fn key_to_value(&mut self, key: PropertyKey) -> Value {
        match key {
            PropertyKey::Index(i) => Value::String(self.heap.short_string(&i.to_string())),
            PropertyKey::String(a) => Value::String(self.heap.atom_string(a)),
            PropertyKey::Symbol(s) | PropertyKey::Private(s) => Value::Symbol(s),
        }
    }

    /// The key as Rust text (symbols as `Symbol(desc)`), for messages.
    pub fn key_text(&mut self, key: PropertyKey) -> String {
        match key {
            PropertyKey::Index(i) => i.to_string(),
            PropertyKey::String(a) => {
                let s = self.heap.atom_string(a);
                self.heap.to_rust_string(s)
            }
            PropertyKey::Symbol(s) => self.symbol_descriptive_string(s),
            PropertyKey::Private(s) => match self.heap.symbol(s).description {
                Some(d) => self.heap.to_rust_string(d),
                None => String::new(),
            },
        }
    }

    /// `Symbol(description)`
    pub fn symbol_descriptive_string(&mut self, s: crate::runtime::SymRef) -> String {
        let desc = match self.heap.symbol(s).description {
            Some(d) => self.heap.to_rust_string(d),
            None => String::new(),
        };
        format!("Symbol({desc})")
    }

    /// ToObject
    pub fn to_object(&mut self, v: Value) -> JsResult<ObjRef> {
        let (proto, kind) = match v {
            Value::Object(o) => return Ok(o),
            Value::Undefined | Value::Null | Value::Empty => {
                return Err(self.type_error("Cannot convert undefined or null to object"));
            }
            Value::Bool(b) => (self.realm.boolean_prototype, ObjectKind::Boolean(b)),
            Value::Number(n) => (self.realm.number_prototype, ObjectKind::Number(n)),
            Value::String(s) => (self.realm.string_prototype, ObjectKind::String(s)),
            Value::Symbol(s) => (self.realm.symbol_prototype, ObjectKind::Symbol(s)),
            Value::BigInt(b) => (self.realm.bigint_prototype, ObjectKind::BigInt(b)),
        };
        Ok(self.alloc_object(Some(proto), kind))
    }

    /// `typeof v`
    pub fn type_of(&self, v: Value) -> &'static str {
        match v {
            Value::Undefined | Value::Empty => "undefined",
            Value::Null => "object",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Symbol(_) => "symbol",
            Value::BigInt(_) => "bigint",
            Value::Object(o) => {
                if self.heap.obj(o).is_callable() {
                    "function"
                } else {
                    "object"
                }
            }
        }
    }

    /// IsStrictlyEqual
    #[inline]
    pub fn strict_equals(&mut self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y,
            (Value::String(x), Value::String(y)) => self.heap.str_eq(x, y),
            (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            (Value::Symbol(x), Value::Symbol(y)) => x == y,
            (Value::Object(x), Value::Object(y)) => x == y,
            (Value::BigInt(x), Value::BigInt(y)) => self.heap.bigint(x) == self.heap.bigint(y),
            _ => false,
        }
    }

    /// SameValueZero (`includes`, Map keys)
    pub fn same_value_zero(&mut self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y || (x.is_nan() && y.is_nan()),
            _ => self.strict_equals(a, b),
        }
    }

    /// SameValue (`Object.is`)
    pub fn same_value(&mut self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                (x.is_nan() && y.is_nan())
                    || (x == y && x.is_sign_negative() == y.is_sign_negative())
            }
            _ => self.strict_equals(a, b),
        }
    }

    /// IsLooselyEqual
    #[inline(never)]
    pub fn loose_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        Ok(match (a, b) {
            (Value::Undefined | Value::Null, Value::Undefined | Value::Null) => true,
            (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => false,
            (Value::Number(_), Value::String(s)) => {
                let n = string_to_number(self.heap.flatten(s));
                self.strict_equals(a, Value::Number(n))
            }
            (Value::String(s), Value::Number(_)) => {
                let n = string_to_number(self.heap.flatten(s));
                self.strict_equals(Value::Number(n), b)
            }
            (Value::BigInt(x), Value::Number(y)) | (Value::Number(y), Value::BigInt(x)) => {
                bigint::compare_with_number(self.heap.bigint(x), y) == Some(Ordering::Equal)
            }
            (Value::BigInt(x), Value::String(s)) | (Value::String(s), Value::BigInt(x)) => {
                bigint::string_to_bigint(self.heap.flatten(s)).as_ref() == Some(self.heap.bigint(x))
            }
            (Value::Bool(x), _) => return self.loose_equals(Value::Number(x as u8 as f64), b),
            (_, Value::Bool(y)) => return self.loose_equals(a, Value::Number(y as u8 as f64)),
            (Value::Object(_), Value::Object(_)) => self.strict_equals(a, b),
            (Value::Object(_), _) => {
                let p = self.to_primitive(a, Hint::Default)?;
                return self.loose_equals(p, b);
            }
            (_, Value::Object(_)) => {
                let p = self.to_primitive(b, Hint::Default)?;
                return self.loose_equals(a, p);
            }
            _ => self.strict_equals(a, b),
        })
    }

    /// The `+` operator.
    #[inline(never)]
    pub fn add(&mut self, a: Value, b: Value) -> JsResult<Value> {
        if let (Value::String(x), Value::String(y)) = (a, b) {
            return self.concat(x, y);
        }
        let pa = self.to_primitive(a, Hint::Default)?;
        let pb = self.to_primitive(b, Hint::Default)?;
        if matches!(pa, Value::String(_)) || matches!(pb, Value::String(_)) {
            let sa = self.to_string(pa)?;
            let sb = self.to_string(pb)?;
            return self.concat(sa, sb);
        }
        let x = self.to_numeric(pa)?;
        let y = self.to_numeric(pb)?;
        match (x, y) {
            (Value::Number(x), Value::Number(y)) => Ok(Value::Number(x + y)),
            _ => self.bigint_binary(NumericOp::Add, x, y),
        }
    }

    /// String concatenation, throwing V8's RangeError past [`MAX_STRING_LEN`].
    fn concat(&mut self, a: StrRef, b: StrRef) -> JsResult<Value> {
        match self.heap.concat(a, b) {
            Some(s) => Ok(Value::String(s)),
            None => Err(self.invalid_string_length()),
        }
    }

    /// The error V8 throws for a string longer than [`MAX_STRING_LEN`].
    pub fn invalid_string_length(&self) -> JsError {
        self.range_error("Invalid string length")
    }

    /// Appends `more` to a string being built, or throws when the result would be
    /// longer than [`MAX_STRING_LEN`] (checked before copying, so a runaway builder
    /// stops before it allocates).
    pub fn append_units(&self, out: &mut Vec<u16>, more: &[u16]) -> JsResult<()> {
        if out.len() + more.len() > MAX_STRING_LEN {
            return Err(self.invalid_string_length());
        }
        out.extend_from_slice(more);
        Ok(())
    }

    /// Appends the string `s` to a string being built, as [`Vm::append_units`] does.
    pub fn append_str(&mut self, out: &mut Vec<u16>, s: StrRef) -> JsResult<()> {
        let units = self.heap.flatten(s);
        if out.len() + units.len() > MAX_STRING_LEN {
            return Err(self.invalid_string_length());
        }
        out.extend_from_slice(units);
        Ok(())
    }

    /// A new string value from code units, or V8's RangeError past
    /// [`MAX_STRING_LEN`].
    pub fn new_string(&mut self, units: Vec<u16>) -> JsResult<Value> {
        if units.len() > MAX_STRING_LEN {
            return Err(self.invalid_string_length());
        }
        Ok(Value::String(self.heap.alloc_units(units)))
    }

    /// IsLessThan: `Some(a < b)`, `None` when a NaN makes them unordered.
    #[inline(never)]
    pub fn less_than(&mut self, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
        let (pa, pb) = if left_first {
            let pa = self.to_primitive(a, Hint::Number)?;
            (pa, self.to_primitive(b, Hint::Number)?)
        } else {
            let pb = self.to_primitive(b, Hint::Number)?;
            (self.to_primitive(a, Hint::Number)?, pb)
        };
        if let (Value::String(x), Value::String(y)) = (pa, pb) {
            let xs = self.heap.flatten(x).to_vec();
            return Ok(Some(xs.as_slice() < self.heap.flatten(y)));
        }
        let order = match (pa, pb) {
            (Value::BigInt(x), Value::String(s)) => {
                let Some(y) = bigint::string_to_bigint(self.heap.flatten(s)) else {
                    return Ok(None);
                };
                Some(self.heap.bigint(x).cmp(&y))
            }
            (Value::String(s), Value::BigInt(y)) => {
                let Some(x) = bigint::string_to_bigint(self.heap.flatten(s)) else {
                    return Ok(None);
                };
                Some(x.cmp(self.heap.bigint(y)))
            }
            _ => {
                let x = self.to_numeric(pa)?;
                let y = self.to_numeric(pb)?;
                match (x, y) {
                    (Value::Number(x), Value::Number(y)) => x.partial_cmp(&y),
                    (Value::BigInt(x), Value::BigInt(y)) => {
                        Some(self.heap.bigint(x).cmp(self.heap.bigint(y)))
                    }
                    (Value::BigInt(x), Value::Number(y)) => {
                        bigint::compare_with_number(self.heap.bigint(x), y)
                    }
                    (Value::Number(x), Value::BigInt(y)) => {
                        bigint::compare_with_number(self.heap.bigint(y), x).map(Ordering::reverse)
                    }
                    _ => unreachable!("ToNumeric gives a Number or a BigInt"),
                }
            }
        };
        Ok(order.map(Ordering::is_lt))
    }

    /// `a instanceof b` (InstanceofOperator)
    pub fn instance_of(&mut self, a: Value, b: Value) -> JsResult<bool> {
        let Value::Object(f) = b else {
            return Err(self.type_error("Right-hand side of 'instanceof' is not an object"));
        };
        // Fast way: a function whose @@hasInstance is the one on Function.prototype,
        // which is neither writable nor configurable, so it is OrdinaryHasInstance.
        let key = PropertyKey::Symbol(self.realm.symbol_has_instance);
        let fobj = self.heap.obj(f);
        if matches!(fobj.kind, ObjectKind::Function(_) | ObjectKind::Native(_))
            && fobj.proto == Some(self.realm.function_prototype)
        {
            // A function with the keys it was made with has no @@hasInstance of its
            // own and its `prototype` where it was put.
            if let Some(Value::Object(proto)) = self.laid_out_prototype(f) {
                return self.inherits_from(a, proto);
            }
            if !fobj.props.contains_key(&key) {
                return self.ordinary_has_instance(b, a);
            }
        }
        let handler = self.get(b, key)?;
        if !handler.is_nullish() {
            let r = self.call(handler, b, &[a])?;
            return Ok(self.to_boolean(r));
        }
        if !self.is_callable(b) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(b, a)
    }

    /// OrdinaryHasInstance
    pub fn ordinary_has_instance(&mut self, c: Value, o: Value) -> JsResult<bool> {
        let Value::Object(cf) = c else {
            return Ok(false);
        };
        if let ObjectKind::Bound(b) = &self.heap.obj(cf).kind {
            let target = b.target;
            return self.instance_of(o, Value::Object(target));
        }
        let Value::Object(obj) = o else {
            return Ok(false);
        };
        let key = PropertyKey::String(self.atoms.prototype);
        // `prototype` is no kind's exotic key: an own data property is read directly.
        let proto = match self.heap.obj(cf).props.get(&key) {
            Some(Property {
                slot: Slot::Data(v),
                ..
            }) => *v,
            _ => self.get(c, key)?,
        };
        let Value::Object(proto) = proto else {
            let shown = match proto {
                Value::Symbol(s) => self.symbol_descriptive_string(s),
                v => self.to_rust_string(v)?,
            };
            return Err(self.type_error(format!(
                "Function has non-object prototype '{shown}' in instanceof check"
            )));
        };
        self.inherits_from(Value::Object(obj), proto)
    }

    /// OrdinaryHasInstance steps 4-6 for the object `proto`: whether it is on the
    /// prototype chain of `o`. Only a proxy's [[GetPrototypeOf]] is not ordinary, so
    /// every other object's prototype is read from the object.
    fn inherits_from(&mut self, o: Value, proto: ObjRef) -> JsResult<bool> {
        let Value::Object(mut obj) = o else {
            return Ok(false);
        };
        loop {
            let next = match &self.heap.obj(obj).kind {
                ObjectKind::Proxy(_) => self.get_prototype_of(obj)?,
                _ => self.heap.obj(obj).proto,
            };
            match next {
                Some(p) if p == proto => return Ok(true),
                Some(p) => obj = p,
                None => return Ok(false),
            }
        }
    }

    /// Binary numeric operators other than `+` (on non-number operands).
    #[inline(never)]
    pub fn arith(&mut self, op: NumericOp, a: Value, b: Value) -> JsResult<Value> {
        let x = self.to_numeric(a)?;
        let y = self.to_numeric(b)?;
        self.numeric_op(op, x, y)
    }

    /// Throws TypeError with `message`.
    pub fn type_error(&self, message: impl Into<String>) -> JsError {
        JsError::Native(ErrorKind::TypeError, message.into())
    }

    pub fn range_error(&self, message: impl Into<String>) -> JsError {
        JsError::Native(ErrorKind::RangeError, message.into())
    }

    pub fn reference_error(&self, message: impl Into<String>) -> JsError {
        JsError::Native(ErrorKind::ReferenceError, message.into())
    }

    pub fn syntax_error(&self, message: impl Into<String>) -> JsError {
        JsError::Native(ErrorKind::SyntaxError, message.into())
    }
}

/// IsLooselyEqual when it needs no conversion and no string comparison (numbers,
/// objects, booleans, null and undefined); `None` leaves it to `Vm::loose_equals`.
#[inline(always)]
pub fn loose_equals_at_once(a: Value, b: Value) -> Option<bool> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => Some(x == y),
        (Value::Object(x), Value::Object(y)) => Some(x == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Undefined | Value::Null, Value::Undefined | Value::Null) => Some(true),
        (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => Some(false),
        _ => None,
    }
}

/// A canonical array index (`"0"`..`"4294967294"`, no leading zeros).
pub fn index_of(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.is_empty()
        || b.len() > 10
        || (b.len() > 1 && b[0] == b'0')
        || !b.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let n: u64 = s.parse().ok()?;
    (n < u32::MAX as u64).then_some(n as u32)
}

/// [`index_of`] for code units, computed in place (keys of parsed JSON and computed
/// member names pass through here).
pub fn index_of_units(u: &[u16]) -> Option<u32> {
    if u.is_empty() || u.len() > 10 || (u.len() > 1 && u[0] == b'0' as u16) {
        return None;
    }
    let mut n: u64 = 0;
    for &c in u {
        let digit = c.wrapping_sub(b'0' as u16);
        if digit > 9 {
            return None;
        }
        n = n * 10 + u64::from(digit);
    }
    (n < u32::MAX as u64).then_some(n as u32)
}
