// Until functions/api/app.ts lands, the browser tests serve the page with the
// two API routes it calls, built from the real checker and report renderers
// (no canned answers). When createApp exists, the tests use it instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import type { CheckResult, Lang } from '../../functions/core/check/result.ts';
import { listProfiles } from '../../functions/core/rules/catalog.ts';
import { isReportFormat, renderReport, reportMediaType } from '../../functions/core/report/index.ts';
import { webRoutes } from '../../functions/api/web/web-routes.ts';

export function hasRealApp(): boolean {
  return existsSync(join(import.meta.dirname, '../../functions/api/app.ts'));
}

export function standInApp(): Hono {
  const checks = new Map<string, CheckResult>();
  const app = new Hono();
  app.route('/', webRoutes());
  app.get('/v1/profiles', (c) => c.json({ profiles: listProfiles() }));
  app.post('/v1/checks', async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const filename = c.req.query('filename') ?? 'plan';
    try {
      const result = await checkPlan({ bytes, filename, profile: c.req.query('profile') || undefined, lang: (c.req.query('lang') as Lang) ?? 'zh' });
      const id = String(checks.size + 1);
      checks.set(id, result);
      return c.json({ id, result }, 201);
    } catch (e) {
      return c.json({ error: { code: (e as { code?: string }).code ?? 'internal', message: (e as Error).message } }, 422);
    }
  });
  app.get('/v1/checks/:id', (c) => {
    const result = checks.get(c.req.param('id'));
    if (!result) return c.json({ error: { code: 'not-found', message: 'no such check' } }, 404);
    const format = c.req.query('format') ?? 'json';
    if (!isReportFormat(format)) return c.json({ error: { code: 'invalid-parameter', message: 'bad format' } }, 400);
    return c.body(renderReport(result, format), 200, { 'Content-Type': reportMediaType(format) });
  });
  return app;
}
