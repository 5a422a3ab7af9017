// The AWS wiring of a batch: the API Lambda's deps (lambda-app.ts) with
// PLANCHECK_QUEUE_URL send one SQS message per plan through the real SQS
// client, ten a request; the worker's SQS handler takes those very message
// bodies and the batch completes from what it stored. S3 is s3rver; SQS is a
// loopback endpoint that speaks SendMessageBatch (JSON protocol, MD5s checked
// by the client) and keeps what it was sent.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { depsFromEnv } from '../../functions/api/lambda-app.ts';
import type { BatchSummary } from '../../functions/core/batch/summary.ts';
import { handleSqsEvent } from '../../functions/service/queue-jobs.ts';
import { fixture, s3Env, startTestS3, type TestS3 } from '../support/loopback.ts';
import { sqsEvent } from '../support/sqs-event.ts';

interface Sent {
  target: string;
  queueUrl: string;
  bodies: string[];
}

let s3: TestS3;
let sqs: Server;
const sent: Sent[] = [];
const envKeys = ['PLANCHECK_BUCKET', 'PLANCHECK_S3_ENDPOINT', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'PLANCHECK_QUEUE_URL'];

beforeAll(async () => {
  s3 = await startTestS3();
  sqs = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { QueueUrl: string; Entries: { Id: string; MessageBody: string }[] };
      sent.push({ target: String(req.headers['x-amz-target']), queueUrl: body.QueueUrl, bodies: body.Entries.map((e) => e.MessageBody) });
      const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ Successful: body.Entries.map((e) => ({ Id: e.Id, MessageId: randomUUID(), MD5OfMessageBody: md5(e.MessageBody) })), Failed: [] }));
    });
  });
  await new Promise<void>((ok) => sqs.listen(0, '127.0.0.1', ok));
}, 60_000);
afterAll(async () => {
  for (const k of envKeys) delete process.env[k];
  await new Promise((ok) => sqs?.close(ok));
  await s3?.dispose();
});


describe('batch fan-out over SQS (the API Lambda deps)', () => {
  it('sends one message per plan, ten a request, and the worker handler completes the batch from them', async () => {
    const plan = fixture('plans/p01-linhu-complete.md');
    // Eleven plans (same content under different names: one check, reused) and a corrupt DOCX: two SendMessageBatch calls.
    for (let i = 0; i < 11; i++) await s3.objects.put(`review/plan-${String(i).padStart(2, '0')}.md`, plan);
    const docx = fixture('plans/p01-linhu-complete.docx');
    await s3.objects.put('review/zz-corrupt.docx', docx.subarray(0, docx.length >> 1));
    const port = (sqs.address() as AddressInfo).port;
    const queueUrl = `http://127.0.0.1:${port}/000000000000/plancheck-uploads`;
    Object.assign(process.env, {
      ...s3Env(s3),
      PLANCHECK_QUEUE_URL: queueUrl,
    });
    const app = createApp(depsFromEnv());
    const post = await app.request('/v1/batches', { method: 'POST', body: JSON.stringify({ prefix: 'review/' }), headers: { 'content-type': 'application/json' } });
    expect(post.status).toBe(202);
    const { id, total } = (await post.json()) as { id: string; total: number };
    expect(total).toBe(12);

    // Nothing was checked in the API: the batch waits for the worker.
    const waiting = await app.request(`/v1/batches/${id}`);
    expect(waiting.status).toBe(202);
    expect(await waiting.json()).toMatchObject({ state: 'running', total: 12, done: 0 });

    expect(sent.map((s) => s.bodies.length)).toEqual([10, 2]);
    for (const s of sent) {
      expect(s.target).toBe('AmazonSQS.SendMessageBatch');
      expect(s.queueUrl).toBe(queueUrl);
    }
    const bodies = sent.flatMap((s) => s.bodies);
    const jobs = bodies.map((b) => (JSON.parse(b) as { plancheck: { key: string; batch: { id: string; index: number } } }).plancheck);
    expect(jobs.map((j) => j.batch.id)).toEqual(Array(12).fill(id));
    expect(jobs.map((j) => j.batch.index)).toEqual([...Array(12).keys()]);

    // The worker Lambda gets them in SQS batches of five (the event source's batch size).
    for (let i = 0; i < bodies.length; i += 5) {
      const { batchItemFailures } = await handleSqsEvent(sqsEvent(bodies.slice(i, i + 5).map((body, j) => ({ id: `m${i + j}`, body }))), { store: s3.store });
      expect(batchItemFailures).toEqual([]);
    }
    const done = await app.request(`/v1/batches/${id}`);
    expect(done.status).toBe(200);
    const { summary } = (await done.json()) as { summary: BatchSummary };
    // One plan checked, ten reusing its stored report, one unreadable.
    expect(summary.counts).toMatchObject({ plans: 12, checked: 1, skipped: 10, errors: 1 });
    expect(summary.plans.find((p) => p.file === 'zz-corrupt.docx')!.error!.code).toBe('corrupt-docx');
  }, 120_000);
});
