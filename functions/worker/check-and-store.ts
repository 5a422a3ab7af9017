// The one path from plan bytes to stored reports, shared by the sync API route
// and the queue worker: reuse a stored report when the rule set is the same,
// else check, render every format and store them.
import { checkPlan } from '../core/check/check-plan.ts';
import type { CheckResult, Lang } from '../core/check/result.ts';
import { type ReportFormat, reportExtension, reportFormats, reportMediaType, renderReport } from '../core/report/index.ts';
import { getRulesetVersion } from '../core/rules/catalog.ts';
import { shippedProfiles } from '../core/rules/profiles.ts';
import { checkId, reportKey } from '../store/layout.ts';
import type { ReportStore } from '../store/report-store.ts';

export interface CheckRequest {
  bytes: Buffer;
  sha256: string;
  uploadKey: string;
  filename?: string;
  mediaType?: string;
  profile?: string;
  lang?: Lang;
}

export interface CheckOutcome {
  id: string;
  result: CheckResult;
  reports: Record<string, string>;
  /** True when a stored report was reused and nothing was checked. */
  reused: boolean;
}

/** Key extension of a report format, without the leading dot (json, junit.xml). */
export function extOf(format: ReportFormat): string {
  return reportExtension(format).replace(/^\./, '');
}

export function resolveCheckKey(profile: string | undefined, lang: Lang | undefined): { profile: string; lang: Lang } {
  return { profile: profile ?? shippedProfiles().default, lang: lang ?? 'zh' };
}

export async function checkAndStore(store: ReportStore, req: CheckRequest): Promise<CheckOutcome> {
  const { profile, lang } = resolveCheckKey(req.profile, req.lang);
  const id = checkId(req.sha256, profile, lang);
  const ruleset = getRulesetVersion();
  const stored = await store.findResult(req.sha256, profile, lang, ruleset);
  if (stored) {
    const reports = Object.fromEntries(
      reportFormats.map((f) => [f, store.objects.location(reportKey(req.sha256, profile, lang, extOf(f)))]),
    );
    return { id, result: stored, reports, reused: true };
  }
  const result = await checkPlan({ bytes: req.bytes, filename: req.filename, mediaType: req.mediaType, profile, lang });
  const rendered = reportFormats.map((format) => ({
    format,
    ext: extOf(format),
    mediaType: reportMediaType(format),
    body: renderReport(result, format),
  }));
  const reports = await store.saveReports(result, profile, lang, rendered);
  await store.putStatus({
    id,
    status: 'done',
    sha256: req.sha256,
    profile,
    lang,
    upload: req.uploadKey,
    filename: req.filename,
    updatedAt: new Date().toISOString(),
    reports,
  });
  return { id, result, reports, reused: false };
}
