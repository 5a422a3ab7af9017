// A function URL / HTTP API v2 event as Lambda delivers it, for the API handler
// in process (test/api) and in its built bundle (test/infra).
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export function httpEvent(method: string, rawPath: string, opts: { query?: string; headers?: Record<string, string>; body?: Buffer } = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: opts.query ?? '',
    headers: { host: 'abc.lambda-url.us-east-1.on.aws', ...opts.headers },
    requestContext: {
      accountId: '000000000000',
      apiId: 'abc',
      domainName: 'abc.lambda-url.us-east-1.on.aws',
      domainPrefix: 'abc',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'r1',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    body: opts.body?.toString('base64'),
    isBase64Encoded: Boolean(opts.body),
  };
}
