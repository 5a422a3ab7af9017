// The Node server checks plans in worker threads with a bounded wait: a full
// queue answers 503 with Retry-After at once (rather than latency growing
// without bound), and the same plan asked twice at once is checked once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../functions/store/layout.ts';
import { fixture, startTestPipeline, type TestPipeline } from '../support/loopback.ts';

const plan = fixture('real/CN07_national_14th5_digital_economy_plan.md');
const unique = (tag: string) => Buffer.concat([plan, Buffer.from(`\n<!-- ${tag} -->\n`)]);

let p: TestPipeline;
beforeAll(async () => {
  // One thread and no waiting room: the second concurrent plan has nowhere to go.
  p = await startTestPipeline({ checkThreads: 1, maxQueuedChecks: 0 });
}, 60_000);
afterAll(async () => p?.dispose());

const postPlan = (bytes: Buffer) =>
  fetch(`${p.url}/v1/checks`, { method: 'POST', body: new Uint8Array(bytes), headers: { 'content-type': 'text/markdown' } });

describe('sync checks in the thread pool', () => {
  it('answers 503 with Retry-After and a JSON error when every thread is busy and the queue is full; nothing is stored for it', async () => {
    const bodies = [0, 1, 2, 3].map((i) => unique(`busy ${i}`));
    const responses = await Promise.all(bodies.map(postPlan));
    const statuses = responses.map((r) => r.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    for (const [i, r] of responses.entries()) {
      if (r.status !== 503) continue;
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await r.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('busy');
      expect(body.error.message).toMatch(/retry after \d+ s/);
      expect(await p.deps.store.objects.head(`uploads/${sha256Hex(bodies[i])}.md`)).toBeNull();
    }
    // The refusal did not wedge the pool: a retry is checked.
    const retry = await postPlan(bodies[statuses.indexOf(503)]);
    expect(retry.status).toBe(200);
  }, 120_000);

  it('checks the same plan sent twice at once only once, and answers both with the same report', async () => {
    const bytes = unique('twice');
    const [a, b] = await Promise.all([postPlan(bytes), postPlan(bytes)]);
    // With one thread and no queue, two separate checks would have made one of these a 503.
    expect([a.status, b.status]).toEqual([200, 200]);
    const [ja, jb] = (await Promise.all([a.json(), b.json()])) as { id: string; result: { document: { sha256: string } } }[];
    expect(ja.id).toBe(jb.id);
    expect(ja.result).toEqual(jb.result);
    expect(ja.result.document.sha256).toBe(sha256Hex(bytes));
  }, 60_000);

  it('a plan the reader refuses is still a 422 from the thread', async () => {
    const docx = fixture('plans/p01-linhu-complete.docx');
    const r = await fetch(`${p.url}/v1/checks?filename=broken.docx`, {
      method: 'POST',
      body: new Uint8Array(docx.subarray(0, docx.length >> 1)), // truncated: no central directory
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    });
    expect(r.status).toBe(422);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('corrupt-docx');
  }, 60_000);
});

describe('the pool itself', () => {
  it('serves a waiting sync check before waiting background jobs, and never refuses background jobs', async () => {
    const { WorkerPool } = await import('../../functions/service/worker-pool.ts');
    const pool = new WorkerPool<object, { ok: boolean }>({ entry: new URL('../../functions/service/check-thread.ts', import.meta.url), size: 1, maxQueued: 1 });
    try {
      const order: string[] = [];
      const job = (tag: string, bounded: boolean) =>
        pool.run({ bytes: unique(tag), filename: 'plan.md', profile: 'full', lang: 'zh' }, { bounded }).then((r) => (order.push(tag), r));
      const jobs = [job('background 1', false), job('background 2', false), job('background 3', false), job('sync', true)];
      // The sync slot is taken: a second sync check is refused, background ones are not.
      await expect(job('sync refused', true)).rejects.toMatchObject({ name: 'PoolBusyError' });
      jobs.push(job('background 4', false));
      const replies = await Promise.all(jobs);
      expect(replies.every((r) => r.ok)).toBe(true);
      expect(order).toEqual(['background 1', 'sync', 'background 2', 'background 3', 'background 4']);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
