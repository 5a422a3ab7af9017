// AWS Lambda entry (API Gateway HTTP API v2 or a function URL). Importing it
// loads nothing but this file: the app, its deps (the S3 SDK among them: ~0.6 s
// alone) and the check core load on the first request, from their own chunk of
// the bundle (infra/lambda-bundle.ts splits at this dynamic import). The app is
// built once per container, as before; a failed build is tried again next time.
import type { handle } from 'hono/aws-lambda';

type Handler = ReturnType<typeof handle>;

let ready: Promise<Handler> | undefined;

export const handler: Handler = async (event, context) => {
  ready ??= import('./lambda-app.ts')
    .then((m) => m.createHandler())
    .catch((err: unknown) => {
      ready = undefined;
      throw err;
    });
  return (await ready)(event, context);
};
