// Every error leaves the API as { error: { code, message } } with a 4xx/5xx
// status; never a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isPlanInputError } from '../core/errors.ts';
import { isStoreUnavailable } from '../store/object-store.ts';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

export function onApiError(error: unknown, c: Context): Response {
  if (error instanceof ApiError) {
    // The rest of an over-limit body is never read: close the connection rather than leave it mid-request.
    if (error.status === 413 || error.status === 408) c.header('Connection', 'close');
    return errorResponse(c, error.status, error.code, error.message);
  }
  // An unknown profile is a bad request parameter here, not a bad plan.
  if ((error as Error)?.name === 'ConfigError') return errorResponse(c, 400, 'invalid-parameter', (error as Error).message);
  if (isPlanInputError(error)) return errorResponse(c, error.status as ContentfulStatusCode, error.code, error.message);
  // By name: the pool (functions/service/worker-pool.ts) is the Node server's; the Lambda bundle need not load it.
  if ((error as Error)?.name === 'PoolBusyError') {
    const seconds = (error as { retryAfterSeconds?: number }).retryAfterSeconds ?? 1;
    c.header('Retry-After', String(seconds));
    return errorResponse(c, 503, 'busy', `every check thread is busy and the queue is full; retry after ${seconds} s (nothing was stored)`);
  }
  if (isStoreUnavailable(error)) {
    return errorResponse(c, 503, 'storage-unavailable', 'report storage is unreachable; nothing was stored, try again shortly');
  }
  const status = (error as { status?: number })?.status;
  if (status === 404) return errorResponse(c, 404, 'not-found', 'no such route');
  console.error(JSON.stringify({ level: 'error', message: 'unhandled', error: String((error as Error)?.stack ?? error) }));
  return errorResponse(c, 500, 'internal', 'internal error');
}
