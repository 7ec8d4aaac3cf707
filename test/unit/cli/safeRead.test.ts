import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReadRefused } from '../../../src/core/export/images';
import { readRegularFileSync } from '../../../src/cli/safeRead';

describe('reading a regular file whole, within a limit', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-read-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives every byte of an empty, a small and a 3 MB file, and of a file exactly at the limit', () => {
    for (const size of [0, 1, 4095, 70_000, 3 * 1024 * 1024 + 7]) {
      const bytes = crypto.randomBytes(size);
      const file = path.join(dir, `f${size}`);
      fs.writeFileSync(file, bytes);
      assert.ok(readRegularFileSync(file, 64 * 1024 * 1024).equals(bytes), `${size} bytes`);
      assert.ok(readRegularFileSync(file, size).equals(bytes), `${size} bytes, limit ${size}`);
    }
  });

  it('refuses a file one byte over the limit, in words', () => {
    const file = path.join(dir, 'big');
    fs.writeFileSync(file, Buffer.alloc(2001, 0x61));
    assert.throws(() => readRegularFileSync(file, 2000), (error: unknown) => error instanceof ReadRefused && /larger than/.test(error.words.en) && /lớn hơn/.test(error.words.vi));
  });

  (fs.existsSync('/proc/self/status') ? it : it.skip)('reads a file whose stated size is 0 but which has text (/proc)', () => {
    assert.equal(fs.statSync('/proc/self/status').size, 0);
    const text = readRegularFileSync('/proc/self/status', 1024 * 1024).toString('utf8');
    assert.match(text, /^Name:/m);
    assert.match(text, /^Pid:/m);
  });
});
