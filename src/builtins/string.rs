//! `String` and `String.prototype`. Strings are UTF-16: every position counts code
//! units.

use super::{arg, constructor, method, symbol_method};
use crate::runtime::number::{is_js_whitespace, number_to_string};
use crate::runtime::object::PropertyKey;
use crate::runtime::string::MAX_STRING_LEN;
use crate::runtime::{ObjectKind, StrRef, Value};
use crate::vm::{JsResult, Vm};

/// Installs the HTML method `$name` of [`HTML_METHODS`].
macro_rules! html_method {
    ($vm:expr, $proto:expr, $name:literal) => {{
        let (_, _, attr) = html_entry($name);
        method(
            $vm,
            $proto,
            $name,
            if attr.is_empty() { 0 } else { 1 },
            |vm, this, args| {
                let (name, tag, attr) = html_entry($name);
                create_html(vm, this, name, tag, attr, arg(args, 0))
            },
        );
    }};
}

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let empty = vm.heap.alloc_str("");
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::String(empty));
    vm.realm.string_prototype = proto;
    let ctor = constructor(vm, "String", 1, string_call, Some(string_construct), proto);
    method(vm, ctor, "fromCharCode", 1, from_char_code);
    method(vm, ctor, "fromCodePoint", 1, from_code_point);
    method(vm, ctor, "raw", 1, raw);

    // In V8's order, which Object.getOwnPropertyNames shows.
    html_method!(vm, proto, "anchor");
    method(vm, proto, "at", 1, at);
    html_method!(vm, proto, "big");
    html_method!(vm, proto, "blink");
    html_method!(vm, proto, "bold");
    method(vm, proto, "charAt", 1, char_at);
    method(vm, proto, "charCodeAt", 1, char_code_at);
    method(vm, proto, "codePointAt", 1, code_point_at);
    method(vm, proto, "concat", 1, concat);
    method(vm, proto, "endsWith", 1, ends_with);
    html_method!(vm, proto, "fontcolor");
    html_method!(vm, proto, "fontsize");
    html_method!(vm, proto, "fixed");
    method(vm, proto, "includes", 1, includes);
    method(vm, proto, "indexOf", 1, index_of);
    method(vm, proto, "isWellFormed", 0, is_well_formed);
    html_method!(vm, proto, "italics");
    method(vm, proto, "lastIndexOf", 1, last_index_of);
    html_method!(vm, proto, "link");
    method(vm, proto, "localeCompare", 1, locale_compare);
    method(vm, proto, "match", 1, |vm, this, args| {
        match_like(vm, this, args, "match", |r| r.symbol_match)
    });
    method(vm, proto, "matchAll", 1, match_all);
    method(vm, proto, "normalize", 0, normalize);
    method(vm, proto, "padEnd", 1, |vm, this, args| {
        pad(vm, this, args, false)
    });
    method(vm, proto, "padStart", 1, |vm, this, args| {
        pad(vm, this, args, true)
    });
    method(vm, proto, "repeat", 1, repeat);
    method(vm, proto, "replace", 2, replace);
    method(vm, proto, "replaceAll", 2, replace_all);
    method(vm, proto, "search", 1, |vm, this, args| {
        match_like(vm, this, args, "search", |r| r.symbol_search)
    });
    method(vm, proto, "slice", 2, slice);
    html_method!(vm, proto, "small");
    method(vm, proto, "split", 2, split);
    html_method!(vm, proto, "strike");
    html_method!(vm, proto, "sub");
    method(vm, proto, "substr", 2, substr);
    method(vm, proto, "substring", 2, substring);
    html_method!(vm, proto, "sup");
    method(vm, proto, "startsWith", 1, starts_with);
    method(vm, proto, "toString", 0, this_string_value);
    method(vm, proto, "toWellFormed", 0, to_well_formed);
    method(vm, proto, "trim", 0, |vm, this, _| {
        trim(vm, this, "trim", true, true)
    });
    let trim_start = method(vm, proto, "trimStart", 0, |vm, this, _| {
        trim(vm, this, "trimStart", true, false)
    });
    // Annex B: the old names are the same function objects.
    vm.define_named(
        proto,
        "trimLeft",
        Value::Object(trim_start),
        crate::runtime::object::METHOD_ATTRS,
    );
    let trim_end = method(vm, proto, "trimEnd", 0, |vm, this, _| {
        trim(vm, this, "trimEnd", false, true)
    });
    vm.define_named(
        proto,
        "trimRight",
        Value::Object(trim_end),
        crate::runtime::object::METHOD_ATTRS,
    );
    method(vm, proto, "toLocaleLowerCase", 0, |vm, this, _| {
        change_case(vm, this, "toLocaleLowerCase", false)
    });
    method(vm, proto, "toLocaleUpperCase", 0, |vm, this, _| {
        change_case(vm, this, "toLocaleUpperCase", true)
    });
    method(vm, proto, "toLowerCase", 0, |vm, this, _| {
        change_case(vm, this, "toLowerCase", false)
    });
    method(vm, proto, "toUpperCase", 0, |vm, this, _| {
        change_case(vm, this, "toUpperCase", true)
    });
    method(vm, proto, "valueOf", 0, this_string_value);
    let sym = vm.realm.symbol_iterator;
    symbol_method(vm, proto, sym, "[Symbol.iterator]", 0, iterator);
}

