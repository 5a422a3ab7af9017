// AWS Lambda entry for SQS (S3 ObjectCreated notifications) → worker.
// Returns partial batch failures: enable ReportBatchItemFailures on the event source.
// Checks run in one worker thread under the heap and time limits
// (service/check-pool.ts): a plan that breaks one is recorded failed, too-complex, and
// the next message is checked by a fresh thread, within the same invocation.
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { S3ObjectStore, loadS3Sdk, s3ConfigFromEnv } from '../store/s3-object-store.ts';
import { ReportStore } from '../store/report-store.ts';
import { checkThreadPool, poolRunner } from '../service/check-pool.ts';
import type { CheckRunner } from '../service/check-render.ts';
import { handleSqsEvent } from '../service/queue-jobs.ts';

let store: ReportStore | undefined;
let runner: CheckRunner | undefined;

/**
 * One thread: the handler checks a batch's messages one after another. A
 * worker is only ever invoked to check, so the thread starts with the
 * container (in the init phase) and loads the checker while this thread loads
 * the AWS SDK and reads the first upload.
 */
function startChecks(): CheckRunner {
  const pool = checkThreadPool({ size: 1 });
  pool.prestart();
  return poolRunner(pool);
}

try {
  runner = startChecks();
} catch {
  // A bad limit setting: the first invocation tries again and fails with its message.
}

// The SDK after the thread's start (the store imports it on first use, not
// with its module): the two loads, each ~0.3-0.4 s of a cold start, run side
// by side rather than one after the other. Awaited in the init phase, as a
// static import would be; a failure is tried again by the first S3 call.
await loadS3Sdk().catch(() => undefined);

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  store ??= new ReportStore(new S3ObjectStore(s3ConfigFromEnv()));
  runner ??= startChecks();
  return handleSqsEvent(event, {
    store,
    runner,
    log: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  });
};
