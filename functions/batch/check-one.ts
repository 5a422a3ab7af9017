// One plan: bytes → CheckResult → JSON and HTML reports, or the error that stopped it.
import { checkPlan } from '../core/check/check-plan.ts';
import type { CheckResult, Lang } from '../core/check/result.ts';
import { asInputError, isPlanInputError } from '../core/errors.ts';
import { renderReport } from '../core/report/index.ts';

export interface CheckRequest {
  bytes: Uint8Array;
  filename: string;
  profile?: string;
  lang?: Lang;
}

// Only the two report strings cross back from a worker thread: the runner
// parses the JSON itself (its thread is mostly idle), which costs less than a
// structured clone of the CheckResult on the checking thread.
export type CheckReply =
  | { ok: true; json: string; html: string }
  | { ok: false; error: { code: string; message: string } };

export function checkOne(req: CheckRequest): Promise<CheckReply> {
  return checkPlan({ bytes: req.bytes, filename: req.filename.split('/').pop(), source: req.filename, profile: req.profile, lang: req.lang }).then(
    (result: CheckResult): CheckReply => ({ ok: true, json: JSON.stringify(result, null, 2) + '\n', html: renderReport(result, 'html') }),
    (caught: unknown): CheckReply => {
      const e = asInputError(caught, req.filename);
      if (isPlanInputError(e)) return { ok: false, error: { code: e.code, message: e.message } };
      const err = e as Error & { code?: string };
      // Anything else (a parser bug on odd input) is still this plan's problem, not the batch's.
      return { ok: false, error: { code: typeof err.code === 'string' ? err.code : 'internal', message: err.message ?? String(e) } };
    },
  );
}
