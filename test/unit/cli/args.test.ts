import * as assert from 'node:assert/strict';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import fc from 'fast-check';
import { parseArguments, type OptionSpec } from '../../../src/cli/args';

/** The command line's own options (main.ts), and a few shapes it does not use. */
const OPTIONS = {
  format: { type: 'string', default: 'text' },
  kind: { type: 'string' },
  'report-files': { type: 'string', multiple: true },
  fix: { type: 'boolean', default: false },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  verbose: { type: 'boolean', short: 'v', multiple: true },
  tag: { type: 'string', short: 't', multiple: true, default: ['a'] },
} satisfies Record<string, OptionSpec>;
const NODE_OPTIONS: ParseArgsConfig['options'] = OPTIONS;

/** What Node's parser gives, or the code and words it throws. */
function node(args: string[]): unknown {
  try {
    const { values, positionals, tokens } = parseArgs({ args, options: NODE_OPTIONS, allowPositionals: true, strict: true, tokens: true });
    return { values: { ...values }, positionals, tokens };
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message, type: (error as Error).constructor.name };
  }
}

function ours(args: string[]): unknown {
  try {
    const { values, positionals, tokens } = parseArguments(args, OPTIONS);
    return { values: { ...values }, positionals, tokens };
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message, type: error instanceof TypeError ? 'TypeError' : 'other' };
  }
}

describe('the command line reads its arguments as Node\'s parseArgs does', () => {
  it('gives the same values, positionals, tokens and errors for random argument lists', () => {
    const words = ['lint', 'a.md', '-', '--', '---', '--=x', '--=a=b', '--==', '--format==', '--format', '--format=json', '--format=', '--kind', '--kind=auto', '--fix', '--fix=yes', '--no-fix',
      '--report-files', '--lang', 'vi', '-o', '-oout.sarif', '-o=x', '-h', '-hv', '-vh', '-ho', '-hox', '-vvt', '-tb', '-x', '-xh', '--help', '--verbose', '-v',
      '-1', '--tag', '--__proto__', '--toString', '-ot', 'đ', '--định-dạng', ''];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (args) => {
        assert.deepEqual(ours(args), node(args), JSON.stringify(args));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the same answers for arguments built of dashes, "=", option letters, names and other characters', () => {
    // Each argument a few pieces run together ("-=h", "--fix=--", "-o😀"): the places where the two could part.
    const piece = fc.constantFrom('-', '--', '=', 'h', 'o', 'v', 't', 'x', 'format', 'fix', 'kind', 'đ', '😀', '\ud83d', '', ' ', '__proto__');
    const arg = fc.oneof(fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join('')), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 7 }), (args) => {
        assert.deepEqual(ours(args), node(args), JSON.stringify(args));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads what a writer types', () => {
    assert.deepEqual(ours(['lint', '--format', 'json', '-o', 'out.json', 'a.md']), node(['lint', '--format', 'json', '-o', 'out.json', 'a.md']));
    const parsed = parseArguments(['lint', '--kind=auto', '--report-files', 'a/*.md', '--report-files=b/*.md', 'x.md'], OPTIONS);
    assert.deepEqual({ ...parsed.values }, { kind: 'auto', 'report-files': ['a/*.md', 'b/*.md'], format: 'text', fix: false, tag: ['a'] });
    assert.deepEqual(parsed.positionals, ['lint', 'x.md']);
    assert.throws(() => parseArguments(['--kind'], OPTIONS), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '--kind <value>' argument missing" });
    assert.throws(() => parseArguments(['--nope'], OPTIONS), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  });

  it('cuts "--name=value" at its first "=", as Node does, even when the name is empty', () => {
    for (const args of [['--=a=b'], ['--=='], ['--=format=json', 'a.md'], ['--format==x'], ['--format=a=b']]) {
      assert.deepEqual(ours(args), node(args), JSON.stringify(args));
    }
  });
});
