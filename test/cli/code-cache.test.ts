// The built CLI's V8 code cache (functions/cli/code-cache.ts): written by the
// first check, read by the next, and never a reason for a different report or
// a failure — a cache that is corrupt, cut short or refused by V8 is compiled
// from source and written again, a folder that cannot be written is no cache.
// Real processes of bin/plancheck.js on the dist/ the tests' globalSetup built.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, makeTempDir, repoRoot } from '../support/loopback.ts';

const temp = makeTempDir('plancheck-code-cache-');
afterAll(() => temp.remove());

const plan = fixturePath('plans/p12-donghai-vague-goals.md');
const docx = fixturePath('plans/p02-yunling-custom-styles.custom-styles.docx');
const MAGIC = Buffer.from('PLNCHK1\n');

function plancheck(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/plancheck.js'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 90_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The one build folder under a cache root, and its files (name → bytes). */
function cacheFiles(root: string): { folder: string; files: Map<string, Buffer> } {
  const folders = readdirSync(root).filter((f) => f.startsWith('code-'));
  expect(folders).toHaveLength(1);
  const folder = join(root, folders[0]!);
  return { folder, files: new Map(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f))])) };
}

/** A cache file as the CLI writes it: the magic, the SHA-256 of the bytecode, the bytecode. */
function isWhole(bytes: Buffer): boolean {
  const data = bytes.subarray(MAGIC.length + 32);
  return bytes.subarray(0, MAGIC.length).equals(MAGIC) && data.length > 0 && createHash('sha256').update(data).digest().equals(bytes.subarray(MAGIC.length, MAGIC.length + 32));
}

// The large chunks (a small one compiles faster than its cache is read) an entry requires when it starts.
const chunksOf = (entry: string) =>
  [...readFileSync(join(repoRoot, 'dist', entry), 'utf8').matchAll(/require\("\.\/(chunk-[\w-]+\.cjs)"\)/g)]
    .map((m) => m[1]!)
    .filter((chunk) => statSync(join(repoRoot, 'dist', chunk)).size >= 16 * 1024)
    .map((chunk) => `${chunk}.v8`);

let uncached: { code: number | null; stdout: string; stderr: string };

beforeAll(() => {
  uncached = plancheck(['check', plan], { PLANCHECK_CODE_CACHE: '0', PLANCHECK_CACHE_DIR: join(temp.dir, 'off') });
  expect(uncached.code).toBe(1);
  expect(uncached.stdout.length).toBeGreaterThan(1000);
}, 100_000);

