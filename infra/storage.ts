// The plan bucket and its access-log bucket.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface PlanStorageProps {
  /** Uploads are evidence for a check, not an archive: expire them after this many days. */
  uploadRetentionDays: number;
  /** Overwritten status records and reports leave old versions; drop them after this many days. */
  noncurrentVersionDays: number;
  /** Destroy the buckets with the stack (dev stages only). */
  destroyOnRemoval: boolean;
}

export class PlanStorage extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string, props: PlanStorageProps) {
    super(scope, id);
    const removal = props.destroyOnRemoval
      ? { removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: false }
      : { removalPolicy: RemovalPolicy.RETAIN };
    const common = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      ...removal,
    };
    this.logBucket = new Bucket(this, 'AccessLogs', {
      ...common,
      // S3 server access logging writes with the bucket owner's ACL-less policy.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
    });
    this.bucket = new Bucket(this, 'Plans', {
      ...common,
      versioned: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'plans/',
      lifecycleRules: [
        { id: 'expire-uploads', prefix: 'uploads/', expiration: Duration.days(props.uploadRetentionDays) },
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays) },
        { id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }
}
