//! The string forms of a time value: toString and its date and time halves,
//! toUTCString, toISOString and the `toLocale*String` forms in Node's default en-US
//! shape, with the long zone names Node prints through ICU.

use super::time::{self, Fields, MS_PER_DAY, MS_PER_MINUTE};

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A year as V8's toString and toUTCString write it: at least four digits, a minus
/// sign before negative years.
fn year_text(year: i64) -> String {
    if year < 0 {
        format!("-{:04}", -year)
    } else {
        format!("{year:04}")
    }
}

/// `Tue Jan 02 2024` (DateString, 21.4.4.41.2), from local fields.
pub fn date_string(f: &Fields) -> String {
    format!(
        "{} {} {:02} {}",
        WEEKDAYS[f.weekday as usize],
        MONTHS[f.month as usize],
        f.date,
        year_text(f.year)
    )
}

/// `10:00:00 GMT+0100 (Central European Standard Time)` (TimeString and
/// TimeZoneString) for the instant `t`, whose local time is `local`.
pub fn time_string(t: f64, local: f64) -> String {
    let f = time::fields(local);
    let offset = local - t;
    // Offsets with seconds (local mean time) show their whole minutes, as in V8.
    let minutes = (offset / MS_PER_MINUTE).trunc().abs() as i64;
    let sign = if offset < 0.0 { '-' } else { '+' };
    format!(
        "{:02}:{:02}:{:02} GMT{sign}{:02}{:02} ({})",
        f.hour,
        f.minute,
        f.second,
        minutes / 60,
        minutes % 60,
        zone_name(t, offset)
    )
}

/// `Tue Jan 02 2024 10:00:00 GMT+0100 (Central European Standard Time)` (toString)
/// for the instant `t`.
pub fn date_time_string(t: f64) -> String {
    let local = time::local_time(t);
    format!(
        "{} {}",
        date_string(&time::fields(local)),
        time_string(t, local)
    )
}

/// `Tue, 02 Jan 2024 10:00:00 GMT` (toUTCString), from UTC fields.
pub fn utc_string(f: &Fields) -> String {
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        WEEKDAYS[f.weekday as usize],
        f.date,
        MONTHS[f.month as usize],
        year_text(f.year),
        f.hour,
        f.minute,
        f.second
    )
}

/// `2024-01-02T10:00:00.000Z` (toISOString); years outside 0-9999 take six digits
/// and a sign.
pub fn iso_string(f: &Fields) -> String {
    let year = match f.year {
        0..=9999 => format!("{:04}", f.year),
        y if y < 0 => format!("-{:06}", -y),
        y => format!("+{y:06}"),
    };
    format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        f.month + 1,
        f.date,
        f.hour,
        f.minute,
        f.second,
        f.ms
    )
}

/// `1/2/2024` (en-US's short date). ICU's Gregorian calendar has no year 0: years
/// before 1 count back from 1 BC, and en-US leaves the era out.
pub fn locale_date_string(f: &Fields) -> String {
    let year = if f.year <= 0 { 1 - f.year } else { f.year };
    format!("{}/{}/{year}", f.month + 1, f.date)
}

/// `10:00:00 AM` (en-US's time with seconds, on a 12-hour clock).
pub fn locale_time_string(f: &Fields) -> String {
    let hour = match f.hour % 12 {
        0 => 12,
        h => h,
    };
    let period = if f.hour < 12 { "AM" } else { "PM" };
    format!("{hour}:{:02}:{:02} {period}", f.minute, f.second)
}

/// The long name of the local zone at the instant `t` (where its offset is
/// `offset` ms), as ICU names it in English: `Central European Standard Time`,
/// `British Summer Time`. The names come from ICU's metazones for the zones in
/// [`ZONE_NAMES`]; any other zone is named by its offset (`GMT+05:45`), which is
/// also what Node prints for zones ICU has no name for, like POSIX TZ strings.
fn zone_name(t: f64, offset: f64) -> String {
    let zone = time::local_zone();
    let id = zone.iana_name().unwrap_or("");
    if let Some(&(_, standard, daylight)) = ZONE_NAMES.iter().find(|(ids, ..)| ids.contains(&id)) {
        return if is_daylight(&zone, t) {
            daylight
        } else {
            standard
        }
        .to_string();
    }
    let minutes = (offset / MS_PER_MINUTE).trunc() as i64;
    let sign = if minutes < 0 { '-' } else { '+' };
    format!(
        "GMT{sign}{:02}:{:02}",
        minutes.abs() / 60,
        minutes.abs() % 60
    )
}

