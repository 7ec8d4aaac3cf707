import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseReport } from '../../../src/core';
import { exportDocx } from '../../../src/core/export';
import { displayDate } from '../../../src/core/export/frontPage';
import { EXPORT_FIXTURES, readFixtureFile } from './support';

/**
 * Fidelity against pandoc, what a writer would use instead: the same rich report exported to
 * Word by Reportwright and by pandoc, both read back with pandoc's Word reader, and compared
 * with what pandoc reads from the Markdown itself, construct by construct.
 * `REPORTWRIGHT_FIDELITY_TABLE=1` prints the table the README shows.
 */
const REPORT = path.join(EXPORT_FIXTURES, 'rich-report.md');

type Json = { t?: string; c?: unknown } & Record<string, unknown>;
interface Ast {
  meta: Record<string, unknown>;
  blocks: Json[];
}

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

function pandocJson(args: string[], cwd?: string): Ast {
  return JSON.parse(execFileSync('pandoc', [...args, '-t', 'json'], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as Ast;
}

/** Plain text of pandoc inlines (Str, Space…) and of meta values. */
function plain(node: unknown): string {
  if (Array.isArray(node)) return node.map(plain).join('');
  if (!node || typeof node !== 'object') return '';
  const { t, c } = node as Json;
  if (t === 'Str') return String(c);
  if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') return ' ';
  if (t === 'MetaString') return String(c);
  return plain(c);
}

/** What survives of each construct, as comparable strings. */
function constructs(ast: Ast, title: string): Map<string, string> {
  const counts = new Map<string, number>();
  const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
  const starts: number[] = [];
  const aligns: string[] = [];
  const words = new Set<string>();
  let titleHeading = false;
  const visit = (node: unknown, listDepth: number) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, listDepth));
    if (!node || typeof node !== 'object') return;
    const { t, c } = node as Json;
    const args = c as unknown[];
    switch (t) {
      case 'Header': {
        const text = plain(args[2]).normalize('NFC').trim();
        if (args[0] === 1 && text === title && !titleHeading) titleHeading = true;
        else add(`heading ${args[0]}`);
        break;
      }
      case 'OrderedList':
        add('numbered list');
        starts.push((args[0] as [number])[0]);
        if (listDepth) add('nested list');
        return visit(args[1], listDepth + 1);
      case 'BulletList':
        add('bulleted list');
        if (listDepth) add('nested list');
        return visit(c, listDepth + 1);
      case 'Table':
        add('table');
        // pandoc 2.x: [attr, caption, column specs [[alignment, width]…], head, bodies, foot]
        aligns.push(((args[2] as Array<[{ t: string }]>) ?? []).map((spec) => spec[0].t.replace(/^Align/, '').toLowerCase()).join(' '));
        break;
      case 'Note':
        add('footnote');
        break;
      case 'Link':
        add(String((args[2] as [string])[0]).startsWith('#') ? 'link within the report' : 'web link');
        break;
      case 'Image':
        add('image');
        break;
      case 'Code':
        add('inline code');
        break;
      case 'CodeBlock':
        add('code block');
        break;
      case 'BlockQuote':
        add('block quote');
        break;
      case 'Strong':
        add('bold');
        break;
      case 'Emph':
        add('italic');
        break;
      case 'Strikeout':
        add('strike-through');
        break;
      case 'Str':
        for (const word of String(c).normalize('NFC').split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
        break;
    }
    if (c !== undefined) visit(c, listDepth);
  };
  visit(ast.blocks, 0);
  // The title, author and date are words of the report too, on the page or in the properties.
  visit(['title', 'author', 'date'].map((key) => ast.meta[key]), 0);
  const meta = (key: string) => plain(ast.meta[key]).normalize('NFC').trim();
  const out = new Map<string, string>();
  out.set('title', meta('title') === title || titleHeading ? title : '—');
  out.set('author', meta('author') || '—');
  // A date as written (2025-01-10) or as a reader of the report's language writes it.
  const date = meta('date');
  out.set('date', date && date === displayDate('2025-01-10', 'vi') ? '2025-01-10' : date || '—');
  for (const key of ['heading 1', 'heading 2', 'heading 3', 'heading 4', 'heading 5', 'heading 6', 'bold', 'italic', 'strike-through', 'inline code', 'code block', 'block quote', 'bulleted list', 'numbered list', 'nested list', 'table', 'footnote', 'web link', 'link within the report', 'image']) {
    out.set(key, String(counts.get(key) ?? 0));
  }
  out.set('numbered lists’ first numbers', starts.join(', ') || '—');
  out.set('table column alignment', aligns.join('; ') || '—');
  out.set('words', [...words].sort().join(' '));
  return out;
}

describe('Word export against pandoc', function () {
  this.timeout(120_000);
  let dir: string;
  before(function () {
    if (!hasPandoc) {
      console.warn('    pandoc is not installed: the fidelity comparison with pandoc is skipped (sudo apt-get install pandoc; CI installs it).');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-pandoc-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every construct of a rich report that pandoc keeps, read back by pandoc’s Word reader', async () => {
    const text = fs.readFileSync(REPORT, 'utf8');
    const ours = path.join(dir, 'ours.docx');
    const theirs = path.join(dir, 'pandoc.docx');
    const { data, notes } = await exportDocx(parseReport(text), { readFile: readFixtureFile });
    assert.deepEqual(notes, []);
    fs.writeFileSync(ours, data);
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', theirs, REPORT], { cwd: EXPORT_FIXTURES });
    const title = 'Báo cáo tổng kết công tác năm 2024';
    const source = constructs(pandocJson(['-f', 'markdown', REPORT], EXPORT_FIXTURES), title);
    const viaOurs = constructs(pandocJson(['-f', 'docx', ours]), title);
    const viaPandoc = constructs(pandocJson(['-f', 'docx', theirs]), title);

    const rows: string[][] = [];
    const lost: string[] = [];
    for (const [construct, expected] of source) {
      const o = viaOurs.get(construct)!;
      const p = viaPandoc.get(construct)!;
      const kept = (value: string) => (construct === 'words' ? value.split(' ').filter((w) => expected.split(' ').includes(w)).length : value === expected ? 1 : 0);
      if (kept(p) > kept(o)) lost.push(`${construct}: source ${expected}, pandoc ${p}, ours ${o}`);
      const shown = (value: string) => (construct === 'words' ? `${kept(value)} of ${expected.split(' ').length}` : value);
      rows.push([construct, shown(expected), shown(p), shown(o)]);
    }
    if (process.env.REPORTWRIGHT_FIDELITY_TABLE) {
      console.log(['| construct | in the Markdown | pandoc → Word → pandoc | Reportwright → Word → pandoc |', '|---|--:|--:|--:|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));
    }
    assert.deepEqual(lost, [], 'constructs pandoc keeps and Reportwright loses');
    // What the report is made of reaches Word through our exporter: every construct is there.
    for (const construct of ['title', 'author', 'date', 'heading 2', 'heading 6', 'footnote', 'image', 'table', 'nested list', 'numbered lists’ first numbers', 'inline code', 'code block', 'block quote', 'link within the report']) {
      assert.equal(viaOurs.get(construct), source.get(construct), construct);
    }
  });
});
