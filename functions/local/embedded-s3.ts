// s3rver on 127.0.0.1 with the bucket created: the S3 of `npm start` and of the tests.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';

export const s3rverCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface EmbeddedS3 {
  server: S3rver;
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

/** Starts s3rver on loopback (port 0 = a free one) over `directory`; the data survives a restart on the same folder. */
export async function startEmbeddedS3(options: { directory: string; bucket: string; port?: number }): Promise<EmbeddedS3> {
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: options.bucket, configs: [] }],
  });
  const address = (await server.run()) as unknown as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  let closed = false;
  return {
    server,
    endpoint,
    port: address.port,
    // Idempotent: outage tests stop it before the pipeline's own close().
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
    },
  };
}
