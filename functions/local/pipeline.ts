// The whole pipeline on one machine: S3 (embedded s3rver, or the endpoint
// given), the worker fed by s3rver's object-created events through a local
// queue, and the Hono app on @hono/node-server — all on 127.0.0.1.
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../api/app.ts';
import { defaultBodyTimeoutMs, defaultHeadersTimeoutMs, type ApiConfig, type AppDeps } from '../api/deps.ts';
import { ReportStore } from '../store/report-store.ts';
import { S3ObjectStore, type S3StoreConfig } from '../store/s3-object-store.ts';
import type { CheckLimits } from '../service/worker-pool.ts';
import { checkThreadPool, poolRunner, type CheckThreadPool } from '../service/check-pool.ts';
import { startEmbeddedS3, s3rverCredentials, type EmbeddedS3 } from './embedded-s3.ts';
import { LocalQueue, type LocalQueueOptions } from './local-queue.ts';
import { lingerOnClose } from './linger-close.ts';

export interface PipelineOptions {
  /** 0 picks a free port. */
  port: number;
  config: ApiConfig;
  /** Embedded s3rver over this folder, unless `s3` points at an existing S3. */
  dataDir?: string;
  s3?: S3StoreConfig;
  bucket?: string;
  prefix?: string;
  queue?: LocalQueueOptions;
  log?: (message: string, fields?: Record<string, unknown>) => void;
  /** Check threads (default: the machine's cores); 0 checks on the server's own thread, with no heap or time limit (the API bench's comparison; npm start refuses 0). */
  checkThreads?: number;
  /** Sync checks allowed to wait for a thread; past it POST /v1/checks answers 503 + Retry-After. */
  maxQueuedChecks?: number;
  /** Heap and wall-clock limit of every check (default: PLANCHECK_CHECK_HEAP_MB, PLANCHECK_CHECK_TIMEOUT_MS, else 1024 MB and 30 s). */
  checkLimits?: Partial<CheckLimits>;
  /** Node server: time to receive a request's headers (PLANCHECK_HEADERS_TIMEOUT_MS), and the longest pause while its body arrives (config.bodyTimeoutMs, PLANCHECK_BODY_TIMEOUT_MS); default 30 s each. */
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
}

export interface Pipeline {
  url: string;
  port: number;
  deps: AppDeps;
  queue: LocalQueue;
  s3: EmbeddedS3 | null;
  server: ServerType;
  /** Check threads in the pool (0: checks run on the server's thread). */
  checkThreads: number;
  close(): Promise<void>;
}

export async function startPipeline(options: PipelineOptions): Promise<Pipeline> {
  const bucket = options.s3?.bucket ?? options.bucket ?? 'plancheck';
  let s3: EmbeddedS3 | null = null;
  let s3Config: S3StoreConfig;
  if (options.s3) {
    s3Config = options.s3;
  } else {
    if (!options.dataDir) throw new Error('startPipeline needs a dataDir for the embedded S3, or an s3 config');
    s3 = await startEmbeddedS3({ directory: options.dataDir, bucket });
    s3Config = { bucket, prefix: options.prefix, region: 'us-east-1', endpoint: s3.endpoint, credentials: s3rverCredentials };
  }
  const store = new ReportStore(new S3ObjectStore(s3Config));
  const pool = checkPool(options);
  const runner = pool ? poolRunner(pool) : undefined;
  // Two handler calls per thread: one's S3 reads and writes overlap another's check.
  const queue = new LocalQueue({ store, log: options.log, runner }, { concurrency: 2 * (pool?.size ?? 1), ...options.queue });
  // s3rver is an EventEmitter; its typings omit it.
  (s3?.server as unknown as NodeJS.EventEmitter | undefined)?.on('event', (event: unknown) => queue.sendS3Event(event));
  const config = { ...options.config, bodyTimeoutMs: options.bodyTimeoutMs ?? options.config.bodyTimeoutMs ?? defaultBodyTimeoutMs };
  const deps: AppDeps = { store, config, queue, runner };
  const app = createApp(deps);
  // Headers must arrive within headersTimeoutMs (Node checks every connectionsCheckingInterval); a
  // stalled body is answered 408 by the route's reader after bodyTimeoutMs of silence (ApiConfig).
  const headersTimeout = options.headersTimeoutMs ?? defaultHeadersTimeoutMs;
  const serverOptions = {
    headersTimeout,
    requestTimeout: Math.max(120_000, headersTimeout),
    connectionsCheckingInterval: Math.max(100, Math.min(1000, headersTimeout / 4)),
  };
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port, serverOptions }, () => resolve(s));
  });
  lingerOnClose(server as import('node:http').Server);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    deps,
    queue,
    s3,
    server,
    checkThreads: pool?.size ?? 0,
    async close() {
      queue.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool?.close();
      await s3?.close();
    },
  };
}

/**
 * One check costs ~200 ms of CPU for a 30-page plan: on the server's thread it
 * stalls every other request, so checks go to worker threads, one per core.
 * The sync route's wait is bounded (default 2 per thread): beyond it a client
 * hears 503 + Retry-After at once instead of waiting without limit. Its checks
 * go before the queue worker's (async checks, batch plans), which just wait.
 */
function checkPool(options: PipelineOptions): CheckThreadPool | null {
  // The embedded s3rver, the HTTP server and every S3 call run on the main
  // thread (~half a check's CPU again): leave it a core when there are few.
  const size = options.checkThreads ?? (options.s3 ? availableParallelism() : Math.max(1, availableParallelism() - 1));
  if (size <= 0) return null;
  return checkThreadPool({ size, maxQueued: options.maxQueuedChecks ?? 2 * size, limits: options.checkLimits });
}
