// The errors Date methods throw, in V8's words.
process.env.TZ = 'UTC';

const attempt = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
};

attempt(() => Date.prototype.getTime.call({}));
attempt(() => Date.prototype.valueOf.call(0));
attempt(() => Date.prototype.getUTCHours.call('x'));
attempt(() => Date.prototype.getYear.call({}));
attempt(() => Date.prototype.toString.call([]));
attempt(() => Date.prototype.toString.call('x'));
attempt(() => Date.prototype.toISOString.call({}));
attempt(() => Date.prototype.toLocaleString.call(null));
attempt(() => Date.prototype.setHours.call(1));
attempt(() => Date.prototype.setTime.call(Date.prototype, 0));
attempt(() => Date.prototype.toGMTString.call({}));
attempt(() => new Date(NaN).toISOString());
attempt(() => Date.prototype.toJSON.call({}));
attempt(() => Date.prototype.toJSON.call(null));
attempt(() => Date.prototype[Symbol.toPrimitive].call(1, 'number'));
attempt(() => new Date(0)[Symbol.toPrimitive]('foo'));
attempt(() => new Date(0)[Symbol.toPrimitive](1));
attempt(() => new Date(0)[Symbol.toPrimitive]({}));
attempt(() => new Date(0)[Symbol.toPrimitive]());
attempt(() => new Date(Symbol('s')));
attempt(() => new Date(2024, Symbol('s')));
attempt(() => new Date(0).setHours({ valueOf() { throw new RangeError('from valueOf'); } }));
// Conversions still run on an invalid date, so their errors surface.
attempt(() => new Date(NaN).setMinutes({ valueOf() { throw new Error('converted'); } }));
// A Date's toPrimitive falls back to valueOf or toString when the other is missing.
const noString = new Date(0);
noString.toString = undefined;
attempt(() => `${noString}`);
const neither = new Date(0);
neither.toString = neither.valueOf = undefined;
attempt(() => `${neither}`);
