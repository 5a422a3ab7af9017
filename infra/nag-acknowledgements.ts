// cdk-nag AwsSolutions findings we accept, each with its reason. Everything
// else the pack reports is fixed in the constructs (access logs, SSL-only
// policies, encrypted queues and topic policy, DLQ, log retention).
import { Stack, Validations, type CfnResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** The object prefixes the functions are granted, one IAM5 finding each. */
export const grantedPrefixes = ['uploads/', 'reports/', 'checks/', 'batches/'] as const;

export function acknowledgeNagFindings(stack: Stack, parts: { bucket: IConstruct; api: IConstruct; worker: IConstruct }): void {
  const bucketId = stack.getLogicalId(parts.bucket.node.defaultChild as CfnResource);
  // Stack-wide: the two functions and CDK's own bucket-notifications handler.
  Validations.of(stack).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      'The AWS managed basic execution role grants only logs:CreateLogGroup/CreateLogStream/PutLogEvents; a hand-written copy would only drift from it.',
  });
  for (const fn of [parts.api, parts.worker]) {
    Validations.of(fn).acknowledge(
      ...grantedPrefixes.map((p) => ({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${p}*]`,
        reason: `Keys under ${p} are content hashes, check ids and batch ids made at run time; the grant is scoped to that one prefix of the one bucket, with named actions only.`,
      })),
      {
        id: 'AwsSolutions-L1',
        reason:
          'Node.js 22 is the runtime the code and the bundle (target node20) are tested on; moving to a newer runtime is a deliberate, tested upgrade, not an automatic one.',
      },
    );
  }
  Validations.of(parts.worker).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`,
    reason:
      "The worker reads a batch's plans wherever the review body keeps them in the plan bucket (POST /v1/batches takes any prefix or keys); read-only, one bucket, which holds nothing but plans and plancheck's records.",
  });
}
