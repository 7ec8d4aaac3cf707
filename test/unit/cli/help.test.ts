import * as assert from 'node:assert/strict';
import { DEFAULT_KINDS } from '../../../src/core';
import { helpText } from '../../../src/cli/help';
import { runCli } from '../helpers';

describe('command line: --help without the linter', () => {
  it('names the same kinds as the registry the linter uses', () => {
    assert.match(helpText(), new RegExp(`treat every file as a report of this kind \\(${DEFAULT_KINDS.ids.join(', ')}\\)`));
  });

  it('is what main prints for --help, help and -h, and for lint --help', async () => {
    for (const args of [['--help'], ['help'], ['-h'], ['lint', '--help']]) {
      const r = await runCli(process.cwd(), ...args);
      assert.equal(r.code, 0);
      assert.equal(r.out, helpText());
    }
    const none = await runCli(process.cwd());
    assert.equal(none.code, 2, 'no command is a usage error, with the help');
    assert.equal(none.out, helpText());
  });
});
