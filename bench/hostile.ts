/**
 * Times the hostile inputs of the security review (each a kind of fault that used to hang or
 * balloon): `npx tsx bench/hostile.ts`. Prints one line per case: milliseconds and what came out.
 */
import { compatibleFixes, type Finding, KindRegistry, LineIndex, lint, loadKindFile, parseReport, type ReportKind } from '../src/core';
import { exportDocx, exportHtml } from '../src/core/export';
import { matchRole } from '../src/core/kinds/matchRole';
import { compileWorkspaceGlob } from '../src/core/text/safeGlob';

const noFiles = () => Promise.reject(new Error('no file'));

async function time(name: string, run: () => unknown): Promise<void> {
  const started = performance.now();
  const result = await run();
  console.log(`${name.padEnd(58)} ${String(Math.round(performance.now() - started)).padStart(6)} ms  ${result ?? ''}`);
}

async function main(): Promise<void> {
  const redos = loadKindFile(JSON.stringify({ id: 'redos', roles: [{ role: 'results', cues: ['(a+)+$'] }, { role: 'conclusion', required: true }] })).kind!;
  const kinds = new KindRegistry([]).with([redos]);
  await time('cue "(a+)+$", 200 paragraphs of 28 a and "!"', () => lint(parseReport('---\nkind: redos\n---\n\n' + `${'a'.repeat(28)}!\n\n`.repeat(200), { kinds })).length + ' findings');

  const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n');
  await time('front matter, 5,000 keys and a duplicate (45 KB)', () => lint(parseReport(`---\nkind: review\n${keys(5000)}\nk1: x\n---\n\n# T\n`)).filter((f) => f.ruleId === 'RW006').length + ' RW006');
  await time('front matter, 150,000 keys (1.6 MB)', () => lint(parseReport(`---\nkind: review\n${keys(150_000)}\n---\n\n# T\n`)).filter((f) => f.ruleId === 'RW006').length + ' RW006');

  const text = 'a b c d e f g h i j\n'.repeat(6000);
  const lines = new LineIndex(text);
  const at = (o: number) => lines.positionAt(o);
  const findings: Finding[] = Array.from({ length: 60_000 }, (_, i) => ({ ruleId: 'RW0', ruleName: 'x', severity: 'warning', message: '', range: { start: at(2 * i), end: at(2 * i + 1) }, fix: { title: 'x', edits: [{ range: { start: at(2 * i), end: at(2 * i + 1) }, newText: 'x' }] } }));
  await time('compatibleFixes, 60,000 fixes', () => compatibleFixes(text, findings).length + ' chosen');

  const many: ReportKind = { id: 'x', ordered: true, name: { vi: 'x', en: 'x' }, templateTitle: { vi: 'x', en: 'x' }, roles: [{ id: 'r', required: false, order: 0, rank: 0, name: { vi: 'r', en: 'r' }, heading: { vi: 'r', en: 'r' }, inTemplate: false, synonyms: { vi: Array.from({ length: 100_000 }, (_, i) => `a mục số ${i}`), en: [] } }] };
  await time('100,000 synonyms × 5,000 headings (index built once)', () => Array.from({ length: 5000 }, (_, i) => matchRole(`A mục số ${i}x`, many)).filter(Boolean).length + ' matched');

  const glob = compileWorkspaceGlob('*a*a*a*a*a*a*a*a*a*a*b');
  await time('glob "*a*a*a*a*a*a*a*a*a*a*b" against a 5,000-letter name', () => glob.match!('a'.repeat(5000)));

  const cols = 5000;
  const row = (p: string) => '| ' + Array.from({ length: cols }, (_, i) => `${p}${i}`).join(' | ') + ' |\n';
  await time('Word export, a 5,000-column table', async () => (await exportDocx(parseReport('# T\n\n' + row('h') + '|' + '---|'.repeat(cols) + '\n' + row('c')), { readFile: noFiles })).notes.length + ' note');
  await time('Word export, 20,000 web links', async () => (await exportDocx(parseReport('# T\n\n' + Array.from({ length: 20_000 }, (_, i) => `[l${i}](https://e.vn/${i})`).join(' ') + '\n'), { readFile: noFiles })).notes.length + ' note');

  const png = new Uint8Array(15 * 1024 * 1024);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x10, 0, 0, 0, 0x10, 0]);
  await time('HTML export, a 15 MB image', async () => `${((await exportHtml(parseReport('# T\n\n![x](x.png)\n'), { readFile: async () => png })).html.length / 1048576).toFixed(1)} MB of HTML`);
  await time('HTML export, a 50 MB image (refused: over 20 MB)', async () => (await exportHtml(parseReport('# T\n\n![x](x.png)\n'), { readFile: async () => new Uint8Array(50 * 1024 * 1024) })).notes.length + ' note');
}

void main();
