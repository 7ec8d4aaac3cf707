import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseReport } from '../../../src/core';
import { exportPdf, PROFILES, type ProfileId } from '../../../src/core/export';
import { tocEntries } from '../../../src/core/export/frontPage';
import { destinationPages } from '../../../src/core/export/pdfPost';
import { inlineTokens } from '../../../src/core/render/report';
import { noFiles } from './support';

/** A word as poppler's `pdftotext -bbox` places it: its text and its top and bottom, in points from the top of the page. */
interface Word {
  text: string;
  yMin: number;
  yMax: number;
}

interface Page {
  /** The page as `pdftotext -layout` reads it, line by line. */
  lines: string[];
  words: Word[];
  height: number;
}

/** Each page of the PDF, read back with poppler-utils (which .ci/run installs). */
function readPages(file: string): Page[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1);
    const lines = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', n, '-l', n, file, '-'], { encoding: 'utf8' }).normalize('NFC').split('\n');
    const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', n, '-l', n, file, '-'], { encoding: 'utf8' }).normalize('NFC');
    const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(bbox)![1]);
    const words = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: m[3], yMin: Number(m[1]), yMax: Number(m[2]) }));
    return { lines, words, height };
  });
}

// Reference sentences and notes, each with a word found nowhere else in the report.
const NOTES = [
  { ref: 'Alpha', note: 'Thống', text: 'Theo số liệu của Tổng cục Thống kê, quý IV.' },
  { ref: 'Beta', note: 'ngân', text: 'Kinh phí lấy từ nguồn ngân sách địa phương, đã được Hội đồng nhân dân tỉnh thông qua tại kỳ họp thứ mười hai, gồm cả phần chuyển tiếp từ năm trước sang.' },
  { ref: 'Gamma', note: 'Quyết', text: 'Quyết định số 15/QĐ-UBND ngày 10/01/2024.' },
];

/** A report of about five pages: the references to the three notes on different pages, the first note referred to again later. */
function footnoteReport(profile: ProfileId): string {
  const paragraph = (n: number) => `Đoạn ${n}: các cơ quan, đơn vị đã chủ động đề xuất chủ trương, biện pháp giải quyết các vấn đề phát sinh trong quá trình thực hiện nhiệm vụ được giao. `.repeat(3).trim();
  const at: Record<number, string> = { 3: ' Mốc Alpha đã xong[^a].', 17: ' Mốc Beta đã xong[^b].', 30: ' Mốc Gamma đã xong[^c].', 34: ' Nhắc lại mốc Delta[^a].' };
  const body = Array.from({ length: 38 }, (_, i) => paragraph(i + 1) + (at[i + 1] ?? '')).join('\n\n');
  const [a, b, c] = NOTES.map((n) => n.text);
  return `---\nkind: review\nlang: vi\ntitle: Báo cáo có chú thích (${profile})\ntoc: true\n---\n\n## Phần một\n\n${body}\n\n## Phần hai\n\nHết.\n\n[^a]: ${a}\n[^b]: ${b}\n[^c]: ${c}\n`;
}

