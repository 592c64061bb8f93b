//! The spec's time math (ECMA-262 21.4.1: Day, MakeDay, MakeTime, MakeDate, TimeClip)
//! and the local time zone: LocalTime and UTC with the zone's offset at an instant.
//!
//! Time values are f64 milliseconds since the epoch, as in the spec. The zone is the
//! one `TZ` names (or the system's), and changes when a script assigns
//! `process.env.TZ`, as Node's does.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::{AmbiguousOffset, TimeZone};
use std::cell::RefCell;

pub const MS_PER_SECOND: f64 = 1000.0;
pub const MS_PER_MINUTE: f64 = 60_000.0;
pub const MS_PER_HOUR: f64 = 3_600_000.0;
pub const MS_PER_DAY: f64 = 86_400_000.0;

/// The largest time value (TimeClip's bound): 100,000,000 days from the epoch.
pub const MAX_TIME: f64 = 8.64e15;

/// Day(t)
pub fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

/// TimeWithinDay(t)
pub fn time_within_day(t: f64) -> f64 {
    t.rem_euclid(MS_PER_DAY)
}

/// The calendar fields of a finite time value (year, month 0-11, date 1-31, weekday
/// 0-6 from Sunday, and the time of day).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fields {
    pub year: i64,
    pub month: i64,
    pub date: i64,
    pub weekday: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub ms: i64,
}

/// YearFromTime, MonthFromTime, DateFromTime, WeekDay and the hour/minute/second/ms
/// functions at once, for a finite `t` (any time value, local or UTC, is within
/// i64 range by far).
pub fn fields(t: f64) -> Fields {
    let days = day(t) as i64;
    let (year, month, date) = civil_from_days(days);
    let within = time_within_day(t) as i64;
    Fields {
        year,
        month: month - 1,
        date,
        weekday: (days + 4).rem_euclid(7),
        hour: within / 3_600_000,
        minute: within / 60_000 % 60,
        second: within / 1000 % 60,
        ms: within % 1000,
    }
}

/// The proleptic Gregorian date (year, month 1-12, day 1-31) of a day number
/// (days since 1970-01-01), by Howard Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// MakeTime(hour, min, sec, ms): NaN unless all are finite; each is truncated
/// (ToIntegerOrInfinity) and the sum is computed in f64 as the spec says.
pub fn make_time(hour: f64, min: f64, sec: f64, ms: f64) -> f64 {
    if !(hour.is_finite() && min.is_finite() && sec.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    hour.trunc() * MS_PER_HOUR
        + min.trunc() * MS_PER_MINUTE
        + sec.trunc() * MS_PER_SECOND
        + ms.trunc()
}

/// The years and months MakeDay accepts, as V8 bounds them: far beyond the time
/// values TimeClip keeps, so no date it refuses could have been a valid one.
const MAX_YEAR: f64 = 1_000_000.0;
const MAX_MONTH: f64 = 10_000_000.0;

/// MakeDay(year, month, date): the day number of `date` in month `month` (0-based,
/// any integer: it carries into the year) of `year`.
pub fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.abs() <= MAX_YEAR && month.abs() <= MAX_MONTH && date.is_finite()) {
        return f64::NAN;
    }
    let (year, month) = (year.trunc() as i64, month.trunc() as i64);
    let y = year + month.div_euclid(12);
    let m = month.rem_euclid(12);
    const CUMULATIVE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = day_from_year(y) + CUMULATIVE[m as usize] + i64::from(leap && m >= 2);
    days as f64 + date.trunc() - 1.0
}

/// DayFromYear(y): the day number of January 1 of year `y`.
fn day_from_year(y: i64) -> i64 {
    365 * (y - 1970) + (y - 1969).div_euclid(4) - (y - 1901).div_euclid(100)
        + (y - 1601).div_euclid(400)
}

/// MakeDate(day, time)
pub fn make_date(day: f64, time: f64) -> f64 {
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() { tv } else { f64::NAN }
}

/// MakeFullYear(year): years 0 to 99 mean 1900 to 1999.
pub fn make_full_year(year: f64) -> f64 {
    if year.is_nan() {
        return f64::NAN;
    }
    let truncated = year.trunc();
    if (0.0..=99.0).contains(&truncated) {
        1900.0 + truncated
    } else {
        truncated
    }
}

/// TimeClip(time): NaN outside +-8.64e15 ms, else the time truncated (never -0).
pub fn time_clip(time: f64) -> f64 {
    if !time.is_finite() || time.abs() > MAX_TIME {
        return f64::NAN;
    }
    time.trunc() + 0.0
}

thread_local! {
    /// The local time zone, read from `TZ` or the system on first use and replaced
    /// when a script assigns `process.env.TZ`. Like Node's, it belongs to the
    /// process, not to one realm.
    static LOCAL_ZONE: RefCell<Option<TimeZone>> = const { RefCell::new(None) };
}

