// The batch runner's pool of check threads (check-worker.ts): the service's
// worker pool with the batch's own message contract.
import { checkLimitsFromEnv, isCheckLimitError, threadEntry, WorkerPool, type CheckLimits } from '../service/worker-pool.ts';
import type { CheckReply, CheckRequest } from './check-one.ts';

/** The batch runner's pool: check-worker.ts checks one plan and renders JSON and HTML. */
export class CheckPool extends WorkerPool<CheckRequest, CheckReply> {
  constructor(size: number, limits: CheckLimits = checkLimitsFromEnv()) {
    super({ entry: threadEntry('./check-worker.ts', import.meta.url, 'check-worker'), size, limits });
  }

  /** A plan that breaks a limit is that plan's error row (too-complex), not the batch's failure. */
  check(req: CheckRequest): Promise<CheckReply> {
    return this.run(req).catch((e: unknown) => {
      if (isCheckLimitError(e)) return { ok: false as const, error: { code: e.code, message: e.message } };
      throw e;
    });
  }
}
