// POST /v1/batches → 202 with an id and one queue message per plan; the worker
// checks each and records its row; GET /v1/batches/{id} → progress, then the
// summary in JSON, CSV and HTML. Real s3rver on 127.0.0.1, real Hono routes,
// the real local queue feeding the real worker handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchRoutes } from '../../functions/api/batch-routes.ts';
import { LocalQueue } from '../../functions/local/local-queue.ts';
import { makeTempDir, startTestPipeline, startTestS3, testApiConfig, type TestS3 } from '../support/loopback.ts';
import type { BatchSummary } from '../../functions/core/batch/summary.ts';
import type { CheckResult } from '../../functions/core/check/result.ts';

const root = join(import.meta.dirname, '../..');
let s3: TestS3;
let queue: LocalQueue;
const plans = ['fixtures/plans/p01-linhu-complete.md', 'fixtures/plans/p05-riverton-english.docx', 'fixtures/real/CN07_national_14th5_digital_economy_plan.md'];

beforeAll(async () => {
  s3 = await startTestS3({ bucket: 'plancheck' });
  queue = new LocalQueue({ store: s3.store }, { concurrency: 2, retryDelayMs: 100, maxAttempts: 3 });
  for (const p of plans) await s3.objects.put(`review/2026/${p.split('/').pop()}`, readFileSync(join(root, p)));
  await s3.objects.put('review/2026/broken.docx', Buffer.from('PK\x03\x04 not a zip'));
}, 60_000);
afterAll(async () => {
  queue?.close();
  await s3?.dispose();
});

const routes = () => batchRoutes({ store: s3.store, config: testApiConfig(), queue });

