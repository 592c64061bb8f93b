//! `Date` and `Date.prototype` (ECMA-262 21.4): time values in the `[[DateValue]]`
//! slot, read and written through the local zone or UTC; the time math is in
//! [`time`], `Date.parse` in [`parse`], the string forms in [`format`].

mod format;
mod parse;
pub(crate) mod time;

use super::{arg, constructor, method, symbol_method};
use crate::runtime::object::CONFIGURABLE;
use crate::runtime::{ObjRef, ObjectKind, PropertyKey, Value};
use crate::vm::{Hint, JsResult, Vm};
use time::Fields;

pub use time::set_local_zone;

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.date_prototype = proto;
    let ctor = constructor(vm, "Date", 7, date_call, Some(date_construct), proto);
    method(vm, ctor, "now", 0, |vm, _, _| Ok(Value::Number(now(vm))));
    method(vm, ctor, "parse", 1, |vm, _, args| {
        let text = vm.to_rust_string(arg(args, 0))?;
        Ok(Value::Number(parse::parse(&text)))
    });
    method(vm, ctor, "UTC", 7, date_utc);

    // In V8's order, which `Object.getOwnPropertyNames(Date.prototype)` shows.
    method(vm, proto, "toString", 0, |vm, this, _| {
        string_form(vm, this, "toString", format::date_time_string)
    });
    method(vm, proto, "toDateString", 0, |vm, this, _| {
        string_form(vm, this, "toDateString", |t| {
            format::date_string(&time::fields(time::local_time(t)))
        })
    });
    method(vm, proto, "toTimeString", 0, |vm, this, _| {
        string_form(vm, this, "toTimeString", |t| {
            format::time_string(t, time::local_time(t))
        })
    });
    method(vm, proto, "toISOString", 0, |vm, this, _| {
        let o = this_date(vm, this, Some("toISOString"))?;
        let t = time_value(vm, o);
        if t.is_nan() {
            return Err(vm.range_error("Invalid time value"));
        }
        let text = format::iso_string(&time::fields(t));
        Ok(Value::String(vm.heap.alloc_str(&text)))
    });
    let to_utc_string = method(vm, proto, "toUTCString", 0, |vm, this, _| {
        string_form(vm, this, "toUTCString", |t| {
            format::utc_string(&time::fields(t))
        })
    });
    // Annex B: toGMTString is the same function object as toUTCString.
    vm.define_named(
        proto,
        "toGMTString",
        Value::Object(to_utc_string),
        crate::runtime::object::METHOD_ATTRS,
    );

    method(vm, proto, "getDate", 0, |vm, this, _| {
        local_field(vm, this, |f| f.date)
    });
    method(vm, proto, "setDate", 1, |vm, this, args| {
        set_fields(vm, this, args, Setter::local("setDate", 2, 1))
    });
    method(vm, proto, "getDay", 0, |vm, this, _| {
        local_field(vm, this, |f| f.weekday)
    });
    method(vm, proto, "getFullYear", 0, |vm, this, _| {
        local_field(vm, this, |f| f.year)
    });
    method(vm, proto, "setFullYear", 3, |vm, this, args| {
        set_fields(vm, this, args, Setter::local("setFullYear", 0, 3))
    });
    method(vm, proto, "getHours", 0, |vm, this, _| {
        local_field(vm, this, |f| f.hour)
    });
    method(vm, proto, "setHours", 4, |vm, this, args| {
        set_fields(vm, this, args, Setter::local("setHours", 3, 4))
    });
    method(vm, proto, "getMilliseconds", 0, |vm, this, _| {
        local_field(vm, this, |f| f.ms)
    });
    method(vm, proto, "setMilliseconds", 1, |vm, this, args| {
        set_fields(vm, this, args, Setter::local("setMilliseconds", 6, 1))
    });
    method(vm, proto, "getMinutes", 0, |vm, this, _| {
        local_field(vm, this, |f| f.minute)
    });
    method(vm, proto, "setMinutes", 3, |vm, this, args| {
        set_fields(vm, this, args, Setter::local("setMinutes", 4, 3))
    });
    method(vm, proto, "getMonth", 0, |vm, this, _| {
        local_field(vm, this, |f| f.month)
    });
    method(vm, proto, "setMonth", 2, |vm, this, args| {
        set_fields(vm, this, args, Setter::local("setMonth", 1, 2))
    });
    method(vm, proto, "getSeconds", 0, |vm, this, _| {
        local_field(vm, this, |f| f.second)
    });
    method(vm, proto, "setSeconds", 2, |vm, this, args| {
        set_fields(vm, this, args, Setter::local("setSeconds", 5, 2))
    });
    method(vm, proto, "getTime", 0, |vm, this, _| {
        Ok(Value::Number(this_time_value(vm, this)?))
    });
    method(vm, proto, "setTime", 1, |vm, this, args| {
        let o = this_date(vm, this, Some("setTime"))?;
        let t = vm.to_number(arg(args, 0))?;
        Ok(set_time_value(vm, o, time::time_clip(t)))
    });
    method(vm, proto, "getTimezoneOffset", 0, |vm, this, _| {
        let t = this_time_value(vm, this)?;
        // V8 counts whole minutes (an offset of local mean time has seconds too).
        Ok(Value::Number(
            ((t - time::local_time(t)) / time::MS_PER_MINUTE).trunc() + 0.0,
        ))
    });
    method(vm, proto, "getUTCDate", 0, |vm, this, _| {
        utc_field(vm, this, |f| f.date)
    });
    method(vm, proto, "setUTCDate", 1, |vm, this, args| {
        set_fields(vm, this, args, Setter::utc("setUTCDate", 2, 1))
    });
    method(vm, proto, "getUTCDay", 0, |vm, this, _| {
        utc_field(vm, this, |f| f.weekday)
    });
    method(vm, proto, "getUTCFullYear", 0, |vm, this, _| {
        utc_field(vm, this, |f| f.year)
    });
    method(vm, proto, "setUTCFullYear", 3, |vm, this, args| {
        set_fields(vm, this, args, Setter::utc("setUTCFullYear", 0, 3))
    });
    method(vm, proto, "getUTCHours", 0, |vm, this, _| {
        utc_field(vm, this, |f| f.hour)
    });
    method(vm, proto, "setUTCHours", 4, |vm, this, args| {
        set_fields(vm, this, args, Setter::utc("setUTCHours", 3, 4))
    });
    method(vm, proto, "getUTCMilliseconds", 0, |vm, this, _| {
        utc_field(vm, this, |f| f.ms)
    });
    method(vm, proto, "setUTCMilliseconds", 1, |vm, this, args| {
        set_fields(vm, this, args, Setter::utc("setUTCMilliseconds", 6, 1))
    });
    method(vm, proto, "getUTCMinutes", 0, |vm, this, _| {
        utc_field(vm, this, |f| f.minute)
    });
    method(vm, proto, "setUTCMinutes", 3, |vm, this, args| {
        set_fields(vm, this, args, Setter::utc("setUTCMinutes", 4, 3))
    });
    method(vm, proto, "getUTCMonth", 0, |vm, this, _| {
        utc_field(vm, this, |f| f.month)
    });
    method(vm, proto, "setUTCMonth", 2, |vm, this, args| {
        set_fields(vm, this, args, Setter::utc("setUTCMonth", 1, 2))
    });
    method(vm, proto, "getUTCSeconds", 0, |vm, this, _| {
        utc_field(vm, this, |f| f.second)
    });
    method(vm, proto, "setUTCSeconds", 2, |vm, this, args| {
        set_fields(vm, this, args, Setter::utc("setUTCSeconds", 5, 2))
    });
    method(vm, proto, "valueOf", 0, |vm, this, _| {
        Ok(Value::Number(this_time_value(vm, this)?))
    });
    method(vm, proto, "getYear", 0, |vm, this, _| {
        let o = this_date(vm, this, Some("getYear"))?;
        local_field(vm, Value::Object(o), |f| f.year - 1900)
    });
    method(vm, proto, "setYear", 1, set_year);
    method(vm, proto, "toJSON", 1, to_json);
    method(vm, proto, "toLocaleString", 0, |vm, this, _| {
        string_form(vm, this, "toLocaleString", |t| {
            let f = time::fields(time::local_time(t));
            format!(
                "{}, {}",
                format::locale_date_string(&f),
                format::locale_time_string(&f)
            )
        })
    });
    method(vm, proto, "toLocaleDateString", 0, |vm, this, _| {
        string_form(vm, this, "toLocaleDateString", |t| {
            format::locale_date_string(&time::fields(time::local_time(t)))
        })
    });
    method(vm, proto, "toLocaleTimeString", 0, |vm, this, _| {
        string_form(vm, this, "toLocaleTimeString", |t| {
            format::locale_time_string(&time::fields(time::local_time(t)))
        })
    });
    let to_primitive = vm.realm.symbol_to_primitive;
    let f = symbol_method(
        vm,
        proto,
        to_primitive,
        "[Symbol.toPrimitive]",
        1,
        date_to_primitive,
    );
    // Not writable (21.4.4.45), so an assignment cannot replace it by accident.
    vm.define_value(
        proto,
        PropertyKey::Symbol(to_primitive),
        Value::Object(f),
        CONFIGURABLE,
    );
}

