// Where a batch reads plans from and writes reports to: a folder or an S3 prefix.
// Keys are '/'-separated paths relative to the folder or prefix.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { GetObjectCommand, ListObjectsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { listS3Keys } from '../store/list-s3-keys.ts';


export interface PlanSource {
  /**
   * Every file below the source, recursively, sorted — plans, and the
   * .plancheck.json and manifest beside them (plan-entries.ts says which are
   * plans). Files inside hidden folders are left out.
   */
  keys(): Promise<string[]>;
  read(key: string): Promise<Uint8Array>;
}

/** Inside a hidden folder (.git, .cache…): never part of a batch. A hidden file (.plancheck.json) is kept. */
const inHiddenFolder = (key: string) => key.split('/').slice(0, -1).some((p) => p.startsWith('.'));

export interface ReportSink {
  /** The stored text, or null when there is none. */
  read(key: string): Promise<string | null>;
  write(key: string, body: string, contentType: string): Promise<void>;
  describe(): string;
}

export function folderSource(root: string): PlanSource {
  return {
    async keys() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      return entries
        .filter((d) => d.isFile())
        .map((d) => relative(root, join(d.parentPath ?? (d as unknown as { path: string }).path, d.name)).split(sep).join('/'))
        .filter((k) => !inHiddenFolder(k))
        .sort();
    },
    read: async (key) => readFile(join(root, ...key.split('/'))),
  };
}

export function folderSink(root: string): ReportSink {
  return {
    async read(key) {
      try {
        return await readFile(join(root, ...key.split('/')), 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async write(key, body) {
      const path = join(root, ...key.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, body);
    },
    describe: () => root,
  };
}

export interface S3Location {
  bucket: string;
  prefix: string;
}

export function parseS3Url(url: string): S3Location | null {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!m) return null;
  const prefix = m[2] && !m[2].endsWith('/') ? `${m[2]}/` : m[2];
  return { bucket: m[1], prefix };
}

/** An S3 client from the environment; AWS_ENDPOINT_URL_S3 points it at s3rver on loopback. */
export function s3ClientFromEnv(): S3Client {
  const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
  return new S3Client({
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    region: process.env.AWS_REGION ?? 'us-east-1',
    // With the SDK's defaults s3rver stores aws-chunked framing (see the dependency notes).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function s3Source(client: S3Client, at: S3Location): PlanSource {
  return {
    async keys() {
      const keys = (await listS3Keys(client, ListObjectsCommand, at.bucket, at.prefix)).map((k) => k.slice(at.prefix.length));
      return keys.filter((k) => k && !k.endsWith('/') && !inHiddenFolder(k)).sort();
    },
    async read(key) {
      const out = await client.send(new GetObjectCommand({ Bucket: at.bucket, Key: at.prefix + key }));
      return out.Body!.transformToByteArray();
    },
  };
}

export function s3Sink(client: S3Client, at: S3Location): ReportSink {
  return {
    async read(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: at.bucket, Key: at.prefix + key }));
        return await out.Body!.transformToString('utf-8');
      } catch (e) {
        if ((e as { name?: string }).name === 'NoSuchKey' || (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw e;
      }
    },
    async write(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket: at.bucket, Key: at.prefix + key, Body: body, ContentType: contentType }));
    },
    describe: () => `s3://${at.bucket}/${at.prefix}`,
  };
}
