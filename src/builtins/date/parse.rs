//! `Date.parse`: the spec's Date Time String Format (21.4.1.32) and, for anything
//! else, the legacy forms V8 accepts (`Jan 2 2024`, `2024/01/02 10:00`, the output of
//! toString and toUTCString), following V8's DateParser token by token so the same
//! strings succeed and fail.

use super::time;

/// One token of a date string, as V8's DateStringTokenizer makes them.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Token {
    /// Digits: their value (at most nine significant digits are read) and how many
    /// characters they took.
    Number {
        value: i64,
        length: usize,
    },
    /// `:`, `-`, `+`, `.` or `)`.
    Symbol(char),
    /// A run of letters (any character from `A` up that is not white space), matched
    /// by its first three letters against [`KEYWORDS`].
    Word {
        keyword: Option<(Keyword, i64)>,
        length: usize,
    },
    WhiteSpace,
    /// A parenthesised comment or any other character.
    Unknown,
    End,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Keyword {
    MonthName,
    AmPm,
    /// A zone name with its offset in hours.
    ZoneName,
    TimeSeparator,
}

/// V8's keyword table: a word matches an entry when its first three letters do and
/// it is no longer than the entry, except that month names may be spelled out.
const KEYWORDS: &[(&str, Keyword, i64)] = &[
    ("jan", Keyword::MonthName, 1),
    ("feb", Keyword::MonthName, 2),
    ("mar", Keyword::MonthName, 3),
    ("apr", Keyword::MonthName, 4),
    ("may", Keyword::MonthName, 5),
    ("jun", Keyword::MonthName, 6),
    ("jul", Keyword::MonthName, 7),
    ("aug", Keyword::MonthName, 8),
    ("sep", Keyword::MonthName, 9),
    ("oct", Keyword::MonthName, 10),
    ("nov", Keyword::MonthName, 11),
    ("dec", Keyword::MonthName, 12),
    ("am", Keyword::AmPm, 0),
    ("pm", Keyword::AmPm, 12),
    ("ut", Keyword::ZoneName, 0),
    ("utc", Keyword::ZoneName, 0),
    ("z", Keyword::ZoneName, 0),
    ("gmt", Keyword::ZoneName, 0),
    ("cdt", Keyword::ZoneName, -5),
    ("cst", Keyword::ZoneName, -6),
    ("edt", Keyword::ZoneName, -4),
    ("est", Keyword::ZoneName, -5),
    ("mdt", Keyword::ZoneName, -6),
    ("mst", Keyword::ZoneName, -7),
    ("pdt", Keyword::ZoneName, -7),
    ("pst", Keyword::ZoneName, -8),
    ("t", Keyword::TimeSeparator, 0),
];

/// Digits past this many are counted in a number's length but not in its value.
const MAX_SIGNIFICANT_DIGITS: usize = 9;

impl Token {
    fn is_number_of_length(self, n: usize) -> bool {
        matches!(self, Token::Number { length, .. } if length == n)
    }

    fn number(self) -> i64 {
        match self {
            Token::Number { value, .. } => value,
            _ => 0,
        }
    }

    fn is_sign(self) -> bool {
        matches!(self, Token::Symbol('+' | '-'))
    }

    fn is_keyword(self, kind: Keyword) -> bool {
        matches!(self, Token::Word { keyword: Some((k, _)), .. } if k == kind)
    }

    /// The single letter `Z`.
    fn is_z(self) -> bool {
        matches!(
            self,
            Token::Word {
                keyword: Some((Keyword::ZoneName, 0)),
                length: 1
            }
        )
    }
}

