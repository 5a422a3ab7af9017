// The object-store seam: the pipeline needs get/head/put on keys and nothing
// else, so S3 (AWS or s3rver on loopback) hides behind this.

export interface StoredObject {
  body: Buffer;
  contentType?: string;
  metadata: Record<string, string>;
}

export interface PutOptions {
  contentType?: string;
  metadata?: Record<string, string>;
}

export interface ObjectStore {
  /** Bucket the keys live in (for locations in responses and events). */
  readonly bucket: string;
  get(key: string): Promise<StoredObject | null>;
  /** Metadata only; null when the object does not exist. */
  head(key: string): Promise<{ metadata: Record<string, string>; contentType?: string } | null>;
  put(key: string, body: Buffer, options?: PutOptions): Promise<void>;
  /** Every key under a prefix (relative, as given to get/put), in key order. */
  list(prefix: string): Promise<string[]>;
  /** `s3://bucket/<prefix><key>` — where a key really lives. */
  location(key: string): string;
  /** Strip the configured prefix from a full object key (as in S3 events); null when outside it. */
  relativeKey(fullKey: string): string | null;
}

/** Storage cannot be reached or answered 5xx: transient, the caller answers 503 or retries. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}

/**
 * A JSON object, or null when there is none. s3rver (unlike S3) rewrites objects
 * in place, so a read can meet half a file: a torn one is read again, a few times.
 */
export async function getJson<T>(objects: ObjectStore, key: string): Promise<T | null> {
  for (let attempt = 0; ; attempt++) {
    const obj = await objects.get(key);
    if (!obj) return null;
    try {
      return JSON.parse(obj.body.toString('utf8')) as T;
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((r) => setTimeout(r, 25 * (attempt + 1)));
    }
  }
}
