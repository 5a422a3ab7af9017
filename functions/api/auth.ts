// Bearer API keys, when PLANCHECK_API_KEYS is set. Compared in constant time.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function bearerAuth(keys: string[], openPaths: Set<string>): MiddlewareHandler {
  const digests = keys.map(digest);
  return async (c, next) => {
    if (digests.length === 0 || openPaths.has(c.req.path)) return next();
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (m) {
      const given = digest(m[1]);
      if (digests.some((d) => timingSafeEqual(d, given))) return next();
    }
    c.header('WWW-Authenticate', 'Bearer realm="plancheck"');
    return errorResponse(c, 401, 'unauthorized', m ? 'the API key is not valid' : 'an API key is required: Authorization: Bearer <key>');
  };
}
