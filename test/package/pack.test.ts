// The package as a user gets it: `npm pack`, then `npm install --offline` of the
// tarball into an empty folder with an empty npm cache and an unreachable
// registry (so nothing can come from the network or from this checkout's
// node_modules), then `npx plancheck` there. dist/ is built by the tests'
// globalSetup from this checkout; pack runs with --ignore-scripts so it does
// not rebuild dist/ under the feet of other test files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCheckerBuild } from '../../functions/core/check/checker-build.ts';
import { makeTempDir, repoRoot } from '../support/loopback.ts';

const temp = makeTempDir('plancheck-pack-');
const app = join(temp.dir, 'app');
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
// No registry, no cache, no checkout on the way: what runs is what the tarball holds.
const isolated = {
  PATH: process.env.PATH,
  HOME: temp.dir,
  npm_config_cache: join(temp.dir, 'npm-cache'),
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
const npx = (...args: string[]) =>
  spawnSync('npx', ['--no-install', 'plancheck', ...args], { cwd: app, env: isolated, encoding: 'utf8', timeout: 120_000 });

let tarball = '';
let files: string[] = [];

beforeAll(() => {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp.dir], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(temp.dir, info!.filename);
  files = info!.files.map((f) => f.path);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  const install = spawnSync('npm', ['install', '--offline', tarball], { cwd: app, env: isolated, encoding: 'utf8', timeout: 120_000 });
  expect(install.status, install.stderr).toBe(0);
  copyFileSync(join(repoRoot, 'fixtures/plans/p12-donghai-vague-goals.md'), join(app, 'plan.md'));
  copyFileSync(join(repoRoot, 'fixtures/plans/p02-yunling-custom-styles.custom-styles.docx'), join(app, 'plan.docx'));
}, 240_000);

afterAll(() => temp.remove());

describe('the packed tarball', () => {
  it('holds the bin, the built CLI with its rules and CMaps, and no TypeScript source', () => {
    expect(files).toContain('bin/plancheck.js');
    expect(files).toContain('bin/package.json');
    expect(files).toContain('dist/plancheck.cjs');
    expect(files).toContain('dist/check-worker.cjs');
    expect(files).toContain('dist/code-cache.cjs');
    expect(files).toContain('dist/rules/vocabulary.json');
    expect(files).toContain('dist/pdfjs/cmaps/UniGB-UCS2-H.bcmap');
    expect(files).toContain('dist/types/check/result.d.ts');
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('functions/') || f.startsWith('test/') || f.startsWith('fixtures/'))).toEqual([]);
  });

  it('installs offline with no dependencies: node_modules holds plancheck alone', () => {
    expect(readdirSync(join(app, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual(['plancheck']);
  });

  it('prints the version of package.json', () => {
    const r = npx('--version');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('checks a Markdown plan: the report, and exit 1 for its error-level findings', () => {
    const r = npx('check', 'plan.md', '--format', 'md', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('## Plan conformance report: 东海市城市数字化转型规划（2021—2025年）');
    expect(r.stdout).toMatch(/### ❌ fail `goals-measurable` Measurable, time-bound goals/);
  });

  it('checks a DOCX plan to a JSON report carrying the checker build of this checkout', () => {
    const r = npx('check', 'plan.docx');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { document: { format: string; title: string }; checker: { version: string; build: string }; results: unknown[] };
    expect(report.document.format).toBe('docx');
    expect(report.document.title).toBe('云岭市城市数字化转型实施方案（2023—2025年）');
    expect(report.checker.version).toBe(version);
    expect(report.checker.build).toBe(computeCheckerBuild(repoRoot));
    expect(report.results.length).toBeGreaterThan(30);
    expect([0, 1]).toContain(r.status);
  });

  it('runs a batch on worker threads from the built thread entry, a PDF among the plans', () => {
    mkdirSync(join(app, 'plans'));
    copyFileSync(join(app, 'plan.md'), join(app, 'plans/donghai.md'));
    copyFileSync(join(repoRoot, 'fixtures/pdf/cmap-chinese.pdf'), join(app, 'plans/haibin.pdf'));
    const r = npx('batch', 'plans', '--out', 'out', '--concurrency', '2');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/Warning|canvas/);
    const summary = JSON.parse(readFileSync(join(app, 'out/summary.json'), 'utf8')) as { plans: Array<{ file: string; outcome: string; title?: string }> };
    expect(summary.plans.map((p) => p.outcome)).toEqual(['checked', 'checked']);
    expect(summary.plans.map((p) => p.title).sort()).toEqual(['东海市城市数字化转型规划（2021—2025年）', '海滨市城市数字化转型规划']);
  });

  it('types the JSON report for TypeScript readers through plancheck/report', () => {
    const tsc = (name: string, body: string) => {
      writeFileSync(join(app, name), `import type { CheckResult } from 'plancheck/report';\nimport { readFileSync } from 'node:fs';\nconst report = JSON.parse(readFileSync('r.json', 'utf8')) as CheckResult;\n${body}\n`);
      return spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--types', 'node', '--typeRoots', join(repoRoot, 'node_modules/@types'), name], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    };
    const good = tsc('good.ts', "export const failing: string[] = report.results.filter((r) => r.status === 'fail').map((r) => r.id);");
    expect(good.status, good.stdout).toBe(0);
    const bad = tsc('bad.ts', "export const n: number = report.document.title;");
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/bad\.ts\(4,\d+\): error TS2322/);
  }, 120_000);

  it('reads a PDF quietly: no canvas warnings from pdf.js, which the package does not ship', () => {
    copyFileSync(join(repoRoot, 'fixtures/pdf/cmap-chinese.pdf'), join(app, 'quiet.pdf'));
    const r = npx('outline', 'quiet.pdf');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^海滨市城市数字化转型规划 — pdf/);
    expect(r.stderr).toBe('');
  });

  it('refuses bad input with one line and exit 2', () => {
    writeFileSync(join(app, 'empty.md'), '');
    const r = npx('check', 'empty.md');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^plancheck: /);
  });
});
