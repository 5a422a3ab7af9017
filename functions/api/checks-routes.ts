// /v1/checks: submit a plan (sync report, or 202 + id when asked, large, or a PDF
// the API Lambda leaves to the worker) and
// read a check's status and reports.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Lang } from '../core/check/result.ts';
import { isReportFormat, reportMediaType, type ReportFormat } from '../core/report/index.ts';
import { checkId, sha256Hex } from '../store/layout.ts';
import { looksLikePdf } from '../core/parsers/pdf/index.ts';
import { checkAndStore, extOf, resolveCheckKey } from '../service/check-and-store.ts';
import type { AppDeps } from './deps.ts';
import { docxWithComments } from './docx-download.ts';
import { ApiError } from './errors.ts';
import { readLimited } from './read-body.ts';
import { RecentChecks } from './recent-checks.ts';
import { AcceptedSchema, CheckIdParams, CheckStatusSchema, ErrorSchema, FormatQuery, checkQuerySchema } from './schemas.ts';
import type { CheckResult } from '../core/check/result.ts';
import { diffMediaTypes, diffResults, isDiffFormat, parseReport, renderDiff, type DiffFormat } from '../core/diff/index.ts';
import type { ReportStore } from '../store/report-store.ts';
import { DiffQuery, PlanDiffSchema } from './diff-schemas.ts';
import { validationHook } from './validation.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';
const acceptedTypes = new Set([DOCX, PDF, 'text/markdown', 'text/x-markdown', 'text/plain', 'application/octet-stream']);

const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [c, { description: 'Error', content: { 'application/json': { schema: ErrorSchema } } }]));

interface Plan {
  bytes: Buffer;
  filename?: string;
  mediaType?: string;
}

async function readPlan(c: Context, maxBytes: number, filename: string | undefined, bodyTimeoutMs?: number): Promise<Plan> {
  const contentType = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (contentType === 'multipart/form-data') {
    const raw = await readLimited(c.req.raw, maxBytes, bodyTimeoutMs);
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(raw), { headers: { 'content-type': c.req.header('content-type')! } }).formData();
    } catch {
      throw new ApiError(400, 'invalid-multipart', 'the multipart body could not be read');
    }
    // One plan a request: a second file (under any field name) is refused, naming the fields, rather than ignored.
    const fileFields: string[] = [];
    form.forEach((value, name) => {
      if (typeof value !== 'string') fileFields.push(name);
    });
    if (fileFields.length > 1) {
      throw new ApiError(400, 'too-many-files', `send one plan a request: the form has ${fileFields.length} files (fields ${fileFields.map((n) => `"${n}"`).join(', ')}); put the plan in the one field "file"`);
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') throw new ApiError(400, 'missing-file', 'multipart/form-data needs the plan in a field named "file"');
    const type = file.type.split(';')[0].trim().toLowerCase();
    if (type && !acceptedTypes.has(type)) throw unsupported(type);
    return { bytes: Buffer.from(await file.arrayBuffer()), filename: filename ?? (file.name || undefined), mediaType: type || undefined };
  }
  if (!acceptedTypes.has(contentType)) throw unsupported(contentType);
  const bytes = await readLimited(c.req.raw, maxBytes, bodyTimeoutMs);
  return { bytes, filename, mediaType: contentType === 'application/octet-stream' ? undefined : contentType };
}

/**
 * The bytes against the name and the media type, each on its own, before
 * anything is stored or a stored report reused (a report found by the bytes'
 * hash would otherwise answer a DOCX sent as text/markdown). Raw bodies and
 * multipart files alike; throws the reader's PlanInputError (415 type-mismatch,
 * a named OLE or zip file, …).
 */
async function assertPlanType(plan: Plan): Promise<void> {
  // The parsers' registry brings the Markdown and DOCX readers with it: loaded by the first upload, not with the app.
  const { choosePlugin } = await import('../core/parsers/index.ts');
  choosePlugin({ bytes: plan.bytes, filename: plan.filename });
  if (plan.mediaType) choosePlugin({ bytes: plan.bytes, mediaType: plan.mediaType, filename: plan.filename ? `${plan.filename} (sent as ${plan.mediaType})` : undefined });
}

function unsupported(type: string): ApiError {
  return new ApiError(
    415,
    'unsupported-type',
    `${type ? `media type ${type} is not accepted` : 'a Content-Type is required'}: send PDF (${PDF}), DOCX (${DOCX}), text/markdown or text/plain, or multipart/form-data with a "file" field`,
  );
}