fn string_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(match args.first() {
        None => Value::String(vm.heap.alloc_str("")),
        Some(Value::Symbol(s)) => {
            let text = vm.symbol_descriptive_string(*s);
            Value::String(vm.heap.alloc_str(&text))
        }
        Some(&v) => Value::String(vm.to_string(v)?),
    })
}

fn string_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let s = match args.first() {
        None => vm.heap.alloc_str(""),
        Some(&v) => vm.to_string(v)?,
    };
    let proto = vm.prototype_from_constructor(new_target, |r| r.string_prototype)?;
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::String(s)),
    ))
}

/// RequireObjectCoercible(this) then ToString.
fn this_string(vm: &mut Vm, this: Value, name: &str) -> JsResult<StrRef> {
    if this.is_nullish() {
        return Err(vm.type_error(format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    vm.to_string(this)
}

/// RequireObjectCoercible(this) then ToString, as code units.
fn this_units(vm: &mut Vm, this: Value, name: &str) -> JsResult<Vec<u16>> {
    let s = this_string(vm, this, name)?;
    Ok(vm.heap.flatten(s).to_vec())
}

fn units_of(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    let s = vm.to_string(v)?;
    Ok(vm.heap.flatten(s).to_vec())
}

fn string_value(vm: &mut Vm, units: Vec<u16>) -> JsResult<Value> {
    vm.new_string(units)
}

/// thisStringValue
fn this_string_value(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    match this {
        Value::String(_) => Ok(this),
        Value::Object(o) => match vm.heap.obj(o).kind {
            ObjectKind::String(s) => Ok(Value::String(s)),
            _ => Err(vm.type_error("String.prototype.toString requires that 'this' be a String")),
        },
        _ => Err(vm.type_error("String.prototype.toString requires that 'this' be a String")),
    }
}

/// ToIntegerOrInfinity of an argument clamped to `0..=len`.
fn clamped(vm: &mut Vm, v: Value, len: usize) -> JsResult<usize> {
    let n = vm.to_integer(v)?;
    Ok(n.clamp(0.0, len as f64) as usize)
}

/// A relative index (negative counts from the end) clamped to `0..=len`.
fn relative(vm: &mut Vm, v: Value, len: usize) -> JsResult<usize> {
    let n = vm.to_integer(v)?;
    let len = len as f64;
    Ok(if n < 0.0 {
        (len + n).max(0.0)
    } else {
        n.min(len)
    } as usize)
}

/// StringIndexOf
fn find(s: &[u16], search: &[u16], from: usize) -> Option<usize> {
    if search.is_empty() {
        return (from <= s.len()).then_some(from);
    }
    if search.len() > s.len() {
        return None;
    }
    (from..=s.len() - search.len()).find(|&i| &s[i..i + search.len()] == search)
}

/// Step 2 of match, matchAll, replace, replaceAll, search and split: the argument's
/// method `key`, asked of objects only as ECMA-2023 on says. Node 24 still asks
/// primitives too, which shows only when a primitive's prototype is given such a
/// method (`Number.prototype[Symbol.split]`); the spec is followed here.
fn object_method(vm: &mut Vm, v: Value, key: PropertyKey) -> JsResult<Option<Value>> {
    match v {
        Value::Object(_) => vm.get_method(v, key),
        _ => Ok(None),
    }
}

/// Step 2.b of replaceAll and matchAll: a RegExp argument must have the `g` flag.
fn require_global(vm: &mut Vm, v: Value, name: &str) -> JsResult<()> {
    if !is_regexp(vm, v)? {
        return Ok(());
    }
    let flags = vm.get_named(v, "flags")?;
    if flags.is_nullish() {
        return Err(vm.type_error(format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    let flags = units_of(vm, flags)?;
    if !flags.contains(&(b'g' as u16)) {
        return Err(vm.type_error(format!(
            "String.prototype.{name} called with a non-global RegExp argument"
        )));
    }
    Ok(())
}

/// IsRegExp
fn is_regexp(vm: &mut Vm, v: Value) -> JsResult<bool> {
    let Value::Object(_) = v else {
        return Ok(false);
    };
    let key = PropertyKey::Symbol(vm.realm.symbol_match);
    let matcher = vm.get(v, key)?;
    Ok(!matcher.is_undefined() && vm.to_boolean(matcher))
}

fn from_char_code(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if let [a] = args {
        // A number already in range (the usual call) is its own code unit.
        let unit = match *a {
            Value::Number(n) if (0.0..65536.0).contains(&n) => n as u16,
            a => vm.to_uint32(a)? as u16,
        };
        return Ok(Value::String(vm.heap.unit_string(unit)));
    }
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        units.push(vm.to_uint32(a)? as u16);
    }
    string_value(vm, units)
}

fn from_code_point(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        let n = vm.to_number(a)?;
        if n.fract() != 0.0 || !(0.0..=1_114_111.0).contains(&n) {
            let shown = number_to_string(n);
            return Err(vm.range_error(format!("Invalid code point {shown}")));
        }
        push_code_point(&mut units, n as u32);
    }
    string_value(vm, units)
}

fn push_code_point(units: &mut Vec<u16>, cp: u32) {
    if cp < 0x10000 {
        units.push(cp as u16);
    } else {
        let c = cp - 0x10000;
        units.push(0xD800 + (c >> 10) as u16);
        units.push(0xDC00 + (c & 0x3FF) as u16);
    }
}

/// `String.raw(template, ...substitutions)`
fn raw(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let cooked = vm.to_object(arg(args, 0))?;
    let raw_value = vm.get_named(Value::Object(cooked), "raw")?;
    let literals = vm.to_object(raw_value)?;
    let count = vm.length_of(Value::Object(literals))?;
    let mut out = Vec::new();
    let mut i = 0;
    while i < count {
        let key = vm.index_key(i);
        let segment = vm.get(Value::Object(literals), key)?;
        let segment = vm.to_string(segment)?;
        vm.append_str(&mut out, segment)?;
        if i + 1 == count {
            break;
        }
        if let Some(&sub) = args.get(i as usize + 1) {
            let sub = vm.to_string(sub)?;
            vm.append_str(&mut out, sub)?;
        }
        i += 1;
    }
    string_value(vm, out)
}

/// The methods that read a position or a range of the receiver, or search it, borrow
/// its code units (a rope is flattened once, in place) instead of copying them: a loop
/// over `s.charCodeAt(i)` or `s.startsWith(t, i)` stays linear.
fn units_len(vm: &Vm, s: StrRef) -> usize {
    vm.heap.string(s).len()
}

fn at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "at")?;
    let len = units_len(vm, s);
    let n = vm.to_integer(arg(args, 0))?;
    let k = if n < 0.0 { len as f64 + n } else { n };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::Undefined);
    }
    let unit = vm.heap.flatten(s)[k as usize];
    Ok(Value::String(vm.heap.unit_string(unit)))
}

