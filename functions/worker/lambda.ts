// AWS Lambda entry for SQS (S3 ObjectCreated notifications) → worker.
// Returns partial batch failures: enable ReportBatchItemFailures on the event source.
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { S3ObjectStore, s3ConfigFromEnv } from '../store/s3-object-store.ts';
import { ReportStore } from '../store/report-store.ts';
import { handleSqsEvent } from './handler.ts';

let store: ReportStore | undefined;

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  store ??= new ReportStore(new S3ObjectStore(s3ConfigFromEnv()));
  return handleSqsEvent(event, {
    store,
    log: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  });
};
