// A small pool of worker threads, each running one entry module that answers
// { id, ...request } messages with { id, ...reply }. Parsing and rule
// evaluation are CPU-bound, so the batch runner and the local HTTP server both
// check plans here and keep their own event loop free. Workers load the
// TypeScript sources through tsx (no build step in this project). An entry
// posts { ready: true } once loaded and warm: a job's time limit runs from then.
import { Worker } from 'node:worker_threads';

// Node 20 workers do not inherit the parent's module hooks (nor honour
// --import in execArgv for the entry), so a worker on a .ts entry registers tsx
// itself; a built ES module entry (.mjs: the Lambda bundles) is imported as it
// is, with no tsx. A built CommonJS entry (.cjs: dist/, the threads of the CLI
// and of the local server, see infra/cli-bundle.ts) is the worker's own script:
// required, it loads its chunks through the code cache and never starts the ES
// module loader. Dynamic imports only: the eval runs as CommonJS or, when the
// parent was started with --input-type=module (inherited), as an ES module with
// no require.
const BOOTSTRAP = `
import('node:worker_threads').then(async ({ workerData }) => {
  if (workerData.entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
  await import(workerData.entry);
});
`;

declare const __PLANCHECK_BUNDLE__: boolean | undefined;
declare const __PLANCHECK_THREAD_EXT__: string | undefined;

/**
 * A thread's entry module: the TypeScript source beside `base` from a checkout;
 * in a bundle (where every module's import.meta.url sits three folders below
 * the bundle root) `<built>.mjs` at the bundle root (the Lambda bundles), or
 * `<built>.cjs` in dist/, which infra/cli-bundle.ts builds as CommonJS from that
 * source (cliEntries; test/infra/cli-bundle.test.ts checks every threadEntry of
 * the sources has its entry there).
 */
export function threadEntry(source: string, base: string, built: string): URL {
  if (typeof __PLANCHECK_BUNDLE__ === 'boolean') return new URL(`../../../${built}${typeof __PLANCHECK_THREAD_EXT__ === 'string' ? __PLANCHECK_THREAD_EXT__ : '.mjs'}`, base);
  return new URL(source, base);
}

export interface WorkerPoolOptions {
  /** The thread's entry module (see check-worker.ts for the message contract). */
  entry: URL;
  size: number;
  /**
   * Bounded (interactive) jobs allowed to wait for a thread; past it run()
   * throws PoolBusyError at once, so an interactive caller can say "busy"
   * rather than let waiting grow without bound. Bounded jobs go before
   * unbounded (background) ones, which always wait. Default: no bound.
   */
  maxQueued?: number;
  /** Limits every job runs under; a breach terminates the thread (a fresh one takes its place) and rejects with CheckLimitError. */
  limits?: CheckLimits;
}

/** What one check may cost: its thread's heap, and its wall-clock time. */
export interface CheckLimits {
  /** V8 old-generation heap of each thread (resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
  /** Wall-clock time of one job in its thread, after which the thread is terminated. */
  timeoutMs: number;
}

export const defaultCheckLimits: CheckLimits = { heapMb: 1024, timeoutMs: 30_000 };

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return n;
}

/** PLANCHECK_CHECK_TIMEOUT_MS (default 30000) and PLANCHECK_CHECK_HEAP_MB (default 1024). */
export function checkLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): CheckLimits {
  return {
    heapMb: Math.round(positive(env.PLANCHECK_CHECK_HEAP_MB, 'PLANCHECK_CHECK_HEAP_MB', defaultCheckLimits.heapMb)),
    timeoutMs: positive(env.PLANCHECK_CHECK_TIMEOUT_MS, 'PLANCHECK_CHECK_TIMEOUT_MS', defaultCheckLimits.timeoutMs),
  };
}

/**
 * A job broke a limit and its thread was terminated. The plan's shape is the
 * cause (nothing else runs in that thread), so callers answer it as bad input:
 * `too-complex`, naming the limit.
 */
export class CheckLimitError extends Error {
  readonly code = 'too-complex';
  constructor(
    readonly limit: 'time' | 'memory',
    message: string,
  ) {
    super(message);
    this.name = 'CheckLimitError';
  }
}

export function isCheckLimitError(error: unknown): error is CheckLimitError {
  return error instanceof CheckLimitError;
}

