/**
 * Measures how the product reads real reports: `npm run eval:real [-- FOLDER] [--json] [--cli PATH]`.
 *
 * Runs the built CLI (dist/cli.js, or --cli PATH) on every file labelled in FOLDER/labels.json (default
 * test/real/) — `outline --format json`, `lint --kind auto --format json`, and the same two with
 * the labelled kind given — and prints, per file and in total, against the labels:
 * - the share of labelled roles recognised (a labelled part counts when an output part with its
 *   role spans its line);
 * - false "missing section" findings (RW001 for a role the labels say is present);
 * - whether the kind and the language were detected;
 * - the share of messages in Vietnamese reports that are in Vietnamese.
 * Whatever the CLI does not report yet (no `parts`, no `detectedKind`, no `--kind auto`) is
 * printed as "not reported". Not part of `npm test`: a measurement, not a pass/fail check.
 * Exit status: 0 measured, 2 no labels, unreadable labels or no built CLI.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  falseMissing,
  falseMissingFromOutline,
  type FileLabel,
  isRecognised,
  isVietnameseMessage,
  type JsonFinding,
  outlineParts,
  type PartsSource,
  type RoleAliases,
  roleNameIndex,
} from './eval-real-score';
import { report } from './eval-real-report';

const ROOT = path.join(__dirname, '..');
/** The command line under measurement: the build's, unless another is given (--cli PATH). */
const BUILT_CLI = path.join(ROOT, 'dist', 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cliPath: string, args: string[]): Run {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024, cwd: ROOT });
  return { status: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

function json(run: Run): unknown {
  try {
    return JSON.parse(run.stdout);
  } catch {
    return undefined;
  }
}

const unknownKind = (run: Run) => run.status === 2 && /unknown kind/i.test(run.stderr);

/** What the CLI said about one file, read per the outline contract. */
export interface FileResult {
  file: string;
  label: FileLabel;
  partsSource: PartsSource;
  recognised: number;
  recognisedGiven: number | null;
  missedRoles: string[];
  lang: string | null;
  detectedKind: string | null | undefined;
  confidence: number | undefined;
  falseMissingAuto: number | null;
  falseMissingAutoFrom: 'lint' | 'outline' | null;
  falseMissingGiven: number | null;
  falseMissingGivenRoles: string[];
  viMessages: { vietnamese: number; total: number; from: 'auto' | 'given' } | null;
  errors: string[];
}

function loadRoleIndex(): Map<string, string> {
  const dir = path.join(ROOT, 'src', 'core', 'kinds');
  try {
    const roles = JSON.parse(fs.readFileSync(path.join(dir, 'roles.json'), 'utf8'));
    const kinds = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'roles.json')
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    return roleNameIndex(roles, kinds);
  } catch {
    return new Map();
  }
}

