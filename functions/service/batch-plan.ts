// One plan of a batch, as the worker gets it from the queue: read it wherever
// it lies in the bucket, check it through the same path as every upload
// (content-addressed reports, reused when already there), and record its
// summary row under the batch. A plan that cannot be checked is an error row,
// not a retry; a storage outage is thrown back so the message is retried.
import { posix } from 'node:path';
import type { PlanRow } from '../core/batch/summary.ts';
import type { CheckResult, Lang } from '../core/check/result.ts';
import { isPlanInputError } from '../core/errors.ts';
import { isStoreUnavailable } from '../store/object-store.ts';
import { BatchStore } from '../store/batch-store.ts';
import { sha256Hex } from '../store/layout.ts';
import type { ReportStore } from '../store/report-store.ts';
import { checkAndStore } from './check-and-store.ts';
import type { CheckRunner } from './check-render.ts';

export interface BatchPlanJob {
  /** The plan's key in the bucket. */
  key: string;
  profile: string;
  lang: Lang;
  batch: { id: string; index: number; file: string };
}

export function isBatchPlanJob(job: object): job is BatchPlanJob {
  const b = (job as { batch?: BatchPlanJob['batch'] }).batch;
  return Boolean(b && typeof b.id === 'string' && Number.isInteger(b.index) && typeof b.file === 'string');
}

/** The check's own report, served by the API: GET /v1/checks/{id} answers a browser with the HTML report. */
export const checkReportLink = (checkId: string) => `/v1/checks/${checkId}`;

/** The plan's draft letter, made on request from its stored report: GET /v1/batches/{id}/letters/{index}.{md,html}. */
export const batchLetterLinks = (batchId: string, index: number) => ({ md: `/v1/batches/${batchId}/letters/${index}.md`, html: `/v1/batches/${batchId}/letters/${index}.html` });

export async function processBatchPlan(job: BatchPlanJob, deps: { store: ReportStore; runner?: CheckRunner }): Promise<PlanRow> {
  const { file } = job.batch;
  // The summary's code (and the rule catalog behind it) loads with the first batch plan, not with the worker.
  const { errorRow, planRow } = await import('../core/batch/summary.ts');
  const obj = await deps.store.objects.get(job.key);
  let row: PlanRow;
  if (!obj) {
    row = errorRow(file, { code: 'unreadable', message: `no object at ${job.key}` });
  } else {
    const sha256 = sha256Hex(obj.body);
    try {
      const outcome = await checkAndStore(
        deps.store,
        { bytes: obj.body, sha256, uploadKey: job.key, filename: posix.basename(job.key), profile: job.profile, lang: job.lang },
        { runner: deps.runner },
      );
      const result = JSON.parse(outcome.resultJson) as CheckResult;
      row = planRow(file, result, outcome.reused ? 'skipped' : 'checked', checkReportLink(outcome.id), { letter: batchLetterLinks(job.batch.id, job.batch.index) });
    } catch (error) {
      // Only an outage is worth a retry; anything else is this plan's problem
      // (as in the CLI's batch), or the batch would never complete.
      if (isStoreUnavailable(error)) throw error;
      const e = error as Error;
      row = errorRow(file, isPlanInputError(error) ? { code: error.code, message: error.message } : { code: 'internal', message: e?.message ?? String(error) }, sha256);
    }
  }
  await new BatchStore(deps.store.objects).putRow(job.batch.id, job.batch.index, row);
  return row;
}
