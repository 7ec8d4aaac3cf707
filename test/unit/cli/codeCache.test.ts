import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CachedLoader, cacheName, defaultCacheDir } from '../../../src/cli/codeCache';

/** A bundle as the command line's: CommonJS, requiring a library from ./vendor/ on first use. */
function writeBundle(folder: string): string {
  fs.mkdirSync(path.join(folder, 'vendor'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'vendor', 'twice.js'), 'exports.twice = (n) => 2 * n;\n');
  fs.writeFileSync(path.join(folder, 'vendor', 'data.json'), '{"x": 1}\n');
  const main = path.join(folder, 'main.js');
  fs.writeFileSync(
    main,
    "module.exports = { run: (n) => require('./vendor/twice.js').twice(n) + require('./vendor/data.json').x, file: __filename, dir: __dirname, path: require('node:path').sep };\n",
  );
  return main;
}

const posix = typeof process.getuid === 'function';

/** The number of a process that has ended (free now). */
const deadPid = () => Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));

/**
 * Loads `bundle` with a cache in a new Node process (as the command line runs: within one
 * process V8 keeps what it compiled and would not read the cache again), saves the cache and
 * returns what the load did with it and what the bundle computed.
 */
function loadInProcess(bundle: string, dir: string, build = 'b1', purpose = 'lint'): { outcome: string; result: number } {
  const script = [
    `const { CachedLoader } = require(${JSON.stringify(path.join(__dirname, '../../../src/cli/codeCache.ts'))});`,
    `const loader = new CachedLoader({ dir: ${JSON.stringify(dir)}, build: ${JSON.stringify(build)}, purpose: ${JSON.stringify(purpose)} });`,
    `const result = loader.load(${JSON.stringify(bundle)}).run(20);`,
    'loader.save();',
    `console.log(JSON.stringify({ outcome: loader.outcomes.get(${JSON.stringify(bundle)}), result }));`,
  ].join('\n');
  return JSON.parse(execFileSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], { encoding: 'utf8' }));
}