/// How Node's inspect shows a date: its toISOString, or `Invalid Date`.
pub(crate) fn inspect_text(t: f64) -> String {
    if t.is_nan() {
        "Invalid Date".to_string()
    } else {
        format::iso_string(&time::fields(t))
    }
}

/// The current time value: whole milliseconds on the event loop's clock.
fn now(vm: &Vm) -> f64 {
    vm.event_loop.clock.wall()
}

/// `Date()` called as a function: the current time as toString writes it.
fn date_call(vm: &mut Vm, _: Value, _: &[Value]) -> JsResult<Value> {
    let text = format::date_time_string(now(vm));
    Ok(Value::String(vm.heap.alloc_str(&text)))
}

/// `new Date(...)` (21.4.2.1).
fn date_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let tv = match args {
        // 3. No arguments: now.
        [] => now(vm),
        // 4. One argument: a Date's time value, a string to parse, or a number.
        [value] => {
            let date_value = match value {
                Value::Object(o) => match vm.heap.obj(*o).kind {
                    ObjectKind::Date(t) => Some(t),
                    _ => None,
                },
                _ => None,
            };
            match date_value {
                Some(t) => t,
                None => match vm.to_primitive(*value, Hint::Default)? {
                    Value::String(s) => {
                        let text = vm.heap.to_rust_string(s);
                        parse::parse(&text)
                    }
                    v => time::time_clip(vm.to_number(v)?),
                },
            }
        }
        // 5. Components in local time.
        _ => time::local_to_time_value(components_date(vm, args)?),
    };
    // 6. OrdinaryCreateFromConstructor(NewTarget, "%Date.prototype%").
    let proto = vm.prototype_from_constructor(new_target, |r| r.date_prototype)?;
    Ok(Value::Object(vm.alloc_object(
        Some(proto),
        ObjectKind::Date(time::time_clip(tv)),
    )))
}

