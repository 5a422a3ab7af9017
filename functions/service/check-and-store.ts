// The one path from plan bytes to stored reports, shared by the sync API route
// and the queue worker: reuse a stored report when the rule set is the same,
// else check, render every format and store them.
import type { Lang } from '../core/check/result.ts';
import { type ReportFormat, reportExtension, reportFormats } from '../core/report/formats.ts';
import { checkerBuild } from '../core/check/checker-build.ts';
import { shippedProfiles } from '../core/rules/profiles.ts';
import { checkId, reportKey } from '../store/layout.ts';
import type { ReportStore } from '../store/report-store.ts';
import { inThisThread, unwrapReply, type CheckRunner } from './check-render.ts';

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
  /** The JSON report (a CheckResult) as stored: callers embed it without parsing it again. */
  resultJson: string;
  reports: Record<string, string>;
  /** True when a stored report was reused and nothing was checked. */
  reused: boolean;
}

export interface CheckAndStoreOptions {
  /** Where the CPU work runs; default: this thread. */
  runner?: CheckRunner;
  /** An interactive caller is refused (PoolBusyError) rather than queued when the runner is full. */
  interactive?: boolean;
  /** The caller has just found no stored report for this check (the worker's HEAD): no second look. */
  noStoredReport?: boolean;
  /** A status write in flight (the worker's "running") that must land before this check's "done". */
  statusBefore?: Promise<void>;
}

/** Key extension of a report format, without the leading dot (json, junit.xml). */
export function extOf(format: ReportFormat): string {
  return reportExtension(format).replace(/^\./, '');
}

export function resolveCheckKey(profile: string | undefined, lang: Lang | undefined): { profile: string; lang: Lang } {
  return { profile: profile ?? shippedProfiles().default, lang: lang ?? 'zh' };
}

/** Locations of every report format of one check. */
export function reportLocations(store: ReportStore, sha256: string, profile: string, lang: Lang): Record<string, string> {
  return Object.fromEntries(reportFormats.map((f) => [f, store.objects.location(reportKey(sha256, profile, lang, extOf(f)))]));
}

export async function checkAndStore(store: ReportStore, req: CheckRequest, options: CheckAndStoreOptions = {}): Promise<CheckOutcome> {
  const { profile, lang } = resolveCheckKey(req.profile, req.lang);
  const id = checkId(req.sha256, profile, lang);
  const stored = options.noStoredReport ? null : await store.findResultJson(req.sha256, profile, lang, checkerBuild());
  if (stored !== null) return { id, resultJson: stored, reports: reportLocations(store, req.sha256, profile, lang), reused: true };
  const runner = options.runner ?? inThisThread;
  const reply = unwrapReply(
    await runner({ bytes: req.bytes, filename: req.filename, mediaType: req.mediaType, profile, lang }, { interactive: options.interactive ?? false }),
  );
  const reports = await store.saveReports(reply.head, profile, lang, reply.reports);
  await options.statusBefore;
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
  return { id, resultJson: reply.reports.find((r) => r.format === 'json')!.body, reports, reused: false };
}
