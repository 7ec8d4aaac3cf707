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
  ratio,
  type RoleAliases,
  roleNameIndex,
} from './eval-real-score';

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

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

function sum(results: FileResult[], pick: (r: FileResult) => number | null): { n: number; files: number } {
  let n = 0;
  let files = 0;
  for (const r of results) {
    const v = pick(r);
    if (v === null) continue;
    n += v;
    files++;
  }
  return { n, files };
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

/** The printed report: one line per file, then the totals and the roles missed most. */
export function report(folder: string, results: FileResult[], stale: string[]): string {
  const out: string[] = [];
  const labelled = results.reduce((n, r) => n + r.label.parts.length, 0);
  const sources = [...new Set(results.map((r) => r.partsSource))];
  out.push(`Measured on real reports: ${path.relative(ROOT, folder) || '.'} (${results.length} files, ${labelled} labelled parts)`);
  out.push(
    `Parts read from: ${sources.join(', ')}${sources.includes('sections') ? ' (the outline JSON has no "parts" yet: headings only)' : ''}`,
  );
  if (stale.length) out.push(`Labels not on their line (fix labels.json): ${stale.join('; ')}`);
  out.push('');
  const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
  out.push(`${pad('file', 42)}${pad('lang', 8)}${pad('kind: labelled → detected', 40)}${pad('roles', 9)}${pad('given', 9)}${pad('false missing', 16)}vi msgs`);
  for (const r of results) {
    const lang = r.lang === null ? 'n/r' : r.lang === r.label.lang ? `${r.lang} ✓` : `${r.lang} ✗`;
    const detected =
      r.detectedKind === undefined
        ? 'not reported'
        : `${r.detectedKind ?? 'none'}${r.confidence !== undefined ? ` (${r.confidence.toFixed(2)})` : ''} ${r.detectedKind === r.label.kind ? '✓' : '✗'}`;
    const fm = `${r.falseMissingAuto ?? 'n/r'} / ${r.falseMissingGiven ?? 'n/r'}`;
    const vi = r.viMessages ? `${r.viMessages.vietnamese}/${r.viMessages.total}` : r.label.lang === 'vi' ? 'n/r' : '';
    out.push(
      `${pad(r.file, 42)}${pad(lang, 8)}${pad(`${r.label.kind} → ${detected}`, 40)}${pad(`${r.recognised}/${r.label.parts.length}`, 9)}${pad(r.recognisedGiven === null ? 'n/r' : `${r.recognisedGiven}/${r.label.parts.length}`, 9)}${pad(fm, 16)}${vi}`,
    );
    if (r.errors.length) out.push(`    ! ${r.errors.join('; ')}`);
  }
  out.push('');
  out.push('Columns: roles = recognised with no kind given; given = with the labelled kind given (n/r: kind unknown to this CLI);');
  out.push('false missing = RW001 for a labelled role, with --kind auto / with the labelled kind; n/r = not reported.');
  out.push('');

  const recognised = results.reduce((n, r) => n + r.recognised, 0);
  const given = results.filter((r) => r.recognisedGiven !== null);
  const givenParts = given.reduce((n, r) => n + r.label.parts.length, 0);
  const auto = sum(results, (r) => r.falseMissingAuto);
  const giv = sum(results, (r) => r.falseMissingGiven);
  const kindReported = results.filter((r) => r.detectedKind !== undefined);
  const vi = results.filter((r) => r.viMessages);
  const viFrom = [...new Set(vi.map((r) => r.viMessages!.from))];
  const autoFrom = [...new Set(results.map((r) => r.falseMissingAutoFrom).filter(Boolean))];

  out.push('Totals');
  out.push(`  roles recognised (no kind given):              ${ratio(recognised, labelled)}`);
  out.push(
    `  roles recognised (labelled kind given):        ${given.length ? `${ratio(given.reduce((n, r) => n + r.recognisedGiven!, 0), givenParts)} in the ${files(given.length)} whose kind this CLI knows` : 'not reported (no labelled kind is known to this CLI)'}`,
  );
  out.push(
    `  false "missing section" (--kind auto):         ${auto.files ? `${auto.n} in ${files(auto.files)} (from ${autoFrom.join(', ')})` : 'not reported (this CLI has no lint --kind auto, and the outline JSON has no "missing")'}`,
  );
  out.push(
    `  false "missing section" (labelled kind given): ${giv.files ? `${giv.n} in the ${files(giv.files)} whose kind this CLI knows` : 'not reported'}`,
  );
  out.push(
    `  kind detected:                                 ${kindReported.length ? ratio(kindReported.filter((r) => r.detectedKind === r.label.kind).length, results.length) : 'not reported (the outline JSON has no "detectedKind")'}`,
  );
  out.push(`  language detected:                             ${ratio(results.filter((r) => r.lang === r.label.lang).length, results.length)}`);
  out.push(
    `  messages in Vietnamese (Vietnamese reports):   ${vi.length ? `${ratio(vi.reduce((n, r) => n + r.viMessages!.vietnamese, 0), vi.reduce((n, r) => n + r.viMessages!.total, 0))} (findings of lint ${viFrom.map((f) => (f === 'auto' ? '--kind auto' : 'with the labelled kind')).join(' and ')})` : 'not reported (no findings on Vietnamese reports)'}`,
  );

  const byRole = new Map<string, { n: number; of: number }>();
  for (const r of results) {
    for (const p of r.label.parts) {
      const e = byRole.get(p.role) ?? { n: 0, of: 0 };
      e.of++;
      if (!r.missedRoles.includes(`${p.role}@${p.line}`)) e.n++;
      byRole.set(p.role, e);
    }
  }
  out.push('');
  out.push(`Per role (no kind given): ${[...byRole].sort((a, b) => b[1].of - a[1].of).map(([role, e]) => `${role} ${e.n}/${e.of}`).join(', ')}`);
  return out.join('\n');
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