/// Whether the zone observes daylight-saving time at the instant `t`. V8 asks this
/// of an equivalent instant when `t` is before 1970 or after 2038 (the same month,
/// day and time in a year of 2008-2035 with the same leap-ness and first weekday),
/// so dates long past name the saving time of today's rules. The saving offset is
/// the larger of the zone's January and July offsets in that year (the database's
/// own flag cannot be used: Europe/Dublin marks its winter time as the saving one).
fn is_daylight(zone: &jiff::tz::TimeZone, t: f64) -> bool {
    const MAX_EPOCH_TIME: f64 = 2_147_483_647_000.0;
    let t = if (0.0..=MAX_EPOCH_TIME).contains(&t) {
        t
    } else {
        equivalent_time(t)
    };
    let offset = time::offset_at(zone, t);
    let year = time::fields(t + offset).year as f64;
    let january = time::offset_at(zone, time::make_day(year, 0.0, 1.0) * MS_PER_DAY);
    let july = time::offset_at(zone, time::make_day(year, 6.0, 1.0) * MS_PER_DAY);
    offset > january.min(july)
}

/// V8's EquivalentTime: `t` moved to the year of 2008-2035 whose leap-ness and
/// weekday of January 1 match its own.
fn equivalent_time(t: f64) -> f64 {
    let f = time::fields(t);
    let leap = f.year % 4 == 0 && (f.year % 100 != 0 || f.year % 400 == 0);
    let first_weekday = time::fields(time::make_day(f.year as f64, 0.0, 1.0) * MS_PER_DAY).weekday;
    let recent = if leap { 1956 } else { 1967 } + (first_weekday * 12) % 28;
    let year = 2008 + (recent + 3 * 28 - 2008) % 28;
    let day = time::make_day(year as f64, f.month as f64, f.date as f64);
    day * MS_PER_DAY + time::time_within_day(t)
}

