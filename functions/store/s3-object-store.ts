// ObjectStore on @aws-sdk/client-s3: AWS S3, or any S3-compatible endpoint
// (s3rver on loopback) with path-style addressing.
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { ObjectStore, PutOptions, StoredObject } from './object-store.ts';
import { StoreUnavailableError } from './object-store.ts';

export interface S3StoreConfig {
  bucket: string;
  /** Key prefix, e.g. "plancheck/" (a trailing slash is added when missing). */
  prefix?: string;
  region?: string;
  /** Custom endpoint (s3rver, MinIO): forces path-style addressing. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function s3ConfigFromEnv(env: NodeJS.ProcessEnv = process.env): S3StoreConfig {
  const bucket = env.PLANCHECK_BUCKET;
  if (!bucket) throw new Error('PLANCHECK_BUCKET is not set: the pipeline needs a bucket to store uploads and reports');
  return {
    bucket,
    prefix: env.PLANCHECK_PREFIX ?? '',
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    endpoint: env.PLANCHECK_S3_ENDPOINT || undefined,
  };
}

export function createS3Client(config: S3StoreConfig): S3Client {
  return new S3Client({
    region: config.region ?? 'us-east-1',
    endpoint: config.endpoint,
    forcePathStyle: Boolean(config.endpoint),
    credentials: config.credentials,
    // Otherwise stream bodies go aws-chunked and s3rver stores the framing (see the dependency notes).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A down store should answer 503 quickly, not after the SDK's default backoff.
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 2000, requestTimeout: 15000 },
  });
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return statusOf(error) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}

/** Network failures and 5xx become StoreUnavailableError; 4xx other than 404 stay as they are (configuration bugs). */
function translate(error: unknown, what: string): unknown {
  const status = statusOf(error);
  if (error instanceof S3ServiceException && status !== undefined && status < 500) return error;
  if (status !== undefined && status < 500) return error;
  const detail = (error as { code?: string; message?: string })?.code ?? (error as Error)?.message ?? String(error);
  return new StoreUnavailableError(`storage is unreachable (${what}): ${detail}`, { cause: error });
}

export class S3ObjectStore implements ObjectStore {
  readonly bucket: string;
  readonly prefix: string;
  readonly client: S3Client;

  constructor(config: S3StoreConfig, client?: S3Client) {
    this.bucket = config.bucket;
    const p = config.prefix ?? '';
    this.prefix = p && !p.endsWith('/') ? `${p}/` : p;
    this.client = client ?? createS3Client(config);
  }

  private full(key: string): string {
    return this.prefix + key;
  }

  location(key: string): string {
    return `s3://${this.bucket}/${this.full(key)}`;
  }

  relativeKey(fullKey: string): string | null {
    return fullKey.startsWith(this.prefix) ? fullKey.slice(this.prefix.length) : null;
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.full(key) }));
      const bytes = await out.Body!.transformToByteArray();
      return { body: Buffer.from(bytes), contentType: out.ContentType, metadata: out.Metadata ?? {} };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw translate(error, `get ${key}`);
    }
  }

  async head(key: string): Promise<{ metadata: Record<string, string>; contentType?: string } | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.full(key) }));
      return { metadata: out.Metadata ?? {}, contentType: out.ContentType };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw translate(error, `head ${key}`);
    }
  }

  async put(key: string, body: Buffer, options: PutOptions = {}): Promise<void> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.full(key),
          Body: body,
          ContentType: options.contentType,
          Metadata: options.metadata,
        }),
      );
    } catch (error) {
      throw translate(error, `put ${key}`);
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.full(prefix), ContinuationToken: token }));
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key.slice(this.prefix.length));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (error) {
      throw translate(error, `list ${prefix}`);
    }
    return keys;
  }
}