fn char_at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "charAt")?;
    let n = vm.to_integer(arg(args, 0))?;
    if n < 0.0 || n >= units_len(vm, s) as f64 {
        return string_value(vm, Vec::new());
    }
    let unit = vm.heap.flatten(s)[n as usize];
    Ok(Value::String(vm.heap.unit_string(unit)))
}

fn char_code_at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "charCodeAt")?;
    let n = vm.to_integer(arg(args, 0))?;
    if n < 0.0 || n >= units_len(vm, s) as f64 {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(vm.heap.flatten(s)[n as usize] as f64))
}

/// CodePointAt: the code point starting at `i`, and how many units it takes.
fn code_point_at_index(s: &[u16], i: usize) -> (u32, usize) {
    let first = s[i];
    if (0xD800..0xDC00).contains(&first)
        && let Some(&second) = s.get(i + 1)
        && (0xDC00..0xE000).contains(&second)
    {
        return (
            0x10000 + (((first as u32) - 0xD800) << 10) + ((second as u32) - 0xDC00),
            2,
        );
    }
    (first as u32, 1)
}

fn code_point_at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "codePointAt")?;
    let n = vm.to_integer(arg(args, 0))?;
    if n < 0.0 || n >= units_len(vm, s) as f64 {
        return Ok(Value::Undefined);
    }
    let units = vm.heap.flatten(s);
    Ok(Value::Number(
        code_point_at_index(units, n as usize).0 as f64,
    ))
}

/// String.prototype.concat: the same ropes as `+`, so joining long strings copies
/// nothing until the result is read.
fn concat(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut s = Value::String(this_string(vm, this, "concat")?);
    for &a in args {
        let more = Value::String(vm.to_string(a)?);
        s = vm.add(s, more)?;
    }
    Ok(s)
}

