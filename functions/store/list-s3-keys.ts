// Every key under a prefix, paged by marker (ListObjects), not by continuation token
// (ListObjectsV2): s3rver, the embedded server, makes its tokens with DES, which Node 20's
// OpenSSL 3 no longer has, and answers any listing past 1,000 keys with InternalError. S3 pages
// both the same way. The command class is passed in, so a caller that loads the SDK lazily
// (s3-object-store.ts) keeps doing so.
import type { ListObjectsCommand, S3Client } from '@aws-sdk/client-s3';

export async function listS3Keys(client: S3Client, List: typeof ListObjectsCommand, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await client.send(new List({ Bucket: bucket, Prefix: prefix, Marker: marker }));
    const contents = page.Contents ?? [];
    for (const o of contents) if (o.Key) keys.push(o.Key);
    marker = page.NextMarker ?? contents.at(-1)?.Key;
    if (!page.IsTruncated || !marker) return keys;
  }
}
