// Every check runs under limits: a thread that runs past its wall-clock limit
// or its heap is terminated and replaced, the plan is answered too-complex
// (422, naming the limit), and the server, its queue and its S3 keep serving.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../functions/batch/run-batch.ts';
import { folderSink, folderSource } from '../../functions/batch/sources.ts';
import { WorkerPool } from '../../functions/service/worker-pool.ts';
import type { RenderReply, RenderRequest } from '../../functions/service/check-render.ts';
import { fixture, makeTempDir, startTestPipeline, testApiConfig, type TestPipeline } from '../support/loopback.ts';

const plan = fixture('real/CN07_national_14th5_digital_economy_plan.md');
const tagged = (tag: string) => Buffer.concat([plan, Buffer.from(`\n<!-- ${tag} ${Date.now()} -->\n`)]);
// ~15 MB of real plan text (under the 20 MB upload limit): well past the 8 s limit below.
// (~6 MB was enough until the check got faster: it finished in about 8 s and was answered 200.)
const huge = (tag: string) => Buffer.concat([...Array.from({ length: 400 }, () => plan), Buffer.from(`\n<!-- ${tag} ${Date.now()} -->\n`)]);

describe('the wall-clock limit on the server', () => {
  let p: TestPipeline;
  beforeAll(async () => {
    p = await startTestPipeline({
      checkThreads: 1,
      // Long enough for a cold thread's first check of a 40 KB plan on a loaded 2-core
      // machine (2.5 s was not, once), far short of the ~15 MB plan's tens of seconds.
      checkLimits: { timeoutMs: 8000 },
      config: testApiConfig({ asyncThresholdBytes: 64 * 1024 * 1024 }),
    });
  }, 60_000);
  afterAll(async () => p?.dispose());

  const post = (bytes: Buffer) => fetch(`${p.url}/v1/checks`, { method: 'POST', body: new Uint8Array(bytes), headers: { 'content-type': 'text/markdown' } });

  it('stops a check mid-check with 422 too-complex naming the time limit, and serves the request queued behind it', async () => {
    expect((await post(tagged('warm'))).status).toBe(200); // the one thread is up
    const started = Date.now();
    // One thread: the small plan waits behind the huge one.
    const [slow, next] = await Promise.all([post(huge('slow')), new Promise((r) => setTimeout(r, 100)).then(() => post(tagged('next')))]);
    expect(slow.status).toBe(422);
    const body = (await slow.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('too-complex');
    expect(body.error.message).toMatch(/time limit of 8 s/);
    expect(body.error.message).toContain('PLANCHECK_CHECK_TIMEOUT_MS');
    expect(Date.now() - started).toBeLessThan(30_000);
    // The replacement thread checks the next plan; the server and its S3 are up.
    expect(next.status).toBe(200);
    const report = (await next.json()) as { status: string; reports: Record<string, string> };
    expect(report.status).toBe('done');
    expect((await fetch(`${p.url}/healthz`)).status).toBe(200);
    expect(p.checkThreads).toBe(1);
  }, 90_000);
});

describe('the heap limit', () => {
  it('a thread that runs out of its heap is answered as a memory-limit error and replaced; the pool checks the next plan', async () => {
    const pool = new WorkerPool<RenderRequest, RenderReply>({
      entry: new URL('../../functions/service/check-thread.ts', import.meta.url),
      size: 1,
      limits: { heapMb: 96, timeoutMs: 120_000 },
    });
    try {
      const request = (bytes: Buffer): RenderRequest => ({ bytes, filename: 'plan.md', profile: 'full', lang: 'zh' });
      await expect(pool.run(request(huge('oom')))).rejects.toMatchObject({ name: 'CheckLimitError', limit: 'memory', message: expect.stringMatching(/memory limit of 96 MB/) });
      const reply = await pool.run(request(tagged('after oom')));
      expect(reply.ok).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe('the batch', () => {
  it('a plan past its time limit is its own error row (too-complex), and the plan queued behind it on the one thread is checked', async () => {
    const temp = makeTempDir('plancheck-batch-limits-');
    try {
      const src = join(temp.dir, 'plans');
      mkdirSync(src);
      writeFileSync(join(src, 'a-huge.md'), huge('batch'));
      writeFileSync(join(src, 'b-next.md'), tagged('batch next'));
      const { summary } = await runBatch({ source: folderSource(src), out: folderSink(join(temp.dir, 'out')), concurrency: 1, limits: { timeoutMs: 5000 } });
      const row = (file: string) => summary.plans.find((r) => r.file === file)!;
      expect(row('a-huge.md').outcome).toBe('error');
      expect(row('a-huge.md').error).toMatchObject({ code: 'too-complex', message: expect.stringMatching(/time limit of 5 s \(PLANCHECK_CHECK_TIMEOUT_MS\)/) });
      expect(row('b-next.md').outcome).toBe('checked');
      expect(row('b-next.md').overall).not.toBeNull();
    } finally {
      temp.remove();
    }
  }, 120_000);
});
