// One plan: bytes → CheckResult → JSON and HTML reports, or the error that stopped it.
import type { CheckResult, Lang } from '../core/check/result.ts';
import { isPlanInputError } from '../core/errors.ts';

export interface CheckRequest {
  bytes: Uint8Array;
  filename: string;
  profile?: string;
  lang?: Lang;
}

export type CheckReply =
  | { ok: true; result: CheckResult; json: string; html: string | null }
  | { ok: false; error: { code: string; message: string } };

type RenderReport = (r: CheckResult, f: 'html') => string;
let renderHtml: RenderReport | null | undefined;

async function htmlRenderer(): Promise<RenderReport | null> {
  if (renderHtml !== undefined) return renderHtml;
  try {
    // Variable specifier: the report module is another engineer's and may not be there yet.
    const reportModule = '../core/report/index.ts';
    renderHtml = ((await import(reportModule)) as { renderReport: RenderReport }).renderReport;
  } catch {
    renderHtml = null;
  }
  return renderHtml;
}

export async function checkOne(req: CheckRequest): Promise<CheckReply> {
  try {
    const { checkPlan } = await import('../core/check/check-plan.ts');
    const result = await checkPlan({ bytes: req.bytes, filename: req.filename.split('/').pop(), source: req.filename, profile: req.profile, lang: req.lang });
    const render = await htmlRenderer();
    return { ok: true, result, json: JSON.stringify(result, null, 2) + '\n', html: render ? render(result, 'html') : null };
  } catch (e) {
    if (isPlanInputError(e)) return { ok: false, error: { code: e.code, message: e.message } };
    const err = e as Error & { code?: string };
    // Anything else (a parser bug on odd input) is still this plan's problem, not the batch's.
    return { ok: false, error: { code: typeof err.code === 'string' ? err.code : 'internal', message: err.message ?? String(e) } };
  }
}
