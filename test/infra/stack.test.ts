// Fine-grained assertions on the synthesized template (bundling skipped).
import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { PolicyValidationPluginReport } from 'aws-cdk-lib';
import { synthStack } from './synth.ts';
import type { PlancheckStack } from '../../infra/plancheck-stack.ts';

let template: Template;
let stack: PlancheckStack;
let nag: PolicyValidationPluginReport;

beforeAll(() => {
  ({ template, stack } = synthStack({ alarmEmail: 'ops@example.org', maxBytes: 1234 }));
  nag = new AwsSolutionsChecks().validateScope(stack);
}, 180_000);

type Resource = { Type: string; Properties: Record<string, unknown> };
const ofType = (t: string) => Object.entries(template.findResources(t)) as Array<[string, Resource]>;

function planBucket(): [string, Resource] {
  const b = ofType('AWS::S3::Bucket').find(([, r]) => r.Properties.VersioningConfiguration);
  if (!b) throw new Error('no versioned bucket');
  return b;
}

describe('plan bucket', () => {
  it('is encrypted, private, versioned and logs access to the log bucket', () => {
    const [, bucket] = planBucket();
    expect(bucket.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: expect.stringMatching(/AccessLogs/) }, LogFilePrefix: 'plans/' },
    });
  });

  it('expires uploads/ after 30 days and old versions after 7', () => {
    const rules = (planBucket()[1].Properties.LifecycleConfiguration as { Rules: Array<Record<string, unknown>> }).Rules;
    expect(rules).toContainEqual(expect.objectContaining({ Prefix: 'uploads/', ExpirationInDays: 30, Status: 'Enabled' }));
    expect(rules).toContainEqual(expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 7 }, Status: 'Enabled' }));
  });

  it('denies every request not over TLS, on both buckets', () => {
    const policies = ofType('AWS::S3::BucketPolicy');
    expect(policies).toHaveLength(2);
    for (const [, p] of policies) {
      const statements = (p.Properties.PolicyDocument as { Statement: Array<Record<string, unknown>> }).Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('sends ObjectCreated under uploads/ (and nothing else) to the queue', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } },
            QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Uploads[0-9A-F]+$'), 'Arn'] },
          },
        ],
      },
    });
  });
});

describe('queues', () => {
  it('redrives to the DLQ after 3 receives; both queues SQS-encrypted', () => {
    const queues = ofType('AWS::SQS::Queue');
    expect(queues).toHaveLength(2);
    const [mainId, main] = queues.find(([id]) => !id.includes('Dlq'))!;
    const [dlqId] = queues.find(([id]) => id.includes('Dlq'))!;
    expect(main.Properties.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 3 });
    // Six times the worker's 300 s timeout.
    expect(main.Properties.VisibilityTimeout).toBe(1800);
    for (const [, q] of queues) expect(q.Properties.SqsManagedSseEnabled).toBe(true);
    expect(mainId).toMatch(/^Uploads/);
  });

  it('deny non-TLS access in their queue policies', () => {
    const policies = ofType('AWS::SQS::QueuePolicy');
    expect(policies.length).toBeGreaterThanOrEqual(2);
    const statements = policies.flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Array<Record<string, unknown>> }).Statement);
    expect(statements.filter((s) => s.Effect === 'Deny' && JSON.stringify(s.Condition) === '{"Bool":{"aws:SecureTransport":"false"}}')).toHaveLength(2);
    // S3 may send to the main queue, only from this bucket.
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [planBucket()[0], 'Arn'] } } },
      }),
    );
  });

  it('feeds the worker with partial batch failures reported', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: Match.stringLikeRegexp('^Worker') },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 5,
      ScalingConfig: { MaximumConcurrency: 5 },
    });
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
  });
});

describe('functions', () => {
  const env = (fn: Resource) => (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
  const fn = (prefix: string) => ofType('AWS::Lambda::Function').find(([id]) => id.startsWith(prefix))![1];

  it('run Node 22 on x86_64 with the pipeline environment', () => {
    for (const name of ['Api', 'Worker']) {
      const f = fn(name);
      expect(f.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['x86_64'], Handler: 'index.handler' });
      expect(env(f)).toEqual({
        PLANCHECK_BUCKET: { Ref: planBucket()[0] },
        PLANCHECK_PREFIX: '',
        PLANCHECK_MAX_BYTES: '1234',
        PLANCHECK_STAGE: 'test',
        // Only the API sends to the worker queue (a batch's plans): its URL, nothing else.
        ...(name === 'Api' ? { PLANCHECK_QUEUE_URL: { Ref: expect.stringMatching(/^Uploads(?!Dlq)/) } } : {}),
      });
    }
  });

  it('size the worker for a 20 MB DOCX and the API for inline checks of small plans', () => {
    expect(fn('Worker').Properties).toMatchObject({ MemorySize: 2048, Timeout: 300 });
    expect(fn('Api').Properties).toMatchObject({ MemorySize: 1536, Timeout: 60 });
  });

  it('log to groups kept for a month', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual(['ApiLogs', 'WorkerLogs']);
    for (const [, g] of groups) expect(g.Properties.RetentionInDays).toBe(30);
    expect(fn('Api').Properties.LoggingConfig).toMatchObject({ LogGroup: { Ref: expect.stringMatching(/^ApiLogs/) } });
  });

  it('expose the API through a function URL that requires SigV4 (AWS_IAM)', () => {
    template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'AWS_IAM', TargetFunctionArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Api'), 'Arn'] } });
    template.resourceCountIs('AWS::Lambda::Url', 1);
  });
});