/// The date the arguments of `new Date(y, m, ...)` and `Date.UTC` name, unclipped:
/// each argument given converted in order, the date 1 and the rest 0 when missing,
/// two-digit years in the 1900s.
fn components_date(vm: &mut Vm, args: &[Value]) -> JsResult<f64> {
    let mut c = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (slot, &v) in c.iter_mut().zip(args) {
        *slot = vm.to_number(v)?;
    }
    let day = time::make_day(time::make_full_year(c[0]), c[1], c[2]);
    Ok(time::make_date(
        day,
        time::make_time(c[3], c[4], c[5], c[6]),
    ))
}

/// `Date.UTC(year, month = 0, date = 1, hours, minutes, seconds, ms)` (21.4.3.4).
fn date_utc(vm: &mut Vm, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(time::time_clip(components_date(vm, args)?)))
}

/// The Date object `this` is, or V8's TypeError: the getters say `this is not a
/// Date object.`, the other methods (`method`) name themselves and the receiver.
fn this_date(vm: &mut Vm, this: Value, method: Option<&str>) -> JsResult<ObjRef> {
    if let Value::Object(o) = this
        && let ObjectKind::Date(_) = vm.heap.obj(o).kind
    {
        return Ok(o);
    }
    Err(match method {
        None => vm.type_error("this is not a Date object."),
        Some(name) => {
            let shown = super::map_set::receiver_text(vm, this);
            vm.type_error(format!(
                "Method Date.prototype.{name} called on incompatible receiver {shown}"
            ))
        }
    })
}

/// thisTimeValue: the `[[DateValue]]` of `this`, for the getters.
fn this_time_value(vm: &mut Vm, this: Value) -> JsResult<f64> {
    let o = this_date(vm, this, None)?;
    Ok(time_value(vm, o))
}

fn time_value(vm: &Vm, o: ObjRef) -> f64 {
    match vm.heap.obj(o).kind {
        ObjectKind::Date(t) => t,
        _ => f64::NAN,
    }
}

/// Stores `t` in the Date `o` and returns it.
fn set_time_value(vm: &mut Vm, o: ObjRef, t: f64) -> Value {
    vm.heap.obj_mut(o).kind = ObjectKind::Date(t);
    Value::Number(t)
}

/// A string form of `this`'s time value, `Invalid Date` when it is NaN.
fn string_form(vm: &mut Vm, this: Value, name: &str, form: fn(f64) -> String) -> JsResult<Value> {
    let o = this_date(vm, this, Some(name))?;
    let t = time_value(vm, o);
    let text = if t.is_nan() {
        "Invalid Date".to_string()
    } else {
        form(t)
    };
    Ok(Value::String(vm.heap.alloc_str(&text)))
}

/// A field of the local time of `this` (NaN for an invalid date).
fn local_field(vm: &mut Vm, this: Value, pick: fn(&Fields) -> i64) -> JsResult<Value> {
    let t = this_time_value(vm, this)?;
    Ok(Value::Number(if t.is_nan() {
        f64::NAN
    } else {
        pick(&time::fields(time::local_time(t))) as f64
    }))
}

