// `plancheck check` runs each plan in a worker thread under the same heap and
// time limits as the server: a hostile plan ends in one `plancheck:` line and
// exit 2, not a V8 heap dump, a hang or exit 3. Sizes are checked before reading.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, makeTempDir, repoRoot } from '../support/loopback.ts';

const temp = makeTempDir('plancheck-cli-limits-');
afterAll(() => temp.remove());

const plan = fixture('real/CN07_national_14th5_digital_economy_plan.md');
const hugePath = join(temp.dir, 'huge.md');
writeFileSync(hugePath, Buffer.concat(Array.from({ length: 150 }, () => plan)));
// Past a 4 s limit with room to spare on a quiet machine (150 copies took ~2.6 s once the check got faster).
const hugerPath = join(temp.dir, 'huger.md');
writeFileSync(hugerPath, Buffer.concat(Array.from({ length: 400 }, () => plan)));

function plancheck(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/plancheck.js'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 90_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

describe('plancheck check under limits', () => {
  it('a check past its time limit exits 2 with one line naming the limit', () => {
    const r = plancheck(['check', hugePath], { PLANCHECK_CHECK_TIMEOUT_MS: '1000' });
    expect(r.stderr).toMatch(/^plancheck: .*huge\.md: the check took longer than its time limit of 1 s \(PLANCHECK_CHECK_TIMEOUT_MS\)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  }, 100_000);

  it('a check past its heap limit exits 2 with one line naming the limit, no heap dump', () => {
    // The time limit far off: on a loaded machine the default 30 s came first.
    const r = plancheck(['check', hugePath], { PLANCHECK_CHECK_HEAP_MB: '96', PLANCHECK_CHECK_TIMEOUT_MS: '300000' });
    expect(r.stderr).toMatch(/^plancheck: .*huge\.md: the check ran out of its memory limit of 96 MB/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
  }, 100_000);

  it('plancheck batch: a plan past its time limit is its row\'s error (too-complex), the next plan is checked, exit 1', () => {
    const src = join(temp.dir, 'batch');
    mkdirSync(src);
    writeFileSync(join(src, 'a-huge.md'), readFileSync(hugerPath));
    writeFileSync(join(src, 'b-next.md'), fixture('rules/support-measures/pass-all-four.md'));
    const r = plancheck(['batch', src, '--out', join(temp.dir, 'batch-out'), '--concurrency', '1'], { PLANCHECK_CHECK_TIMEOUT_MS: '4000' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2 plans \(1 checked, 0 unchanged, 1 could not be checked\)/);
    const summary = JSON.parse(readFileSync(join(temp.dir, 'batch-out', 'summary.json'), 'utf8')) as { plans: { file: string; outcome: string; error?: { code: string; message: string } }[] };
    const huge = summary.plans.find((p) => p.file === 'a-huge.md')!;
    expect(huge.error).toMatchObject({ code: 'too-complex', message: expect.stringMatching(/time limit of 4 s \(PLANCHECK_CHECK_TIMEOUT_MS\)/) });
    expect(summary.plans.find((p) => p.file === 'b-next.md')!.outcome).toBe('checked');
  }, 100_000);

  it('a bad limit setting is a usage error', () => {
    const r = plancheck(['check', hugePath], { PLANCHECK_CHECK_TIMEOUT_MS: 'soon' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plancheck: PLANCHECK_CHECK_TIMEOUT_MS must be a positive number, got "soon"\n$/);
  }, 100_000);

  it('a file over the size limit is refused from its size, before it is read (a 3 GB file: reading it would fail)', () => {
    const big = join(temp.dir, 'big.md');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3); // sparse: no disk used
    closeSync(fd);
    const r = plancheck(['check', big]);
    expect(r.stderr).toMatch(/^plancheck: .*big\.md is 3221225472 bytes, over the limit of 67108864\n$/);
    expect(r.code).toBe(2);
  }, 100_000);

  it('plancheck outline refuses it from its size too', () => {
    const big = join(temp.dir, 'big-outline.md');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const r = plancheck(['outline', big]);
    expect(r.stderr).toMatch(/^plancheck: .*big-outline\.md is 3221225472 bytes, over the limit of 67108864\n$/);
    expect(r.code).toBe(2);
  }, 100_000);

  it('an ordinary plan is still checked (exit 0 or 1, a report on stdout)', () => {
    const r = plancheck(['check', join(repoRoot, 'fixtures/rules/support-measures/pass-all-four.md'), '--format', 'md']);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/^## /);
    expect(r.stderr).toBe('');
  }, 100_000);
});
