// The CPU-bound half of a check: plan bytes → CheckResult → every report
// format rendered. Runs in this thread (Lambda: one request per instance) or in
// a worker thread (check-thread.ts, for the Node server), so the reply is plain
// data that survives structured clone: a PlanInputError crosses as its code.
// The checker itself loads on the first check: a process whose checks run in a
// thread (the Lambda handlers, the Node server) never loads it on its own
// thread, and a cold start pays for it once, in the thread.
import type { CheckResult, Lang } from '../core/check/result.ts';
import { PlanInputError, asInputError, isPlanInputError, type PlanInputErrorCode } from '../core/errors.ts';
import { reportExtension, reportFormats, reportMediaType } from '../core/report/formats.ts';
import type { RenderedReport } from '../store/report-store.ts';

export interface RenderRequest {
  bytes: Uint8Array;
  filename?: string;
  mediaType?: string;
  profile: string;
  lang: Lang;
}

// Only strings and a small head cross back: cloning the whole CheckResult
// into the server's thread would cost it the time the pool saves.
export type RenderReply =
  | { ok: true; head: { document: { sha256: string | null }; checker: CheckResult['checker'] }; reports: RenderedReport[] }
  | { ok: false; error: { code: string; message: string }; planInput: boolean };

export async function checkAndRender(req: RenderRequest): Promise<RenderReply> {
  try {
    const [{ checkPlan }, { renderReport }] = await Promise.all([import('../core/check/check-plan.ts'), import('../core/report/index.ts')]);
    const result = await checkPlan({ bytes: req.bytes, filename: req.filename, mediaType: req.mediaType, profile: req.profile, lang: req.lang });
    const reports = reportFormats.map((format) => ({
      format,
      ext: reportExtension(format).replace(/^\./, ''),
      mediaType: reportMediaType(format),
      body: renderReport(result, format),
    }));
    return { ok: true, head: { document: { sha256: result.document.sha256 ?? null }, checker: result.checker }, reports };
  } catch (caught) {
    // Rendering too: a failure the plan's shape causes (a stack overflow) is bad input, 422.
    const e = asInputError(caught, req.filename);
    if (isPlanInputError(e)) return { ok: false, error: { code: e.code, message: e.message }, planInput: true };
    const err = e as Error;
    return { ok: false, error: { code: 'internal', message: err?.message ?? String(e) }, planInput: false };
  }
}

/** Where checks run. `interactive`: a caller that would rather hear "busy" than wait (the sync HTTP route). */
export type CheckRunner = (req: RenderRequest, options: { interactive: boolean }) => Promise<RenderReply>;

export const inThisThread: CheckRunner = (req) => checkAndRender(req);

/** The reply as the caller's outcome: the report set, or the error it stands for, thrown again. */
export function unwrapReply(reply: RenderReply): Extract<RenderReply, { ok: true }> {
  if (reply.ok) return reply;
  if (reply.planInput) throw new PlanInputError(reply.error.code as PlanInputErrorCode, reply.error.message);
  throw new Error(`the check failed: ${reply.error.message}`);
}
