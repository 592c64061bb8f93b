// util.parseArgs, after Node's lib/internal/util/parse_args/: the arguments become
// tokens (options with their values, positionals, the `--` terminator), then
// values, checked in strict mode, with the defaults filled in last.
'use strict';

const {
  codedError, invalidArgType, invalidArgValue, validateString,
} = require('internal/errors');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// An own property only: option configs may come from anywhere.
function objectGetOwn(obj, prop) {
  if (hasOwn(obj, prop)) {
    return obj[prop];
  }
}

function optionsGetOwn(options, longOption, prop) {
  if (hasOwn(options, longOption)) {
    return objectGetOwn(options[longOption], prop);
  }
}

// Node's validators, with its wording.
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgType(name, 'of type object', value);
  }
}

function validateArray(value, name) {
  if (!Array.isArray(value)) {
    throw invalidArgType(name, 'an instance of Array', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw invalidArgType(name, 'of type boolean', value);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  value.forEach((item, i) => validateString(item, `${name}[${i}]`));
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  value.forEach((item, i) => validateBoolean(item, `${name}[${i}]`));
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw invalidArgType(name, `('${union.join('|')}')`, value);
  }
}

function invalidOptionValue(message) {
  return codedError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message);
}

function unknownOption(option, allowPositionals) {
  const suggestDashDash = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the ` +
    `command after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return codedError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    `Unknown option '${option}'${suggestDashDash}`);
}

function unexpectedPositional(value) {
  return codedError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    `Unexpected argument '${value}'. This command does not take positional arguments`);
}

// The value after an option may start with a dash (the Open Group's conventions).
function isOptionValue(value) {
  return value != null;
}

// `--port --verbose` with a string `port` is probably a mistake: strict mode says so.
function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

// `-abc`: short options grouped behind one dash, unless the first takes a value.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') {
    return false;
  }
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// `-fFILE`: a short string option with its value.
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') {
    return false;
  }
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

// The long option whose `short` is `shortOption`, or the short option itself.
function findLongOptionForShort(shortOption, options) {
  const entry = Object.entries(options).find(
    ([, config]) => objectGetOwn(config, 'short') === shortOption);
  return entry?.[0] ?? shortOption;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    // The short example only when a short option was used.
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw invalidOptionValue(`Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`);
  }
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    // A negated boolean option: --no-foo.
    if (config.allowNegative && name.startsWith('no-')) {
      name = name.slice(3);
      if (!hasOwn(config.options, name) ||
          optionsGetOwn(config.options, name, 'type') !== 'boolean') {
        throw unknownOption(token.rawName, config.allowPositionals);
      }
    } else {
      throw unknownOption(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw invalidOptionValue(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw invalidOptionValue(`Option '${shortAndLong}' does not take an argument`);
  }
}

// Stores by the value given rather than the option's type, leaving the author the
// user's intent.
function storeOption(token, options, values, allowNegative) {
  let longOption = token.name;
  let optionValue = token.value;
  if (longOption === '__proto__') {
    return;
  }
  if (allowNegative && longOption.startsWith('no-') && optionValue === undefined) {
    longOption = longOption.slice(3);
    token.name = longOption;
    optionValue = false;
  }
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption]) {
      values[longOption].push(newValue);
    } else {
      values[longOption] = [newValue];
    }
  } else {
    values[longOption] = newValue;
  }
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remainingArgs = args.slice();
  while (remainingArgs.length > 0) {
    const arg = remainingArgs.shift();
    const nextArg = remainingArgs[0];
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }

    // Everything after a bare '--' is a positional argument.
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remainingArgs) {
        tokens.push({ kind: 'positional', index: ++index, value: rest });
      }
      break;
    }

    // '-f' or '--foo', taking the next argument as its value when it is a string
    // option.
    if (isLoneShortOption(arg) || isLoneLongOption(arg)) {
      const longOption = arg[1] === '-' ? arg.slice(2) : findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value,
        inlineValue });
      if (value != null) {
        ++index;
      }
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // -fXzy becomes -f -X -z -y; a string option in the middle takes the rest.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remainingArgs.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index,
        value: arg.slice(2), inlineValue: true });
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const longOption = arg.slice(2, equalIndex);
      tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index,
        value: arg.slice(equalIndex + 1), inlineValue: true });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function parseArgs(config = {}) {
  const args = objectGetOwn(config, 'args') ?? process.argv.slice(2);
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = objectGetOwn(optionConfig, 'type');
    validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);
    if (hasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw invalidArgValue(`options.${longOption}.short`, shortOption,
          'must be a single character');
      }
    }
    const multipleOption = objectGetOwn(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) {
      validateBoolean(multipleOption, `options.${longOption}.multiple`);
    }
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      let validator;
      if (optionType === 'string') {
        validator = multipleOption ? validateStringArray : validateString;
      } else {
        validator = multipleOption ? validateBooleanArray : validateBoolean;
      }
      validator(defaultValue, `options.${longOption}.default`);
    }
  }

  const tokens = argsToTokens(args, options);

  const result = {
    values: { __proto__: null },
    positionals: [],
  };
  if (returnTokens) {
    result.tokens = tokens;
  }
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, parseConfig.allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw unexpectedPositional(token.value);
      }
      result.positionals.push(token.value);
    }
  }

  for (const [longOption, optionConfig] of Object.entries(options)) {
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined &&
        longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