function uploadExt(plan: Plan): string {
  const b = plan.bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'docx';
  if (looksLikePdf(b) || plan.mediaType === PDF) return 'pdf';
  if (plan.mediaType === 'text/plain' || plan.filename?.toLowerCase().endsWith('.txt')) return 'txt';
  return 'md';
}

function wantsAsync(c: Context): boolean {
  return /\brespond-async\b/i.test(c.req.header('prefer') ?? '');
}

const acceptFormats: [RegExp, ReportFormat][] = [
  [/text\/html/, 'html'],
  [/text\/markdown/, 'md'],
  [/application\/sarif\+json/, 'sarif'],
  [/application\/(junit\+)?xml|text\/xml/, 'junit'],
];

function negotiate(format: string | undefined, accept: string | undefined): ReportFormat {
  if (format && isReportFormat(format)) return format;
  const a = (accept ?? '').toLowerCase();
  if (/application\/json/.test(a)) return 'json';
  for (const [re, f] of acceptFormats) if (re.test(a)) return f;
  return 'json';
}

function negotiateDiff(format: string | undefined, accept: string | undefined): DiffFormat {
  if (isDiffFormat(format)) return format;
  const a = (accept ?? '').toLowerCase();
  if (/application\/json/.test(a)) return 'json';
  if (/text\/markdown/.test(a)) return 'md';
  if (/text\/plain/.test(a)) return 'text';
  return 'json';
}

/** The stored JSON report of a finished check; 404 for an unknown id, 409 while it is not done. */
async function storedResult(store: ReportStore, id: string, role: 'check' | 'base check'): Promise<CheckResult> {
  const status = await store.getStatus(id);
  if (!status) throw new ApiError(404, 'not-found', `no ${role} with id ${id}`);
  if (status.status !== 'done') {
    throw new ApiError(409, `check-${status.status}`, status.error ? `the ${role} ${id} failed: ${status.error.message}` : `the ${role} ${id} is ${status.status}; its report is not there yet`);
  }
  const report = await store.getReport(status.sha256, status.profile, status.lang, 'json');
  if (!report) throw new ApiError(404, 'not-found', `the JSON report of ${role} ${id} is missing`);
  return parseReport(report.body.toString('utf8'), `the stored report of ${role} ${id}`);
}

