// POST /v1/batches → 202 with an id; GET /v1/batches/{id} → progress, then the
// summary in JSON, CSV and HTML. Real s3rver on 127.0.0.1, real Hono routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { batchRoutes } from '../../functions/api/batch-routes.ts';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'plancheck-batch-http-'));
let server: S3rver;
let s3: S3Client;
const plans = ['fixtures/plans/p01-linhu-complete.md', 'fixtures/plans/p05-riverton-english.docx', 'fixtures/real/CN07_national_14th5_digital_economy_plan.md'];

beforeAll(async () => {
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [] });
  const { port } = (await server.run()) as AddressInfo;
  s3 = new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  await s3.send(new CreateBucketCommand({ Bucket: 'plancheck' }));
  for (const p of plans) await s3.send(new PutObjectCommand({ Bucket: 'plancheck', Key: `review/2026/${p.split('/').pop()}`, Body: readFileSync(join(root, p)) }));
  await s3.send(new PutObjectCommand({ Bucket: 'plancheck', Key: 'review/2026/broken.docx', Body: Buffer.from('PK\x03\x04 not a zip') }));
});
afterAll(async () => {
  s3?.destroy();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

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
    const app = batchRoutes({ s3, bucket: 'plancheck', concurrency: 2 });
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
    const app = batchRoutes({ s3, bucket: 'plancheck', concurrency: 1 });
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
    const pipeline = await startPipeline({ port: 0, dataDir: join(dir, 'pipeline'), config: { apiKeys: ['k'], maxBytes: 1 << 20, asyncThresholdBytes: 1 << 20 } });
    try {
      const objects = pipeline.deps.store.objects as unknown as { client: S3Client; bucket: string };
      await objects.client.send(new PutObjectCommand({ Bucket: objects.bucket, Key: 'intake/p01.md', Body: readFileSync(join(root, plans[0])) }));
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
      expect(lines[1]).toMatch(/^p01\.md,/);
    } finally {
      await pipeline.close();
    }
  }, 120_000);
});