// A real PDF, printed by the machine's Chromium (CI installs Debian's), read back with poppler.
describe('PDF export: footnotes at the foot of their pages', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-pdf-notes-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const profile of ['nd30', 'default'] as const) {
    it(`${profile}: each note on the page of its reference, under the text, numbered as its reference; no list of notes after the text; the contents' page numbers right`, async () => {
      const doc = parseReport(footnoteReport(profile));
      const { data, pages: count } = await exportPdf(doc, { readFile: noFiles, profile: PROFILES[profile] });
      const file = path.join(dir, `${profile}.pdf`);
      fs.writeFileSync(file, data);
      const pages = readPages(file);
      assert.equal(pages.length, count);
      assert.ok(pages.length >= 4, `a report of ${pages.length} pages`);
      const pageOf = (word: string) => pages.map((page, i) => (page.words.some((w) => w.text.startsWith(word)) ? i : -1)).filter((i) => i >= 0);
      const refPages = NOTES.map(({ ref }) => pageOf(ref));
      refPages.forEach((found, i) => assert.equal(found.length, 1, `${NOTES[i].ref} is on one page`));
      assert.ok(new Set(refPages.map(([p]) => p)).size === 3, `the references are on different pages: ${refPages.map(([p]) => p + 1).join(', ')}`);
      assert.ok(pageOf('Delta')[0] > refPages[0][0], 'the first note is referred to again on a later page');
      NOTES.forEach(({ ref, note }, i) => {
        const at = pageOf(note);
        assert.deepEqual(at, refPages[i], `the note of ${ref} (“${note}…”) is on page ${refPages[i][0] + 1}, where it is referred to, and nowhere else`);
        const page = pages[at[0]];
        const word = page.words.find((w) => w.text.startsWith(note))!;
        // At the foot: in the lower part of the page, with no line of the report's text under it.
        assert.ok(word.yMin > page.height * 0.55, `the note of ${ref} is at the foot of its page (${word.yMin.toFixed(0)} of ${page.height.toFixed(0)} pt)`);
        const textBelow = page.words.filter((w) => w.yMin > word.yMax && /^(Đoạn|cơ|quan|Mốc)/.test(w.text));
        assert.deepEqual(textBelow.map((w) => w.text), [], `no text of the report under the note of ${ref}`);
        // The note carries the number its reference carries.
        const number = new RegExp(`${ref}\\s+đã\\s+xong(\\d+)\\.`).exec(page.lines.join('\n'))?.[1];
        assert.equal(number, String(i + 1), `the reference to ${ref} is numbered ${i + 1}`);
        const line = page.lines.findIndex((l) => l.includes(note));
        assert.match(page.lines.slice(Math.max(0, line - 1), line + 1).join(' '), new RegExp(`(^|\\s)${number}\\s+(\\S+\\s+)*?${note}`), `the note of ${ref} is numbered ${number}`);
      });
      // Nothing after the text but the second part's heading and its one line: no list of notes.
      const all = pages.map((p) => p.lines.join('\n')).join('\n');
      assert.doesNotMatch(all, /↩/);
      const last = pages[pages.length - 1].lines.join('\n');
      assert.match(last, /Hết\./);
      assert.doesNotMatch(last.slice(last.indexOf('Hết.')), /Thống|ngân|Quyết/);
      // The contents still give each heading's page, as the PDF's destinations have it.
      const printed = destinationPages(data);
      for (const entry of tocEntries(inlineTokens(doc))) {
        const page = printed.get(entry.anchor);
        assert.ok(page && page >= 2, `${entry.text} is on page ${page}`);
        assert.match(pages[0].lines.join('\n'), new RegExp(`${entry.text}\\s+${page}\\b`), `the contents say ${entry.text} is on page ${page}`);
      }
    });
  }

  it('a note longer than half a page stays with its reference and continues at the foot of the next page', async () => {
    const paragraph = 'Các cơ quan, đơn vị đã chủ động đề xuất chủ trương, biện pháp giải quyết các vấn đề phát sinh. '.repeat(6).trim();
    const long = Array.from({ length: 600 }, (_, i) => `câu ghi chú ${i + 1}`).join(', ');
    const body = Array.from({ length: 14 }, (_, i) => paragraph + (i === 0 ? ' Mốc Omega đã xong[^x].' : '')).join('\n\n');
    const doc = parseReport(`---\nkind: review\nlang: vi\n---\n# Báo cáo\n\n${body}\n\n[^x]: Mở đầu ghi chú, ${long}, Kết thúc ghi chú.\n`);
    const file = path.join(dir, 'long-note.pdf');
    fs.writeFileSync(file, (await exportPdf(doc, { readFile: noFiles, profile: PROFILES.default })).data);
    const pages = readPages(file);
    const pageOf = (word: string) => pages.findIndex((page) => page.words.some((w) => w.text.startsWith(word)));
    assert.equal(pageOf('Omega'), 0);
    assert.equal(pageOf('Mở'), 0, 'the note starts on the page of its reference');
    assert.ok(pageOf('Kết') > 0, 'and ends on a later page');
    // The note's lines, page after page (not the page numbers, nor the note's own number), read as one text.
    const noteLine = (line: string) => /\p{L}/u.test(line) && line.trim().split(/\s+/).every((word) => /^(Mở|đầu|Kết|thúc|câu|ghi|chú[,.]?|\d+,)$/u.test(word));
    const text = pages.flatMap((p) => p.lines.filter(noteLine)).join(' ').replace(/\s+/g, ' ').trim();
    assert.match(text, /^Mở đầu ghi chú, câu ghi chú 1,/);
    assert.match(text, /câu ghi chú 600, Kết thúc ghi chú\.$/);
    for (let i = 1; i <= 600; i++) assert.ok(text.includes(`câu ghi chú ${i},`), `the note keeps “câu ghi chú ${i}”`);
  });

  // Many references in one paragraph: the notes fill more than the room under the text, so the
  // paragraph breaks between lines and each note goes with the line holding its reference.
  for (const count of [40, 90]) {
    it(`${count} references in one paragraph: each note on the page of its reference, the paragraph broken between lines`, async () => {
      const paragraph = Array.from({ length: count }, (_, i) => `Câu số ${i + 1} đã xong[^n${i + 1}].`).join(' ');
      const notes = Array.from({ length: count }, (_, i) => `[^n${i + 1}]: Chú thích NOTE${String(i + 1).padStart(3, '0')} ngắn.`).join('\n');
      const doc = parseReport(`---\nkind: review\nlang: vi\n---\n# Báo cáo\n\n## Kết quả\n\n${paragraph}\n\n## Phương hướng\n\nTiếp tục.\n\n## Kết luận\n\nXong.\n\n${notes}\n`);
      const file = path.join(dir, `many-${count}.pdf`);
      fs.writeFileSync(file, (await exportPdf(doc, { readFile: noFiles, profile: PROFILES.default })).data);
      const pages = readPages(file);
      const pageOf = (word: string) => pages.map((page, i) => (page.words.some((w) => w.text === word) ? i : -1)).filter((i) => i >= 0);
      // A reference prints as “xong”, its superscript number, and the full stop: three words to poppler.
      const refPage = (k: number) => pages.map((page, i) => (page.words.some((w, j) => w.text === 'xong' && page.words[j + 1]?.text === String(k)) ? i : -1)).filter((i) => i >= 0);
      const notePages = new Set<number>();
      for (let k = 1; k <= count; k++) {
        const ref = refPage(k);
        const note = pageOf(`NOTE${String(k).padStart(3, '0')}`);
        assert.equal(ref.length, 1, `the reference ${k} is on one page`);
        assert.deepEqual(note, ref, `note ${k} is on the page of its reference (page ${ref[0] + 1}), and nowhere else`);
        notePages.add(note[0]);
        // Under the text of its page.
        const page = pages[note[0]];
        const noteWord = page.words.find((w) => w.text === `NOTE${String(k).padStart(3, '0')}`)!;
        const textBelow = page.words.filter((w) => w.yMin > noteWord.yMax && /^(Câu|xong)$/.test(w.text));
        assert.deepEqual(textBelow.map((w) => w.text), [], `no text of the report under note ${k}`);
      }
      // Ninety notes do not fit under one page's text: the paragraph went on to the next pages with its notes.
      if (count === 90) assert.ok(notePages.size >= 2, `the notes are on ${notePages.size} pages`);
      assert.ok(pageOf('Phương')[0] >= Math.max(...notePages), 'the later sections follow the paragraph');
    });
  }

  it('a short note after a long one keeps the page of its reference; the long one continues overleaf', async () => {
    const paragraph = 'Các cơ quan, đơn vị đã chủ động đề xuất chủ trương, biện pháp giải quyết các vấn đề phát sinh. '.repeat(6).trim();
    const long = Array.from({ length: 600 }, (_, i) => `câu ghi chú ${i + 1}`).join(', ');
    const body = Array.from({ length: 14 }, (_, i) => paragraph + (i === 0 ? ' Mốc Omega đã xong[^x]. Mốc Sigma đã xong[^y].' : '')).join('\n\n');
    const doc = parseReport(`---\nkind: review\nlang: vi\n---\n# Báo cáo\n\n${body}\n\n[^x]: Mở đầu ghi chú, ${long}, Kết thúc ghi chú.\n[^y]: Ghi chú ngắn Zeta.\n`);
    const file = path.join(dir, 'long-then-short.pdf');
    fs.writeFileSync(file, (await exportPdf(doc, { readFile: noFiles, profile: PROFILES.default })).data);
    const pages = readPages(file);
    const pageOf = (word: string) => pages.findIndex((page) => page.words.some((w) => w.text.startsWith(word)));
    assert.equal(pageOf('Sigma'), 0);
    assert.equal(pageOf('Mở'), 0, 'the long note starts on the page of its reference');
    assert.equal(pageOf('Zeta'), 0, 'the short note is on the page of its reference, not after the long note’s end');
    assert.ok(pageOf('Kết') > 0, 'the long note ends on a later page');
    // The long note's lines, page after page, read as one text: nothing of it lost where it gave way.
    const noteLine = (line: string) => /\p{L}/u.test(line) && line.trim().split(/\s+/).every((word) => /^(Mở|đầu|Kết|thúc|câu|ghi|chú[,.]?|\d+,)$/u.test(word));
    const text = pages.flatMap((p) => p.lines.filter(noteLine)).join(' ').replace(/\s+/g, ' ').trim();
    assert.match(text, /^Mở đầu ghi chú, câu ghi chú 1,/);
    assert.match(text, /câu ghi chú 600, Kết thúc ghi chú\.$/);
    for (let i = 1; i <= 600; i++) assert.ok(text.includes(`câu ghi chú ${i},`), `the long note keeps “câu ghi chú ${i}”`);
  });
});
