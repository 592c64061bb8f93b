// The string forms: toString, toDateString, toTimeString, toUTCString, toISOString,
// toJSON and the toLocale*String forms, with ICU's long zone names.
const zones = [
  'UTC', 'Etc/GMT', 'Europe/London', 'Europe/Dublin', 'Europe/Berlin', 'Europe/Moscow',
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix',
  'America/Los_Angeles', 'America/St_Johns', 'America/Sao_Paulo', 'Asia/Tokyo',
  'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Shanghai', 'Australia/Sydney',
  'Australia/Adelaide', 'Pacific/Auckland', 'Africa/Johannesburg', 'Etc/GMT+5', 'EST5EDT',
];
const winter = Date.UTC(2024, 0, 15, 12, 34, 56, 789);
const summer = Date.UTC(2024, 6, 15, 23, 4, 5, 6);
for (const zone of zones) {
  process.env.TZ = zone;
  console.log(zone);
  for (const t of [winter, summer]) {
    const d = new Date(t);
    console.log(' ', d.toString());
    console.log(' ', d.toDateString(), '|', d.toTimeString());
    console.log(' ', d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
  }
}

process.env.TZ = 'America/New_York';
// UTC and ISO forms do not depend on the zone; years outside 0-9999 take six digits.
for (const t of [0, winter, -1, 8.64e15, -8.64e15, -62198755200000, 253402300800000, -1e14]) {
  const d = new Date(t);
  console.log(d.toUTCString(), '|', d.toISOString(), '|', d.toString(), '|', d.toLocaleString());
}
// Noon and midnight on a 12-hour clock.
console.log(new Date(2024, 0, 1, 0, 5).toLocaleTimeString(), new Date(2024, 0, 1, 12, 5).toLocaleTimeString());

// Invalid dates.
const bad = new Date(NaN);
console.log(bad.toString(), bad.toDateString(), bad.toTimeString(), bad.toUTCString());
console.log(bad.toLocaleString(), bad.toLocaleDateString(), bad.toLocaleTimeString(), bad.toJSON());
try {
  bad.toISOString();
} catch (e) {
  console.log(e.name, e.message);
}

// String conversion uses toString; numbers and comparison use the time value.
const d = new Date(winter);
console.log(`${d}`, String(d) === d.toString(), d + 1);
console.log(d - 1, +d, d * 1, d < new Date(winter + 1), d == d.toString(), d.valueOf());
console.log(d[Symbol.toPrimitive]('number'), d[Symbol.toPrimitive]('default'));
console.log(Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive).writable);

// toJSON goes through toISOString and works on any object.
console.log(JSON.stringify({ d, bad }), d.toJSON());
console.log(Date.prototype.toJSON.call({ toISOString: () => 'custom' }));
console.log(Date.prototype.toJSON.call({ valueOf: () => Infinity, toISOString: () => 'x' }));

// Date() as a function returns the current time in toString's shape.
console.log(/^\w{3} \w{3} \d\d \d{4} \d\d:\d\d:\d\d GMT-0[45]00 \(Eastern (Standard|Daylight) Time\)$/.test(Date()));
