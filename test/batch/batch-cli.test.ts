// `plancheck batch` as a user runs it (child process, not a TTY): plain progress
// lines, exit codes, resume message, one-line usage errors.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'functions/cli/main.ts'), 'batch', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('plancheck batch (CLI)', () => {
  it('checks a folder, prints plain progress lines, exits 1 on error findings, and resumes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plancheck-batch-cli-'));
    cpSync(join(root, 'fixtures/rules/horizon'), join(dir, 'plans'), { recursive: true });
    const first = cli(join(dir, 'plans'), '--out', join(dir, 'out'), '--concurrency', '2');
    const n = first.stderr.split('\n').filter((l) => /^\[\d+\/\d+\] checked /.test(l)).length;
    expect(n).toBeGreaterThan(3);
    const summary = JSON.parse(readFileSync(join(dir, 'out/summary.json'), 'utf8'));
    expect(first.status).toBe(summary.counts.withErrorFindings > 0 ? 1 : 0);
    const second = cli(join(dir, 'plans'), '--out', join(dir, 'out'));
    expect(second.stderr).toContain(`${n} plans (0 checked, ${n} unchanged, 0 could not be checked)`);
  }, 120_000);

  it('checks the PDFs in a folder in worker threads, and reports a bad one without stopping the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plancheck-batch-pdf-'));
    cpSync(join(root, 'fixtures/pdf/cmap-chinese.pdf'), join(dir, 'plans/haibin.pdf'));
    cpSync(join(root, 'fixtures/pdf/mixed-scan.pdf'), join(dir, 'plans/mixed.pdf'));
    cpSync(join(root, 'fixtures/pdf/password.pdf'), join(dir, 'plans/locked.pdf'));
    cpSync(join(root, 'fixtures/rules/horizon'), join(dir, 'plans/md'), { recursive: true });
    const r = cli(join(dir, 'plans'), '--out', join(dir, 'out'), '--concurrency', '2');
    expect(r.stderr).toMatch(/\(\d+ checked, 0 unchanged, 1 could not be checked\)/);
    const summary = JSON.parse(readFileSync(join(dir, 'out/summary.json'), 'utf8')) as { plans: { file: string; outcome: string; title?: string | null; error?: { code: string } }[] };
    const row = (f: string) => summary.plans.find((x) => x.file.endsWith(f))!;
    expect(row('haibin.pdf')).toMatchObject({ outcome: 'checked', title: '海滨市城市数字化转型规划' });
    expect(row('mixed.pdf')).toMatchObject({ outcome: 'checked', title: '海滨市数字化转型实施方案' });
    expect(row('locked.pdf')).toMatchObject({ outcome: 'error', error: { code: 'pdf-encrypted' } });
  }, 120_000);

  it('usage errors exit 2 with one line on stderr', () => {
    for (const args of [[], ['/no/such/folder'], ['fixtures', '--concurrency', '0'], ['fixtures', '--lang', 'fr'], ['s3://bucket/prefix'], ['fixtures', '--bogus']]) {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^plancheck: /);
    }
    const profile = cli(join(root, 'fixtures/rules/horizon'), '--out', mkdtempSync(join(tmpdir(), 'pc-')), '--profile', 'nope');
    expect(profile.status).toBe(2);
    expect(profile.stderr).toContain('unknown profile');
    const dir = mkdtempSync(join(tmpdir(), 'pc-manifest-'));
    writeFileSync(join(dir, 'typo.json'), JSON.stringify({ plans: { 'pass-englsh.md': { profile: 'strategy' } } }));
    writeFileSync(join(dir, 'broken.json'), '{"plans": ');
    for (const [manifest, message] of [
      [join(dir, 'none.json'), 'manifest not found'],
      [join(dir, 'typo.json'), 'plans."pass-englsh.md": no such plan in the batch'],
      [join(dir, 'broken.json'), 'not valid JSON'],
    ]) {
      const r = cli(join(root, 'fixtures/rules/horizon'), '--out', join(dir, 'out'), '--manifest', manifest!);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
  }, 120_000);

  it('takes each plan’s profile from --manifest and says how many plans to send back and accept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plancheck-batch-manifest-'));
    cpSync(join(root, 'fixtures/plans/p01-linhu-complete.md'), join(dir, 'plans/p01.md'));
    cpSync(join(root, 'fixtures/plans/p07-dongjiang-data-governance.md'), join(dir, 'plans/p07.md'));
    writeFileSync(join(dir, 'review.json'), JSON.stringify({ plans: { 'p07.md': { profile: 'data-governance' } } }));
    const r = cli(join(dir, 'plans'), '--out', join(dir, 'out'), '--manifest', join(dir, 'review.json'));
    const summary = JSON.parse(readFileSync(join(dir, 'out/summary.json'), 'utf8')) as { plans: { file: string; profile: string; profileFrom: string; decision: string }[]; counts: { sendBack: number; accept: number } };
    const p07 = summary.plans.find((p) => p.file === 'p07.md')!;
    expect(p07).toMatchObject({ profile: 'data-governance', profileFrom: 'manifest' });
    expect(summary.plans.find((p) => p.file === 'p01.md')).toMatchObject({ profile: 'full', profileFrom: 'batch', decision: 'accept' });
    expect(r.stderr).toContain(`${summary.counts.sendBack} to send back, ${summary.counts.accept} to accept`);
    expect(r.status).toBe(summary.counts.sendBack > 0 ? 1 : 0);
  }, 120_000);
});