export function checksRoutes(deps: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const query = checkQuerySchema();
  const { store, config } = deps;
  const recent = new RecentChecks(store);

  // POST reads its body itself (bounded streaming); the route is registered for the OpenAPI document only.
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/checks',
    summary: 'Check a plan',
    description:
      'The plan as the raw body (PDF, DOCX, text/markdown, text/plain) or multipart/form-data with a "file" field. Answers the JSON report with the S3 locations of the upload and every report format; with `Prefer: respond-async`, a body over the async threshold, or a PDF where the API reads none itself (the API Lambda: the worker reads PDFs), answers 202 with the check id.',
    request: {
      query,
      body: {
        content: {
          [PDF]: { schema: z.string().openapi({ format: 'binary' }) },
          [DOCX]: { schema: z.string().openapi({ format: 'binary' }) },
          'text/markdown': { schema: z.string() },
          'text/plain': { schema: z.string() },
          'multipart/form-data': { schema: z.object({ file: z.string().openapi({ format: 'binary' }) }) },
        },
      },
    },
    responses: {
      200: { description: 'Checked', content: { 'application/json': { schema: CheckStatusSchema } } },
      202: { description: 'Accepted, checked by the worker', content: { 'application/json': { schema: AcceptedSchema } } },
      ...errors(400, 401, 413, 415, 422, 503),
    },
  });

  app.post('/v1/checks', async (c) => {
    const q = query.safeParse(c.req.query());
    if (!q.success) throw new ApiError(400, 'invalid-parameter', q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const plan = await readPlan(c, config.maxBytes, q.data.filename, config.bodyTimeoutMs);
    if (plan.bytes.length === 0) throw new ApiError(422, 'empty', 'the plan is empty');
    await assertPlanType(plan);
    const { profile, lang } = resolveCheckKey(q.data.profile, q.data.lang as Lang | undefined);
    const sha256 = sha256Hex(plan.bytes);
    const ext = uploadExt(plan);
    const id = checkId(sha256, profile, lang);
    const info = { filename: plan.filename, profile, lang, mediaType: plan.mediaType };

    if (wantsAsync(c) || plan.bytes.length > config.asyncThresholdBytes || (ext === 'pdf' && deps.pdfReader === 'worker')) {
      const key = `uploads/${sha256}.${ext}`;
      // Queued first, so the worker's "done" cannot be overwritten by it.
      await store.putStatus({ id, status: 'queued', sha256, profile, lang, upload: key, filename: plan.filename, updatedAt: new Date().toISOString() });
      const saved = await store.saveUpload(plan.bytes, sha256, ext, info);
      // A new upload raises its own ObjectCreated event; an existing one (maybe under another profile) is queued by hand.
      if (!saved.created) await deps.queue.enqueue({ key: saved.key, profile, lang });
      const location = `/v1/checks/${id}`;
      c.header('Location', location);
      return c.json({ id, status: 'queued' as const, location }, 202);
    }

    const { outcome, upload } = await recent.answer(id, async () => {
      const outcome = await checkAndStore(
        store,
        { bytes: plan.bytes, sha256, uploadKey: `uploads/${sha256}.${ext}`, filename: plan.filename, mediaType: plan.mediaType, profile, lang },
        { runner: deps.runner, interactive: true },
      );
      // Stored after its reports, so the upload's event finds them and the worker skips it.
      const saved = await store.saveUpload(plan.bytes, sha256, ext, info);
      return { outcome, upload: store.objects.location(saved.key), sha256, profile, lang };
    });
    // The stored JSON report is spliced in as text: parsing and re-serializing a
    // 30-page plan's result would put that cost back on this event loop.
    const head = JSON.stringify({ id: outcome.id, status: 'done', sha256, profile, lang, upload, reports: outcome.reports });
    return c.body(`${head.slice(0, -1)},"result":${outcome.resultJson.trimEnd()}}`, 200, { 'content-type': 'application/json' });
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/checks/{id}',
      summary: 'Status and report of a check',
      request: { params: CheckIdParams, query: FormatQuery },
      responses: {
        200: {
          description: 'The status record (JSON, with the report when done), or the report in the requested format',
          content: {
            'application/json': { schema: CheckStatusSchema },
            'text/html': { schema: z.string() },
            'text/markdown': { schema: z.string() },
            'application/sarif+json': { schema: z.string() },
            'application/xml': { schema: z.string() },
            [DOCX]: { schema: z.string().openapi({ format: 'binary', description: 'format=docx: the uploaded DOCX with the open findings as Word comments' }) },
          },
        },
        ...errors(400, 401, 404, 409, 415, 503),
      },
    }),
    (async (c: Context) => {
      const { id } = c.req.param() as { id: string };
      const status = await store.getStatus(id);
      if (!status) throw new ApiError(404, 'not-found', `no check with id ${id}`);
      const format = negotiate(c.req.query('format'), c.req.header('accept'));
      if (format === 'json' && !c.req.query('format')) {
        const report = status.status === 'done' ? await store.getReport(status.sha256, status.profile, status.lang, 'json') : null;
        return c.json({ ...status, upload: store.objects.location(status.upload), result: report ? JSON.parse(report.body.toString('utf8')) : undefined });
      }
      if (status.status !== 'done') {
        throw new ApiError(409, `check-${status.status}`, status.error ? `the check failed: ${status.error.message}` : `the check is ${status.status}; its reports are not there yet`);
      }
      if (c.req.query('format') === 'docx') return docxWithComments(c, store, status);
      const report = await store.getReport(status.sha256, status.profile, status.lang, extOf(format));
      if (!report) throw new ApiError(404, 'not-found', `the ${format} report of check ${id} is missing`);
      return c.body(new Uint8Array(report.body), 200, { 'content-type': `${reportMediaType(format)}` });
    }) as never,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/checks/{id}/diff',
      summary: 'What changed since an earlier check',
      description:
        'Compares this check (the new version of a plan) with the check named by `base` (an earlier version): findings resolved, new and still open, paired by their fingerprints (by rule and part when a finding moved to another section), and the score change of every step, stage and overall. Both checks must be done.',
      request: { params: CheckIdParams, query: DiffQuery },
      responses: {
        200: {
          description: 'The diff (JSON), or rendered as Markdown or text',
          content: {
            'application/json': { schema: PlanDiffSchema },
            'text/markdown': { schema: z.string() },
            'text/plain': { schema: z.string() },
          },
        },
        ...errors(400, 401, 404, 409, 422, 503),
      },
    }),
    (async (c: Context) => {
      const { id } = c.req.param() as { id: string };
      const head = await storedResult(store, id, 'check');
      const base = await storedResult(store, c.req.query('base')!, 'base check');
      const diff = diffResults(base, head);
      const format = negotiateDiff(c.req.query('format'), c.req.header('accept'));
      if (format === 'json') return c.json(diff);
      return c.body(renderDiff(diff, format, { lang: c.req.query('lang') as Lang | undefined }), 200, { 'content-type': diffMediaTypes[format] });
    }) as never,
  );

  return app;
}
