//! `Number` and `Number.prototype`, including the exact decimal formatting of
//! `toFixed`, `toExponential` and `toPrecision`.

use super::{arg, constructor, method};
use crate::runtime::number::number_to_string;
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Number(0.0));
    vm.realm.number_prototype = proto;
    let ctor = constructor(vm, "Number", 1, number_call, Some(number_construct), proto);
    method(vm, ctor, "isFinite", 1, |_, _, args| {
        Ok(Value::Bool(
            arg(args, 0).as_number().is_some_and(f64::is_finite),
        ))
    });
    method(vm, ctor, "isInteger", 1, |_, _, args| {
        Ok(Value::Bool(
            arg(args, 0).as_number().is_some_and(is_integral),
        ))
    });
    method(vm, ctor, "isNaN", 1, |_, _, args| {
        Ok(Value::Bool(
            arg(args, 0).as_number().is_some_and(f64::is_nan),
        ))
    });
    method(vm, ctor, "isSafeInteger", 1, |_, _, args| {
        let safe = |n: f64| is_integral(n) && n.abs() <= 9_007_199_254_740_991.0;
        Ok(Value::Bool(arg(args, 0).as_number().is_some_and(safe)))
    });
    method(vm, proto, "toExponential", 1, to_exponential);
    method(vm, proto, "toFixed", 1, to_fixed);
    method(vm, proto, "toPrecision", 1, to_precision);
    method(vm, proto, "toString", 1, to_string);
    method(vm, proto, "valueOf", 0, |vm, this, _| {
        Ok(Value::Number(this_number(vm, this, "valueOf")?))
    });
    method(vm, proto, "toLocaleString", 0, to_locale_string);
}

/// Number's constant properties, in V8's order; installed after `Number.parseFloat`
/// and `Number.parseInt`, which come before them.
pub fn install_constants(vm: &mut Vm, ctor: ObjRef) {
    for (name, value) in [
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("NaN", f64::NAN),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("MAX_SAFE_INTEGER", 9_007_199_254_740_991.0),
        ("MIN_SAFE_INTEGER", -9_007_199_254_740_991.0),
        ("EPSILON", f64::EPSILON),
    ] {
        vm.define_named(ctor, name, Value::Number(value), 0);
    }
}

fn is_integral(n: f64) -> bool {
    n.is_finite() && n.trunc() == n
}

fn number_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(number_arg(vm, args)?))
}

/// `Number(value)` steps 1-2: ToNumeric, with a BigInt converted to its Number value.
fn number_arg(vm: &mut Vm, args: &[Value]) -> JsResult<f64> {
    let Some(&v) = args.first() else {
        return Ok(0.0);
    };
    Ok(match vm.to_numeric(v)? {
        Value::BigInt(b) => crate::runtime::bigint::bigint_to_number(vm.heap.bigint(b)),
        n => n.as_number().unwrap_or(f64::NAN),
    })
}

fn number_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let n = number_arg(vm, args)?;
    let proto = vm.prototype_from_constructor(new_target, |r| r.number_prototype)?;
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::Number(n)),
    ))
}

/// thisNumberValue, for the method `name`.
pub fn this_number(vm: &mut Vm, this: Value, name: &str) -> JsResult<f64> {
    match this {
        Value::Number(n) => Ok(n),
        Value::Object(o) => match vm.heap.obj(o).kind {
            ObjectKind::Number(n) => Ok(n),
            _ => Err(vm.type_error(format!(
                "Number.prototype.{name} requires that 'this' be a Number"
            ))),
        },
        _ => Err(vm.type_error(format!(
            "Number.prototype.{name} requires that 'this' be a Number"
        ))),
    }
}

fn string_value(vm: &mut Vm, text: &str) -> Value {
    Value::String(vm.heap.alloc_str(text))
}

fn to_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let n = this_number(vm, this, "toString")?;
    let radix = match args.first() {
        None | Some(Value::Undefined) => 10,
        Some(&r) => vm.to_integer(r)? as i64,
    };
    if !(2..=36).contains(&radix) {
        return Err(vm.range_error("toString() radix argument must be between 2 and 36"));
    }
    let text = if radix == 10 {
        number_to_string(n)
    } else {
        crate::runtime::number::number_to_radix_string(n, radix as u32)
    };
    Ok(string_value(vm, &text))
}