/// Whether `c` is white space in ECMAScript's sense. Line terminators are not: V8
/// reads U+2028 and U+2029 as letters of a word, and only the ASCII ones, below `A`,
/// as white space.
fn is_white_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{b}' | '\u{c}' | ' ' | '\u{a0}' | '\u{1680}' | '\u{202f}'
    ) || matches!(
        c,
        '\u{2000}'..='\u{200a}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

/// Splits a date string into tokens, one look-ahead at a time.
struct Tokenizer {
    chars: Vec<char>,
    pos: usize,
    next: Token,
}

impl Tokenizer {
    fn new(text: &str) -> Tokenizer {
        let mut t = Tokenizer {
            chars: text.chars().collect(),
            pos: 0,
            next: Token::End,
        };
        t.next = t.scan();
        t
    }

    fn peek(&self) -> Token {
        self.next
    }

    fn next(&mut self) -> Token {
        let token = self.next;
        self.next = self.scan();
        token
    }

    /// Consumes the symbol `c` when it comes next.
    fn skip_symbol(&mut self, c: char) -> bool {
        if self.next == Token::Symbol(c) {
            self.next();
            true
        } else {
            false
        }
    }

    fn scan(&mut self) -> Token {
        let start = self.pos;
        let Some(&c) = self.chars.get(self.pos) else {
            return Token::End;
        };
        if c.is_ascii_digit() {
            let mut value = 0i64;
            let mut significant = 0;
            while self.chars.get(self.pos) == Some(&'0') {
                self.pos += 1;
            }
            while let Some(d) = self.chars.get(self.pos).and_then(|c| c.to_digit(10)) {
                if significant < MAX_SIGNIFICANT_DIGITS {
                    value = value * 10 + i64::from(d);
                }
                significant += 1;
                self.pos += 1;
            }
            return Token::Number {
                value,
                length: self.pos - start,
            };
        }
        self.pos += 1;
        if matches!(c, ':' | '-' | '+' | '.' | ')') {
            return Token::Symbol(c);
        }
        if c >= 'A' && !is_white_space(c) {
            let mut prefix = String::new();
            let mut prefix_length = 0;
            self.pos = start;
            while let Some(&c) = self.chars.get(self.pos) {
                if c < 'A' || is_white_space(c) {
                    break;
                }
                if prefix_length < 3 {
                    // V8 lowers ASCII letters by setting bit 5, whatever the character.
                    prefix.push(char::from_u32(c as u32 | 0x20).unwrap_or(c));
                    prefix_length += 1;
                }
                self.pos += 1;
            }
            let length = self.pos - start;
            let keyword = KEYWORDS
                .iter()
                .find(|(name, kind, _)| {
                    prefix == *name && (length <= 3 || *kind == Keyword::MonthName)
                })
                .map(|&(_, kind, value)| (kind, value));
            return Token::Word { keyword, length };
        }
        if is_white_space(c) || matches!(c, '\n' | '\r') {
            return Token::WhiteSpace;
        }
        if c == '(' {
            // A comment: balanced parentheses, or the rest of the text.
            let mut balance = 1;
            while balance > 0 {
                match self.chars.get(self.pos) {
                    None => break,
                    Some('(') => balance += 1,
                    Some(')') => balance -= 1,
                    _ => {}
                }
                self.pos += 1;
            }
        }
        Token::Unknown
    }
}

/// The value V8 uses for a component not given.
const NONE: i64 = i64::MIN;

/// The date components: up to three numbers and a month name.
#[derive(Default)]
struct DayComposer {
    comp: Vec<i64>,
    named_month: Option<i64>,
    is_iso_date: bool,
}

fn is_month(n: i64) -> bool {
    (1..=12).contains(&n)
}

fn is_day(n: i64) -> bool {
    (1..=31).contains(&n)
}

fn is_hour(n: i64) -> bool {
    (0..=23).contains(&n)
}

fn is_minute(n: i64) -> bool {
    (0..=59).contains(&n)
}

fn is_millisecond(n: i64) -> bool {
    (0..=999).contains(&n)
}

impl DayComposer {
    fn add(&mut self, n: i64) -> bool {
        if self.comp.len() < 3 {
            self.comp.push(n);
            true
        } else {
            false
        }
    }

    /// (year, month 1-12, day), deciding which number is which as V8 does: with a
    /// month name, the first number is the day unless it cannot be one; without, a
    /// first number that cannot be a day is the year (YMD), else MDY.
    fn write(&self) -> Option<(i64, i64, i64)> {
        if self.comp.is_empty() {
            return None;
        }
        let mut comp = self.comp.clone();
        comp.resize(3, 1);
        // A missing day or year is 1 (so `1/2` is in 2001), as in V8.
        let (mut year, month, day) = match self.named_month {
            None if self.is_iso_date || !is_day(comp[0]) => (comp[0], comp[1], comp[2]),
            None => (comp[2], comp[0], comp[1]),
            Some(month) if !is_day(comp[0]) => (comp[0], month, comp[1]),
            Some(month) => (comp[1], month, comp[0]),
        };
        if !self.is_iso_date {
            match year {
                0..=49 => year += 2000,
                50..=99 => year += 1900,
                _ => {}
            }
        }
        (is_month(month) && is_day(day)).then_some((year, month, day))
    }
}

/// The time components: hour, minute, second, millisecond, and an AM/PM offset.
#[derive(Default)]
struct TimeComposer {
    comp: Vec<i64>,
    hour_offset: Option<i64>,
}

impl TimeComposer {
    fn is_empty(&self) -> bool {
        self.comp.is_empty()
    }

    /// Whether `n` can be the component that comes next after the hour.
    fn is_expecting(&self, n: i64) -> bool {
        match self.comp.len() {
            1 | 2 => is_minute(n),
            3 => is_millisecond(n),
            _ => false,
        }
    }

    fn add(&mut self, n: i64) -> bool {
        if self.comp.len() < 4 {
            self.comp.push(n);
            true
        } else {
            false
        }
    }

    /// Adds the last component given; the rest are zero.
    fn add_final(&mut self, n: i64) -> bool {
        if !self.add(n) {
            return false;
        }
        self.comp.resize(4, 0);
        true
    }

    fn write(&self) -> Option<[i64; 4]> {
        let mut comp = self.comp.clone();
        comp.resize(4, 0);
        let [mut hour, minute, second, ms] = [comp[0], comp[1], comp[2], comp[3]];
        if let Some(offset) = self.hour_offset {
            if !(0..=12).contains(&hour) {
                return None;
            }
            hour = hour % 12 + offset;
        }
        let valid = is_hour(hour) && is_minute(minute) && is_minute(second) && is_millisecond(ms);
        // 24:00:00.000 is the end of the day.
        (valid || (hour == 24 && minute == 0 && second == 0 && ms == 0))
            .then_some([hour, minute, second, ms])
    }
}

/// The zone: a sign and an offset in hours and minutes; none means local time.
struct ZoneComposer {
    sign: Option<i64>,
    hour: i64,
    minute: i64,
}

impl ZoneComposer {
    fn set(&mut self, offset_hours: i64) {
        self.sign = Some(if offset_hours < 0 { -1 } else { 1 });
        self.hour = offset_hours.abs();
        self.minute = 0;
    }

    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }

    fn is_empty(&self) -> bool {
        self.hour == NONE
    }

    /// Whether `n` is the minutes after an hour given alone (`GMT+01:` then `00`).
    fn is_expecting(&self, n: i64) -> bool {
        self.hour != NONE && self.minute == NONE && is_minute(n)
    }

    /// The offset in seconds, or `None` for local time; `Err` when out of range.
    fn write(&self) -> Result<Option<i64>, ()> {
        let Some(sign) = self.sign else {
            return Ok(None);
        };
        let hour = if self.hour == NONE { 0 } else { self.hour };
        let minute = if self.minute == NONE { 0 } else { self.minute };
        let total = hour * 3600 + minute * 60;
        if total > (1 << 30) - 1 {
            return Err(());
        }
        Ok(Some(sign * total))
    }
}

