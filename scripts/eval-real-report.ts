/**
 * The printed report of `npm run eval:real` (scripts/eval-real.ts): one line per labelled file,
 * then the totals and the roles recognised per role. Whatever the CLI did not report is
 * printed as "not reported" ("n/r" in the table), never as a failure.
 */
import * as path from 'node:path';
import type { FileResult } from './eval-real';
import { ratio } from './eval-real-score';

const ROOT = path.join(__dirname, '..');

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

/** The printed report: one line per file, then the totals and the roles recognised per role. */
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
