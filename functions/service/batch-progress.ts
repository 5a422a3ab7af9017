// A fanned-out batch's progress and summary, assembled from what is stored:
// the manifest (how many plans), the rows the workers wrote (one listing), and
// once every row is there the summary (CSV, HTML, JSON) — built once, then
// status.json says "done" and later reads serve the stored summary.
import { renderSummaryCsv } from '../core/batch/render-csv.ts';
import { renderSummaryHtml } from '../core/batch/render-html.ts';
import { buildSummary, type PlanRow } from '../core/batch/summary.ts';
import type { CheckResult } from '../core/check/result.ts';
import type { BatchManifest, BatchStatus, BatchStore } from '../store/batch-store.ts';
import type { ReportStore } from '../store/report-store.ts';

/** Rows are read this many at a time when the summary is assembled. */
const READ_CONCURRENCY = 16;

export async function batchProgress(batches: BatchStore, reports: ReportStore, id: string): Promise<BatchStatus | null> {
  const status = await batches.getStatus(id);
  if (!status || status.state !== 'running') return status;
  const manifest = await batches.getManifest(id);
  if (!manifest) return status;
  const total = manifest.plans.length;
  const written = [...(await batches.listRows(id))].filter(([index]) => index < total);
  const progress: BatchStatus = { ...status, total, done: written.length, errors: written.filter(([, r]) => r.outcome === 'error').length };
  if (written.length < total) return progress;
  return assemble(batches, reports, manifest, written.map(([, r]) => r.key));
}

async function assemble(batches: BatchStore, reports: ReportStore, manifest: BatchManifest, rowKeys: string[]): Promise<BatchStatus> {
  const rows: PlanRow[] = [];
  for (let i = 0; i < rowKeys.length; i += READ_CONCURRENCY) {
    const page = await Promise.all(rowKeys.slice(i, i + READ_CONCURRENCY).map((k) => batches.getRow(k)));
    for (const row of page) if (row) rows.push(row);
  }
  // The rule columns and steps come from one full report of the batch (every report lists every rule).
  const results: CheckResult[] = [];
  const checked = rows.find((r) => r.outcome !== 'error' && r.sha256);
  if (checked) {
    const report = await reports.getReport(checked.sha256!, manifest.profile, manifest.lang, 'json');
    if (report) results.push(JSON.parse(report.body.toString('utf8')) as CheckResult);
  }
  const summary = buildSummary(rows, results, { lang: manifest.lang, profile: manifest.profile });
  await batches.putSummary(manifest.id, 'json', JSON.stringify(summary, null, 2) + '\n');
  await batches.putSummary(manifest.id, 'csv', renderSummaryCsv(summary));
  await batches.putSummary(manifest.id, 'html', renderSummaryHtml(summary));
  // Written last: "done" promises the summary is there.
  const done: BatchStatus = { id: manifest.id, state: 'done', total: summary.counts.plans, done: summary.counts.plans, errors: summary.counts.errors };
  await batches.putStatus(done);
  return done;
}
