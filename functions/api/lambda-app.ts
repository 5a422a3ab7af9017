// AWS Lambda entry (API Gateway HTTP API v2 or a function URL): the same app,
// deps from the environment. Work for an upload that already exists is run in
// this invocation (a new upload raises its own S3 event → SQS → worker).
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

let app: ReturnType<typeof createApp> | undefined;

export const handler: ReturnType<typeof handle> = (event, context) => {
  app ??= createApp(depsFromEnv());
  return handle(app)(event, context);
};