/// A non-negative decimal `0.d1d2d3... × 10^exp`; no digits means zero.
#[derive(Debug, Clone, PartialEq)]
struct Decimal {
    digits: Vec<u8>,
    exp: i32,
}

impl Decimal {
    /// From integer and fraction digit strings.
    fn from_parts(int: &str, frac: &str, exp_adjust: i32) -> Decimal {
        let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
        let mut exp = int.len() as i32 + exp_adjust;
        let leading = digits.iter().take_while(|&&d| d == 0).count();
        digits.drain(..leading);
        exp -= leading as i32;
        while digits.last() == Some(&0) {
            digits.pop();
        }
        if digits.is_empty() {
            exp = 0;
        }
        Decimal { digits, exp }
    }

    /// The exact value of a finite `|x|`: Rust prints every digit of an f64 when asked
    /// for enough (an f64 has at most 1074 fraction digits).
    fn exact(x: f64) -> Decimal {
        let text = format!("{:.1100}", x.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        Decimal::from_parts(int, frac, 0)
    }

    /// The shortest digits that round-trip, as `Number::toString` picks them.
    fn shortest(x: f64) -> Decimal {
        let text = number_to_string(x.abs());
        let (mantissa, exp) = match text.split_once('e') {
            Some((m, e)) => (m, e.trim_start_matches('+').parse().unwrap_or(0)),
            None => (text.as_str(), 0),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        Decimal::from_parts(int, frac, exp)
    }

    fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// Keeps the first `n` digits, rounding half up (away from zero) on the rest.
    fn round_to(&self, n: i32) -> Decimal {
        if n < 0 || self.is_zero() {
            return Decimal {
                digits: Vec::new(),
                exp: 0,
            };
        }
        let n = n as usize;
        if n >= self.digits.len() {
            return self.clone();
        }
        let mut digits = self.digits[..n].to_vec();
        let mut exp = self.exp;
        if self.digits[n] >= 5 {
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    exp += 1;
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        Decimal::from_parts(
            &digits
                .iter()
                .map(|d| (d + b'0') as char)
                .collect::<String>(),
            "",
            exp - digits.len() as i32,
        )
    }

    /// The digit of place value `10^(exp - 1 - i)`.
    fn digit(&self, i: i32) -> char {
        let d = if i < 0 {
            0
        } else {
            self.digits.get(i as usize).copied().unwrap_or(0)
        };
        (d + b'0') as char
    }

    /// Integer part and `f` fraction digits, already rounded.
    fn fixed_parts(&self, f: i32) -> (String, String) {
        let int: String = if self.exp <= 0 {
            "0".into()
        } else {
            (0..self.exp).map(|i| self.digit(i)).collect()
        };
        let frac: String = (0..f).map(|j| self.digit(self.exp + j)).collect();
        (int, frac)
    }

    /// `n` significant digits and the exponent of the first, for a value rounded to `n`
    /// digits; zero gives `n` zeros and exponent 0.
    fn significant(&self, n: i32) -> (String, i32) {
        if self.is_zero() {
            return ("0".repeat(n as usize), 0);
        }
        ((0..n).map(|i| self.digit(i)).collect(), self.exp - 1)
    }
}

/// The fraction-digits argument as an integer, with the range check of `name`.
fn digits_arg(vm: &mut Vm, v: Value, min: f64, message: &str) -> JsResult<f64> {
    let f = vm.to_integer(v)?;
    if !(min..=100.0).contains(&f) {
        return Err(vm.range_error(message));
    }
    Ok(f)
}

fn sign_of(x: f64) -> &'static str {
    if x < 0.0 { "-" } else { "" }
}

fn to_fixed(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1-5.
    let x = this_number(vm, this, "toFixed")?;
    let f = digits_arg(
        vm,
        arg(args, 0),
        0.0,
        "toFixed() digits argument must be between 0 and 100",
    )? as i32;
    // 6, 10.
    if !x.is_finite() || x.abs() >= 1e21 {
        return Ok(string_value(vm, &number_to_string(x)));
    }
    let exact = Decimal::exact(x);
    let rounded = exact.round_to(exact.exp + f);
    let (int, frac) = rounded.fixed_parts(f);
    let text = if f == 0 {
        format!("{}{int}", sign_of(x))
    } else {
        format!("{}{int}.{frac}", sign_of(x))
    };
    Ok(string_value(vm, &text))
}

/// `d.ddde±x`
fn exponential_text(x: f64, digits: &str, e: i32) -> String {
    let (first, rest) = digits.split_at(1);
    let point = if rest.is_empty() { "" } else { "." };
    let e_sign = if e < 0 { "-" } else { "+" };
    format!("{}{first}{point}{rest}e{e_sign}{}", sign_of(x), e.abs())
}

fn to_exponential(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1-2.
    let x = this_number(vm, this, "toExponential")?;
    let fraction_digits = arg(args, 0);
    let f = vm.to_integer(fraction_digits)?;
    // 4.
    if !x.is_finite() {
        return Ok(string_value(vm, &number_to_string(x)));
    }
    // 5.
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toExponential() argument must be between 0 and 100"));
    }
    let (digits, e) = if fraction_digits.is_undefined() {
        let shortest = Decimal::shortest(x);
        let n = shortest.digits.len().max(1) as i32;
        shortest.significant(n)
    } else {
        Decimal::exact(x)
            .round_to(f as i32 + 1)
            .significant(f as i32 + 1)
    };
    Ok(string_value(vm, &exponential_text(x, &digits, e)))
}

fn to_precision(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1-3.
    let x = this_number(vm, this, "toPrecision")?;
    if arg(args, 0).is_undefined() {
        return Ok(string_value(vm, &number_to_string(x)));
    }
    let p = vm.to_integer(arg(args, 0))?;
    // 4-5.
    if !x.is_finite() {
        return Ok(string_value(vm, &number_to_string(x)));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(vm.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let p = p as i32;
    let (m, e) = Decimal::exact(x).round_to(p).significant(p);
    // 10.c: exponent notation outside -6..p.
    let text = if e < -6 || e >= p {
        exponential_text(x, &m, e)
    } else if e == p - 1 {
        format!("{}{m}", sign_of(x))
    } else if e >= 0 {
        let (a, b) = m.split_at(e as usize + 1);
        format!("{}{a}.{b}", sign_of(x))
    } else {
        format!("{}0.{}{m}", sign_of(x), "0".repeat((-(e + 1)) as usize))
    };
    Ok(string_value(vm, &text))
}

/// `en-US` formatting: grouped integer digits and at most three fraction digits,
/// rounded half away from zero from the shortest round-trip digits, as ICU does.
fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, this, "toLocaleString")?;
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else {
        ""
    };
    if !x.is_finite() {
        let text = if x.is_nan() {
            "NaN".to_string()
        } else {
            format!("{sign}∞")
        };
        return Ok(string_value(vm, &text));
    }
    let shortest = Decimal::shortest(x);
    let (int, frac) = shortest.round_to(shortest.exp + 3).fixed_parts(3);
    let grouped = group_thousands(&int);
    let frac = frac.trim_end_matches('0');
    let text = if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    };
    Ok(string_value(vm, &text))
}

/// Decimal digits with en-US grouping separators (`1234567` -> `1,234,567`).
pub(crate) fn group_thousands(digits: &str) -> String {
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::Decimal;

    #[test]
    fn exact_digits_round_half_up() {
        assert_eq!(Decimal::exact(1.005).round_to(3).digits, vec![1]);
        assert_eq!(
            Decimal::exact(2.5).round_to(1),
            Decimal {
                digits: vec![3],
                exp: 1
            }
        );
        assert_eq!(
            Decimal::exact(9.99).round_to(2),
            Decimal {
                digits: vec![1],
                exp: 2
            }
        );
        assert_eq!(
            Decimal::shortest(1.5e-7),
            Decimal {
                digits: vec![1, 5],
                exp: -6
            }
        );
    }
}
