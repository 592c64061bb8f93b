// util.parseArgs: option types, short forms and groups, multiple, defaults,
// strict and loose modes, negation, positionals, tokens, and Node's errors.
const { parseArgs } = require('node:util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  color: { type: 'boolean' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', default: 'info' },
  flags: { type: 'boolean', multiple: true, default: [false] },
};
const show = (config) => {
  try {
    console.log(parseArgs(config));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
};

show({ args: ['-v', '--file', 'a.txt', '-t', 'x', '--tag=y', '-tz'], options });
show({ args: ['-vfout.txt', '--level', 'debug', '--flags', '--flags'], options });
show({ args: ['--color', '--', '--not-an-option', '-v'], options, allowPositionals: true });
show({ args: ['--no-color', '--no-verbose'], options, allowNegative: true });
show({ args: ['--file=', '--level=a=b'], options });
show({ args: ['-vt', 'grouped'], options });
show({ args: ['--unknown', 'pos', '-xy', '--file'], strict: false });
show({ args: ['-abfX', 'p', '--', '-z'], options: { f: { type: 'string' }, a: { type: 'boolean', short: 'a' } },
  strict: false, tokens: true });
show({ args: ['--file', 'f', 'pos', '--', 'rest'], options, allowPositionals: true, tokens: true });
show({ args: [] });
show({ args: ['--__proto__', '--constructor'], strict: false });
console.log(parseArgs({ args: ['-v'], options }).values.level);

// Errors in strict mode.
show({ args: ['--foo'] });
show({ args: ['--foo'], allowPositionals: true });
show({ args: ['-f'], allowPositionals: true });
show({ args: ['x'] });
show({ args: ['--file'], options });
show({ args: ['--file', '--verbose'], options });
show({ args: ['-f', '-v'], options });
show({ args: ['--verbose=1'], options });
show({ args: ['-v=1'], options });
show({ args: ['--no-file'], options, allowNegative: true });
show({ args: ['--no-nothing'], options, allowNegative: true });

// Errors in the configuration.
show({ args: 1 });
show({ args: [], strict: 'yes' });
show({ args: [], tokens: 1 });
show({ args: [], options: [] });
show({ args: [], options: { a: 1 } });
show({ args: [], options: { a: { type: 'strin' } } });
show({ args: [], options: { a: { type: 'string', short: 'ab' } } });
show({ args: [], options: { a: { type: 'string', short: 1 } } });
show({ args: [], options: { a: { type: 'string', multiple: 'yes' } } });
show({ args: [], options: { a: { type: 'string', default: 1 } } });
show({ args: [], options: { a: { type: 'string', multiple: true, default: ['ok', 1] } } });
show({ args: [], options: { a: { type: 'boolean', default: 'true' } } });
console.log(parseArgs.name, parseArgs.length);
