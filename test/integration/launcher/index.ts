/**
 * The integration-test launcher: runs Reportwright in a real VS Code (code-server, provisioned
 * on first use into a cache outside the repo).
 *
 *   tsx test/integration/launcher/index.ts <provision | suite | ui | serve> [options]
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LauncherError, say, seconds } from './log';
import { DEFAULTS } from './paths';
import { provision, type Runtime } from './provision';
import { runSuite } from './runSuite';
import { serve } from './serve';
import { runUiCheck } from './uiCheck';

const USAGE = `Usage: tsx test/integration/launcher/index.ts <command> [options]

Commands:
  provision   install the runtime (Node 24, code-server, Debian's chromium) into the cache
  suite       run the compiled mocha suite inside the VS Code extension host
                --workspace DIR   folder to open       (default test/integration/workspace)
                --tests FILE      compiled suite entry (default out/integration/index.js)
                --grep TEXT       only tests whose title contains TEXT
                --screenshot PNG  screenshot of the workbench when the suite ends
  ui          package the VSIX, install it, drive the workbench, take screenshots
                --workspace DIR   folder to open       (default test/integration/workspace)
                --open FILE       file to open, relative to the workspace (required)
                --expect A,B      strings that must show in the Problems panel
                --expect-outline A,B   ... in the Outline view
                --expect-fix A,B       ... in the quick-fix menu at the first problem
                --expect-view A,B      ... in the side bar once the Report view is shown
                --expect-status A,B    ... in the status bar
                --expect-preview A,B   ... in the report preview opened beside the editor
                --expect-rule-page A,B ... in the rule page a click on the first rule id in Problems opens
                --expect-insert-tooltip A  the tooltip of the Report view's "+" on a missing section
                --expect-export-buttons A,B  the (only) buttons of the "export anyway?" question
                --shots DIR       screenshots folder   (default .shots/)
  serve       serve VS Code with the extension from this repo, print its URL, run until Ctrl+C
                --workspace DIR   folder to open (required)
                --port N          port on 127.0.0.1    (default 8080)
                --copy            serve a throwaway copy of the folder (edits do not touch it)

Common options: --timeout SECONDS (suite, ui; default ${DEFAULTS.timeoutSeconds}), --verbose (server, browser
and workbench logs), --keep-temp (keep the throwaway profile), --help.

Environment: REPORTWRIGHT_VSCODE_CACHE (runtime cache folder), REPORTWRIGHT_CHROMIUM (browser binary),
REPORTWRIGHT_TEST_WORKSPACE, REPORTWRIGHT_TESTS, REPORTWRIGHT_TEST_TIMEOUT, REPORTWRIGHT_SCREENSHOT,
REPORTWRIGHT_SHOTS, REPORTWRIGHT_VERBOSE=1 (options on the command line win).`;

const COMMON = {
  workspace: { type: 'string' },
  timeout: { type: 'string' },
  verbose: { type: 'boolean' },
  'keep-temp': { type: 'boolean' },
  help: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

const COMMAND_OPTIONS = {
  provision: { help: COMMON.help },
  suite: { ...COMMON, tests: { type: 'string' }, grep: { type: 'string' }, screenshot: { type: 'string' } },
  ui: {
    ...COMMON,
    open: { type: 'string' },
    expect: { type: 'string' },
    'expect-outline': { type: 'string' },
    'expect-fix': { type: 'string' },
    'expect-view': { type: 'string' },
    'expect-status': { type: 'string' },
    'expect-preview': { type: 'string' },
    'expect-rule-page': { type: 'string' },
    'expect-insert-tooltip': { type: 'string' },
    'expect-export-buttons': { type: 'string' },
    shots: { type: 'string' },
  },
  serve: { workspace: COMMON.workspace, port: { type: 'string' }, copy: { type: 'boolean' }, verbose: COMMON.verbose, help: COMMON.help },
} satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof COMMAND_OPTIONS;
type Values = Record<string, string | boolean | undefined>;

function isCommand(name: string | undefined): name is Command {
  return name !== undefined && Object.hasOwn(COMMAND_OPTIONS, name);
}

function parse(command: Command, args: string[]): Values {
  try {
    return parseArgs({ args, options: COMMAND_OPTIONS[command], strict: true, allowPositionals: false }).values as Values;
  } catch (error) {
    throw new LauncherError(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
}

function text(values: Values, name: string, envName?: string): string | undefined {
  const value = values[name];
  if (typeof value === 'string') return value;
  return envName ? process.env[envName] || undefined : undefined;
}

/** "RW001, RW003" -> ["RW001", "RW003"]; an empty or missing list is []. */
function list(values: Values, name: string): string[] {
  return (text(values, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function positiveNumber(raw: string | undefined, fallback: number, what: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new LauncherError(`${what} must be a positive number, got "${raw}"`, 2);
  return value;
}

function common(values: Values) {
  return {
    workspace: resolve(text(values, 'workspace', 'REPORTWRIGHT_TEST_WORKSPACE') ?? DEFAULTS.workspace),
    timeoutSeconds: positiveNumber(text(values, 'timeout', 'REPORTWRIGHT_TEST_TIMEOUT'), DEFAULTS.timeoutSeconds, '--timeout'),
    verbose: values.verbose === true || process.env.REPORTWRIGHT_VERBOSE === '1',
    keepTemp: values['keep-temp'] === true,
  };
}

/** Validates the command line before anything slow happens; returns the work to run. */
function plan(command: Command, values: Values): (runtime: Runtime) => Promise<number> {
  switch (command) {
    case 'provision':
      return async () => 0;
    case 'suite': {
      const screenshot = text(values, 'screenshot', 'REPORTWRIGHT_SCREENSHOT');
      const options = {
        ...common(values),
        testsPath: resolve(text(values, 'tests', 'REPORTWRIGHT_TESTS') ?? DEFAULTS.testsPath),
        grep: text(values, 'grep'),
        screenshot: screenshot ? resolve(screenshot) : undefined,
      };
      return (runtime) => runSuite(runtime, options);
    }
    case 'ui': {
      const openFile = text(values, 'open');
      if (!openFile) throw new LauncherError(`ui needs --open FILE (relative to the workspace)\n\n${USAGE}`, 2);
      const options = {
        ...common(values),
        openFile,
        expectProblems: list(values, 'expect'),
        expectOutline: list(values, 'expect-outline'),
        expectQuickFixes: list(values, 'expect-fix'),
        expectView: list(values, 'expect-view'),
        expectStatus: list(values, 'expect-status'),
        expectPreview: list(values, 'expect-preview'),
        expectRulePage: list(values, 'expect-rule-page'),
        expectInsertTooltip: list(values, 'expect-insert-tooltip'),
        expectExportButtons: list(values, 'expect-export-buttons'),
        shotsDir: resolve(text(values, 'shots', 'REPORTWRIGHT_SHOTS') ?? DEFAULTS.shotsDir),
      };
      return (runtime) => runUiCheck(runtime, options);
    }
    case 'serve': {
      const workspace = text(values, 'workspace');
      if (!workspace) throw new LauncherError(`serve needs --workspace DIR\n\n${USAGE}`, 2);
      const options = {
        workspace: resolve(workspace),
        port: positiveNumber(text(values, 'port'), 8080, '--port'),
        verbose: common(values).verbose,
        copy: values.copy === true,
      };
      return (runtime) => serve(runtime, options);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (!isCommand(command)) throw new LauncherError(`unknown command "${command}"\n\n${USAGE}`, 2);
  const values = parse(command, args);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const work = plan(command, values);
  const started = Date.now();
  const code = await work(await provision());
  if (command !== 'provision') say(`${command} done in ${seconds(started)}, exit code ${code}`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof LauncherError) {
      console.error(`error: ${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(error);
    process.exit(1);
  },
);