fn ends_with(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "endsWith")?;
    let len = units_len(vm, s);
    let search_value = arg(args, 0);
    if is_regexp(vm, search_value)? {
        return Err(vm.type_error(
            "First argument to String.prototype.endsWith must not be a regular expression",
        ));
    }
    let search = units_of(vm, search_value)?;
    let end = match arg(args, 1) {
        Value::Undefined => len,
        v => clamped(vm, v, len)?,
    };
    let s = vm.heap.flatten(s);
    Ok(Value::Bool(
        end >= search.len() && s[end - search.len()..end] == search[..],
    ))
}

fn starts_with(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "startsWith")?;
    let len = units_len(vm, s);
    let search_value = arg(args, 0);
    if is_regexp(vm, search_value)? {
        return Err(vm.type_error(
            "First argument to String.prototype.startsWith must not be a regular expression",
        ));
    }
    let search = units_of(vm, search_value)?;
    let start = clamped(vm, arg(args, 1), len)?;
    let s = vm.heap.flatten(s);
    Ok(Value::Bool(
        len - start >= search.len() && s[start..start + search.len()] == search[..],
    ))
}

fn includes(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "includes")?;
    let len = units_len(vm, s);
    let search_value = arg(args, 0);
    if is_regexp(vm, search_value)? {
        return Err(vm.type_error(
            "First argument to String.prototype.includes must not be a regular expression",
        ));
    }
    let search = units_of(vm, search_value)?;
    let start = clamped(vm, arg(args, 1), len)?;
    Ok(Value::Bool(
        find(vm.heap.flatten(s), &search, start).is_some(),
    ))
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "indexOf")?;
    let search = units_of(vm, arg(args, 0))?;
    let start = clamped(vm, arg(args, 1), units_len(vm, s))?;
    Ok(Value::Number(
        find(vm.heap.flatten(s), &search, start).map_or(-1.0, |i| i as f64),
    ))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "lastIndexOf")?;
    let search = units_of(vm, arg(args, 0))?;
    let n = vm.to_number(arg(args, 1))?;
    let s = vm.heap.flatten(s);
    let pos = if n.is_nan() { f64::INFINITY } else { n.trunc() };
    let start = pos.clamp(0.0, s.len() as f64) as usize;
    if search.len() > s.len() {
        return Ok(Value::Number(-1.0));
    }
    let from = start.min(s.len() - search.len());
    let found = (0..=from)
        .rev()
        .find(|&i| s[i..i + search.len()] == search[..]);
    Ok(Value::Number(found.map_or(-1.0, |i| i as f64)))
}

