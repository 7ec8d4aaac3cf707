/**
 * The mocha entry that the VS Code extension host loads (`extensionTestsPath`): it runs every
 * `*.test.js` that sits next to this compiled file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    // The output goes through the workbench's console forwarding, which shows escape codes raw.
    color: false,
    timeout: 20_000,
  });
  // The launcher's --grep reaches the extension host through the server's environment.
  const grep = process.env.REPORTWRIGHT_TEST_GREP;
  if (grep) mocha.grep(grep);

  const testFiles = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of testFiles) mocha.addFile(join(__dirname, name));

  return new Promise((resolve, reject) => {
    if (testFiles.length === 0) return reject(new Error(`no *.test.js files next to ${__filename}`));
    let passed = 0;
    const runner = mocha.run((failures) => {
      // One plain line for people and CI log parsers; counts only the tests that ran (--grep).
      console.log(`${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => passed++);
  });
}
