// The API's way to the worker on AWS: the SQS queue the S3 upload events feed
// (PLANCHECK_QUEUE_URL), so a batch's plans fan out over the worker's
// concurrency instead of running in the API function. Messages are
// { plancheck: job }, as the local queue sends them (service/queue-jobs.ts reads
// both). Without a queue URL (a bare deployment, tests) jobs run in this
// invocation, as before.
import { processJob, type QueueJob } from '../service/queue-jobs.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { WorkQueue } from './deps.ts';

/** SQS takes at most ten messages a request. */
const SQS_BATCH = 10;

export function workQueueFromEnv(env: NodeJS.ProcessEnv, store: ReportStore): WorkQueue {
  const url = env.PLANCHECK_QUEUE_URL;
  if (!url) return { enqueue: async (job) => void (await processJob(job, { store })) };
  return sqsWorkQueue(url, env.AWS_REGION ?? env.AWS_DEFAULT_REGION);
}

export function sqsWorkQueue(queueUrl: string, region?: string): WorkQueue {
  // Loaded on the first send: most API requests never queue anything.
  let sqs: Promise<{ send: (entries: { Id: string; MessageBody: string }[]) => Promise<string[]> }> | undefined;
  const load = () =>
    (sqs ??= import('@aws-sdk/client-sqs').then(({ SQSClient, SendMessageBatchCommand }) => {
      const client = new SQSClient({ region });
      return {
        async send(entries) {
          const out = await client.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
          return (out.Failed ?? []).map((f) => `${f.Id}: ${f.Code} ${f.Message ?? ''}`.trim());
        },
      };
    }));
  const enqueueAll = async (jobs: QueueJob[]) => {
    const { send } = await load();
    for (let i = 0; i < jobs.length; i += SQS_BATCH) {
      const entries = jobs.slice(i, i + SQS_BATCH).map((job, j) => ({ Id: String(i + j), MessageBody: JSON.stringify({ plancheck: job }) }));
      const failed = await send(entries);
      if (failed.length) throw new Error(`SQS refused ${failed.length} of ${entries.length} messages (${failed[0]})`);
    }
  };
  return { enqueue: (job) => enqueueAll([job]), enqueueAll };
}
