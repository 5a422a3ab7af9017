// An in-process stand-in for SQS: messages (S3 event notifications or our own
// jobs: async checks, a batch's plans) are wrapped in the SQS event shape and
// fed to the SAME worker handler, `concurrency` batches at a time (as Lambda
// runs several workers); batch item failures are retried with backoff, then
// dropped to a log line (the local dead-letter queue).
import { randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { handleSqsEvent, type QueueJob, type WorkerDeps } from '../service/queue-jobs.ts';

export interface LocalQueueOptions {
  maxAttempts?: number;
  retryDelayMs?: number;
  /** Handler calls at once (default 1); the pipeline uses one per check thread. */
  concurrency?: number;
}

interface Message {
  id: string;
  body: string;
  attempts: number;
}

export class LocalQueue {
  private pending: Message[] = [];
  private lanes = new Set<Promise<void>>();
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;
  readonly dropped: Message[] = [];

  constructor(
    private readonly deps: WorkerDeps,
    private readonly options: LocalQueueOptions = {},
  ) {}

  /** An S3 event notification ({ Records: [...] }) as s3rver emits it. */
  sendS3Event(event: unknown): void {
    this.push({ id: randomUUID(), body: JSON.stringify(event), attempts: 0 });
  }

  async enqueue(job: QueueJob): Promise<void> {
    this.push({ id: randomUUID(), body: JSON.stringify({ plancheck: job }), attempts: 0 });
  }

  async enqueueAll(jobs: QueueJob[]): Promise<void> {
    for (const job of jobs) await this.enqueue(job);
  }

  /** Resolves when nothing is pending, running or waiting for a retry. */
  async idle(): Promise<void> {
    while (this.lanes.size || this.pending.length || this.timers.size) {
      await (this.lanes.size ? Promise.race(this.lanes) : new Promise((r) => setTimeout(r, 20)));
    }
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private push(message: Message): void {
    if (this.closed) return;
    this.pending.push(message);
    const concurrency = Math.max(1, this.options.concurrency ?? 1);
    while (this.lanes.size < concurrency && this.pending.length) {
      const lane: Promise<void> = this.drain(concurrency).finally(() => this.lanes.delete(lane));
      this.lanes.add(lane);
    }
  }

  private async drain(concurrency: number): Promise<void> {
    while (this.pending.length && !this.closed) {
      // Up to 10 a call as SQS does, but shared out so no lane idles while another holds ten.
      const batch = this.pending.splice(0, Math.max(1, Math.min(10, Math.floor(this.pending.length / concurrency))));
      for (const m of batch) m.attempts++;
      const event: SQSEvent = { Records: batch.map(toSqsRecord) };
      const { batchItemFailures } = await handleSqsEvent(event, this.deps);
      for (const failure of batchItemFailures) {
        const m = batch.find((b) => b.id === failure.itemIdentifier)!;
        if (m.attempts >= (this.options.maxAttempts ?? 5)) {
          this.dropped.push(m);
          this.deps.log?.('message dropped after retries', { messageId: m.id, attempts: m.attempts });
          continue;
        }
        const delay = (this.options.retryDelayMs ?? 1000) * 2 ** (m.attempts - 1);
        const t = setTimeout(() => {
          this.timers.delete(t);
          this.push(m);
        }, delay);
        this.timers.add(t);
      }
    }
  }
}

function toSqsRecord(m: Message): SQSRecord {
  return {
    messageId: m.id,
    receiptHandle: m.id,
    body: m.body,
    attributes: {
      ApproximateReceiveCount: String(m.attempts),
      SentTimestamp: String(Date.now()),
      SenderId: 'plancheck-local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:plancheck-local',
    awsRegion: 'local',
  };
}
