// The local and UTC getters and setters, across a zone's daylight-saving changes.
process.env.TZ = 'America/New_York';

const fields = (d) =>
  [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(),
    d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset()].join(',');
const utcFields = (d) =>
  [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(),
    d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()].join(',');

const d = new Date(Date.UTC(2024, 0, 15, 3, 4, 5, 6));
console.log(fields(d), '|', utcFields(d), d.getYear());

// Each setter returns the new time value; missing optional arguments keep the field.
console.log(d.setMilliseconds(999), d.setSeconds(30), d.setSeconds(30, 1), d.setMinutes(59));
console.log(d.setMinutes(0, 0, 0), d.setHours(23), d.setHours(0, 1, 2, 3), d.setDate(31));
console.log(d.setMonth(1), fields(d));
console.log(d.setMonth(13, 1), d.setFullYear(2000), d.setFullYear(2001, 5, 6), fields(d));
console.log(d.setUTCMilliseconds(5), d.setUTCSeconds(6, 7), d.setUTCMinutes(8, 9, 10));
console.log(d.setUTCHours(11, 12, 13, 14), d.setUTCDate(15), d.setUTCMonth(6, 17));
console.log(d.setUTCFullYear(1999, 11, 31), utcFields(d));
console.log(d.setTime(0), d.setTime('86400000'), d.setTime(), d.getTime());
console.log(d.setYear(95), d.getFullYear(), d.setYear(2030), d.getYear());

// Out-of-range values carry into the next field.
const c = new Date(2024, 0, 31, 12);
c.setMonth(1);
console.log(c.toString());
c.setHours(-1);
console.log(c.toString());
c.setMinutes(24 * 60);
console.log(c.toString());

// Invalid dates: getters give NaN; setters leave NaN, except setFullYear, which
// starts from +0 local time.
const bad = new Date(NaN);
console.log(fields(bad), bad.setDate(1), bad.setHours(1), bad.setUTCMonth(1));
console.log(bad.setFullYear(2020), bad.toString());
const bad2 = new Date(NaN);
console.log(bad2.setUTCFullYear(2020), bad2.toISOString());
// NaN arguments make the date invalid.
console.log(new Date(0).setHours(NaN), new Date(0).setMonth(0, NaN), new Date(0).setTime(Infinity));

// Daylight-saving time: 2024-03-10 02:30 does not exist (clocks jump from 2:00 to
// 3:00), 2024-11-03 01:30 happens twice; the spec picks the earlier instant.
const gap = new Date(2024, 2, 10, 2, 30);
console.log(gap.toString(), gap.getHours());
const fold = new Date(2024, 10, 3, 1, 30);
console.log(fold.toString(), fold.getTimezoneOffset());
const later = new Date(fold.getTime() + 3600000);
console.log(later.toString(), later.getHours(), later.getTimezoneOffset());
const s = new Date(2024, 2, 9, 2, 30);
s.setDate(10);
console.log(s.toString());

// The same instant in another zone.
process.env.TZ = 'Australia/Sydney';
const au = new Date(Date.UTC(2024, 0, 15, 3, 4, 5, 6));
console.log(fields(au), au.toString());
const auWinter = new Date(2024, 6, 1);
console.log(auWinter.toString(), auWinter.getTimezoneOffset());
process.env.TZ = 'Asia/Kolkata';
console.log(fields(au), au.getTimezoneOffset());
process.env.TZ = 'UTC';
console.log(fields(au), au.getTimezoneOffset());

// Local mean time before 1883 has seconds in its offset.
process.env.TZ = 'America/New_York';
const old = new Date(-5e12);
console.log(old.toString(), old.getTimezoneOffset(), old.getSeconds());

// The ends of the range.
const max = new Date(8.64e15);
console.log(fields(max), max.setMilliseconds(1), new Date(-8.64e15).getUTCFullYear());
