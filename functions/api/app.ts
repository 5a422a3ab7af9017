// createApp(deps): the one Hono app, served by @hono/node-server locally
// (functions/local/start.ts) and by hono/aws-lambda on AWS (lambda.ts).
// Routers are composed here; each receives the same deps.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { getRulesetVersion } from '../core/rules/catalog.ts';
import { bearerAuth } from './auth.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { checksRoutes } from './checks-routes.ts';
import type { AppDeps } from './deps.ts';
import { errorResponse, onApiError } from './errors.ts';
import { validationHook } from './validation.ts';
import { webRoutes } from './web/web-routes.ts';
import { batchRoutes } from './batch-routes.ts';

export type { AppDeps } from './deps.ts';

/** Paths that answer without an API key. */
export const openPaths = new Set(['/', '/healthz', '/v1/openapi.json']);

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(onApiError);
  app.notFound((c) => errorResponse(c, 404, 'not-found', `no route ${c.req.method} ${c.req.path}`));
  app.use('*', bearerAuth(deps.config.apiKeys, openPaths));
  // Backstop for routes that read bodies through Hono (the checks route streams with its own cap).
  app.use('/v1/*', bodyLimit({ maxSize: deps.config.maxBytes, onError: (c) => (c.header('Connection', 'close'), errorResponse(c, 413, 'too-large', `the upload is larger than the limit of ${deps.config.maxBytes} bytes`)) }));

  app.get('/healthz', (c) => c.json({ ok: true, rulesetVersion: getRulesetVersion() }));
  app.route('/', checksRoutes(deps));
  app.route('/', catalogRoutes());

  // ── Routers of other areas mount here (web/batch engineer) ──────────────
  app.route('/', webRoutes(deps));
  app.route('/v1/batches', batchRoutes(deps));
  // ────────────────────────────────────────────────────────────────────────

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc('/v1/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'plancheck API',
      version: '1',
      description: 'Checks city digital-transformation plans against T/SZS 4042-2021 《城市数字化转型顶层设计指南》.',
    },
    security: deps.config.apiKeys.length ? [{ bearer: [] }] : [],
  });
  return app;
}
