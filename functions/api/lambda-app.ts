// The API Lambda's app (API Gateway HTTP API v2 or a function URL): the same
// app, deps from the environment. Work for an upload that already exists is run
// in this invocation (a new upload raises its own S3 event → SQS → worker).
// Loaded by lambda.ts on the first request, in its own bundle chunk, so the S3
// SDK, zod and the check core stay out of the cold import.
import { handle } from 'hono/aws-lambda';
import { ReportStore } from '../store/report-store.ts';
import { S3ObjectStore, s3ConfigFromEnv } from '../store/s3-object-store.ts';
import { processJob } from '../worker/handler.ts';
import { createApp } from './app.ts';
import { apiConfigFromEnv, type AppDeps } from './deps.ts';

export function depsFromEnv(env: NodeJS.ProcessEnv = process.env): AppDeps {
  const store = new ReportStore(new S3ObjectStore(s3ConfigFromEnv(env)));
  return {
    store,
    config: apiConfigFromEnv(env),
    queue: { enqueue: async (job) => void (await processJob(job, { store })) },
  };
}

export function createHandler(): ReturnType<typeof handle> {
  return handle(createApp(depsFromEnv()));
}