describe('the code cache of the built CLI', () => {
  it('PLANCHECK_CODE_CACHE=0 writes nothing', () => {
    expect(existsSync(join(temp.dir, 'off'))).toBe(false);
  });

  it('the main thread writes its bytecode as it exits (plancheck outline reads a plan there)', () => {
    const root = join(temp.dir, 'outline');
    const clean = plancheck(['outline', plan], { PLANCHECK_CODE_CACHE: '0' });
    expect(clean.code).toBe(0);
    expect(plancheck(['outline', plan], { PLANCHECK_CACHE_DIR: root })).toEqual(clean);
    // No thread here: whatever was written, the main thread's exit wrote.
    const { files } = cacheFiles(root);
    expect(files.size).toBeGreaterThan(0);
    for (const [name, bytes] of files) expect(isWhole(bytes), name).toBe(true);
    expect(plancheck(['outline', plan], { PLANCHECK_CACHE_DIR: root })).toEqual(clean);
    expect(cacheFiles(root).files).toEqual(files);
  }, 100_000);

  it('the first check writes the bytecode of the check thread; the next reads it and rewrites nothing; the reports are the same', () => {
    const root = join(temp.dir, 'first');
    const first = plancheck(['check', plan], { PLANCHECK_CACHE_DIR: root });
    expect(first).toEqual(uncached);
    const { folder, files } = cacheFiles(root);
    // The thread loads these when it starts; only its own flush, before its reply, can have written them.
    const threadChunks = chunksOf('cli-check-thread.cjs');
    expect(threadChunks.length).toBeGreaterThan(1);
    for (const chunk of threadChunks) expect(files.has(chunk), chunk).toBe(true);
    for (const [name, bytes] of files) expect(isWhole(bytes), name).toBe(true);
    const stamps = new Map([...files.keys()].map((f) => [f, statSync(join(folder, f)).mtimeMs]));

    const second = plancheck(['check', plan], { PLANCHECK_CACHE_DIR: root });
    expect(second).toEqual(uncached);
    expect(cacheFiles(root).files).toEqual(files);
    for (const [f, mtime] of stamps) expect(statSync(join(folder, f)).mtimeMs, f).toBe(mtime);
  }, 100_000);

  it('bytecode that fails its checksum, a file cut short and bytecode V8 refuses are each compiled from source and written again', () => {
    const root = join(temp.dir, 'corrupt');
    expect(plancheck(['check', plan], { PLANCHECK_CACHE_DIR: root }).code).toBe(1);
    const { folder, files } = cacheFiles(root);
    const names = [...files.keys()].sort();
    const damaged = new Map<string, Buffer>();
    names.forEach((name, i) => {
      const bytes = Buffer.from(files.get(name)!);
      if (i % 3 === 0) {
        // Bits flipped in the bytecode, the checksum left as it was.
        for (let at = MAGIC.length + 32; at < bytes.length; at += 97) bytes[at]! ^= 0x5a;
        damaged.set(name, bytes);
      } else if (i % 3 === 1) {
        damaged.set(name, bytes.subarray(0, MAGIC.length + 10));
      } else {
        // A whole file whose bytecode is not V8's: only V8 can refuse it.
        const junk = Buffer.alloc(bytes.length - MAGIC.length - 32, 7);
        damaged.set(name, Buffer.concat([MAGIC, createHash('sha256').update(junk).digest(), junk]));
      }
    });
    for (const [name, bytes] of damaged) writeFileSync(join(folder, name), bytes);

    expect(plancheck(['check', plan], { PLANCHECK_CACHE_DIR: root })).toEqual(uncached);
    const after = cacheFiles(root).files;
    for (const name of names) {
      expect(after.get(name)!.equals(damaged.get(name)!), name).toBe(false);
      expect(isWhole(after.get(name)!), name).toBe(true);
    }
  }, 100_000);

  it('a DOCX checked with every cache file damaged gives the report of a check with no cache', () => {
    const root = join(temp.dir, 'docx');
    const clean = plancheck(['check', docx], { PLANCHECK_CODE_CACHE: '0' });
    expect(clean.code).toBe(0);
    expect(clean.stdout.length).toBeGreaterThan(1000);
    expect(plancheck(['check', docx], { PLANCHECK_CACHE_DIR: root })).toEqual(clean);
    const { folder, files } = cacheFiles(root);
    for (const [name, bytes] of files) writeFileSync(join(folder, name), Buffer.concat([bytes.subarray(0, MAGIC.length + 32), Buffer.alloc(bytes.length - MAGIC.length - 32, 1)]));
    expect(plancheck(['check', docx], { PLANCHECK_CACHE_DIR: root })).toEqual(clean);
  }, 100_000);

  it('a cache folder that cannot be made is no cache: the check goes on as without one', () => {
    const blocker = join(temp.dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    expect(plancheck(['check', plan], { PLANCHECK_CACHE_DIR: join(blocker, 'cache') })).toEqual(uncached);
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
  }, 100_000);

  it('with no usable XDG cache it falls back to a private folder in the temp folder, and refuses one others can write', () => {
    const blocker = join(temp.dir, 'xdg-file');
    writeFileSync(blocker, '');
    const tmp = join(temp.dir, 'tmp');
    mkdirSync(tmp);
    const env = { PLANCHECK_CACHE_DIR: '', XDG_CACHE_HOME: blocker, TMPDIR: tmp };
    expect(plancheck(['check', plan], env)).toEqual(uncached);
    const [own] = readdirSync(tmp);
    expect(own).toMatch(/^plancheck-/);
    expect(statSync(join(tmp, own!)).mode & 0o777).toBe(0o700);
    expect(cacheFiles(join(tmp, own!)).files.size).toBeGreaterThan(3);

    const shared = join(temp.dir, 'tmp-shared');
    mkdirSync(join(shared, own!), { recursive: true });
    chmodSync(join(shared, own!), 0o777);
    expect(plancheck(['check', plan], { ...env, TMPDIR: shared })).toEqual(uncached);
    expect(readdirSync(join(shared, own!))).toEqual([]);
  }, 100_000);

  it('--version reads and writes no cache (its chunks are too small to be worth one)', () => {
    const root = join(temp.dir, 'version');
    expect(plancheck(['--version'], { PLANCHECK_CACHE_DIR: root }).code).toBe(0);
    expect(existsSync(root)).toBe(false);
  });

  it('a new build removes the folders of other builds', () => {
    const root = join(temp.dir, 'prune');
    mkdirSync(join(root, 'code-0123456789abcdef-v8-0.0-x64'), { recursive: true });
    writeFileSync(join(root, 'code-0123456789abcdef-v8-0.0-x64', 'chunk-OLD.cjs.v8'), 'old');
    mkdirSync(join(root, 'kept'));
    expect(plancheck(['outline', plan], { PLANCHECK_CACHE_DIR: root }).code).toBe(0);
    expect(readdirSync(root).filter((f) => f.startsWith('code-'))).toHaveLength(1);
    expect(readdirSync(root)).toContain('kept');
    expect(existsSync(join(root, 'code-0123456789abcdef-v8-0.0-x64'))).toBe(false);
  }, 100_000);
});
