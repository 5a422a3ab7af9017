// The check threads of every service adapter: the Node server's pool, the
// worker Lambda's and the API Lambda's. A check runs in a worker thread under
// a heap cap and a wall-clock limit (PLANCHECK_CHECK_HEAP_MB,
// PLANCHECK_CHECK_TIMEOUT_MS): on this thread nothing could stop a plan whose
// shape makes the reader loop or swell, and on Lambda the invocation would hang
// to its own timeout or the runtime die, retried three times, the check left
// "running" and a batch never complete.
import { checkLimitsFromEnv, isCheckLimitError, threadEntry, WorkerPool, type CheckLimits } from './worker-pool.ts';
import type { CheckRunner, RenderReply, RenderRequest } from './check-render.ts';

export type CheckThreadPool = WorkerPool<RenderRequest, RenderReply>;

export interface CheckThreadPoolOptions {
  size: number;
  /** Interactive checks allowed to wait for a thread (see WorkerPoolOptions.maxQueued); default no bound. */
  maxQueued?: number;
  /** Default: from the environment, else 1024 MB and 30 s. */
  limits?: Partial<CheckLimits>;
}

export function checkThreadPool(options: CheckThreadPoolOptions): CheckThreadPool {
  return new WorkerPool<RenderRequest, RenderReply>({
    entry: threadEntry('./check-thread.ts', import.meta.url, 'check-thread'),
    size: options.size,
    maxQueued: options.maxQueued,
    limits: { ...checkLimitsFromEnv(), ...options.limits },
  });
}

/** A check that breaks a limit is answered as the plan's error (too-complex, 422); its thread is already replaced. */
export function poolRunner(pool: CheckThreadPool): CheckRunner {
  return (req, { interactive }) =>
    pool.run(req, { bounded: interactive }).catch((e: unknown): RenderReply => {
      if (isCheckLimitError(e)) return { ok: false, error: { code: e.code, message: e.message }, planInput: true };
      throw e;
    });
}
