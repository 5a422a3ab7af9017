// `npm start` as a user runs it (node dist/server.cjs, built by `npm ci`; the
// tests' globalSetup builds it from this checkout): a child process, PORT and
// PLANCHECK_DATA_DIR honoured, URL printed when ready, upload → event → report
// (checked on a check thread run from the built check-thread.cjs), clean SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, fixture, makeTempDir, repoRoot } from '../support/loopback.ts';

const temp = makeTempDir('plancheck-start-');
afterAll(() => temp.remove());

describe('npm start', () => {
  it('serves the API over an embedded s3rver in PLANCHECK_DATA_DIR and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['dist/server.cjs'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', PLANCHECK_CHECK_THREADS: '1', PLANCHECK_DATA_DIR: temp.dir, PLANCHECK_S3_ENDPOINT: '', AWS_ACCESS_KEY_ID: '', AWS_PROFILE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const url = await eventually(async () => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1], 30_000);
    const res = await fetch(`${url}/v1/checks?lang=en`, { method: 'POST', body: new Uint8Array(fixture('plans/p05-riverton-english.md')), headers: { 'content-type': 'text/markdown' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sha256: string };
    const reportDir = join(temp.dir, 'plancheck', 'reports', body.sha256, 'full', 'en');
    expect(existsSync(reportDir)).toBe(true);
    expect(readdirSync(reportDir).filter((f) => f.endsWith('._S3rver_object')).length).toBe(5);
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 60_000);
});
