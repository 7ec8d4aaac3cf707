/**
 * The command line's arguments read as Node's `util.parseArgs` reads them with `strict: true`,
 * `allowPositionals: true` and `tokens: true` (Node 20's algorithm: a test holds the two to the
 * same values, positionals, option tokens and errors over random argument lists). Node's parser
 * is two modules of Node's own that are compiled from their source at every start; this one is
 * in the bundle, whose compiled code is cached between runs.
 *
 * Read as Node reads them: `--` ends the options; `--name=value` and `--name value` (a string
 * option takes the next argument whatever it starts with, then refuses one that looks like an
 * option); `-o value`, `-ovalue` and groups of short booleans (`-hx`); a lone `-` is a positional.
 * Errors are thrown with Node's codes and words (`ERR_PARSE_ARGS_UNKNOWN_OPTION`,
 * `ERR_PARSE_ARGS_INVALID_OPTION_VALUE`), which `argumentError` (words.ts) turns into ours.
 */

/** One option: a string or a boolean, its one-letter form, whether it may repeat, its default. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[] | boolean[];
}

/** An option as the arguments gave it: `rawName` as written (`-o`, `--format`), `name` its long name. */
export interface OptionToken {
  kind: 'option';
  name: string;
  rawName: string;
  index: number;
  value: string | undefined;
  inlineValue: boolean | undefined;
}

export type ArgToken = OptionToken | { kind: 'positional'; index: number; value: string } | { kind: 'option-terminator'; index: number };

/** The value an option's spec gives: a string or a boolean, a list of them when it may repeat. */
type ValueOf<S extends OptionSpec> = S['type'] extends 'string' ? (S['multiple'] extends true ? string[] : string) : S['multiple'] extends true ? boolean[] : boolean;

export interface ParsedArgs<T extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** By long name: the option's value, else its default; an option without a default may be undefined. */
  values: { [K in keyof T as T[K] extends { default: unknown } ? K : never]: ValueOf<T[K]> } & {
    [K in keyof T as T[K] extends { default: unknown } ? never : K]?: ValueOf<T[K]>;
  };
  positionals: string[];
  tokens: ArgToken[];
}

/**
 * An error as Node's parser throws it (a TypeError with its code and words), with what it is about
 * for our own words: the option as typed and why it was refused.
 */
export class ArgumentError extends TypeError {
  constructor(
    readonly code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' | 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    message: string,
    readonly option: string,
    readonly reason: 'unknown' | 'missing-value' | 'takes-no-value' | 'ambiguous-value',
  ) {
    super(message);
  }
}

/**
 * Reads `args` against `options` (long name → spec).
 *
 * @throws ArgumentError (a TypeError with `code`) for an unknown option, a string option without
 *   its value, a boolean given one, or a value that looks like an option given after a space.
 */
export function parseArguments<T extends Record<string, OptionSpec>>(args: readonly string[], options: T): ParsedArgs<T> {
  const tokens = toTokens(args, options);
  const values: Record<string, string | boolean | Array<string | boolean>> = Object.create(null);
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    checkUsage(token, options);
    checkOptionLikeValue(token);
    if (token.name === '__proto__') continue;
    const value = token.value ?? true;
    if (options[token.name].multiple) ((values[token.name] as Array<string | boolean> | undefined) ??= []).push(value);
    else values[token.name] = value;
  }
  for (const [name, spec] of Object.entries(options)) {
    if (spec.default !== undefined && values[name] === undefined) values[name] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  }
  return { values: values as ParsedArgs<T>['values'], positionals, tokens };
}

function longNameOf(short: string, options: Readonly<Record<string, OptionSpec>>): string {
  for (const [name, spec] of Object.entries(options)) if (spec.short === short) return name;
  return short;
}

function typeOf(name: string, options: Readonly<Record<string, OptionSpec>>): string | undefined {
  return Object.prototype.hasOwnProperty.call(options, name) ? options[name].type : undefined;
}

function toTokens(args: readonly string[], options: Readonly<Record<string, OptionSpec>>): ArgToken[] {
  const tokens: ArgToken[] = [];
  const remaining = [...args];
  let index = -1;
  let groupCount = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift()!;
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    const short = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (short && arg.length === 2) {
      // "-o", "-h": a string option takes the next argument.
      const name = longNameOf(arg[1], options);
      const takes = typeOf(name, options) === 'string' && next !== undefined;
      const value = takes ? remaining.shift() : undefined;
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue: takes ? false : undefined });
      if (value !== undefined) index++;
      continue;
    }
    if (short && typeOf(longNameOf(arg[1], options), options) !== 'string') {
      // "-hx": a group of one-letter options, a string option last or with its value after it.
      const expanded: string[] = [];
      for (let at = 1; at < arg.length; at++) {
        const letter = arg[at];
        if (typeOf(longNameOf(letter, options), options) !== 'string' || at === arg.length - 1) expanded.push(`-${letter}`);
        else {
          expanded.push(`-${arg.slice(at)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (short) {
      // "-ofile": a string option with its value written on.
      tokens.push({ kind: 'option', name: longNameOf(arg[1], options), rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      // Node asks whether an '=' follows the name's first letter, then cuts at the first '=' of all
      // ("--=a=b" is the option "" with the value "a=b").
      if (!arg.includes('=', 3)) {
        const name = arg.slice(2);
        const takes = typeOf(name, options) === 'string' && next !== undefined;
        const value = takes ? remaining.shift() : undefined;
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue: takes ? false : undefined });
        if (value !== undefined) index++;
      } else {
        const equals = arg.indexOf('=');
        const name = arg.slice(2, equals);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(token: OptionToken, options: Readonly<Record<string, OptionSpec>>): void {
  if (!Object.prototype.hasOwnProperty.call(options, token.name)) {
    throw new ArgumentError(
      'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      `Unknown option '${token.rawName}'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}`,
      token.rawName,
      'unknown',
    );
  }
  const spec = options[token.name];
  const shortAndLong = `${spec.short ? `-${spec.short}, ` : ''}--${token.name}`;
  if (spec.type === 'string' && typeof token.value !== 'string') {
    throw new ArgumentError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`, token.rawName, 'missing-value');
  }
  if (spec.type === 'boolean' && token.value != null) {
    throw new ArgumentError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`, token.rawName, 'takes-no-value');
  }
}

/** A value given after a space that looks like an option ("--kind --fix"): refused, as Node does. */
function checkOptionLikeValue(token: OptionToken): void {
  if (token.inlineValue || token.value === undefined || !(token.value.length > 1 && token.value[0] === '-')) return;
  const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ArgumentError(
    'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`,
    token.rawName,
    'ambiguous-value',
  );
}