/// The first three significant digits of a fraction of a second (`.5` is 500 ms).
fn read_milliseconds(token: Token) -> i64 {
    let Token::Number { value, length } = token else {
        return 0;
    };
    match length {
        1 => value * 100,
        2 => value * 10,
        3 => value,
        _ => value / 10i64.pow((length.min(MAX_SIGNIFICANT_DIGITS) - 3) as u32),
    }
}

/// What the ISO pass leaves: done, not ISO (the token to continue the legacy parse
/// from), or invalid.
enum IsoResult {
    Done,
    Continue(Token),
    Invalid,
}

/// The Date Time String Format: `[+-YY]YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|+-HH:mm]]`
/// (with `hhmm` offsets and any number of fraction digits allowed, as in V8). As
/// far as it matches, the components land in the composers; what follows is left to
/// the legacy parser.
fn parse_iso(
    s: &mut Tokenizer,
    day: &mut DayComposer,
    time: &mut TimeComposer,
    tz: &mut ZoneComposer,
) -> IsoResult {
    if s.peek().is_sign() {
        let sign_token = s.next();
        if !s.peek().is_number_of_length(6) {
            return IsoResult::Continue(sign_token);
        }
        let year = s.next().number();
        if sign_token == Token::Symbol('-') && year == 0 {
            return IsoResult::Continue(sign_token);
        }
        day.add(if sign_token == Token::Symbol('-') {
            -year
        } else {
            year
        });
    } else if s.peek().is_number_of_length(4) {
        day.add(s.next().number());
    } else {
        return IsoResult::Continue(s.next());
    }
    if s.skip_symbol('-') {
        if !s.peek().is_number_of_length(2) || !is_month(s.peek().number()) {
            return IsoResult::Continue(s.next());
        }
        day.add(s.next().number());
        if s.skip_symbol('-') {
            if !s.peek().is_number_of_length(2) || !is_day(s.peek().number()) {
                return IsoResult::Continue(s.next());
            }
            day.add(s.next().number());
        }
    }
    if !s.peek().is_keyword(Keyword::TimeSeparator) {
        if s.peek() != Token::End {
            return IsoResult::Continue(s.next());
        }
    } else {
        s.next();
        let two_digits = |t: Token, ok: fn(i64) -> bool| t.is_number_of_length(2) && ok(t.number());
        if !two_digits(s.peek(), |n| (0..=24).contains(&n)) {
            return IsoResult::Invalid;
        }
        // 24:00[:00[.000]] is allowed, no other time in hour 24.
        let hour_is_24 = s.peek().number() == 24;
        time.add(s.next().number());
        if !s.skip_symbol(':') {
            return IsoResult::Invalid;
        }
        if !two_digits(s.peek(), is_minute) || (hour_is_24 && s.peek().number() > 0) {
            return IsoResult::Invalid;
        }
        time.add(s.next().number());
        if s.skip_symbol(':') {
            if !two_digits(s.peek(), is_minute) || (hour_is_24 && s.peek().number() > 0) {
                return IsoResult::Invalid;
            }
            time.add(s.next().number());
            if s.skip_symbol('.') {
                if !matches!(s.peek(), Token::Number { .. })
                    || (hour_is_24 && s.peek().number() > 0)
                {
                    return IsoResult::Invalid;
                }
                time.add(read_milliseconds(s.next()));
            }
        }
        if s.peek().is_z() {
            s.next();
            tz.set(0);
        } else if s.peek().is_sign() {
            tz.sign = Some(if s.next() == Token::Symbol('+') {
                1
            } else {
                -1
            });
            if s.peek().is_number_of_length(4) {
                let hhmm = s.next().number();
                let (hour, minute) = (hhmm / 100, hhmm % 100);
                if !is_hour(hour) || !is_minute(minute) {
                    return IsoResult::Invalid;
                }
                tz.hour = hour;
                tz.minute = minute;
            } else {
                if !two_digits(s.peek(), is_hour) {
                    return IsoResult::Invalid;
                }
                tz.hour = s.next().number();
                if !s.skip_symbol(':') || !two_digits(s.peek(), is_minute) {
                    return IsoResult::Invalid;
                }
                tz.minute = s.next().number();
            }
        }
        if s.peek() != Token::End {
            return IsoResult::Invalid;
        }
    }
    // Date-only forms are UTC, date-time forms without an offset local time.
    if tz.is_empty() && time.is_empty() {
        tz.set(0);
    }
    day.is_iso_date = true;
    IsoResult::Done
}

