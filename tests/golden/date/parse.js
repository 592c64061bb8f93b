// Date.parse: the spec's date-time format, then the legacy forms V8 accepts.
process.env.TZ = 'Europe/Berlin';

const cases = [
  // ISO: date-only forms are UTC, date-time forms without an offset local time.
  '2024-01-02', '2024-01', '2024', '+002024-01-02', '-000001-01-01T00:00:00Z',
  '-000000-01-01T00:00:00Z', '2024-01-02T10:00', '2024-01-02T10:00:00',
  '2024-01-02T10:00:00.5', '2024-01-02T10:00:00.123456', '2024-01-02T10:00:00Z',
  '2024-01-02T10:00:00+05:30', '2024-01-02T10:00:00-0800', '2024-01-02T24:00',
  '2024-01-02T24:00:01', '2024-01-02T25:00', '2024-13-01', '2024-02-30', '2024-1-2',
  '2024-01-02T10', '2024-01-02t10:00z', '2024-01-02 10:00', '2024-01-02T10:00:00Z junk',
  // The output of toString, toUTCString, toISOString and toLocaleString.
  'Tue Jan 02 2024 10:00:00 GMT+0100 (Central European Standard Time)',
  'Tue, 02 Jan 2024 10:00:00 GMT', '2024-01-02T09:00:00.000Z', '1/2/2024, 10:00:00 AM',
  // Legacy forms: month names, slashes, AM/PM, zone names and offsets.
  'Jan 2 2024', 'January 2, 2024 10:00:00', '2 January 2024', 'Jan 2, 2024 10:00 PM',
  '2024/01/02', '2024/1/2 10:00:00', '1/2/2024', '12/25/2024 3:45 PM', '1/2', 'Jan 2',
  'Jan 2 2024 GMT+0100', 'Jan 2 2024 10:00 Z', 'Jan 2 2024 10:00 UTC',
  'Jan 2 2024 10:00 UTC+2', 'Jan 2 2024 10:00 GMT-08:00', 'Jan 2 2024 10:00 EST',
  'Jan 2 2024 10:00 PDT', 'Thu, 01 Jan 1970 00:00:00 GMT-0500', '99-1-1', '1 2 3',
  'Saturday, 01-Jan-2000 08:00:00 GMT', '20 Aug 2020 5pm', 'Aug 20 2020 12:00 AM',
  'Aug 20 2020 13:00 PM', '2020 Aug 20', '10:00 Jan 2 2024', 'Jan 2 2024 10:00:00.250',
  'Jan 2 2024 (a comment) 10:00', 'Mon Jan 1 2024 12:00:00', 'Jan 2 2024 10::',
  // White space: any of ECMAScript's separates tokens; U+2028 reads as a letter.
  'Jan\u00a01\u30002024', '1\n2\n2024', 'Jan 1 2024 10:00:00\rZ', 'Jan 1 2024 10:00\u2028',
  '\u2028 1', 'Jan 1 2024 \u00e9', '\u00e9 Jan 1 2024',
  // Not dates.
  '', 'foo', 'Jan', '2024-01-02T', 'Tuesday 2024', 'Jan 2 2024 foo', '32/1/2024',
  'Jan 2 2024 10:00 +', '1/2/3/4',
];
for (const s of cases) console.log(JSON.stringify(s), Date.parse(s));

// Round trips through the string forms, in several zones.
for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Kathmandu', 'Pacific/Auckland']) {
  process.env.TZ = zone;
  const d = new Date(2001, 8, 9, 1, 46, 40);
  console.log(zone, Date.parse(d.toString()) === d.getTime(),
    Date.parse(d.toUTCString()) === d.getTime(), Date.parse(d.toISOString()) === d.getTime(),
    Date.parse('2001-09-09T01:46:40'));
}

// The constructor parses strings the same way; objects convert to primitives first.
console.log(new Date('2024-01-02').getTime(), new Date({ toString: () => '2024-01-02' }).getTime());
console.log(Date.parse({ toString: () => 'Jan 1 2000 UTC' }), Date.parse(), Date.parse(null));
