// What the API's routes need, built once: the store, limits and keys, and a
// queue for work that is answered later. Router modules (checks, web, batch)
// receive the same object.
import type { ReportStore } from '../store/report-store.ts';
import type { CheckRunner } from '../service/check-render.ts';
import type { QueueJob } from '../service/queue-jobs.ts';

export interface ApiConfig {
  /** Bearer keys; empty means the API is open. */
  apiKeys: string[];
  /** Largest accepted upload, enforced while reading. */
  maxBytes: number;
  /** Bodies larger than this are answered 202 and checked by the worker. */
  asyncThresholdBytes: number;
  /** Longest pause while a request body arrives before it is answered 408 (default 30 s). */
  bodyTimeoutMs?: number;
}

/**
 * Fan-out seam to the worker: locally the in-process queue (functions/local/local-queue.ts),
 * on AWS the SQS queue the S3 events use too (PLANCHECK_QUEUE_URL, work-queue.ts).
 */
export interface WorkQueue {
  enqueue(job: QueueJob): Promise<void>;
  /** Many at once (a batch's plans): SQS takes ten a request. */
  enqueueAll?(jobs: QueueJob[]): Promise<void>;
}

export interface AppDeps {
  store: ReportStore;
  config: ApiConfig;
  queue: WorkQueue;
  /** Where sync checks run: the Node server's thread pool (bounded: full → 503); default this thread (Lambda). */
  runner?: CheckRunner;
  /**
   * Where PDFs are read: 'inline' (default; this process has pdf.js) or 'worker'
   * (the API Lambda, bundled without pdf.js: a PDF is answered 202 and checked
   * by the worker, whose bundle carries it).
   */
  pdfReader?: 'inline' | 'worker';
}

export const defaultMaxBytes = 20 * 1024 * 1024;
export const defaultBodyTimeoutMs = 30_000;
export const defaultHeadersTimeoutMs = 30_000;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return {
    apiKeys: (env.PLANCHECK_API_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    maxBytes: positiveInt(env.PLANCHECK_MAX_BYTES, 'PLANCHECK_MAX_BYTES', defaultMaxBytes),
    asyncThresholdBytes: positiveInt(env.PLANCHECK_ASYNC_BYTES, 'PLANCHECK_ASYNC_BYTES', 2 * 1024 * 1024),
    bodyTimeoutMs: positiveInt(env.PLANCHECK_BODY_TIMEOUT_MS, 'PLANCHECK_BODY_TIMEOUT_MS', defaultBodyTimeoutMs),
  };
}