/// ICU's English long names (standard, daylight) for the zones of its common
/// metazones, by IANA name.
#[rustfmt::skip]
const ZONE_NAMES: &[(&[&str], &str, &str)] = &[
    (&["UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"],
        "Coordinated Universal Time", "Coordinated Universal Time"),
    (&["GMT", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT0", "GMT+0", "GMT-0",
       "Greenwich", "Etc/Greenwich", "Atlantic/Reykjavik", "Iceland", "Africa/Abidjan",
       "Africa/Accra", "Africa/Dakar", "Africa/Bamako", "Atlantic/St_Helena"],
        "Greenwich Mean Time", "Greenwich Mean Time"),
    (&["Europe/London", "GB", "Europe/Belfast", "Europe/Jersey", "Europe/Guernsey",
       "Europe/Isle_of_Man"], "Greenwich Mean Time", "British Summer Time"),
    (&["Europe/Dublin", "Eire"], "Greenwich Mean Time", "Irish Standard Time"),
    (&["Europe/Lisbon", "Portugal", "Atlantic/Canary", "Atlantic/Madeira", "Atlantic/Faroe"],
        "Western European Standard Time", "Western European Summer Time"),
    (&["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam",
       "Europe/Brussels", "Europe/Vienna", "Europe/Zurich", "Europe/Stockholm",
       "Europe/Oslo", "Europe/Copenhagen", "Europe/Warsaw", "Europe/Prague",
       "Europe/Budapest", "Europe/Belgrade", "Europe/Zagreb", "Europe/Ljubljana",
       "Europe/Bratislava", "Europe/Luxembourg", "Europe/Monaco", "Europe/Malta",
       "Europe/Andorra", "Europe/Tirane", "Europe/Sarajevo", "Europe/Skopje",
       "Europe/Podgorica", "Europe/Vaduz", "Europe/San_Marino", "Europe/Vatican",
       "Europe/Gibraltar", "Europe/Busingen", "Africa/Ceuta", "Africa/Tunis",
       "Africa/Algiers", "Arctic/Longyearbyen", "Poland"],
        "Central European Standard Time", "Central European Summer Time"),
    (&["Europe/Athens", "Europe/Kiev", "Europe/Kyiv", "Europe/Bucharest", "Europe/Sofia",
       "Europe/Helsinki", "Europe/Riga", "Europe/Tallinn", "Europe/Vilnius",
       "Europe/Chisinau", "Europe/Mariehamn", "Asia/Nicosia", "Europe/Nicosia",
       "Asia/Beirut", "Africa/Cairo", "Egypt", "Africa/Tripoli", "Libya"],
        "Eastern European Standard Time", "Eastern European Summer Time"),
    (&["Europe/Moscow", "W-SU", "Europe/Simferopol", "Europe/Kirov", "Europe/Volgograd"],
        "Moscow Standard Time", "Moscow Summer Time"),
    (&["Europe/Istanbul", "Asia/Istanbul", "Turkey"],
        "Türkiye Standard Time", "Türkiye Summer Time"),
    (&["America/New_York", "US/Eastern", "America/Detroit", "America/Toronto",
       "America/Montreal", "America/Nassau", "America/Indiana/Indianapolis",
       "America/Indianapolis", "America/Kentucky/Louisville", "America/Louisville",
       "America/Iqaluit", "America/Nipigon", "America/Thunder_Bay", "Canada/Eastern",
       "America/Panama", "America/Jamaica", "Jamaica", "America/Cancun"],
        "Eastern Standard Time", "Eastern Daylight Time"),
    (&["America/Chicago", "US/Central", "America/Winnipeg", "Canada/Central",
       "America/Indiana/Knox", "America/Menominee", "America/North_Dakota/Center",
       "America/Matamoros", "America/Mexico_City", "America/Monterrey",
       "America/Merida", "America/Regina", "Canada/Saskatchewan", "America/Belize",
       "America/Costa_Rica", "America/El_Salvador", "America/Guatemala",
       "America/Tegucigalpa", "America/Managua"],
        "Central Standard Time", "Central Daylight Time"),
    (&["America/Denver", "US/Mountain", "America/Boise", "America/Edmonton",
       "Canada/Mountain", "America/Phoenix", "US/Arizona", "America/Ojinaga",
       "America/Yellowknife", "America/Cambridge_Bay", "America/Inuvik"],
        "Mountain Standard Time", "Mountain Daylight Time"),
    (&["America/Los_Angeles", "US/Pacific", "America/Vancouver", "Canada/Pacific",
       "America/Tijuana"],
        "Pacific Standard Time", "Pacific Daylight Time"),
    (&["America/Anchorage", "US/Alaska", "America/Juneau", "America/Sitka",
       "America/Nome", "America/Yakutat", "America/Metlakatla"],
        "Alaska Standard Time", "Alaska Daylight Time"),
    (&["Pacific/Honolulu", "US/Hawaii", "America/Adak", "US/Aleutian"],
        "Hawaii-Aleutian Standard Time", "Hawaii-Aleutian Daylight Time"),
    (&["America/Halifax", "Canada/Atlantic", "America/Glace_Bay", "America/Moncton",
       "America/Goose_Bay", "Atlantic/Bermuda", "America/Puerto_Rico",
       "America/Santo_Domingo", "America/Barbados", "America/Martinique",
       "America/Thule"],
        "Atlantic Standard Time", "Atlantic Daylight Time"),
    (&["America/St_Johns", "Canada/Newfoundland"],
        "Newfoundland Standard Time", "Newfoundland Daylight Time"),
    (&["America/Sao_Paulo", "Brazil/East", "America/Bahia", "America/Fortaleza",
       "America/Recife", "America/Belem", "America/Maceio", "America/Araguaina"],
        "Brasilia Standard Time", "Brasilia Summer Time"),
    (&["America/Argentina/Buenos_Aires", "America/Buenos_Aires",
       "America/Argentina/Cordoba", "America/Cordoba", "America/Argentina/Mendoza"],
        "Argentina Standard Time", "Argentina Summer Time"),
    (&["America/Bogota"], "Colombia Standard Time", "Colombia Summer Time"),
    (&["America/Lima"], "Peru Standard Time", "Peru Summer Time"),
    (&["America/Santiago", "Chile/Continental"], "Chile Standard Time", "Chile Summer Time"),
    (&["America/Caracas"], "Venezuela Time", "Venezuela Time"),
    (&["Asia/Tokyo", "Japan"], "Japan Standard Time", "Japan Daylight Time"),
    (&["Asia/Shanghai", "PRC", "Asia/Chongqing", "Asia/Harbin", "Asia/Macau"],
        "China Standard Time", "China Daylight Time"),
    (&["Asia/Hong_Kong", "Hongkong"], "Hong Kong Standard Time", "Hong Kong Summer Time"),
    (&["Asia/Taipei", "ROC"], "Taiwan Standard Time", "Taiwan Daylight Time"),
    (&["Asia/Singapore", "Singapore"], "Singapore Standard Time", "Singapore Standard Time"),
    (&["Asia/Kolkata", "Asia/Calcutta"], "India Standard Time", "India Standard Time"),
    (&["Asia/Dubai", "Asia/Muscat"], "Gulf Standard Time", "Gulf Standard Time"),
    (&["Asia/Seoul", "ROK"], "Korean Standard Time", "Korean Daylight Time"),
    (&["Asia/Jakarta", "Asia/Pontianak"], "Western Indonesia Time", "Western Indonesia Time"),
    (&["Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Saigon", "Asia/Phnom_Penh",
       "Asia/Vientiane"], "Indochina Time", "Indochina Time"),
    (&["Asia/Manila"], "Philippine Standard Time", "Philippine Summer Time"),
    (&["Asia/Karachi"], "Pakistan Standard Time", "Pakistan Summer Time"),
    (&["Asia/Dhaka", "Asia/Dacca"], "Bangladesh Standard Time", "Bangladesh Summer Time"),
    (&["Asia/Kathmandu", "Asia/Katmandu"], "Nepal Time", "Nepal Time"),
    (&["Asia/Tehran", "Iran"], "Iran Standard Time", "Iran Daylight Time"),
    (&["Asia/Jerusalem", "Asia/Tel_Aviv", "Israel"],
        "Israel Standard Time", "Israel Daylight Time"),
    (&["Asia/Riyadh", "Asia/Baghdad", "Asia/Kuwait", "Asia/Qatar", "Asia/Bahrain",
       "Asia/Aden"], "Arabian Standard Time", "Arabian Daylight Time"),
    (&["Australia/Sydney", "Australia/Melbourne", "Australia/Canberra",
       "Australia/Hobart", "Australia/ACT", "Australia/NSW", "Australia/Victoria",
       "Australia/Tasmania", "Australia/Brisbane", "Australia/Queensland",
       "Australia/Lindeman"],
        "Australian Eastern Standard Time", "Australian Eastern Daylight Time"),
    (&["Australia/Adelaide", "Australia/South", "Australia/Darwin", "Australia/North",
       "Australia/Broken_Hill"],
        "Australian Central Standard Time", "Australian Central Daylight Time"),
    (&["Australia/Perth", "Australia/West"],
        "Australian Western Standard Time", "Australian Western Daylight Time"),
    (&["Pacific/Auckland", "NZ", "Antarctica/McMurdo"],
        "New Zealand Standard Time", "New Zealand Daylight Time"),
    (&["Africa/Johannesburg", "Africa/Maseru", "Africa/Mbabane"],
        "South Africa Standard Time", "South Africa Standard Time"),
    (&["Africa/Lagos", "Africa/Kinshasa", "Africa/Luanda", "Africa/Douala",
       "Africa/Libreville", "Africa/Niamey", "Africa/Porto-Novo", "Africa/Malabo",
       "Africa/Brazzaville", "Africa/Bangui", "Africa/Ndjamena"],
        "West Africa Time", "West Africa Time"),
    (&["Africa/Nairobi", "Africa/Addis_Ababa", "Africa/Dar_es_Salaam",
       "Africa/Kampala", "Africa/Mogadishu", "Africa/Djibouti", "Africa/Asmara",
       "Indian/Antananarivo", "Indian/Comoro", "Indian/Mayotte"],
        "East Africa Time", "East Africa Time"),
];
