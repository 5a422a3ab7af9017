// The API Lambda's app (API Gateway HTTP API v2 or a function URL): the same
// app, deps from the environment. Jobs the API queues (an async check of an
// upload that already exists, a batch's plans) go to the worker's SQS queue
// (PLANCHECK_QUEUE_URL; a new upload raises its own S3 event → SQS → worker).
// Loaded by lambda.ts on the first request, in its own bundle chunk, so the S3
// SDK, zod and the check core stay out of the cold import.
import { handle } from 'hono/aws-lambda';
import { ReportStore } from '../store/report-store.ts';
import { S3ObjectStore, s3ConfigFromEnv } from '../store/s3-object-store.ts';
import { checkLimitsFromEnv } from '../service/worker-pool.ts';
import { checkThreadPool, poolRunner } from '../service/check-pool.ts';
import { createApp } from './app.ts';
import { apiConfigFromEnv, type AppDeps } from './deps.ts';
import { workQueueFromEnv } from './work-queue.ts';

export function depsFromEnv(env: NodeJS.ProcessEnv = process.env): AppDeps {
  const store = new ReportStore(new S3ObjectStore(s3ConfigFromEnv(env)));
  return {
    store,
    config: apiConfigFromEnv(env),
    queue: workQueueFromEnv(env, store),
    // A sync check runs in a thread under the heap and time limits, as on the
    // Node server: a plan that breaks one is 422 too-complex, not a function
    // timeout or a dead runtime. One request at a time per instance: one thread,
    // started on the first check. The limits come from the same environment.
    runner: poolRunner(checkThreadPool({ size: 1, limits: checkLimitsFromEnv(env) })),
    // This function's bundle carries no pdf.js (infra/lambda-bundle.ts): the worker reads PDFs.
    pdfReader: 'worker',
  };
}

export function createHandler(): ReturnType<typeof handle> {
  return handle(createApp(depsFromEnv()));
}