/// The local time zone: the one `TZ` names when it is set, else the system's.
pub fn local_zone() -> TimeZone {
    LOCAL_ZONE.with(|zone| {
        zone.borrow_mut()
            .get_or_insert_with(|| match std::env::var("TZ") {
                Ok(name) => zone_named(&name),
                Err(_) => TimeZone::try_system().unwrap_or(TimeZone::UTC),
            })
            .clone()
    })
}

/// Makes `name` the local time zone, as Node does when `process.env.TZ` is assigned.
pub fn set_local_zone(name: &str) {
    let zone = zone_named(name);
    LOCAL_ZONE.with(|z| *z.borrow_mut() = Some(zone));
}

/// The zone a `TZ` value names: an IANA name (a leading `:` allowed) or a POSIX TZ
/// string; anything else, like an empty string, is UTC without a name (Node names
/// such a zone by its offset, `GMT+00:00`).
fn zone_named(name: &str) -> TimeZone {
    let name = name.strip_prefix(':').unwrap_or(name);
    TimeZone::get(name)
        .or_else(|_| TimeZone::posix(name))
        .unwrap_or(TimeZone::unknown())
}

/// Milliseconds in 400 Gregorian years: a shift by it keeps the weekday, the leap
/// years and so the zone's yearly rules.
const CYCLE_MS: f64 = 146_097.0 * MS_PER_DAY;

/// The whole seconds of `t`, moved by whole 400-year cycles into the range the zone
/// database covers (years -9999 to 9999). Beyond it a zone keeps its first offset
/// (local mean time) going back and its last rules going forward, as ICU's do.
fn seconds_in_zone_range(t: f64) -> i64 {
    let (min, max) = (
        Timestamp::MIN.as_second() as f64 * MS_PER_SECOND + CYCLE_MS,
        Timestamp::MAX.as_second() as f64 * MS_PER_SECOND - CYCLE_MS,
    );
    let shifted = if t > max {
        t - ((t - max) / CYCLE_MS).ceil() * CYCLE_MS
    } else if t < min {
        t + ((min - t) / CYCLE_MS).ceil() * CYCLE_MS
    } else {
        t
    };
    (shifted / MS_PER_SECOND).floor() as i64
}

/// The local zone's offset from UTC, in ms, at the instant `t` (finite).
pub fn offset_at(zone: &TimeZone, t: f64) -> f64 {
    Timestamp::from_second(seconds_in_zone_range(t)).map_or(0.0, |ts| {
        f64::from(zone.to_offset(ts).seconds()) * MS_PER_SECOND
    })
}

/// LocalTime(t)
pub fn local_time(t: f64) -> f64 {
    t + offset_at(&local_zone(), t)
}

/// UTC(t): the instant at which local clocks show `t`. In a gap (clocks moved
/// forward) and in a fold (moved back) the offset before the transition applies,
/// which picks the earlier of two instants in a fold (21.4.1.26).
pub fn utc(t: f64) -> f64 {
    if !t.is_finite() {
        return f64::NAN;
    }
    let seconds = seconds_in_zone_range(t);
    let f = fields(seconds as f64 * MS_PER_SECOND);
    let civil = DateTime::new(
        f.year as i16,
        f.month as i8 + 1,
        f.date as i8,
        f.hour as i8,
        f.minute as i8,
        f.second as i8,
        0,
    );
    let Ok(civil) = civil else { return t };
    let offset = match local_zone().to_ambiguous_timestamp(civil).offset() {
        AmbiguousOffset::Unambiguous { offset } => offset,
        AmbiguousOffset::Gap { before, .. } | AmbiguousOffset::Fold { before, .. } => before,
    };
    t - f64::from(offset.seconds()) * MS_PER_SECOND
}

/// TimeClip(UTC(t)) for a local time `t`. Like V8, local times more than ten days
/// outside the time-value range are NaN without asking the zone: no offset brings
/// them back.
pub fn local_to_time_value(t: f64) -> f64 {
    if t.is_nan() || t.abs() > MAX_TIME + 10.0 * MS_PER_DAY {
        return f64::NAN;
    }
    time_clip(utc(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_make_day_agree() {
        for days in [
            -100_000_000i64,
            -719_529,
            -1,
            0,
            59,
            365,
            11_016,
            100_000_000,
        ] {
            let f = fields(days as f64 * MS_PER_DAY);
            assert_eq!(
                make_day(f.year as f64, f.month as f64, f.date as f64),
                days as f64
            );
        }
        let f = fields(0.0);
        assert_eq!((f.year, f.month, f.date, f.weekday), (1970, 0, 1, 4));
    }

    #[test]
    fn time_clip_bounds() {
        assert_eq!(time_clip(MAX_TIME), MAX_TIME);
        assert!(time_clip(MAX_TIME + 1.0).is_nan());
        assert!(time_clip(-0.0).is_sign_positive());
    }
}
