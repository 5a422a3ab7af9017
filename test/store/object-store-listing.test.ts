// Listing past one page on the embedded s3rver: s3rver signs ListObjectsV2 continuation tokens with
// DES, which Node 20's OpenSSL 3 lacks, so a listing past 1,000 keys must page by marker instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../support/loopback.ts';

const COUNT = 1_005;
let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3({ prefix: 'lists' });
  const keys = Array.from({ length: COUNT }, (_, i) => `many/${String(i).padStart(4, '0')}.json`);
  // (Eight at a time: s3rver writes each object's file and metadata.)
  for (let i = 0; i < keys.length; i += 8) await Promise.all(keys.slice(i, i + 8).map((k) => s3.objects.put(k, Buffer.from('{}'))));
}, 120_000);
afterAll(async () => s3?.dispose());

describe('S3ObjectStore.list on s3rver', () => {
  it('lists every key of a prefix past the first page of 1,000, in order, once each', async () => {
    const keys = await s3.objects.list('many/');
    expect(keys).toHaveLength(COUNT);
    expect(new Set(keys).size).toBe(COUNT);
    expect(keys[0]).toBe('many/0000.json');
    expect(keys.at(-1)).toBe('many/1004.json');
  });
});