/// Parses `text` into a time value (NaN when it is not a date V8 reads).
pub fn parse(text: &str) -> f64 {
    parse_components(text).map_or(f64::NAN, |(date, offset)| {
        let (year, month, day, [hour, minute, second, ms]) = date;
        let day = time::make_day(year as f64, (month - 1) as f64, day as f64);
        let t = time::make_date(
            day,
            time::make_time(hour as f64, minute as f64, second as f64, ms as f64),
        );
        match offset {
            None => time::local_to_time_value(t),
            Some(seconds) => time::time_clip(t - seconds as f64 * 1000.0),
        }
    })
}

/// (year, month 1-12, day, [hour, minute, second, ms]) and the offset in seconds.
type Components = ((i64, i64, i64, [i64; 4]), Option<i64>);

/// V8's DateParser::Parse: the ISO pass, then the legacy rules over what is left.
fn parse_components(text: &str) -> Option<Components> {
    let mut s = Tokenizer::new(text);
    let mut day = DayComposer::default();
    let mut time = TimeComposer::default();
    let mut tz = ZoneComposer {
        sign: None,
        hour: NONE,
        minute: NONE,
    };
    let mut token = match parse_iso(&mut s, &mut day, &mut time, &mut tz) {
        IsoResult::Invalid => return None,
        IsoResult::Done => Token::End,
        IsoResult::Continue(token) => token,
    };
    let mut has_read_number = !day.comp.is_empty();
    while token != Token::End {
        match token {
            Token::Number { value: n, .. } => {
                has_read_number = true;
                if s.skip_symbol(':') {
                    if s.skip_symbol(':') {
                        // `n::` is an hour and a zero minute.
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        if !time.add(n) {
                            return None;
                        }
                        if s.peek() == Token::Symbol('.') {
                            s.next();
                        }
                    }
                } else if s.peek() == Token::Symbol('.') && time.is_expecting(n) {
                    s.next();
                    time.add(n);
                    if !matches!(s.peek(), Token::Number { .. }) {
                        return None;
                    }
                    time.add_final(read_milliseconds(s.next()));
                } else if tz.is_expecting(n) {
                    tz.minute = n;
                } else if time.is_expecting(n) {
                    time.add_final(n);
                    // The time must end at the end, white space, `Z` or a sign.
                    let peek = s.peek();
                    if !(peek == Token::End
                        || peek == Token::WhiteSpace
                        || peek.is_z()
                        || peek.is_sign())
                    {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    s.skip_symbol('-');
                }
            }
            Token::Word { keyword, .. } => match keyword {
                Some((Keyword::AmPm, offset)) if !time.is_empty() => {
                    time.hour_offset = Some(offset);
                }
                Some((Keyword::MonthName, month)) => {
                    day.named_month = Some(month);
                    s.skip_symbol('-');
                }
                Some((Keyword::ZoneName, hours)) if has_read_number => tz.set(hours),
                _ => {
                    // Words other than these may only come before the first number,
                    // and apart from it.
                    if has_read_number || matches!(s.peek(), Token::Number { .. }) {
                        return None;
                    }
                }
            },
            Token::Symbol(c @ ('+' | '-')) if tz.is_utc() || !time.is_empty() => {
                // An offset, after a time or `UTC`: `+1`, `+01`, `+0100`, `+01:00`.
                tz.sign = Some(if c == '+' { 1 } else { -1 });
                let (mut n, mut length) = (0, 0);
                if let Token::Number { value, length: l } = s.peek() {
                    s.next();
                    (n, length) = (value, l);
                }
                has_read_number = true;
                if s.peek() == Token::Symbol(':') {
                    tz.hour = n;
                    tz.minute = NONE;
                } else if length == 1 || length == 2 {
                    tz.hour = n;
                    tz.minute = 0;
                } else if length == 3 || length == 4 {
                    tz.hour = n / 100;
                    tz.minute = n % 100;
                } else {
                    return None;
                }
            }
            Token::Symbol('+' | '-' | ')') if has_read_number => return None,
            _ => {}
        }
        token = s.next();
    }
    let date = day.write()?;
    let clock = time.write()?;
    let offset = tz.write().ok()?;
    Some(((date.0, date.1, date.2, clock), offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Only forms that name their zone (date-only ISO forms are UTC), so the machine's
    // zone does not matter.
    #[test]
    fn iso_forms() {
        assert_eq!(parse("1970-01-01"), 0.0);
        assert_eq!(parse("1970-01-01T00:00:00.5Z"), 500.0);
        assert_eq!(parse("1970-01-01T01:00+01:00"), 0.0);
        assert_eq!(parse("+001970-01-01T00:00:00Z"), 0.0);
        assert!(parse("-000000-01-01T00:00:00Z").is_nan());
        assert!(parse("1970-01-01T25:00Z").is_nan());
    }

    #[test]
    fn legacy_forms() {
        assert_eq!(parse("Thu, 01 Jan 1970 00:00:00 GMT"), 0.0);
        assert_eq!(parse("Jan 1 1970 00:00:00 GMT+0100"), -3_600_000.0);
        assert_eq!(parse("1 January 1970 12:00 PM UTC"), 43_200_000.0);
        assert!(parse("foo").is_nan());
    }
}
