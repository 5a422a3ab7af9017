// The API's Lambda handler with API Gateway v2 events, and the API while S3 is down.
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedS3 } from '../../functions/local/embedded-s3.ts';
import { httpEvent } from '../support/http-event.ts';
import { fixture, s3Env, startTestPipeline, startTestS3, type TestPipeline } from '../support/loopback.ts';

describe('API Lambda handler (function URL / HTTP API v2 events)', () => {
  it('serves rules, checks a base64 body, and applies API keys', async () => {
    const s3 = await startTestS3();
    try {
      Object.assign(process.env, {
        ...s3Env(s3),
        PLANCHECK_API_KEYS: 'k1',
      });
      const { handler } = await import('../../functions/api/lambda.ts');
      const ctx = {} as Context;
      const denied = (await handler(httpEvent('GET', '/v1/rules') as never, ctx)) as { statusCode: number; body: string };
      expect(denied.statusCode).toBe(401);
      const auth = { authorization: 'Bearer k1' };
      const rules = (await handler(httpEvent('GET', '/v1/rules', { headers: auth }) as never, ctx)) as { statusCode: number; body: string };
      expect(rules.statusCode).toBe(200);
      expect(JSON.parse(rules.body).rules.length).toBeGreaterThan(0);
      const plan = fixture('plans/p01-linhu-complete.docx');
      const res = (await handler(
        httpEvent('POST', '/v1/checks', { query: 'lang=en&filename=linhu.docx', headers: { ...auth, 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, body: plan }) as never,
        ctx,
      )) as { statusCode: number; body: string };
      expect(res.statusCode).toBe(200);
      const body = JSON.parse(res.body);
      expect(body.result.document.format).toBe('docx');
      expect(await s3.store.getReport(body.sha256, 'full', 'en', 'html')).not.toBeNull();
    } finally {
      for (const k of ['PLANCHECK_BUCKET', 'PLANCHECK_S3_ENDPOINT', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'PLANCHECK_API_KEYS']) delete process.env[k];
      await s3.dispose();
    }
  });
});

describe('storage down', () => {
  let p: TestPipeline;
  beforeAll(async () => {
    p = await startTestPipeline();
  }, 60_000);
  afterAll(async () => p?.dispose());

  it('answers 503 with a clear message, and works again on the same data once S3 is back', async () => {
    const plan = fixture('plans/p04-haiwan-traditional.md');
    const post = () => fetch(`${p.url}/v1/checks`, { method: 'POST', body: new Uint8Array(plan), headers: { 'content-type': 'text/markdown' } });
    const ok = (await (await post()).json()) as { id: string; result: unknown };
    const port = p.s3!.port;
    await p.s3!.close();
    const down = await post();
    expect(down.status).toBe(503);
    const err = ((await down.json()) as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('storage-unavailable');
    expect(err.message).toMatch(/storage is unreachable/);
    expect((await fetch(`${p.url}/v1/checks/${ok.id}`)).status).toBe(503);
    expect((await fetch(`${p.url}/healthz`)).status).toBe(200);

    const again = await startEmbeddedS3({ directory: p.dir, bucket: 'plancheck-test', port });
    try {
      const status = (await (await fetch(`${p.url}/v1/checks/${ok.id}`)).json()) as { status: string; result: unknown };
      expect(status.status).toBe('done');
      expect(status.result).toEqual(ok.result);
    } finally {
      await again.close();
    }
  }, 60_000);
});
