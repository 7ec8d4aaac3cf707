import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { loadImages, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, toBase64 } from '../../../src/core/export/images';

/** A PNG header claiming this size: a "PNG bomb" is small on disk and huge once decoded. */
function pngHeader(width: number, height: number, length = 64): Uint8Array {
  const data = new Uint8Array(length);
  data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(data.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return data;
}

describe('hostile input: images in exports', () => {
  it('refuses an image file over the byte limit, with a note in both languages', async () => {
    const big = pngHeader(10, 10, MAX_IMAGE_BYTES + 1);
    const set = await loadImages(['big.png'], async () => big);
    assert.equal(set.local.size, 0);
    assert.match(set.notes[0].en, /big\.png is 20\.0 MB, over the limit of 20 MB/);
    assert.match(set.notes[0].vi, /quá giới hạn/);
  });

  it('refuses a PNG whose header claims more pixels than the limit', async () => {
    const side = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS)) + 1;
    const set = await loadImages(['bomb.png'], async () => pngHeader(side, side));
    assert.equal(set.local.size, 0);
    assert.match(set.notes[0].en, /pixels, over the limit of 60 megapixels/);
    const ok = await loadImages(['ok.png'], async () => pngHeader(4000, 3000));
    assert.equal(ok.local.size, 1);
  });

  it('encodes base64 as Node does, with and without Buffer', () => {
    for (const length of [0, 1, 2, 3, 1000, 65537]) {
      const data = new Uint8Array(randomBytes(length));
      const expected = Buffer.from(data).toString('base64');
      assert.equal(toBase64(data), expected);
      const buffer = (globalThis as { Buffer?: unknown }).Buffer;
      try {
        (globalThis as { Buffer?: unknown }).Buffer = undefined;
        assert.equal(toBase64(data), expected);
      } finally {
        (globalThis as { Buffer?: unknown }).Buffer = buffer;
      }
    }
  });

  it('encodes a 15 MB image in well under a second', () => {
    const data = new Uint8Array(15 * 1024 * 1024);
    const started = Date.now();
    assert.equal(toBase64(data).length, Math.ceil(data.length / 3) * 4);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
  });
});