describe('least privilege', () => {
  type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
  const statementsOf = (rolePrefix: string): Statement[] =>
    ofType('AWS::IAM::Policy')
      .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(rolePrefix))
      .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
  /** The object prefixes an action is allowed on, from `<bucket arn>/<prefix>*`. */
  const prefixesFor = (statements: Statement[], action: string) =>
    statements
      .filter((s) => actions(s).includes(action))
      .flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]))
      .map((r) => {
        const join = (r as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
        return join ? String(join[1][1]) : JSON.stringify(r);
      })
      .sort();

  it('no statement anywhere grants s3:* or a bare * resource', () => {
    const all = ofType('AWS::IAM::Policy').flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(actions(s)).not.toContain('s3:*');
      expect(actions(s).every((a) => !a.endsWith(':*'))).toBe(true);
      expect(s.Resource).not.toBe('*');
    }
  });

  it('the worker reads any key of the plan bucket (batch plans) and writes only reports/, checks/ and batches/', () => {
    const s = statementsOf('WorkerServiceRole');
    expect(prefixesFor(s, 's3:GetObject')).toEqual(['/*']);
    const read = s.filter((x) => actions(x).includes('s3:GetObject'));
    expect(read).toHaveLength(1);
    expect(actions(read[0]!)).toEqual(['s3:GetObject']);
    expect(read[0]!.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [planBucket()[0], 'Arn'] }, '/*']] });
    expect(prefixesFor(s, 's3:PutObject')).toEqual(['/batches/*', '/checks/*', '/reports/*']);
    expect(s.some((x) => actions(x).some((a) => /s3:(Delete|PutBucket|PutObjectAcl)/.test(a)))).toBe(false);
    // SQS: what the event source needs, on the one queue.
    const sqs = s.filter((x) => actions(x).some((a) => a.startsWith('sqs:')));
    expect(sqs).toHaveLength(1);
    expect(sqs[0]!.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Uploads(?!Dlq)/), 'Arn'] });
  });

  it('the API reads and writes its four prefixes and nothing else', () => {
    const s = statementsOf('ApiServiceRole');
    expect(prefixesFor(s, 's3:GetObject')).toEqual(['/batches/*', '/checks/*', '/reports/*', '/uploads/*']);
    expect(prefixesFor(s, 's3:PutObject')).toEqual(['/batches/*', '/checks/*', '/reports/*', '/uploads/*']);
    expect(s.filter((x) => actions(x).includes('s3:ListBucket')).map((x) => x.Resource)).toEqual([{ 'Fn::GetAtt': [planBucket()[0], 'Arn'] }]);
  });

  it('the API may send to the worker queue (batch fan-out), and only send, only there', () => {
    const sqs = statementsOf('ApiServiceRole').filter((x) => actions(x).some((a) => a.startsWith('sqs:')));
    expect(sqs).toHaveLength(1);
    expect(sqs[0]!.Effect).toBe('Allow');
    expect(actions(sqs[0]!)).toContain('sqs:SendMessage');
    expect(actions(sqs[0]!).filter((a) => /Receive|Delete|Purge|SetQueue|ChangeMessage/.test(a))).toEqual([]);
    expect(sqs[0]!.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Uploads(?!Dlq)/), 'Arn'] });
  });
});

describe('alarms', () => {
  const alarms = () => ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);

  it('fire on any message in the DLQ and on errors of each function, to the SNS topic', () => {
    const [topicId] = ofType('AWS::SNS::Topic')[0]!;
    const list = alarms();
    expect(list).toHaveLength(3);
    const dlq = list.find((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible')!;
    expect(dlq).toMatchObject({ Namespace: 'AWS/SQS', Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', Statistic: 'Maximum' });
    expect(JSON.stringify(dlq.Dimensions)).toMatch(/UploadsDlq/);
    const errors = list.filter((a) => a.MetricName === 'Errors');
    expect(errors.map((a) => JSON.stringify(a.Dimensions)).sort()).toEqual([expect.stringMatching(/"Api/), expect.stringMatching(/"Worker/)]);
    for (const a of list) {
      expect(a.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(a.TreatMissingData).toBe('notBreaching');
    }
  });

  it('e-mail the address from context, and only then', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org' });
    const bare = synthStack({});
    bare.template.resourceCountIs('AWS::SNS::Subscription', 0);
  }, 180_000);
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error or warning', () => {
    const found = nag.violations.map((v) => `${v.ruleName} (${v.severity}) at ${v.violatingResources.map((r) => r.resourceLogicalId).join(', ')}`);
    expect(found).toEqual([]);
    expect(nag.success).toBe(true);
  });

  it('records a reason for every acknowledgement', () => {
    const acks = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules'))
      .flatMap((m) => (Array.isArray(m.data) ? m.data : [m.data]) as Array<{ id?: string; reason?: string }>);
    expect(acks.length).toBeGreaterThanOrEqual(5);
    for (const a of acks) expect(JSON.stringify(a).length).toBeGreaterThan(60);
  });
});
