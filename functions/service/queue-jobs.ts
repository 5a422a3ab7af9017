// The queue's work, for the worker Lambda (functions/worker/lambda.ts) and the
// local queue alike: an upload under uploads/ (S3 ObjectCreated → SQS) is read,
// checked and every report format stored; a batch's plan (a message the batch
// route sent) is checked the same way and its row recorded under the batch. Bad plans are recorded as failed and
// acknowledged (retrying cannot fix them); storage outages are thrown back so
// the message is retried.
import type { S3EventRecord, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { isPlanInputError } from '../core/errors.ts';
import type { Lang } from '../core/check/result.ts';
import { checkerBuild } from '../core/check/checker-build.ts';
import { checkId, parseUploadKey } from '../store/layout.ts';
import type { ReportStore } from '../store/report-store.ts';
import { checkAndStore, resolveCheckKey } from './check-and-store.ts';
import type { CheckRunner } from './check-render.ts';
import { isBatchPlanJob, processBatchPlan, type BatchPlanJob } from './batch-plan.ts';

/** A unit of work: one stored upload, optionally with profile/lang overriding its metadata. */
export interface CheckJob {
  key: string;
  profile?: string;
  lang?: Lang;
}

/** Anything the worker queue carries: an upload to check, or one plan of a batch. */
export type QueueJob = CheckJob | BatchPlanJob;

export type JobOutcome = 'checked' | 'reused' | 'failed' | 'ignored';

export interface WorkerDeps {
  store: ReportStore;
  /** Where checks run (the local server's thread pool); default this thread. */
  runner?: CheckRunner;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

/** S3 event keys are URL-encoded with '+' for spaces on AWS; s3rver sends them raw. The one place keys are decoded. */
export function decodeS3Key(key: string): string {
  if (!/[%+]/.test(key)) return key;
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/** Jobs from an SQS message body: an S3 event notification, a test event (none), or a job we enqueued ourselves. */
export function jobsFromMessageBody(body: string, store: ReportStore): QueueJob[] {
  const parsed = JSON.parse(body) as { Records?: S3EventRecord[]; plancheck?: QueueJob; Event?: string };
  if (parsed.plancheck) return [parsed.plancheck];
  return jobsFromS3Records(parsed.Records ?? [], store);
}

export function jobsFromS3Records(records: S3EventRecord[], store: ReportStore): CheckJob[] {
  const jobs: CheckJob[] = [];
  for (const r of records) {
    if (!r.eventName?.startsWith('ObjectCreated')) continue;
    if (r.s3?.bucket?.name && r.s3.bucket.name !== store.objects.bucket) continue;
    const key = store.objects.relativeKey(decodeS3Key(r.s3.object.key));
    if (key && parseUploadKey(key)) jobs.push({ key });
  }
  return jobs;
}

export async function processJob(job: QueueJob, deps: WorkerDeps): Promise<JobOutcome> {
  if (isBatchPlanJob(job)) {
    const row = await processBatchPlan(job, deps);
    if (row.outcome === 'error') deps.log?.('batch plan failed', { batch: job.batch.id, key: job.key, code: row.error?.code });
    return row.outcome === 'error' ? 'failed' : row.outcome === 'skipped' ? 'reused' : 'checked';
  }
  const parsed = parseUploadKey(job.key);
  if (!parsed) return 'ignored';
  // Most uploads' events find their reports already there (the sync route
  // stores them first): two HEADs settle that without reading either body.
  const info = await deps.store.getUploadInfo(job.key);
  if (info) {
    const key = resolveCheckKey(job.profile ?? info.profile, job.lang ?? info.lang);
    if (await deps.store.hasResult(parsed.sha256, key.profile, key.lang, checkerBuild())) return 'reused';
  }
  const upload = info && (await deps.store.getUpload(job.key));
  if (!upload) {
    deps.log?.('upload vanished before it was checked', { key: job.key });
    return 'ignored';
  }
  const { profile, lang } = resolveCheckKey(job.profile ?? upload.info.profile, job.lang ?? upload.info.lang);
  const id = checkId(parsed.sha256, profile, lang);
  const base = { id, sha256: parsed.sha256, profile, lang, upload: job.key, filename: upload.info.filename };
  // A client polling GET /v1/checks/{id} sees the check running, not still queued, while it runs.
  // Written while the check runs rather than before it (one round trip less
  // before a cold start's first check); awaited before "done" or "failed".
  const running = deps.store.putStatus({ ...base, status: 'running', updatedAt: new Date().toISOString() });
  running.catch(() => undefined);
  try {
    const outcome = await checkAndStore(deps.store, {
      bytes: upload.bytes,
      sha256: parsed.sha256,
      uploadKey: job.key,
      filename: upload.info.filename ?? `plan.${parsed.ext}`,
      mediaType: upload.info.mediaType,
      profile,
      lang,
    }, { runner: deps.runner, noStoredReport: true, statusBefore: running });
    return outcome.reused ? 'reused' : 'checked';
  } catch (error) {
    await running;
    if (!isPlanInputError(error)) throw error;
    // Permanent: the plan itself is unreadable. Record why and acknowledge.
    await deps.store.putStatus({
      ...base,
      status: 'failed',
      updatedAt: new Date().toISOString(),
      error: { code: error.code, message: error.message },
    });
    deps.log?.('plan failed', { key: job.key, code: error.code });
    return 'failed';
  }
}

/** SQS → worker with partial batch failures: only messages that may succeed on retry are reported. */
export async function handleSqsEvent(event: SQSEvent, deps: WorkerDeps): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      let jobs: QueueJob[];
      try {
        jobs = jobsFromMessageBody(record.body, deps.store);
      } catch {
        deps.log?.('message is not an S3 event or job; dropped', { messageId: record.messageId });
        continue;
      }
      for (const job of jobs) await processJob(job, deps);
    } catch (error) {
      deps.log?.('will retry', { messageId: record.messageId, error: (error as Error).message });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