describe('the command line code cache', () => {
  let scratch: string;
  let bundle: string;
  let cacheDir: string;
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-code-cache-'));
    bundle = writeBundle(path.join(scratch, 'dist'));
    cacheDir = path.join(scratch, 'cache', 'reportwright');
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  const load = (dir: string | undefined, build = 'b1') => {
    const loader = new CachedLoader({ dir, build });
    const exports = loader.load(bundle) as { run(n: number): number; file: string; dir: string; path: string };
    return { loader, exports };
  };

  it('runs a bundle as require would, its vendor libraries through the cache too', () => {
    const { loader, exports } = load(cacheDir);
    assert.equal(exports.run(20), 41);
    assert.equal(exports.file, bundle);
    assert.equal(exports.dir, path.dirname(bundle));
    assert.equal(exports.path, path.sep);
    const twice = path.join(path.dirname(bundle), 'vendor', 'twice.js');
    assert.deepEqual([...loader.outcomes.keys()], [bundle, twice]);
  });

  it('writes the cache at the end of a run, mode 600 in a folder of mode 700, and the next run reads it', function () {
    if (!posix) this.skip();
    assert.deepEqual(loadInProcess(bundle, cacheDir), { outcome: 'miss', result: 41 });
    const file = path.join(cacheDir, cacheName(bundle));
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.equal(fs.statSync(cacheDir).mode & 0o777, 0o700);
    assert.deepEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
    assert.deepEqual(loadInProcess(bundle, cacheDir), { outcome: 'hit', result: 41 });
  });

  it('writes the cache again once for a run of another purpose, with the code it compiled added', function () {
    if (!posix) this.skip();
    const file = path.join(cacheDir, cacheName(bundle));
    assert.deepEqual(loadInProcess(bundle, cacheDir, 'b1', 'help'), { outcome: 'miss', result: 41 });
    const first = fs.readFileSync(file);
    assert.deepEqual(loadInProcess(bundle, cacheDir, 'b1', 'lint'), { outcome: 'hit', result: 41 });
    const second = fs.readFileSync(file);
    const purposes = /\nhelp,lint *\n/.exec(second.toString('latin1'));
    assert.ok(purposes, 'the purposes of the runs that made it');
    assert.equal((purposes.index + purposes[0].length) % 8, 0, 'the code starts at a multiple of 8 bytes: V8 copies cached data given out of alignment');
    assert.notDeepEqual(second, first);
    fs.utimesSync(file, 1, 1);
    assert.deepEqual(loadInProcess(bundle, cacheDir, 'b1', 'help'), { outcome: 'hit', result: 41 });
    assert.equal(fs.statSync(file).mtimeMs, 1000, 'a purpose the cache has seen writes nothing');
  });

  it('keeps at most 64 cache files, removing the oldest', function () {
    if (!posix) this.skip();
    fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    for (let i = 0; i < 70; i++) {
      const old = path.join(cacheDir, `gone-${i}.js-00000000.cache`);
      fs.writeFileSync(old, 'x', { mode: 0o600 });
      fs.utimesSync(old, 1000 + i, 1000 + i);
    }
    fs.writeFileSync(path.join(cacheDir, 'notes.txt'), 'not a cache');
    loadInProcess(bundle, cacheDir);
    const left = fs.readdirSync(cacheDir);
    assert.equal(left.filter((f) => f.endsWith('.cache')).length, 64);
    assert.ok(left.includes(cacheName(bundle)), 'the new cache stays');
    assert.ok(left.includes('notes.txt'), 'only cache files are removed');
    assert.ok(!left.includes('gone-0.js-00000000.cache') && left.includes('gone-69.js-00000000.cache'), 'the oldest go first');
  });

  it("never uses a cache made from another build, or from the bundle before it changed", function () {
    if (!posix) this.skip();
    const first = load(cacheDir, 'b1');
    first.loader.save();
    assert.equal(load(cacheDir, 'b2').loader.outcomes.get(bundle), 'miss');
    fs.appendFileSync(bundle, '\n// changed\n');
    assert.equal(load(cacheDir, 'b1').loader.outcomes.get(bundle), 'miss');
  });

  it('ignores a cache V8 rejects, runs the bundle all the same, and replaces the cache', function () {
    if (!posix) this.skip();
    loadInProcess(bundle, cacheDir);
    const file = path.join(cacheDir, cacheName(bundle));
    const data = fs.readFileSync(file);
    // The header kept (the key, then the purposes' line), V8's data spoiled.
    const header = data.indexOf('\n', data.indexOf(`${process.arch}\n`) + process.arch.length + 1) + 1;
    fs.writeFileSync(file, Buffer.concat([data.subarray(0, header), Buffer.alloc(data.length - header, 0x41)]), { mode: 0o600 });
    assert.deepEqual(loadInProcess(bundle, cacheDir), { outcome: 'rejected', result: 41 });
    assert.deepEqual(loadInProcess(bundle, cacheDir), { outcome: 'hit', result: 41 });
  });

  it('drops a cache a run died running (its mark left, its process gone), and compiles anew', function () {
    if (!posix) this.skip();
    loadInProcess(bundle, cacheDir);
    const file = path.join(cacheDir, cacheName(bundle));
    assert.deepEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.running')), [], 'a run that ends takes its mark away');
    const gone = deadPid();
    fs.writeFileSync(`${file}.${gone}.running`, '', { mode: 0o600 });
    assert.deepEqual(loadInProcess(bundle, cacheDir), { outcome: 'miss', result: 41 });
    assert.deepEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.running')), [], 'the dead mark is gone');
    assert.deepEqual(loadInProcess(bundle, cacheDir), { outcome: 'hit', result: 41 }, 'the cache made anew is used');
  });

  it("takes a run still going on (its mark, its process alive) for no crash", function () {
    if (!posix) this.skip();
    loadInProcess(bundle, cacheDir);
    const file = path.join(cacheDir, cacheName(bundle));
    fs.writeFileSync(`${file}.${process.pid}.running`, '', { mode: 0o600 });
    assert.deepEqual(loadInProcess(bundle, cacheDir), { outcome: 'hit', result: 41 });
    assert.ok(fs.existsSync(`${file}.${process.pid}.running`), "another run's mark is left to it");
  });

  it('removes the caches a run took when it ends on an internal error', function () {
    if (!posix) this.skip();
    loadInProcess(bundle, cacheDir);
    const file = path.join(cacheDir, cacheName(bundle));
    const script = [
      `const { CachedLoader } = require(${JSON.stringify(path.join(__dirname, '../../../src/cli/codeCache.ts'))});`,
      `const { INTERNAL_ERROR } = require(${JSON.stringify(path.join(__dirname, '../../../src/cli/internalError.ts'))});`,
      `const loader = new CachedLoader({ dir: ${JSON.stringify(cacheDir)}, build: 'b1', purpose: 'lint' });`,
      `loader.load(${JSON.stringify(bundle)});`,
      'globalThis[INTERNAL_ERROR] = true;',
      'loader.save();',
      `console.log(loader.outcomes.get(${JSON.stringify(bundle)}));`,
    ].join('\n');
    assert.equal(execFileSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], { encoding: 'utf8' }).trim(), 'hit');
    assert.ok(!fs.existsSync(file), 'the cache it ran is gone');
    assert.deepEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.running')), []);
    assert.deepEqual(loadInProcess(bundle, cacheDir), { outcome: 'miss', result: 41 });
  });

  it('ends silently when its mark cannot be removed (a folder put in its place), and a later run clears it', function () {
    if (!posix) this.skip();
    loadInProcess(bundle, cacheDir);
    const run = load(cacheDir);
    const [mark] = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.running'));
    assert.ok(mark, 'a run that takes the cache leaves its mark');
    fs.rmSync(path.join(cacheDir, mark));
    fs.mkdirSync(path.join(cacheDir, mark, 'inside'), { recursive: true });
    assert.doesNotThrow(() => run.loader.save());
    // A later run takes the folder for a dead run's mark (its process gone), clears it and the cache, and goes on with a cache again.
    fs.renameSync(path.join(cacheDir, mark), path.join(cacheDir, mark.replace(/\.\d+\.running$/, `.${deadPid()}.running`)));
    assert.equal(loadInProcess(bundle, cacheDir).outcome, 'miss');
    assert.deepEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.running')), []);
    assert.equal(loadInProcess(bundle, cacheDir).outcome, 'hit');
  });

  it('does not wait on a FIFO planted where the cache goes', function () {
    if (!posix || spawnSync('mkfifo', ['--version']).error) this.skip();
    fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    execFileSync('mkfifo', ['-m', '600', path.join(cacheDir, cacheName(bundle))]);
    const started = Date.now();
    const run = load(cacheDir);
    assert.equal(run.exports.run(1), 3);
    assert.ok(Date.now() - started < 5000);
  });

  it('does not follow a link planted where the cache goes, and leaves its target alone', function () {
    if (!posix) this.skip();
    fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const target = path.join(scratch, 'victim.txt');
    fs.writeFileSync(target, 'precious\n');
    const file = path.join(cacheDir, cacheName(bundle));
    fs.symlinkSync(target, file);
    const run = load(cacheDir);
    assert.equal(run.loader.outcomes.get(bundle), 'miss');
    run.loader.save();
    assert.equal(fs.readFileSync(target, 'utf8'), 'precious\n');
    assert.ok(!fs.lstatSync(file).isSymbolicLink(), 'the link is replaced by a cache file of our own');
  });

  it('neither reads nor writes a cache in a folder others may write to, or reached through a link', function () {
    if (!posix) this.skip();
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.chmodSync(cacheDir, 0o777);
    const open = load(cacheDir);
    assert.equal(open.loader.outcomes.get(bundle), 'none');
    open.loader.save();
    assert.deepEqual(fs.readdirSync(cacheDir), []);

    const real = path.join(scratch, 'elsewhere');
    fs.mkdirSync(real, { mode: 0o700 });
    const linked = path.join(scratch, 'linked');
    fs.symlinkSync(real, linked);
    const viaLink = load(linked);
    assert.equal(viaLink.loader.outcomes.get(bundle), 'none');
    viaLink.loader.save();
    assert.deepEqual(fs.readdirSync(real), []);
  });

  it('runs without a cache when there is no cache folder', () => {
    const { loader, exports } = load(undefined);
    assert.equal(exports.run(1), 3);
    assert.equal(loader.outcomes.get(bundle), 'none');
    loader.save();
  });

  it("chooses the user's cache folder, none when Node's compile cache is turned off", function () {
    if (!posix) this.skip();
    assert.equal(defaultCacheDir({ HOME: '/home/a' }), path.join('/home/a', '.cache', 'reportwright'));
    assert.equal(defaultCacheDir({ HOME: '/home/a', XDG_CACHE_HOME: '/var/cache/a' }), path.join('/var/cache/a', 'reportwright'));
    assert.equal(defaultCacheDir({ HOME: '/home/a', XDG_CACHE_HOME: 'relative' }), path.join('/home/a', '.cache', 'reportwright'));
    assert.equal(defaultCacheDir({ HOME: '/home/a', NODE_DISABLE_COMPILE_CACHE: '1' }), undefined);
    assert.equal(defaultCacheDir({}), undefined);
  });
});
