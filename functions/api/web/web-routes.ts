// GET / serves the drafters' page. It calls the API's own routes
// (/v1/profiles, /v1/checks), so it needs nothing from deps itself.
import { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { PAGE_HTML } from './page.ts';

export function webRoutes(_deps?: AppDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    c.header('Content-Security-Policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' blob: data:; connect-src 'self'");
    c.header('Cache-Control', 'no-cache');
    return c.html(PAGE_HTML);
  });
  return app;
}
