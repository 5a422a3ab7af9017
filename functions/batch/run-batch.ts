// The batch runner: every plan under a source is checked (in worker threads),
// its JSON and HTML reports written to the sink, and a summary (CSV, HTML,
// JSON) written beside them. Resumable: a plan whose JSON report on the sink
// has the same content hash, profile, language and rule-set version is not
// checked again — the reports are the record. One bad plan becomes an error
// row; the rest go on.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { CheckResult, Lang } from '../core/check/result.ts';
import { buildSummary, errorRow, planRow, type BatchSummary, type PlanRow } from '../core/batch/summary.ts';
import { renderSummaryCsv } from '../core/batch/render-csv.ts';
import { renderSummaryHtml } from '../core/batch/render-html.ts';
import { getRulesetVersion } from '../core/rules/catalog.ts';
import { resolveProfile } from '../core/rules/config.ts';
import type { PlanSource, ReportSink } from './sources.ts';
import { CheckPool } from './worker-pool.ts';
import { checkOne } from './check-one.ts';

export interface BatchOptions {
  source: PlanSource;
  out: ReportSink;
  profile?: string;
  lang?: Lang;
  /** Worker threads; default: the machine's cores. 0 checks in this thread (no workers). */
  concurrency?: number;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  done: number;
  total: number;
  file: string;
  outcome: PlanRow['outcome'];
  message?: string;
}

export interface BatchRun {
  summary: BatchSummary;
  results: CheckResult[];
}

export const reportKey = (file: string, ext: 'json' | 'html') => `${file}.${ext}`;

/** The earlier report for these bytes, if it was made with the same profile, language and rule set. */
function reusable(stored: string | null, sha256: string, profile: string, lang: Lang, rulesetVersion: string): CheckResult | null {
  if (!stored) return null;
  try {
    const r = JSON.parse(stored) as CheckResult;
    const same = r.document?.sha256 === sha256 && r.profile?.name === profile && r.lang === lang && r.checker?.rulesetVersion === rulesetVersion;
    return same ? r : null;
  } catch {
    return null; // a damaged report is simply made again
  }
}

export async function runBatch(options: BatchOptions): Promise<BatchRun> {
  const lang: Lang = options.lang ?? 'zh';
  // Resolved here so a bad profile is a usage error before any plan is read.
  const profile = resolveProfile(options.profile).name;
  const rulesetVersion = getRulesetVersion();
  const files = await options.source.list();
  const concurrency = Math.max(0, Math.min(options.concurrency ?? availableParallelism(), files.length || 1));
  const pool = concurrency > 0 ? new CheckPool(concurrency) : null;
  const rows: PlanRow[] = [];
  const results: CheckResult[] = [];
  let done = 0;
  let cursor = 0;

  const one = async (file: string): Promise<void> => {
    let bytes: Uint8Array;
    try {
      bytes = await options.source.read(file);
    } catch (e) {
      rows.push(errorRow(file, { code: 'unreadable', message: (e as Error).message }));
      options.onProgress?.({ done: ++done, total: files.length, file, outcome: 'error', message: (e as Error).message });
      return;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const earlier = reusable(await options.out.read(reportKey(file, 'json')), sha256, profile, lang, rulesetVersion);
    if (earlier) {
      const hasHtml = (await options.out.read(reportKey(file, 'html'))) !== null;
      rows.push(planRow(file, earlier, 'skipped', hasHtml ? reportKey(file, 'html') : null));
      results.push(earlier);
      options.onProgress?.({ done: ++done, total: files.length, file, outcome: 'skipped' });
      return;
    }
    const req = { bytes, filename: file, profile, lang };
    const reply = pool ? await pool.check(req) : await checkOne(req);
    if (!reply.ok) {
      rows.push(errorRow(file, reply.error, sha256));
      options.onProgress?.({ done: ++done, total: files.length, file, outcome: 'error', message: reply.error.message });
      return;
    }
    // HTML first: the JSON report marks the plan done, so it is written last.
    await options.out.write(reportKey(file, 'html'), reply.html, 'text/html; charset=utf-8');
    await options.out.write(reportKey(file, 'json'), reply.json, 'application/json');
    const result = JSON.parse(reply.json) as CheckResult;
    rows.push(planRow(file, result, 'checked', reportKey(file, 'html')));
    results.push(result);
    options.onProgress?.({ done: ++done, total: files.length, file, outcome: 'checked' });
  };

  try {
    const lanes = Array.from({ length: Math.max(1, concurrency) }, async () => {
      while (cursor < files.length) await one(files[cursor++]);
    });
    await Promise.all(lanes);
  } finally {
    await pool?.close();
  }

  const summary = buildSummary(rows, results, { lang, profile });
  await options.out.write('summary.json', JSON.stringify(summary, null, 2) + '\n', 'application/json');
  await options.out.write('summary.csv', renderSummaryCsv(summary), 'text/csv; charset=utf-8');
  await options.out.write('summary.html', renderSummaryHtml(summary), 'text/html; charset=utf-8');
  return { summary, results };
}