/// String.prototype.localeCompare(that, locales, options): ICU's collation for the
/// locale (Node's default, en-US, uses the root order), with ECMA-402's `sensitivity`,
/// `numeric`, `caseFirst` and `ignorePunctuation` options.
fn locale_compare(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let a = this_units(vm, this, "localeCompare")?;
    let b = units_of(vm, arg(args, 0))?;
    let setup = collation_setup(vm, arg(args, 1), arg(args, 2))?;
    let order = COLLATOR.with(|cache| -> JsResult<std::cmp::Ordering> {
        let mut cache = cache.borrow_mut();
        if cache.as_ref().is_none_or(|(s, _)| *s != setup) {
            let collator = setup
                .collator()
                .ok_or_else(|| vm.range_error("Incorrect locale information provided"))?;
            *cache = Some((setup, collator));
        }
        let (_, collator) = cache.as_ref().expect("just filled");
        Ok(collator.compare_utf16(&a, &b))
    })?;
    Ok(Value::Number(match order {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

thread_local! {
    /// The collator the last localeCompare used, kept for the calls that follow with
    /// the same locale and options (a sort calls it many times).
    static COLLATOR: std::cell::RefCell<Option<(CollationSetup, icu_collator::CollatorBorrowed<'static>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The locale and ECMA-402 options of a collation.
#[derive(PartialEq)]
struct CollationSetup {
    locale: String,
    numeric: Option<bool>,
    case_first: Option<String>,
    sensitivity: Option<String>,
    ignore_punctuation: bool,
}

impl CollationSetup {
    fn collator(&self) -> Option<icu_collator::CollatorBorrowed<'static>> {
        use icu_collator::options::{AlternateHandling, CaseLevel, CollatorOptions, Strength};
        use icu_collator::preferences::{CollationCaseFirst, CollationNumericOrdering};
        let locale = icu_locale_core::Locale::try_from_str(&self.locale).ok()?;
        let mut prefs = icu_collator::CollatorPreferences::from(&locale);
        if let Some(n) = self.numeric {
            prefs.numeric_ordering = Some(if n {
                CollationNumericOrdering::True
            } else {
                CollationNumericOrdering::False
            });
        }
        prefs.case_first = match self.case_first.as_deref() {
            Some("upper") => Some(CollationCaseFirst::Upper),
            Some("lower") => Some(CollationCaseFirst::Lower),
            Some(_) => Some(CollationCaseFirst::False),
            None => prefs.case_first,
        };
        let mut options = CollatorOptions::default();
        match self.sensitivity.as_deref() {
            Some("base") => options.strength = Some(Strength::Primary),
            Some("accent") => options.strength = Some(Strength::Secondary),
            Some("case") => {
                options.strength = Some(Strength::Primary);
                options.case_level = Some(CaseLevel::On);
            }
            _ => options.strength = Some(Strength::Tertiary),
        }
        if self.ignore_punctuation {
            options.alternate_handling = Some(AlternateHandling::Shifted);
        }
        icu_collator::Collator::try_new(prefs, options).ok()
    }
}

/// Reads the locales and options arguments of localeCompare as Intl.Collator does.
fn collation_setup(vm: &mut Vm, locales: Value, options: Value) -> JsResult<CollationSetup> {
    let locale = match locales {
        Value::Undefined => "en-US".to_string(),
        Value::Object(o) if vm.heap.obj(o).is_array() => {
            match vm.get(locales, PropertyKey::Index(0))? {
                Value::Undefined => "en-US".to_string(),
                v => vm.to_rust_string(v)?,
            }
        }
        v => vm.to_rust_string(v)?,
    };
    let mut setup = CollationSetup {
        locale,
        numeric: None,
        case_first: None,
        sensitivity: None,
        ignore_punctuation: false,
    };
    if options.is_undefined() {
        return Ok(setup);
    }
    let read_string = |vm: &mut Vm, name: &str, allowed: &[&str]| -> JsResult<Option<String>> {
        match vm.get_named(options, name)? {
            Value::Undefined => Ok(None),
            v => {
                let text = vm.to_rust_string(v)?;
                if !allowed.contains(&text.as_str()) {
                    return Err(vm.range_error(format!(
                        "Value {text} out of range for String.prototype.localeCompare options property {name}"
                    )));
                }
                Ok(Some(text))
            }
        }
    };
    read_string(vm, "usage", &["sort", "search"])?;
    read_string(vm, "localeMatcher", &["lookup", "best fit"])?;
    let numeric = vm.get_named(options, "numeric")?;
    if !numeric.is_undefined() {
        setup.numeric = Some(vm.to_boolean(numeric));
    }
    setup.case_first = read_string(vm, "caseFirst", &["upper", "lower", "false"])?;
    setup.sensitivity = read_string(vm, "sensitivity", &["base", "accent", "case", "variant"])?;
    let ignore = vm.get_named(options, "ignorePunctuation")?;
    setup.ignore_punctuation = vm.to_boolean(ignore);
    Ok(setup)
}

/// String.prototype.normalize: the Unicode normalization form named by the argument
/// (NFC by default). Lone surrogates pass through unchanged, as in V8.
fn normalize(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    use unicode_normalization::UnicodeNormalization;
    let s = this_units(vm, this, "normalize")?;
    let form = if arg(args, 0).is_undefined() {
        "NFC".to_string()
    } else {
        vm.to_rust_string(arg(args, 0))?
    };
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD."));
    }
    let out = map_well_formed_runs(&s, |run| match form.as_str() {
        "NFC" => run.nfc().collect(),
        "NFD" => run.nfd().collect(),
        "NFKC" => run.nfkc().collect(),
        _ => run.nfkd().collect(),
    });
    string_value(vm, out)
}

/// StringPad
fn pad(vm: &mut Vm, this: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let name = if at_start { "padStart" } else { "padEnd" };
    let string = this_string(vm, this, name)?;
    let max = vm.to_integer(arg(args, 0))?.max(0.0);
    if max <= units_len(vm, string) as f64 {
        return Ok(Value::String(string));
    }
    let fill = match arg(args, 1) {
        Value::Undefined => vec![b' ' as u16],
        v => units_of(vm, v)?,
    };
    if fill.is_empty() {
        return Ok(Value::String(string));
    }
    if max > MAX_STRING_LEN as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    let s = vm.heap.flatten(string).to_vec();
    let fill_len = max as usize - s.len();
    let filler: Vec<u16> = fill.iter().copied().cycle().take(fill_len).collect();
    let out = if at_start {
        [filler, s].concat()
    } else {
        [s, filler].concat()
    };
    string_value(vm, out)
}

fn repeat(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_units(vm, this, "repeat")?;
    let n = vm.to_integer(arg(args, 0))?;
    if n < 0.0 || n.is_infinite() {
        return Err(vm.range_error(format!("Invalid count value: {}", number_to_string(n))));
    }
    if s.is_empty() || n == 0.0 {
        return string_value(vm, Vec::new());
    }
    if s.len() as f64 * n > MAX_STRING_LEN as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    string_value(vm, s.repeat(n as usize))
}

/// GetSubstitution with no captures: `$$`, `$&`, `` $` `` and `$'`; anything else
/// (including `$1` and `$<`) is copied as written.
fn get_substitution(matched: &[u16], s: &[u16], position: usize, replacement: &[u16]) -> Vec<u16> {
    let mut out = Vec::with_capacity(replacement.len());
    let tail = (position + matched.len()).min(s.len());
    let mut i = 0;
    while i < replacement.len() {
        let c = replacement[i];
        if c == b'$' as u16 && i + 1 < replacement.len() {
            let next = replacement[i + 1];
            match u8::try_from(next).unwrap_or(0) {
                b'$' => out.push(b'$' as u16),
                b'&' => out.extend_from_slice(matched),
                b'`' => out.extend_from_slice(&s[..position]),
                b'\'' => out.extend_from_slice(&s[tail..]),
                _ => {
                    out.push(c);
                    i += 1;
                    continue;
                }
            }
            i += 2;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The replacement text for a match of `search` at `position`.
fn replacement_for(
    vm: &mut Vm,
    replace_value: Value,
    replace_text: &[u16],
    search: &[u16],
    s: &[u16],
    s_value: Value,
    position: usize,
) -> JsResult<Vec<u16>> {
    if vm.is_callable(replace_value) {
        let matched = string_value(vm, search.to_vec())?;
        let result = vm.call(
            replace_value,
            Value::Undefined,
            &[matched, Value::Number(position as f64), s_value],
        )?;
        units_of(vm, result)
    } else {
        Ok(get_substitution(search, s, position, replace_text))
    }
}

fn replace(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1. RequireObjectCoercible(O).
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype.replace called on null or undefined"));
    }
    let (search_value, replace_value) = (arg(args, 0), arg(args, 1));
    // 2. Delegate to searchValue[@@replace].
    let key = PropertyKey::Symbol(vm.realm.symbol_replace);
    if let Some(replacer) = object_method(vm, search_value, key)? {
        return vm.call(replacer, search_value, &[this, replace_value]);
    }
    // 3-6.
    let string = vm.to_string(this)?;
    let s = vm.heap.flatten(string).to_vec();
    let search = units_of(vm, search_value)?;
    let replace_text = if vm.is_callable(replace_value) {
        Vec::new()
    } else {
        units_of(vm, replace_value)?
    };
    // 8.
    let Some(position) = find(&s, &search, 0) else {
        return Ok(Value::String(string));
    };
    let replacement = replacement_for(
        vm,
        replace_value,
        &replace_text,
        &search,
        &s,
        Value::String(string),
        position,
    )?;
    let out = [
        &s[..position],
        &replacement[..],
        &s[position + search.len()..],
    ]
    .concat();
    string_value(vm, out)
}

fn replace_all(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1. RequireObjectCoercible(O).
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype.replaceAll called on null or undefined"));
    }
    let (search_value, replace_value) = (arg(args, 0), arg(args, 1));
    // 2. A RegExp must be global; then delegate to searchValue[@@replace].
    require_global(vm, search_value, "replaceAll")?;
    let key = PropertyKey::Symbol(vm.realm.symbol_replace);
    if let Some(replacer) = object_method(vm, search_value, key)? {
        return vm.call(replacer, search_value, &[this, replace_value]);
    }
    // 3-12.
    let string = vm.to_string(this)?;
    let s = vm.heap.flatten(string).to_vec();
    let search = units_of(vm, search_value)?;
    let replace_text = if vm.is_callable(replace_value) {
        Vec::new()
    } else {
        units_of(vm, replace_value)?
    };
    let advance = search.len().max(1);
    let mut positions = Vec::new();
    let mut next = find(&s, &search, 0);
    while let Some(p) = next {
        positions.push(p);
        next = find(&s, &search, p + advance);
    }
    // 13-15.
    let mut end_of_last = 0;
    let mut out = Vec::with_capacity(s.len());
    for p in positions {
        let replacement = replacement_for(
            vm,
            replace_value,
            &replace_text,
            &search,
            &s,
            Value::String(string),
            p,
        )?;
        out.extend_from_slice(&s[end_of_last..p]);
        vm.append_units(&mut out, &replacement)?;
        end_of_last = p + search.len();
    }
    out.extend_from_slice(&s[end_of_last.min(s.len())..]);
    string_value(vm, out)
}

fn slice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "slice")?;
    let len = units_len(vm, s);
    let from = relative(vm, arg(args, 0), len)?;
    let to = match arg(args, 1) {
        Value::Undefined => len,
        v => relative(vm, v, len)?,
    };
    let out = if from < to {
        vm.heap.flatten(s)[from..to].to_vec()
    } else {
        Vec::new()
    };
    string_value(vm, out)
}

fn split(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1. RequireObjectCoercible(O).
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype.split called on null or undefined"));
    }
    let (separator, limit) = (arg(args, 0), arg(args, 1));
    // 2. Delegate to separator[@@split].
    let key = PropertyKey::Symbol(vm.realm.symbol_split);
    if let Some(splitter) = object_method(vm, separator, key)? {
        return vm.call(splitter, separator, &[this, limit]);
    }
    // 3-5.
    let s = units_of(vm, this)?;
    let lim = if limit.is_undefined() {
        u32::MAX
    } else {
        vm.to_uint32(limit)?
    } as usize;
    let sep = units_of(vm, separator)?;
    // 6-7.
    if lim == 0 {
        return Ok(Value::Object(vm.new_array(Vec::new())));
    }
    if separator.is_undefined() {
        let whole = string_value(vm, s)?;
        return Ok(Value::Object(vm.new_array(vec![whole])));
    }
    // 9. An empty separator splits into code units.
    let mut parts: Vec<Vec<u16>> = Vec::new();
    if sep.is_empty() {
        parts.extend(s.iter().take(lim).map(|&u| vec![u]));
    } else if s.is_empty() {
        parts.push(s);
    } else {
        let mut start = 0;
        let mut next = find(&s, &sep, 0);
        while let Some(p) = next {
            parts.push(s[start..p].to_vec());
            if parts.len() >= lim {
                break;
            }
            start = p + sep.len();
            next = find(&s, &sep, start);
        }
        if parts.len() < lim {
            parts.push(s[start..].to_vec());
        }
    }
    let values = parts
        .into_iter()
        .map(|p| string_value(vm, p))
        .collect::<JsResult<Vec<Value>>>()?;
    Ok(Value::Object(vm.new_array(values)))
}

fn substring(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "substring")?;
    let len = units_len(vm, s);
    let start = clamped(vm, arg(args, 0), len)?;
    let end = match arg(args, 1) {
        Value::Undefined => len,
        v => clamped(vm, v, len)?,
    };
    let (from, to) = (start.min(end), start.max(end));
    let part = vm.heap.flatten(s)[from..to].to_vec();
    string_value(vm, part)
}

/// Annex B `substr(start, length)`.
fn substr(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string(vm, this, "substr")?;
    let len = units_len(vm, s);
    let start = relative(vm, arg(args, 0), len)?;
    let length = match arg(args, 1) {
        Value::Undefined => f64::INFINITY,
        v => vm.to_integer(v)?,
    };
    let end = (start as f64 + length).clamp(start as f64, len as f64) as usize;
    let part = vm.heap.flatten(s)[start..end].to_vec();
    string_value(vm, part)
}

/// Case mapping with Rust's full Unicode tables; runs of well-formed text are mapped
/// as whole strings so context-dependent rules (final sigma) apply, lone surrogates are
/// kept as they are.
fn change_case(vm: &mut Vm, this: Value, name: &str, upper: bool) -> JsResult<Value> {
    let s = this_units(vm, this, name)?;
    let out = map_well_formed_runs(&s, |run| {
        if upper {
            run.to_uppercase()
        } else {
            run.to_lowercase()
        }
    });
    string_value(vm, out)
}

/// `units` with each maximal run of well-formed text replaced by `f` of it; lone
/// surrogates between the runs are kept as they are.
fn map_well_formed_runs(units: &[u16], f: impl Fn(&str) -> String) -> Vec<u16> {
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        out.extend(f(run).encode_utf16());
        run.clear();
    };
    for item in char::decode_utf16(units.iter().copied()) {
        match item {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

fn trim(vm: &mut Vm, this: Value, name: &str, start: bool, end: bool) -> JsResult<Value> {
    let s = this_string(vm, this, name)?;
    let s = vm.heap.flatten(s);
    let from = if start {
        s.iter()
            .position(|&c| !is_js_whitespace(c))
            .unwrap_or(s.len())
    } else {
        0
    };
    let to = if end {
        s.iter()
            .rposition(|&c| !is_js_whitespace(c))
            .map_or(from, |i| i + 1)
    } else {
        s.len()
    };
    let part = s[from..to.max(from)].to_vec();
    string_value(vm, part)
}

fn is_well_formed(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_units(vm, this, "isWellFormed")?;
    Ok(Value::Bool(
        char::decode_utf16(s.iter().copied()).all(|c| c.is_ok()),
    ))
}

fn to_well_formed(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_units(vm, this, "toWellFormed")?;
    let mut out = Vec::with_capacity(s.len());
    for c in char::decode_utf16(s.iter().copied()) {
        push_code_point(&mut out, c.map_or(0xFFFD, |c| c as u32));
    }
    string_value(vm, out)
}

/// Annex B: `anchor`, `big`, ... wrap the string in an HTML element. Each entry
/// is a method's name, its tag and its attribute (empty for none).
const HTML_METHODS: &[(&str, &str, &str)] = &[
    ("anchor", "a", "name"),
    ("big", "big", ""),
    ("blink", "blink", ""),
    ("bold", "b", ""),
    ("fixed", "tt", ""),
    ("fontcolor", "font", "color"),
    ("fontsize", "font", "size"),
    ("italics", "i", ""),
    ("link", "a", "href"),
    ("small", "small", ""),
    ("strike", "strike", ""),
    ("sub", "sub", ""),
    ("sup", "sup", ""),
];

/// The [`HTML_METHODS`] entry for `name`.
fn html_entry(name: &str) -> (&'static str, &'static str, &'static str) {
    HTML_METHODS
        .iter()
        .copied()
        .find(|(n, _, _)| *n == name)
        .unwrap_or(("", "", ""))
}

/// CreateHTML
fn create_html(
    vm: &mut Vm,
    this: Value,
    name: &str,
    tag: &str,
    attribute: &str,
    value: Value,
) -> JsResult<Value> {
    let s = this_units(vm, this, name)?;
    let mut out: Vec<u16> = format!("<{tag}").encode_utf16().collect();
    if !attribute.is_empty() {
        let v = units_of(vm, value)?;
        out.extend(format!(" {attribute}=\"").encode_utf16());
        for u in v {
            if u == b'"' as u16 {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(u);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    out.extend(s);
    out.extend(format!("</{tag}>").encode_utf16());
    string_value(vm, out)
}

/// RegExpCreate(pattern, flags) through the global `RegExp` constructor.
fn regexp_create(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<Value> {
    let global = vm.realm.global;
    let ctor = vm.get_named(Value::Object(global), "RegExp")?;
    if !vm.is_callable(ctor) {
        return Err(vm.type_error("RegExp is not defined"));
    }
    vm.construct(ctor, &[pattern, flags], ctor)
}

/// `match` and `search`: delegate to `regexp[@@match]` / `regexp[@@search]`, else
/// make a RegExp of the argument and invoke that method on it.
fn match_like(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    name: &str,
    symbol: fn(&crate::runtime::realm::Realm) -> crate::runtime::SymRef,
) -> JsResult<Value> {
    // 1. RequireObjectCoercible(O).
    if this.is_nullish() {
        return Err(vm.type_error(format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    let regexp = arg(args, 0);
    let key = PropertyKey::Symbol(symbol(&vm.realm));
    // 2.
    if let Some(method) = object_method(vm, regexp, key)? {
        return vm.call(method, regexp, &[this]);
    }
    // 3-5.
    let s = vm.to_string(this)?;
    let rx = regexp_create(vm, regexp, Value::Undefined)?;
    let method = vm.get(rx, key)?;
    vm.call(method, rx, &[Value::String(s)])
}

fn match_all(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1. RequireObjectCoercible(O).
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype.matchAll called on null or undefined"));
    }
    let regexp = arg(args, 0);
    let key = PropertyKey::Symbol(vm.realm.symbol_match_all);
    // 2. A RegExp must be global; then delegate to regexp[@@matchAll].
    require_global(vm, regexp, "matchAll")?;
    if let Some(method) = object_method(vm, regexp, key)? {
        return vm.call(method, regexp, &[this]);
    }
    // 3-5.
    let s = vm.to_string(this)?;
    let g = Value::String(vm.heap.alloc_str("g"));
    let rx = regexp_create(vm, regexp, g)?;
    let method = vm.get(rx, key)?;
    vm.call(method, rx, &[Value::String(s)])
}

/// `String.prototype[Symbol.iterator]`: iterates code points.
fn iterator(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype[Symbol.iterator] called on null or undefined"));
    }
    let string = vm.to_string(this)?;
    let proto = vm.realm.string_iterator_prototype;
    Ok(Value::Object(vm.alloc_object(
        Some(proto),
        ObjectKind::StringIterator {
            string,
            position: 0,
        },
    )))
}
