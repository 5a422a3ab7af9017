// The serverless pipeline: plans land in uploads/, S3 tells SQS, the worker
// checks them and writes reports/ and checks/; the API takes uploads and
// serves status and reports behind an IAM-authenticated function URL.
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Effect, PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Architecture, FunctionUrlAuthType, Function as LambdaFunction, Runtime, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { PipelineAlarms } from './alarms.ts';
import { localBundledCode } from './lambda-code.ts';
import { entries } from './lambda-bundle.ts';
import { acknowledgeNagFindings } from './nag-acknowledgements.ts';
import { PlanStorage } from './storage.ts';

export interface PlancheckStackProps extends StackProps {
  stage: string;
  alarmEmail?: string;
  /** Largest plan accepted, in bytes (PLANCHECK_MAX_BYTES). */
  maxBytes?: number;
  uploadRetentionDays?: number;
  /** Lambda code; tests pass inline code to skip bundling. Defaults to the esbuild bundles. */
  code?: { api: () => import('aws-cdk-lib/aws-lambda').Code; worker: () => import('aws-cdk-lib/aws-lambda').Code };
}

/** Attempts before an upload goes to the dead-letter queue. */
export const MAX_RECEIVE_COUNT = 3;
export const WORKER_TIMEOUT = Duration.minutes(5);

export class PlancheckStack extends Stack {
  readonly api: LambdaFunction;
  readonly worker: LambdaFunction;

  constructor(scope: Construct, id: string, props: PlancheckStackProps) {
    super(scope, id, props);
    const maxBytes = props.maxBytes ?? 20 * 1024 * 1024;
    const storage = new PlanStorage(this, 'Storage', {
      uploadRetentionDays: props.uploadRetentionDays ?? 30,
      noncurrentVersionDays: 7,
      destroyOnRemoval: props.stage !== 'prod',
    });
    const { bucket } = storage;

    const deadLetterQueue = new Queue(this, 'UploadsDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const queue = new Queue(this, 'Uploads', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for SQS → Lambda: at least six times the function timeout.
      visibilityTimeout: Duration.seconds(WORKER_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue), { prefix: 'uploads/' });

    const environment = {
      PLANCHECK_BUCKET: bucket.bucketName,
      PLANCHECK_PREFIX: '',
      PLANCHECK_MAX_BYTES: String(maxBytes),
      PLANCHECK_STAGE: props.stage,
    };
    const code = props.code ?? { api: () => localBundledCode(entries.api), worker: () => localBundledCode(entries.worker) };
    const common = {
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.X86_64,
      handler: 'index.handler',
      environment,
    };

    this.api = new LambdaFunction(this, 'Api', {
      ...common,
      // The batch route puts one message per plan on the worker's queue.
      environment: { ...environment, PLANCHECK_QUEUE_URL: queue.queueUrl },
      code: code.api(),
      description: 'plancheck HTTP API (Hono)',
      // The API checks plans under PLANCHECK_ASYNC_BYTES (2 MB) inline, so it
      // needs the worker's parsing headroom for those; a request body over 6 MB
      // never reaches it (Lambda's synchronous payload limit).
      memorySize: 1536,
      timeout: Duration.seconds(60),
      logGroup: new LogGroup(this, 'ApiLogs', { retention: RetentionDays.ONE_MONTH }),
    });
    this.worker = new LambdaFunction(this, 'Worker', {
      ...common,
      code: code.worker(),
      description: 'plancheck worker: S3 uploads via SQS → reports',
      // A 20 MB DOCX unzips to a few hundred MB of XML at worst (the reader caps it);
      // more memory also buys CPU for parsing.
      memorySize: 2048,
      timeout: WORKER_TIMEOUT,
      logGroup: new LogGroup(this, 'WorkerLogs', { retention: RetentionDays.ONE_MONTH }),
    });
    this.worker.addEventSource(
      new SqsEventSource(queue, { batchSize: 5, reportBatchItemFailures: true, maxConcurrency: 5 }),
    );

    // Least privilege, by prefix. ListBucket (bucket ARN only) lets HEAD of a
    // missing key answer 404 rather than 403, which the store relies on.
    const allow = (who: IGrantable, actions: string[], prefixes: string[]) =>
      who.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({ effect: Effect.ALLOW, actions, resources: prefixes.map((p) => bucket.arnForObjects(`${p}*`)) }),
      );
    for (const fn of [this.api, this.worker]) {
      fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    }
    allow(this.api, ['s3:GetObject'], ['uploads/', 'reports/', 'checks/', 'batches/']);
    allow(this.api, ['s3:PutObject'], ['uploads/', 'reports/', 'checks/', 'batches/']);
    // A batch's plans lie wherever the review body put them in this bucket, so
    // the worker reads any key; it writes only its own records.
    allow(this.worker, ['s3:GetObject'], ['']);
    allow(this.worker, ['s3:PutObject'], ['reports/', 'checks/', 'batches/']);
    // Send only: no receive or delete, which belong to the worker's event source.
    queue.grantSendMessages(this.api);

    const url = this.api.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM });

    new PipelineAlarms(this, 'Alarms', {
      deadLetterQueue,
      functions: { Api: this.api as IFunction, Worker: this.worker as IFunction },
      alarmEmail: props.alarmEmail,
    });

    acknowledgeNagFindings(this, { bucket, api: this.api, worker: this.worker });

    new CfnOutput(this, 'ApiUrl', { value: url.url });
    new CfnOutput(this, 'BucketName', { value: bucket.bucketName });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: deadLetterQueue.queueUrl });
  }
}
