// A batch source over an explicit list of keys in one bucket (POST /v1/batches with keys).
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { isPlanKey, type PlanSource } from './sources.ts';

export function s3KeysSource(client: S3Client, bucket: string, keys: string[]): PlanSource {
  return {
    list: async () => [...new Set(keys)].filter(isPlanKey).sort(),
    async read(key) {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return out.Body!.transformToByteArray();
    },
  };
}