async function until(app: ReturnType<typeof batchRoutes>, id: string): Promise<Response> {
  for (let i = 0; i < 240; i++) {
    const r = await app.request(`/${id}`);
    if (r.status !== 202) return r;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error('batch did not finish');
}

describe('/v1/batches', () => {
  it('runs a batch over a prefix: 202, progress, then the summary as JSON, CSV and HTML', async () => {
    const app = routes();
    const post = await app.request('/', { method: 'POST', body: JSON.stringify({ prefix: 'review/2026/', lang: 'en' }), headers: { 'Content-Type': 'application/json' } });
    expect(post.status).toBe(202);
    const { id } = (await post.json()) as { id: string };
    const first = await app.request(`/${id}`);
    expect([200, 202]).toContain(first.status);
    const done = await until(app, id);
    expect(done.status).toBe(200);
    const body = (await done.json()) as { state: string; summary: { counts: { plans: number; errors: number; checked: number }; lang: string; plans: { file: string; error?: { code: string } }[] } };
    expect(body.state).toBe('done');
    expect(body.summary.counts).toMatchObject({ plans: 4, errors: 1, checked: 3 });
    expect(body.summary.lang).toBe('en');
    expect(body.summary.plans.find((p) => p.file === 'broken.docx')!.error).toBeDefined();
    const csv = await app.request(`/${id}?format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(5);
    const html = await app.request(`/${id}`, { headers: { Accept: 'text/html' } });
    expect(await html.text()).toContain('#rule-horizon');
  }, 120_000);

  it('takes a list of keys; refuses bad bodies, unknown profiles and unknown ids', async () => {
    const app = routes();
    const post = await app.request('/', { method: 'POST', body: JSON.stringify({ keys: ['review/2026/p01-linhu-complete.md'] }) });
    expect(post.status).toBe(202);
    const done = (await (await until(app, ((await post.json()) as { id: string }).id)).json()) as { summary: { counts: { plans: number } } };
    expect(done.summary.counts.plans).toBe(1);
    for (const bad of ['not json', JSON.stringify({}), JSON.stringify({ prefix: 'a/', keys: ['b.md'] }), JSON.stringify({ keys: Array(1001).fill('a.md') }), JSON.stringify({ prefix: 'a/', extra: 1 })]) {
      const r = await app.request('/', { method: 'POST', body: bad });
      expect(r.status).toBe(400);
      expect(((await r.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(0);
    }
    const profile = await app.request('/', { method: 'POST', body: JSON.stringify({ prefix: 'review/', profile: 'nope' }) });
    expect(profile.status).toBe(400);
    expect((await app.request('/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await app.request('/../../etc')).status).toBe(404);
  }, 60_000);
});

describe('/v1/batches through the real app (createApp + embedded S3, npm start wiring)', () => {
  it('POST then GET over HTTP on 127.0.0.1', async () => {
    const { startPipeline } = await import('../../functions/local/pipeline.ts');
    const data = makeTempDir('plancheck-batch-pipeline-');
    const pipeline = await startPipeline({ port: 0, dataDir: data.dir, config: { apiKeys: ['k'], maxBytes: 1 << 20, asyncThresholdBytes: 1 << 20 } });
    try {
      await pipeline.deps.store.objects.put('intake/p01.md', readFileSync(join(root, plans[0])));
      const auth = { Authorization: 'Bearer k', 'Content-Type': 'application/json' };
      expect((await fetch(`${pipeline.url}/v1/batches`, { method: 'POST', body: '{"prefix":"intake/"}', headers: { 'Content-Type': 'application/json' } })).status).toBe(401);
      const post = await fetch(`${pipeline.url}/v1/batches`, { method: 'POST', body: JSON.stringify({ prefix: 'intake/' }), headers: auth });
      expect(post.status).toBe(202);
      const { id } = (await post.json()) as { id: string };
      let r: Response;
      for (let i = 0; ; i++) {
        r = await fetch(`${pipeline.url}/v1/batches/${id}?format=csv`, { headers: auth });
        if (r.status !== 202 || i > 200) break;
        await new Promise((ok) => setTimeout(ok, 250));
      }
      expect(r.status).toBe(200);
      const lines = (await r.text()).trim().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^1,p01\.md,/);
    } finally {
      await pipeline.close();
      data.remove();
    }
  }, 120_000);
});

describe('a batch fanned out through the local queue (npm start wiring, check threads)', () => {
  it('reaches done with a summary whose numbers match each plan report, a corrupt plan included', async () => {
    const p = await startTestPipeline();
    try {
      const files = ['p01-linhu-complete.md', 'p05-riverton-english.docx', 'CN07_national_14th5_digital_economy_plan.md', 'CN08_shanghai_yangpu_district_innovation_zone_plan.md'];
      for (const f of files) await p.deps.store.objects.put(`intake/2027/${f}`, readFileSync(join(root, f.startsWith('CN') ? 'fixtures/real' : 'fixtures/plans', f)));
      // A DOCX cut in half (no central directory), and a file that is not a plan (not listed).
      const docx = readFileSync(join(root, 'fixtures/plans/p01-linhu-complete.docx'));
      await p.deps.store.objects.put('intake/2027/sub/corrupt.docx', docx.subarray(0, docx.length >> 1));
      await p.deps.store.objects.put('intake/2027/notes.txt', Buffer.from('not a plan'));

      const post = await fetch(`${p.url}/v1/batches`, { method: 'POST', body: JSON.stringify({ prefix: 'intake/2027/', lang: 'en' }), headers: { 'content-type': 'application/json' } });
      expect(post.status).toBe(202);
      const { id, total } = (await post.json()) as { id: string; total: number };
      expect(total).toBe(5);
      let body: { state: string; total: number; done: number; errors: number; summary: BatchSummary };
      for (let i = 0; ; i++) {
        const r = await fetch(`${p.url}/v1/batches/${id}`);
        body = (await r.json()) as typeof body;
        if (r.status === 200) break;
        expect(r.status).toBe(202);
        expect(body).toMatchObject({ state: 'running', total: 5 });
        expect(body.done).toBeLessThanOrEqual(5);
        if (i > 400) throw new Error('batch did not finish');
        await new Promise((ok) => setTimeout(ok, 250));
      }
      expect(body).toMatchObject({ state: 'done', total: 5, done: 5, errors: 1 });
      const summary = body.summary;
      expect(summary.counts).toMatchObject({ plans: 5, checked: 4, skipped: 0, errors: 1, withErrorFindings: expect.any(Number) });
      expect(summary.plans.map((r) => r.file).sort()).toEqual([...files, 'sub/corrupt.docx'].sort());
      // Ranked: the plan that could not be checked comes last.
      expect(summary.plans.at(-1)!.file).toBe('sub/corrupt.docx');

      const corrupt = summary.plans.find((r) => r.file === 'sub/corrupt.docx')!;
      expect(corrupt.outcome).toBe('error');
      expect(corrupt.error!.code).toBe('corrupt-docx');

      // Each row against the check's own report, fetched through the API by the row's link.
      const reports = new Map<string, CheckResult>();
      for (const row of summary.plans.filter((r) => r.outcome !== 'error')) {
        const check = (await (await fetch(`${p.url}${row.report}`)).json()) as { status: string; sha256: string; result: CheckResult };
        expect(check.status).toBe('done');
        expect(check.sha256).toBe(row.sha256);
        const r = check.result;
        reports.set(row.file, r);
        expect(r.lang).toBe('en');
        expect(row.overall).toBe(r.scores.overall);
        expect(row.errors).toBe(r.summary.errors);
        expect(row.title).toBe(r.document.title);
        expect(row.statuses).toEqual(Object.fromEntries(r.results.map((x) => [x.id, x.status])));
        expect(row.decision).toBe(r.verdict.isPlan && r.summary.errors === 0 ? 'accept' : 'send-back');
        for (const st of r.scores.stages.flatMap((x) => x.steps)) expect(row.steps[st.step]).toBe(st.score);
      }
      expect(summary.counts.withErrorFindings).toBe([...reports.values()].filter((r) => r.summary.errors > 0).length);
      for (const rule of summary.rules) {
        const fails = [...reports.values()].filter((r) => r.results.find((x) => x.id === rule.id)!.status === 'fail').length;
        expect(summary.totals[rule.id].fail).toBe(fails);
      }

      // Each plan's draft letter, made from its stored report, in the batch's language.
      for (const row of summary.plans.filter((r) => r.outcome !== 'error')) {
        const html = await fetch(`${p.url}${row.letter!.html}`);
        expect(html.status).toBe(200);
        expect(html.headers.get('content-type')).toContain('text/html');
        const text = await html.text();
        expect(text).toContain(`data-decision="${row.decision}"`);
        expect(text).toContain('<html lang="en">');
        const md = await (await fetch(`${p.url}${row.letter!.md}`)).text();
        for (const id of row.failing) {
          const rule = reports.get(row.file)!.results.find((x) => x.id === id)!;
          expect(md).toContain(`(clause ${rule.clause})`);
        }
      }
      expect((await fetch(`${p.url}/v1/batches/${id}/letters/99.html`)).status).toBe(404);
      expect((await fetch(`${p.url}/v1/batches/${id}/letters/0.pdf`)).status).toBe(404);

      // The CSV and HTML say the same: a row per plan, each plan linked to its report.
      const csv = await (await fetch(`${p.url}/v1/batches/${id}?format=csv`)).text();
      expect(csv.trim().split('\r\n')).toHaveLength(6);
      const html = await (await fetch(`${p.url}/v1/batches/${id}`, { headers: { accept: 'text/html' } })).text();
      for (const row of summary.plans.filter((r) => r.report)) expect(html).toContain(`href="${row.report}#rule-horizon"`);

      // A second batch over the same plans reuses every stored report.
      const again = (await (await fetch(`${p.url}/v1/batches`, { method: 'POST', body: JSON.stringify({ prefix: 'intake/2027/', lang: 'en' }), headers: { 'content-type': 'application/json' } })).json()) as { id: string };
      await p.queue.idle();
      const second = (await (await fetch(`${p.url}/v1/batches/${again.id}`)).json()) as { summary: BatchSummary };
      expect(second.summary.counts).toMatchObject({ plans: 5, checked: 0, skipped: 4, errors: 1 });
    } finally {
      await p.dispose();
    }
  }, 240_000);
});
