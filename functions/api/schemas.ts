// The zod schemas that validate requests are the ones the OpenAPI document is
// generated from (@hono/zod-openapi).
import { z } from '@hono/zod-openapi';
import { reportFormats } from '../core/report/index.ts';
import { listProfiles } from '../core/rules/catalog.ts';

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error');

export function checkQuerySchema() {
  const profiles = listProfiles().map((p) => p.name) as [string, ...string[]];
  return z.object({
    profile: z.enum(profiles).optional().openapi({ description: 'Which steps of clause 5.1 the plan covers (GET /v1/profiles).' }),
    lang: z.enum(['zh', 'en']).optional().openapi({ description: 'Report language.' }),
    filename: z.string().min(1).max(255).optional().openapi({ description: 'Original file name (extension helps pick the reader).' }),
  });
}

export const CheckIdParams = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/, 'a check id is 32 hex characters').openapi({ param: { name: 'id', in: 'path' } }),
});

export const FormatQuery = z.object({
  format: z.enum([...reportFormats, 'docx'] as unknown as [string, ...string[]]).optional().openapi({
    description: 'Report format; without it the Accept header decides, JSON by default. docx: the uploaded DOCX with the findings as Word comments (DOCX uploads only).',
  }),
});

export const CheckStatusSchema = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    sha256: z.string(),
    profile: z.string(),
    lang: z.enum(['zh', 'en']),
    upload: z.string().openapi({ description: 'S3 location of the stored plan.' }),
    reports: z.record(z.string(), z.string()).optional().openapi({ description: 'format → S3 location.' }),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    result: z.record(z.string(), z.unknown()).optional().openapi({ description: 'The JSON report (CheckResult), when done.' }),
  })
  .openapi('CheckStatus');

export const AcceptedSchema = z
  .object({ id: z.string(), status: z.literal('queued'), location: z.string() })
  .openapi('CheckAccepted');
