// zod validation failures answer 400 in the API's error shape.
import type { Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';

export const validationHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (result.success) return;
  const issues = (result.error as { issues: { path: PropertyKey[]; message: string }[] }).issues;
  return c.json(
    { error: { code: 'invalid-parameter', message: issues.map((i) => `${i.path.map(String).join('.') || 'request'}: ${i.message}`).join('; ') } },
    400,
  );
};
