import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { scope?: string }> } };
};
const SETTINGS = manifest.contributes.configuration.properties;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

interface Read {
  file: string;
  key: string;
  /** The resource the configuration was asked for: undefined when none was given. */
  resource: string | undefined;
}

/**
 * Every `getConfiguration('reportwright'[, resource])…get('key')` in the extension, chained or
 * through a `const` holding the configuration.
 */
function settingReads(): Read[] {
  const reads: Read[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src', 'extension'))) {
    const text = fs.readFileSync(file, 'utf8');
    const name = path.relative(ROOT, file);
    const call = /getConfiguration\('reportwright'(?:,\s*([^)]+?))?\)/g;
    for (const m of text.matchAll(call)) {
      const resource = m[1]?.trim();
      const after = text.slice(m.index! + m[0].length);
      const chained = /^\s*\.(?:get|inspect)(?:<[^>]*>)?\('([^']+)'/.exec(after);
      if (chained) reads.push({ file: name, key: chained[1], resource });
      const before = text.slice(0, m.index);
      const variable = /const (\w+) = (?:vscode\.workspace\.)?$/.exec(before);
      if (!variable) continue;
      for (const use of after.matchAll(new RegExp(`\\b${variable[1]}\\.(?:get|inspect)(?:<[^>]*>)?\\('([^']+)'`, 'g'))) reads.push({ file: name, key: use[1], resource });
    }
  }
  return reads;
}

describe('setting scopes (no "window scoped configuration" warnings)', () => {
  it('every setting declares its scope', () => {
    const missing = Object.entries(SETTINGS).filter(([, s]) => !s.scope).map(([k]) => k);
    assert.deepEqual(missing, []);
  });

  it('the settings a folder may set differently are resource-scoped', () => {
    for (const key of ['enable', 'rules', 'reportFiles', 'kinds', 'toneMarks', 'export.profile', 'export.referenceDocx']) {
      assert.equal(SETTINGS[`reportwright.${key}`]?.scope, 'resource', key);
    }
  });

  it('the extension reads a resource setting for a resource and a window setting for the window', () => {
    const reads = settingReads();
    assert.ok(reads.length >= 10, `found the reads (${reads.length})`);
    const wrong: string[] = [];
    for (const read of reads) {
      assert.ok(SETTINGS[`reportwright.${read.key}`], `${read.file} reads reportwright.${read.key}, which package.json does not declare`);
      const scope = SETTINGS[`reportwright.${read.key}`].scope ?? 'window';
      // VS Code warns when a window setting is read for a resource, and when a resource setting is read for none (null: any).
      if ((scope === 'window' || scope === 'application') && read.resource !== undefined) wrong.push(`${read.file}: ${read.key} (${scope}) read for ${read.resource}`);
      if (scope === 'resource' && read.resource === undefined) wrong.push(`${read.file}: ${read.key} (resource) read without a resource`);
    }
    assert.deepEqual(wrong, []);
  });
});
