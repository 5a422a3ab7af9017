// ObjectStore on @aws-sdk/client-s3: AWS S3, or any S3-compatible endpoint
// (s3rver on loopback) with path-style addressing. The SDK is imported on the
// first call that reaches the bucket, not with this module: it is ~0.25-0.4 s
// of a cold start, which an API Lambda answering /healthz, the rule catalog or
// the web page never needs (the worker Lambda asks for it at init, loadS3Sdk).
import type { S3Client } from '@aws-sdk/client-s3';
import { createRequire } from 'node:module';
import type { ObjectStore, PutOptions, StoredObject } from './object-store.ts';
import { StoreUnavailableError } from './object-store.ts';
import { listS3Keys } from './list-s3-keys.ts';

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

type S3Sdk = typeof import('@aws-sdk/client-s3');

/** Defined by the Lambda bundles (infra/lambda-bundle.ts), which leave the SDK to the runtime's node_modules. */
declare const __PLANCHECK_SDK_EXTERNAL__: boolean | undefined;

let sdk: Promise<S3Sdk> | undefined;

/**
 * The SDK outside a bundle is CommonJS: a Lambda bundle requires it, since
 * import() takes it through the ES module loader and cjs-module-lexer, which
 * scans every file it re-exports (~100 ms more of the cold start's CPU,
 * measured: require ~105-155 ms, import() ~205-330 ms on this machine).
 * The name is not a literal, so esbuild leaves the call alone.
 */
function importSdk(): Promise<S3Sdk> {
  if (typeof __PLANCHECK_SDK_EXTERNAL__ !== 'boolean') return import('@aws-sdk/client-s3');
  const name = '@aws-sdk/client-s3';
  return new Promise((resolve) => resolve(createRequire(import.meta.url)(name) as S3Sdk));
}

/** The SDK, loaded once per process; a failed load is tried again on the next call. */
export function loadS3Sdk(): Promise<S3Sdk> {
  sdk ??= importSdk().then(
    // A bundle that carries the SDK (dist/: esbuild, CommonJS split into a chunk) has its exports as the default only.
    (m) => (typeof m.S3Client === 'function' ? m : (m as unknown as { default: S3Sdk }).default),
    (error: unknown) => {
      sdk = undefined;
      throw error;
    },
  );
  return sdk;
}

export async function createS3Client(config: S3StoreConfig): Promise<S3Client> {
  const { S3Client } = await loadS3Sdk();
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
  if (status !== undefined && status < 500) return error;
  const detail = (error as { code?: string; message?: string })?.code ?? (error as Error)?.message ?? String(error);
  return new StoreUnavailableError(`storage is unreachable (${what}): ${detail}`, { cause: error });
}

export class S3ObjectStore implements ObjectStore {
  readonly bucket: string;
  readonly prefix: string;
  private readonly config: S3StoreConfig;
  private ready: Promise<{ client: S3Client; sdk: S3Sdk }> | undefined;

  constructor(config: S3StoreConfig, client?: S3Client) {
    this.bucket = config.bucket;
    const p = config.prefix ?? '';
    this.prefix = p && !p.endsWith('/') ? `${p}/` : p;
    this.config = config;
    if (client) this.ready = loadS3Sdk().then((s) => ({ client, sdk: s }));
  }

  /** The client and the SDK's commands; outside the callers' try, so an SDK that does not load is not taken for an outage. */
  private s3(): Promise<{ client: S3Client; sdk: S3Sdk }> {
    this.ready ??= Promise.all([createS3Client(this.config), loadS3Sdk()]).then(
      ([client, s]) => ({ client, sdk: s }),
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    );
    return this.ready;
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
    const { client, sdk } = await this.s3();
    try {
      const out = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.full(key) }));
      const bytes = await out.Body!.transformToByteArray();
      return { body: Buffer.from(bytes), contentType: out.ContentType, metadata: out.Metadata ?? {} };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw translate(error, `get ${key}`);
    }
  }

  async head(key: string): Promise<{ metadata: Record<string, string>; contentType?: string } | null> {
    const { client, sdk } = await this.s3();
    try {
      const out = await client.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key: this.full(key) }));
      return { metadata: out.Metadata ?? {}, contentType: out.ContentType };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw translate(error, `head ${key}`);
    }
  }

  async put(key: string, body: Buffer, options: PutOptions = {}): Promise<void> {
    const { client, sdk } = await this.s3();
    try {
      await client.send(
        new sdk.PutObjectCommand({
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
    const { client, sdk } = await this.s3();
    try {
      for (const key of await listS3Keys(client, sdk.ListObjectsCommand, this.bucket, this.full(prefix))) keys.push(key.slice(this.prefix.length));
    } catch (error) {
      throw translate(error, `list ${prefix}`);
    }
    return keys;
  }
}
