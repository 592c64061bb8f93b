// Every form of the Date constructor, Date() as a function, Date.UTC and Date.now.
// The zone is set first so the local times below are the same on every machine.
process.env.TZ = 'America/New_York';

const show = (d) => console.log(d.getTime(), d.toString());

// Components are local time; missing ones default to 1 (date) and 0.
show(new Date(2024, 0));
show(new Date(2024, 0, 2, 10, 30, 15, 250));
// Years 0 to 99 mean 1900 to 1999; months and days carry over.
show(new Date(99, 11, 31));
show(new Date(2024, 13, 1));
show(new Date(2024, 0, 0));
show(new Date(2024, -1, 1, 25, 61, 61, 1001));
// One argument: a time value, a string to parse, or another Date's time value.
show(new Date(0));
show(new Date(1e12 + 0.9));
show(new Date('2024-03-10T12:00:00Z'));
show(new Date(new Date(86400000)));
show(new Date({ valueOf() { return 1000; } }));
show(new Date({ [Symbol.toPrimitive]() { return '1970-01-01T00:00:01Z'; } }));
show(new Date(true));
// TimeClip: beyond 8.64e15 ms either way is an invalid date.
show(new Date(8.64e15));
show(new Date(-8.64e15));
console.log(new Date(8.64e15 + 1).getTime(), new Date(NaN).getTime(), new Date(Infinity).getTime());
console.log(new Date(2024, NaN).getTime(), new Date(undefined).getTime(), new Date(null).getTime());
console.log(new Date(275760, 8, 13).getTime(), new Date(1e6, 0).getTime());

// Date() called as a function ignores its arguments and returns a string.
console.log(typeof Date(), typeof Date(0), /^\w{3} \w{3} \d\d \d{4} /.test(Date()));
console.log(typeof Date.now(), Number.isInteger(Date.now()), typeof new Date().getTime());

// Date.UTC: like the constructor but in UTC; only the year is required.
console.log(Date.UTC(2024), Date.UTC(2024, 1), Date.UTC(2024, 1, 29, 12, 30, 15, 500));
console.log(Date.UTC(99, 0), Date.UTC(-1, 0), Date.UTC(), Date.UTC(2024, 0, 1, 0, 0, 0, 0.9));

// Arguments are converted in order, each once.
const log = [];
const arg = (name, v) => ({ valueOf() { log.push(name); return v; } });
new Date(arg('y', 2024), arg('m', 0), arg('d', 1), arg('h', 0));
console.log(log.join(' '));

// Subclasses and new.target.
class Day extends Date {
  constructor(...args) {
    super(...args);
    this.kind = 'day';
  }
  iso() {
    return this.toISOString().slice(0, 10);
  }
}
const day = new Day(2024, 1, 29);
console.log(day.iso(), day instanceof Date, Object.getPrototypeOf(day) === Day.prototype);
const other = Reflect.construct(Date, [0], Object);
console.log(Object.getPrototypeOf(other) === Object.prototype, Date.prototype.getTime.call(other));

console.log(Date.length, Date.name, Date.UTC.length, Date.parse.length, Date.now.length);
console.log(Object.getOwnPropertyNames(Date).join(' '));
console.log(Object.getOwnPropertyNames(Date.prototype).join(' '));
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString);
console.log(Object.prototype.toString.call(new Date(0)), Object.prototype.toString.call(Date.prototype));
