// The worker for real: uploads land in an embedded s3rver, its object-created
// events go through the local queue (SQS shape) to the worker handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkId, sha256Hex } from '../../functions/store/layout.ts';
import { handleSqsEvent, processJob } from '../../functions/service/queue-jobs.ts';
import { fixture, s3Env, startTestPipeline, startTestS3, type TestPipeline } from '../support/loopback.ts';
import { sqsEvent as sqsEventOf } from '../support/sqs-event.ts';

const sqsEvent = (messages: { id: string; body: unknown }[]) => sqsEventOf(messages.map(({ id, body }) => ({ id, body: JSON.stringify(body) })));

/** An S3 event notification as AWS sends it: keys URL-encoded, '+' for spaces. */
function s3Notification(bucket: string, key: string) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', configurationId: 'uploads', bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` }, object: { key: encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/'), size: 1 } },
      },
    ],
  };
}

describe('upload → S3 event → worker on the embedded s3rver', () => {
  let p: TestPipeline;
  beforeAll(async () => {
    p = await startTestPipeline();
  }, 60_000);
  afterAll(async () => p?.dispose());

  it('writes every report format for a plan put under uploads/, with profile and lang from its metadata', async () => {
    const bytes = fixture('real/CN08_shanghai_yangpu_district_innovation_zone_plan.md');
    const sha = sha256Hex(bytes);
    await p.deps.store.objects.put(`uploads/${sha}.md`, bytes, { contentType: 'text/markdown', metadata: { lang: 'en', filename: 'yangpu.md' } });
    await p.queue.idle();
    const status = await p.deps.store.getStatus(checkId(sha, 'full', 'en'));
    expect(status?.status).toBe('done');
    const json = await p.deps.store.getReport(sha, 'full', 'en', 'json');
    const result = JSON.parse(json!.body.toString('utf8'));
    expect(result.document.sha256).toBe(sha);
    expect(result.lang).toBe('en');
    expect(result.document.source).toBe('yangpu.md');
    for (const ext of ['md', 'html', 'sarif', 'junit.xml']) expect(await p.deps.store.objects.head(`reports/${sha}/full/en/report.${ext}`)).not.toBeNull();
    const head = await p.deps.store.objects.head(`reports/${sha}/full/en/report.json`);
    expect(head!.metadata['ruleset-version']).toBe(result.checker.rulesetVersion);
    expect(head!.metadata['checker-build']).toBe(result.checker.build);
    expect(head!.metadata['checker-version']).toBe(result.checker.version);
  });

  it('checks the same plan once: a second event is skipped', async () => {
    const bytes = fixture('plans/p07-dongjiang-data-governance.md');
    const sha = sha256Hex(bytes);
    const key = `uploads/${sha}.md`;
    await p.deps.store.objects.put(key, bytes, { contentType: 'text/markdown' });
    await p.queue.idle();
    const before = await p.deps.store.objects.head(`reports/${sha}/full/zh/report.json`);
    expect(before).not.toBeNull();
    expect(await processJob({ key }, { store: p.deps.store })).toBe('reused');
    expect(await p.deps.store.objects.head(`reports/${sha}/full/zh/report.json`)).toEqual(before);
  });

  it('records a corrupt DOCX as failed, acknowledges it, and still checks the next plan', async () => {
    const docx = fixture('plans/p05-riverton-english.docx');
    const corrupt = docx.subarray(0, docx.length - 200);
    const bad = sha256Hex(corrupt);
    const good = fixture('plans/p05-riverton-english.docx');
    const goodSha = sha256Hex(good);
    await p.deps.store.objects.put(`uploads/${bad}.docx`, corrupt, { metadata: { lang: 'en' } });
    await p.deps.store.objects.put(`uploads/${goodSha}.docx`, good, { metadata: { lang: 'en' } });
    await p.queue.idle();
    const failed = await p.deps.store.getStatus(checkId(bad, 'full', 'en'));
    expect(failed?.status).toBe('failed');
    expect(failed?.error?.code).toBe('corrupt-docx');
    expect(p.queue.dropped).toHaveLength(0); // acknowledged, not retried
    expect((await p.deps.store.getStatus(checkId(goodSha, 'full', 'en')))?.status).toBe('done');
  });

  it('ignores objects outside uploads/ (its own reports raise events too)', async () => {
    const event = sqsEvent([{ id: 'm1', body: s3Notification(p.deps.store.objects.bucket, 'reports/x/full/zh/report.json') }]);
    expect(await handleSqsEvent(event, { store: p.deps.store })).toEqual({ batchItemFailures: [] });
  });
});

describe('the worker Lambda handler with real event shapes', () => {
  it('decodes URL-encoded keys under a prefix with a space, and acknowledges bad messages', async () => {
    const s3 = await startTestS3({ prefix: 'plan checks/' });
    try {
      Object.assign(process.env, { ...s3Env(s3), PLANCHECK_PREFIX: 'plan checks/' });
      const { handler } = await import('../../functions/worker/lambda.ts');
      const bytes = fixture('plans/p12-donghai-vague-goals.md');
      const sha = sha256Hex(bytes);
      await s3.objects.put(`uploads/${sha}.md`, bytes, { contentType: 'text/markdown' });
      const res = await handler(
        sqsEvent([
          { id: 'ok', body: s3Notification(s3.bucket, `plan checks/uploads/${sha}.md`) },
          { id: 'test-event', body: { Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: s3.bucket } },
          { id: 'garbage', body: 'not json' },
        ]),
      );
      expect(res.batchItemFailures).toEqual([]);
      const json = await s3.store.getReport(sha, 'full', 'zh', 'json');
      expect(JSON.parse(json!.body.toString('utf8')).document.sha256).toBe(sha);
      expect(s3.objects.location(`uploads/${sha}.md`)).toBe(`s3://${s3.bucket}/plan checks/uploads/${sha}.md`);
    } finally {
      for (const k of ['PLANCHECK_BUCKET', 'PLANCHECK_PREFIX', 'PLANCHECK_S3_ENDPOINT', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']) delete process.env[k];
      await s3.dispose();
    }
  });
});

describe('S3 down mid-run', () => {
  it('returns the message as a batch item failure, and the retry succeeds once S3 is back on the same data', async () => {
    const s3 = await startTestS3();
    try {
      const first = fixture('plans/p09-nanhu-vision-2035.md');
      const firstSha = sha256Hex(first);
      await s3.objects.put(`uploads/${firstSha}.md`, first);
      const deps = { store: s3.store };
      expect(await processJob({ key: `uploads/${firstSha}.md` }, deps)).toBe('checked');

      const second = fixture('plans/p08-beiling-ten-year.md');
      const sha = sha256Hex(second);
      await s3.objects.put(`uploads/${sha}.md`, second);
      await s3.close();
      const event = sqsEvent([{ id: 'retry-me', body: s3Notification(s3.bucket, `uploads/${sha}.md`) }]);
      const down = await handleSqsEvent(event, deps);
      expect(down.batchItemFailures).toEqual([{ itemIdentifier: 'retry-me' }]);

      await s3.restart();
      expect(await handleSqsEvent(event, deps)).toEqual({ batchItemFailures: [] });
      expect((await s3.store.getStatus(checkId(sha, 'full', 'zh')))?.status).toBe('done');
      // Nothing lost: the report written before the outage is still there.
      expect(await s3.store.findResult(firstSha, 'full', 'zh', JSON.parse((await s3.store.getReport(firstSha, 'full', 'zh', 'json'))!.body.toString()).checker.build)).not.toBeNull();
    } finally {
      await s3.dispose();
    }
  }, 60_000);
});
