// ReportStore on a real s3rver: uploads stored once, never overwritten; byte-exact bodies; prefixes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeS3Key } from '../../functions/service/queue-jobs.ts';
import { parseUploadKey, sha256Hex } from '../../functions/store/layout.ts';
import { fixture, startTestS3, type TestS3 } from '../support/loopback.ts';

let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3({ prefix: 'team a' });
}, 30_000);
afterAll(async () => s3?.dispose());

describe('ReportStore', () => {
  it('stores an upload byte for byte, once, and keeps the first metadata', async () => {
    const bytes = fixture('plans/p02-yunling-custom-styles.custom-styles.docx');
    const sha = sha256Hex(bytes);
    const first = await s3.store.saveUpload(bytes, sha, 'docx', { filename: '云岭规划.docx', lang: 'zh' });
    expect(first).toEqual({ key: `uploads/${sha}.docx`, created: true });
    const second = await s3.store.saveUpload(bytes, sha, 'docx', { filename: 'other.docx', lang: 'en' });
    expect(second.created).toBe(false);
    const got = await s3.store.getUpload(first.key);
    expect(got!.bytes.equals(bytes)).toBe(true);
    expect(got!.info).toMatchObject({ filename: '云岭规划.docx', lang: 'zh' });
    expect(s3.objects.location(first.key)).toBe(`s3://${s3.bucket}/team a/uploads/${sha}.docx`);
  });

  it('answers null for what is not there', async () => {
    expect(await s3.store.getStatus('0'.repeat(32))).toBeNull();
    expect(await s3.store.getReport('f'.repeat(64), 'full', 'zh', 'json')).toBeNull();
    expect(await s3.store.findResult('f'.repeat(64), 'full', 'zh', 'x')).toBeNull();
  });

  it('serves a stored report only to the checker build that wrote it', async () => {
    const sha = 'c'.repeat(64);
    const head = { document: { sha256: sha }, checker: { version: '0.1.0', rulesetVersion: 'sha256:same-rules', build: 'sha256:old-build' } };
    await s3.store.saveReports(head as never, 'full', 'zh', [{ format: 'json', ext: 'json', mediaType: 'application/json', body: '{"old":true}' }] as never);
    expect(await s3.store.findResultJson(sha, 'full', 'zh', 'sha256:old-build')).toBe('{"old":true}');
    // Same rules, changed facts: a new build never gets the old build's report.
    expect(await s3.store.findResultJson(sha, 'full', 'zh', 'sha256:new-build')).toBeNull();
    expect(await s3.store.hasResult(sha, 'full', 'zh', 'sha256:new-build')).toBe(false);
  });

  it('maps keys: prefix, upload keys, URL-encoded event keys', () => {
    expect(s3.objects.relativeKey('team a/uploads/x')).toBe('uploads/x');
    expect(s3.objects.relativeKey('elsewhere/uploads/x')).toBeNull();
    expect(parseUploadKey(`uploads/${'a'.repeat(64)}.md`)).toEqual({ sha256: 'a'.repeat(64), ext: 'md' });
    expect(parseUploadKey('uploads/../x.md')).toBeNull();
    expect(decodeS3Key('team+a/uploads/%E8%A7%84.md')).toBe('team a/uploads/规.md');
    expect(decodeS3Key('plain/key.md')).toBe('plain/key.md');
  });
});