/// A field of the UTC time of `this`.
fn utc_field(vm: &mut Vm, this: Value, pick: fn(&Fields) -> i64) -> JsResult<Value> {
    let t = this_time_value(vm, this)?;
    Ok(Value::Number(if t.is_nan() {
        f64::NAN
    } else {
        pick(&time::fields(t)) as f64
    }))
}

/// Which components a setter replaces: `count` of them (at most) from `first` in
/// year, month, date, hours, minutes, seconds, ms, in local time or UTC.
#[derive(Clone, Copy)]
struct Setter {
    name: &'static str,
    first: usize,
    count: usize,
    local: bool,
}

impl Setter {
    fn local(name: &'static str, first: usize, count: usize) -> Setter {
        Setter {
            name,
            first,
            count,
            local: true,
        }
    }

    fn utc(name: &'static str, first: usize, count: usize) -> Setter {
        Setter {
            name,
            first,
            count,
            local: false,
        }
    }
}

/// The `set*` methods (21.4.4.20-28): read the time value, convert the arguments
/// given (the first always), then rebuild the date with them in place of its
/// fields. setFullYear starts from +0 on an invalid date; the others leave it NaN.
fn set_fields(vm: &mut Vm, this: Value, args: &[Value], setter: Setter) -> JsResult<Value> {
    let o = this_date(vm, this, Some(setter.name))?;
    let t = time_value(vm, o);
    let mut given = [f64::NAN; 4];
    for (i, slot) in given.iter_mut().enumerate().take(setter.count) {
        if i == 0 || i < args.len() {
            *slot = vm.to_number(arg(args, i))?;
        }
    }
    let t = if t.is_nan() {
        if setter.first != 0 {
            return Ok(Value::Number(f64::NAN));
        }
        0.0
    } else if setter.local {
        time::local_time(t)
    } else {
        t
    };
    let f = time::fields(t);
    let mut c = [f.year, f.month, f.date, f.hour, f.minute, f.second, f.ms].map(|n| n as f64);
    let shown = setter.count.min(args.len().max(1));
    c[setter.first..setter.first + shown].copy_from_slice(&given[..shown]);
    let day = time::make_day(c[0], c[1], c[2]);
    let date = time::make_date(day, time::make_time(c[3], c[4], c[5], c[6]));
    let u = if setter.local {
        time::local_to_time_value(date)
    } else {
        time::time_clip(date)
    };
    Ok(set_time_value(vm, o, u))
}

/// `setYear(year)` (Annex B.2.3.2): two-digit years are in the 1900s.
fn set_year(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_date(vm, this, Some("setYear"))?;
    let t = time_value(vm, o);
    let y = vm.to_number(arg(args, 0))?;
    let t = if t.is_nan() { 0.0 } else { time::local_time(t) };
    let f = time::fields(t);
    let day = time::make_day(time::make_full_year(y), f.month as f64, f.date as f64);
    let date = time::make_date(day, time::time_within_day(t));
    Ok(set_time_value(vm, o, time::local_to_time_value(date)))
}

/// `toJSON(key)` (21.4.4.37): generic, through toISOString; null for a non-finite
/// time value.
fn to_json(vm: &mut Vm, this: Value, _: &[Value]) -> JsResult<Value> {
    let o = Value::Object(vm.to_object(this)?);
    let tv = vm.to_primitive(o, Hint::Number)?;
    if let Value::Number(n) = tv
        && !n.is_finite()
    {
        return Ok(Value::Null);
    }
    let key = vm.key("toISOString");
    let f = vm.get(o, key)?;
    if !vm.is_callable(f) {
        return Err(vm.type_error("toISOString is not a function"));
    }
    vm.call(f, o, &[])
}

/// `Date.prototype[Symbol.toPrimitive](hint)` (21.4.4.45): strings first unless the
/// hint is "number".
fn date_to_primitive(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = this else {
        let shown = super::map_set::receiver_text(vm, this);
        return Err(vm.type_error(format!(
            "Method Date.prototype [ @@toPrimitive ] called on incompatible receiver {shown}"
        )));
    };
    let hint = match arg(args, 0) {
        Value::String(s) => Some(vm.heap.to_rust_string(s)),
        _ => None,
    };
    let hint = match hint.as_deref() {
        Some("string" | "default") => Hint::String,
        Some("number") => Hint::Number,
        _ => {
            let text = super::map_set::receiver_text(vm, arg(args, 0));
            return Err(vm.type_error(format!("Invalid hint: {text}")));
        }
    };
    vm.ordinary_to_primitive(o, hint)
}