/** The pool's queue is full: the caller should come back later (HTTP 503 + Retry-After). */
export class PoolBusyError extends Error {
  constructor(
    message: string,
    /** Seconds after which a retry has a fair chance: the queue's expected drain time. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'PoolBusyError';
  }
}

export function isPoolBusy(error: unknown): error is PoolBusyError {
  return error instanceof PoolBusyError;
}

interface Waiter {
  resolve: (w: Worker) => void;
  reject: (e: Error) => void;
}

export class WorkerPool<Req extends object, Reply extends object> {
  private idle: Worker[] = [];
  private waiting: Waiter[] = [];
  /** Background jobs: served when no bounded job waits. */
  private background: Waiter[] = [];
  private all = new Set<Worker>();
  /** Threads whose entry has loaded (it posts { ready: true }): a job's time limit runs from then, not from the thread's start. */
  private ready = new WeakMap<Worker, Promise<void>>();
  /** What a thread threw while it loaded (a rule set that does not load), for the job that waited on it. */
  private startFailures = new WeakMap<Worker, Error>();
  private next = 0;
  private closed = false;
  /** Moving average of a job's time in a thread, for Retry-After. */
  private averageMs = 500;

  constructor(private readonly options: WorkerPoolOptions) {}

  get size(): number {
    return this.options.size;
  }

  /** Jobs waiting for a free thread. */
  get queued(): number {
    return this.waiting.length + this.background.length;
  }

  // Threads start on first use: a server that is never asked to check costs no thread.
  private spawn(): Worker {
    const heap = this.options.limits?.heapMb;
    const entry = this.options.entry;
    const w = new Worker(entry.pathname.endsWith('.cjs') ? entry : BOOTSTRAP, {
      eval: !entry.pathname.endsWith('.cjs'),
      workerData: { entry: entry.href },
      // The young generation stays small so the old-generation cap is what bounds a thread.
      ...(heap ? { resourceLimits: { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, heap >> 4)) } } : {}),
    });
    w.unref();
    this.ready.set(
      w,
      new Promise<void>((resolve) => {
        const onReady = (msg: { ready?: boolean }) => {
          if (!msg?.ready) return;
          w.off('message', onReady);
          resolve();
        };
        w.on('message', onReady);
        w.once('exit', () => resolve());
      }),
    );
    // Always a listener: an 'error' with none (a thread failing while it loads, or
    // between jobs) would be thrown in this thread and end the process. A job in
    // flight hears it through its own listener too.
    w.on('error', (e: Error) => {
      if (!this.startFailures.has(w)) this.startFailures.set(w, e);
    });
    // A thread that dies (out of memory, a native crash) is replaced on next use.
    w.once('exit', () => {
      this.all.delete(w);
      this.idle = this.idle.filter((x) => x !== w);
    });
    this.all.add(w);
    return w;
  }

  /**
   * Starts every thread now rather than on first use, idle and warming up: a
   * process that will surely check (a worker Lambda's cold start) loads the
   * checker in the thread while its own thread loads the rest and reads S3.
   */
  prestart(): void {
    while (!this.closed && this.all.size < this.options.size) this.idle.push(this.spawn());
  }

  private acquire(bounded: boolean): Promise<Worker> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const w = this.idle.pop();
    if (w) return Promise.resolve(w);
    if (this.all.size < this.options.size) return Promise.resolve(this.spawn());
    const max = this.options.maxQueued;
    if (bounded && max !== undefined && this.waiting.length >= max) {
      const drainSeconds = ((this.waiting.length + this.options.size) * this.averageMs) / this.options.size / 1000;
      throw new PoolBusyError(`all ${this.options.size} check threads are busy and ${this.waiting.length} plans are waiting`, Math.max(1, Math.ceil(drainSeconds)));
    }
    return new Promise((resolve, reject) => (bounded ? this.waiting : this.background).push({ resolve, reject }));
  }

  private nextWaiter(): Waiter | undefined {
    return this.waiting.shift() ?? this.background.shift();
  }

  private release(w: Worker): void {
    if (!this.all.has(w)) {
      // It died: let a waiter have a fresh thread in its place.
      const waiter = this.nextWaiter();
      if (waiter) waiter.resolve(this.spawn());
      return;
    }
    const waiter = this.nextWaiter();
    if (waiter) waiter.resolve(w);
    else this.idle.push(w);
  }

  /**
   * Runs one job on a thread. `bounded`: refuse with PoolBusyError when
   * maxQueued jobs already wait (interactive callers); otherwise wait.
   */
  async run(req: Req, options: { bounded?: boolean } = {}): Promise<Reply> {
    const w = await this.acquire(options.bounded ?? false);
    // Idle threads never hold the process open; a thread with a job in flight does (a CLI awaiting it must not exit).
    w.ref();
    const id = this.next++;
    const started = performance.now();
    const limits = this.options.limits;
    // A thread that broke a limit or died is out of the pool at once (its 'exit' comes later), so release() never reuses it.
    const discard = () => {
      this.all.delete(w);
      this.idle = this.idle.filter((x) => x !== w);
    };
    try {
      // A fresh thread first loads the checker (a second or so). The job is posted once it is ready: posted
      // earlier, a long job would run before the warm-up ends, and its time limit would never start.
      await this.ready.get(w);
      if (!this.all.has(w)) throw this.startFailures.get(w) ?? new Error('a check thread exited before it was ready');
      return await new Promise<Reply>((resolve, reject) => {
        const onMessage = (msg: Reply & { id: number }) => {
          if (msg.id !== id) return;
          cleanup();
          const { id: _id, ...reply } = msg;
          resolve(reply as unknown as Reply);
        };
        const onError = (e: Error & { code?: string }) => {
          cleanup();
          discard();
          if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY' && limits) {
            reject(new CheckLimitError('memory', `the check ran out of its memory limit of ${limits.heapMb} MB (PLANCHECK_CHECK_HEAP_MB) and was stopped: the plan is too large or too deeply nested to read`));
          } else reject(e);
        };
        const onExit = (code: number) => {
          cleanup();
          discard();
          reject(new Error(`a check thread exited (code ${code}) before it answered`));
        };
        const timer = limits
          ? setTimeout(() => {
              cleanup();
              discard();
              void w.terminate();
              const seconds = limits.timeoutMs / 1000;
              reject(new CheckLimitError('time', `the check took longer than its time limit of ${seconds} s (PLANCHECK_CHECK_TIMEOUT_MS) and was stopped: the plan is too large or too complex to read`));
            }, limits.timeoutMs)
          : undefined;
        const cleanup = () => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        // Copy, not transfer: the caller may still hash or keep the bytes.
        w.postMessage({ id, ...req });
      });
    } finally {
      w.unref();
      this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
      this.release(w);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of [...this.waiting.splice(0), ...this.background.splice(0)]) waiter.reject(new Error('the worker pool is closed'));
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}