function evaluate(cliPath: string, folder: string, file: string, label: FileLabel, index: Map<string, string>, aliases: RoleAliases): FileResult {
  const cli = (args: string[]) => run(cliPath, args);
  const target = path.join(folder, file);
  const errors: string[] = [];
  const roles = new Set(label.parts.map((p) => p.role));

  const outlineRun = cli(['outline', '--format', 'json', target]);
  const outline = json(outlineRun);
  if (outline === undefined) errors.push(`outline failed: ${outlineRun.stderr.trim().split('\n')[0] ?? outlineRun.status}`);
  const { source, parts } = outlineParts(outline);
  const missed = label.parts.filter((p) => !isRecognised(p, parts, aliases));

  const o = (outline ?? {}) as { lang?: unknown; detectedKind?: unknown; confidence?: unknown };

  // lint --kind auto: each file as its detected kind when the detection is confident.
  const autoRun = cli(['lint', '--kind', 'auto', '--format', 'json', target]);
  let autoFindings: JsonFinding[] | null = null;
  let falseMissingAuto: number | null = null;
  let falseMissingAutoFrom: FileResult['falseMissingAutoFrom'] = null;
  if (!unknownKind(autoRun)) {
    const f = json(autoRun);
    if (Array.isArray(f)) {
      autoFindings = f as JsonFinding[];
      falseMissingAuto = falseMissing(autoFindings, roles, index).findings.length;
      falseMissingAutoFrom = 'lint';
    } else errors.push(`lint --kind auto failed: ${autoRun.stderr.trim().split('\n')[0] ?? autoRun.status}`);
  } else {
    const fromOutline = falseMissingFromOutline(outline, roles);
    if (fromOutline) {
      falseMissingAuto = fromOutline.length;
      falseMissingAutoFrom = 'outline';
    }
  }

  // The labelled kind given, when the CLI knows it: reading apart from detection.
  let recognisedGiven: number | null = null;
  let falseMissingGiven: number | null = null;
  let falseMissingGivenRoles: string[] = [];
  let givenFindings: JsonFinding[] | null = null;
  const givenLint = cli(['lint', '--kind', label.kind, '--format', 'json', target]);
  if (!unknownKind(givenLint)) {
    const f = json(givenLint);
    if (Array.isArray(f)) {
      givenFindings = f as JsonFinding[];
      const fm = falseMissing(givenFindings, roles, index).findings;
      falseMissingGiven = fm.length;
      falseMissingGivenRoles = fm.map((x) => x.role);
    }
    const givenOutline = json(cli(['outline', '--format', 'json', '--kind', label.kind, target]));
    if (givenOutline !== undefined) {
      const given = outlineParts(givenOutline).parts;
      recognisedGiven = label.parts.filter((p) => isRecognised(p, given, aliases)).length;
    }
  }

  let viMessages: FileResult['viMessages'] = null;
  if (label.lang === 'vi') {
    const findings = autoFindings && autoFindings.length > 0 ? autoFindings : givenFindings;
    if (findings) {
      viMessages = {
        vietnamese: findings.filter((f) => isVietnameseMessage(f.message)).length,
        total: findings.length,
        from: findings === autoFindings ? 'auto' : 'given',
      };
    }
  }

  return {
    file,
    label,
    partsSource: source,
    recognised: label.parts.length - missed.length,
    recognisedGiven,
    missedRoles: missed.map((p) => `${p.role}@${p.line}`),
    lang: typeof o.lang === 'string' ? o.lang : null,
    detectedKind: 'detectedKind' in o ? (typeof o.detectedKind === 'string' ? o.detectedKind : null) : undefined,
    confidence: typeof o.confidence === 'number' ? o.confidence : undefined,
    falseMissingAuto,
    falseMissingAutoFrom,
    falseMissingGiven,
    falseMissingGivenRoles,
    viMessages,
    errors,
  };
}

/** Labels whose `title` is not on their `line` (the file was edited after labelling). */
function staleLabels(folder: string, labels: Record<string, FileLabel>): string[] {
  const stale: string[] = [];
  for (const [file, label] of Object.entries(labels)) {
    let lines: string[];
    try {
      lines = fs.readFileSync(path.join(folder, file), 'utf8').split(/\r\n|\r|\n/);
    } catch {
      stale.push(`${file}: file not found`);
      continue;
    }
    for (const p of label.parts) if (!(lines[p.line - 1] ?? '').includes(p.title)) stale.push(`${file}:${p.line} "${p.title}"`);
  }
  return stale;
}

/** Scores the CLI at `cliPath` on every file labelled in `folder`/labels.json (throws when they cannot be read). */
export function evaluateFolder(folder: string, cliPath: string = BUILT_CLI): { results: FileResult[]; stale: string[] } {
  const labels: Record<string, FileLabel> = JSON.parse(fs.readFileSync(path.join(folder, 'labels.json'), 'utf8'));
  const index = loadRoleIndex();
  const aliasFile = path.join(folder, 'role-aliases.json');
  const aliases: RoleAliases = fs.existsSync(aliasFile) ? JSON.parse(fs.readFileSync(aliasFile, 'utf8')) : {};
  const results = Object.entries(labels).map(([file, label]) => evaluate(cliPath, folder, file, label, index, aliases));
  return { results, stale: staleLabels(folder, labels) };
}

function main(argv: string[]): number {
  let asJson = false;
  let folderArg: string | undefined;
  let cliPath = BUILT_CLI;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') asJson = true;
    else if (a === '--cli') cliPath = path.resolve(argv[++i] ?? '');
    else if (a.startsWith('--cli=')) cliPath = path.resolve(a.slice('--cli='.length));
    else if (a.startsWith('--')) {
      console.error(`eval-real: unknown option ${a} (options: FOLDER, --json, --cli PATH)`);
      return 2;
    } else folderArg = a;
  }
  const folder = path.resolve(folderArg ?? path.join(ROOT, 'test', 'real'));
  if (!fs.existsSync(cliPath)) {
    console.error(`eval-real: ${path.relative(process.cwd(), cliPath)} not found; run "npm run build" first`);
    return 2;
  }
  let evaluated;
  try {
    evaluated = evaluateFolder(folder, cliPath);
  } catch (error) {
    console.error(`eval-real: cannot read ${path.join(folder, 'labels.json')}: ${(error as Error).message}`);
    return 2;
  }
  if (asJson) console.log(JSON.stringify({ folder, ...evaluated }, null, 2));
  else console.log(report(folder, evaluated.results, evaluated.stale));
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
