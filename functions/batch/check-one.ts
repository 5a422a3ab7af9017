// One plan: bytes (or a folder's Markdown files) → CheckResult → JSON and HTML
// reports, or the error that stopped it.
import { checkDocument, checkPlan } from '../core/check/check-plan.ts';
import type { CheckResult, Lang } from '../core/check/result.ts';
import { asInputError, isPlanInputError } from '../core/errors.ts';
import { parseMarkdownFolder } from '../core/parsers/index.ts';
import type { PlancheckConfig } from '../core/rules/config.ts';
import { renderReport } from '../core/report/index.ts';
import { folderSha256, type PlanPart } from '../service/folder-plan.ts';

export interface CheckRequest {
  /** A file's bytes; or, for a folder read as one plan, `parts`. */
  bytes?: Uint8Array;
  /** A folder's Markdown files, in name order (the hash's order). */
  parts?: PlanPart[];
  filename: string;
  profile?: string;
  lang?: Lang;
  /** The plan's own .plancheck.json (severity overrides, waivers, custom profiles). */
  config?: PlancheckConfig;
}

// Only the two report strings cross back from a worker thread: the runner
// parses the JSON itself (its thread is mostly idle), which costs less than a
// structured clone of the CheckResult on the checking thread.
export type CheckReply =
  | { ok: true; json: string; html: string }
  | { ok: false; error: { code: string; message: string } };

async function check(req: CheckRequest): Promise<CheckResult> {
  const options = { source: req.filename, profile: req.profile, lang: req.lang, config: req.config };
  if (req.parts) {
    let doc;
    try {
      doc = parseMarkdownFolder(req.parts);
    } catch (e) {
      throw asInputError(e, req.filename);
    }
    const result = await checkDocument(doc, options);
    result.document.sha256 = folderSha256(req.parts);
    return result;
  }
  return checkPlan({ bytes: req.bytes!, filename: req.filename.split('/').pop(), ...options });
}

export function checkOne(req: CheckRequest): Promise<CheckReply> {
  return check(req).then(
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
