// The built CLI (infra/cli-bundle.ts, what `npm ci` puts in dist/) loads only
// what a command and a plan need: a preload in the child logs every CommonJS
// file it loads (the CLI is CommonJS), and the bundle's metafile says which
// packages each file holds.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, cliEntries } from '../../infra/cli-bundle.ts';
import { makeTempDir, repoRoot } from '../support/loopback.ts';

const temp = makeTempDir('plancheck-cli-bundle-');
const dist = join(temp.dir, 'dist');
const log = join(temp.dir, 'loaded.log');
/** Bundle output file (basename) → the packages and core folders it holds. */
const contents = new Map<string, Set<string>>();
/** Every input file of the bundle. */
const inputs: string[] = [];

beforeAll(async () => {
  const result = await bundleCli(dist);
  for (const [out, info] of Object.entries(result.metafile.outputs)) {
    const held = new Set<string>();
    for (const input of Object.keys(info.inputs)) {
      inputs.push(input);
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input) ?? /^(functions\/[^/]+(?:\/[^/]+)?)\//.exec(input);
      if (m) held.add(m[1]!);
    }
    contents.set(out.replace(/^.*\//, ''), held);
  }
  writeFileSync(
    join(temp.dir, 'log-loads.cjs'),
    // The preload runs in the check thread too (it inherits execArgv): each line says which thread loaded the file.
    `const Module = require('node:module');\nconst { appendFileSync } = require('node:fs');\nconst { isMainThread } = require('node:worker_threads');\nconst load = Module.prototype.load;\nModule.prototype.load = function (filename) { appendFileSync(${JSON.stringify(log)}, (isMainThread ? 'main ' : 'thread ') + filename + '\\n'); return load.call(this, filename); };\n`,
  );
}, 120_000);

afterAll(() => temp.remove());

/** Runs the built CLI; returns the exit code and the packages of every bundle file its main thread loaded (and its check thread's). */
function loaded(...args: string[]): { status: number | null; files: string[]; packages: Set<string>; threadPackages: Set<string> } {
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--require', join(temp.dir, 'log-loads.cjs'), join(dist, 'plancheck.cjs'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  const lines = readFileSync(log, 'utf8').split('\n').filter((u) => u.includes('/dist/'));
  const names = (thread: string) => [...new Set(lines.filter((u) => u.startsWith(`${thread} `)).map((u) => u.replace(/^.*\//, '')))];
  const held = (files: string[]) => new Set(files.flatMap((f) => [...(contents.get(f) ?? [])]));
  const files = names('main');
  return { status: r.status, files, packages: held(files), threadPackages: held(names('thread')) };
}

describe('the built CLI loads what the command and the plan need', () => {
  it('bundles the CommonJS underscore mammoth requires, not its ES modules wrapped in getters', () => {
    const underscore = inputs.filter((p) => /(?:^|\/)node_modules\/underscore\//.test(p));
    expect(underscore.some((p) => p.endsWith('node_modules/underscore/underscore-node.cjs'))).toBe(true);
    expect(underscore.filter((p) => p.includes('/modules/'))).toEqual([]);
  });

  it('builds every worker-thread entry the sources name, and no source starts a thread from a bare .ts URL', () => {
    const sources = readdirSync(join(repoRoot, 'functions'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const named: Array<[string, string]> = [];
    const bare: string[] = [];
    for (const f of sources) {
      const text = readFileSync(join(repoRoot, 'functions', f), 'utf8');
      for (const m of text.matchAll(/threadEntry\('([^']+)', import\.meta\.url, '([^']+)'\)/g)) {
        named.push([relative(repoRoot, resolve(join(repoRoot, 'functions', dirname(f)), m[1]!)), m[2]!]);
      }
      // A thread entry given as new URL('x.ts', import.meta.url) would point into the bundle's made-up module folder.
      if (/new URL\('[^']+\.ts', import\.meta\.url\)/.test(text)) bare.push(f);
    }
    expect(bare).toEqual([]);
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const [source, built] of named) {
      expect(cliEntries[built as keyof typeof cliEntries], `${built} ← ${source}`).toBe(source);
      expect(contents.has(`${built}.cjs`)).toBe(true);
    }
  });

  it('the build is CommonJS throughout: no ES module file, every thread a built file starts is a .cjs beside it', () => {
    expect(readdirSync(dist).filter((f) => f.endsWith('.mjs') || f.endsWith('.js'))).toEqual([]);
    const started = new Set<string>();
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.cjs'))) {
      for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/__plancheckModuleUrl,"([\w-]+)"\)/g)) started.add(m[1]!);
    }
    expect(started).toEqual(new Set(['cli-check-thread', 'check-worker', 'check-thread']));
    for (const entry of started) expect(contents.has(`${entry}.cjs`), entry).toBe(true);
  });

  it('--version loads the entry and a few small shared chunks, no package', () => {
    const r = loaded('--version');
    expect(r.status).toBe(0);
    expect(r.files[0]).toBe('plancheck.cjs');
    expect([...r.packages].filter((p) => !p.startsWith('functions/'))).toEqual([]);
    const bytes = r.files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
    expect(bytes).toBeLessThan(16 * 1024);
  });

  // The DOCX reader, like the PDF one, is a chunk of its own that its light
  // plugin imports on the first DOCX: a Markdown plan never compiles mammoth.
  // `outline` reads in the main thread; a check, in its worker thread.
  it('a Markdown outline loads remark, not mammoth, pdf.js, the rule engine, the AWS SDK or the server', () => {
    const r = loaded('outline', 'fixtures/plans/p12-donghai-vague-goals.md');
    expect(r.status).toBe(0);
    expect(r.packages).toContain('remark-parse');
    for (const p of ['mammoth', '@xmldom/xmldom', 'pdfjs-dist', 'json-rules-engine', '@aws-sdk/client-s3', 'hono', 's3rver']) expect(r.packages).not.toContain(p);
  });

  it('a DOCX outline loads mammoth and not pdf.js', () => {
    const r = loaded('outline', 'fixtures/plans/p02-yunling-custom-styles.custom-styles.docx');
    expect(r.status).toBe(0);
    expect(r.packages).toContain('mammoth');
    expect(r.packages).not.toContain('pdfjs-dist');
  });

  it('a Markdown check loads no pdf.js, AWS SDK, server or progress bar', () => {
    const r = loaded('check', 'fixtures/plans/p12-donghai-vague-goals.md');
    expect(r.status).toBe(1);
    expect(r.files.length).toBeGreaterThan(1);
    expect(r.threadPackages).toContain('remark-parse');
    expect(r.threadPackages).toContain('json-rules-engine');
    for (const p of ['pdfjs-dist', '@aws-sdk/client-s3', 'hono', 's3rver', 'cli-progress']) {
      expect(r.packages).not.toContain(p);
      expect(r.threadPackages).not.toContain(p);
    }
  });

  // The main thread of a JSON check only reads the file and prints the result:
  // the other formats' renderers (the rules, zod, OpenCC) stay unloaded.
  it('the main thread of a JSON check loads no renderer, rule set, zod or OpenCC; of a Markdown-format check, it does', () => {
    const json = loaded('check', 'fixtures/plans/p12-donghai-vague-goals.md');
    for (const p of ['zod', 'opencc-js', 'remark-parse', 'json-rules-engine', 'functions/core/rules']) expect(json.packages).not.toContain(p);
    const md = loaded('check', 'fixtures/plans/p12-donghai-vague-goals.md', '--format', 'md');
    expect(md.status).toBe(1);
    expect(md.packages).toContain('functions/core/report');
    expect(md.packages).toContain('zod');
  });

  it('a PDF outline loads pdf.js and not the rule engine', () => {
    const r = loaded('outline', 'fixtures/pdf/cmap-chinese.pdf');
    expect(r.status).toBe(0);
    expect(r.packages).toContain('pdfjs-dist');
    expect(r.packages).not.toContain('json-rules-engine');
  });
});

describe('the rules beside the built CLI', () => {
  // The build validated rules/ strictly and the bundle loads those same files
  // without the schemas; a file changed after the build is not those files.
  it('an edited rule file is loaded strictly again: an unknown key is refused, exit 2 with one line', () => {
    const copy = join(temp.dir, 'edited');
    cpSync(dist, copy, { recursive: true });
    const file = join(copy, 'rules', 'support-measures.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), colour: 'red' }, null, 2));
    const r = spawnSync(process.execPath, [join(copy, 'plancheck.cjs'), 'check', 'fixtures/plans/p12-donghai-vague-goals.md'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toMatch(/^plancheck: rule set cannot load: support-measures\.json: .*colour.*unknown key\n$/);
    expect(r.status).toBe(2);
  });

  it('the files as built check a plan', () => {
    const r = spawnSync(process.execPath, [join(dist, 'plancheck.cjs'), 'check', 'fixtures/plans/p12-donghai-vague-goals.md'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toHaveLength(42);
  });
});
