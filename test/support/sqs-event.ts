// An SQS event as Lambda delivers it, around message bodies the test chose.
import type { SQSEvent } from 'aws-lambda';

export function sqsEvent(messages: { id: string; body: string }[]): SQSEvent {
  return {
    Records: messages.map(({ id, body }) => ({
      messageId: id,
      receiptHandle: id,
      body,
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'test', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:plancheck',
      awsRegion: 'us-east-1',
    })),
  };
}
