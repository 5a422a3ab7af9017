// /v1/batches: a review body's batch over an S3 prefix or a list of keys in the
// bucket. POST lists the plans, records the batch under batches/<id>/ and puts
// one message per plan on the worker queue (SQS on AWS, the local queue under
// `npm start`), then answers 202 with the id. Workers check the plans and write
// one row each; GET /v1/batches/{id} counts the rows for progress and, once all
// are there, assembles the summary (?format= or Accept: json, csv, html).
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { batchProgress } from '../service/batch-progress.ts';
import { isPlanKey } from '../service/plan-keys.ts';
import { resolveProfile } from '../core/rules/config.ts';
import type { CheckResult } from '../core/check/result.ts';
import { buildLetter } from '../core/batch/letter.ts';
import { renderLetterHtml, renderLetterMarkdown } from '../core/batch/render-letter.ts';
import { BatchStore, batchIdPattern, summaryFormats, type BatchManifest, type BatchPlan, type SummaryFormat } from '../store/batch-store.ts';
import type { BatchPlanJob } from '../service/batch-plan.ts';
import type { AppDeps } from './deps.ts';

/** Keys in one request: 1,000 keys of ≤ 1,024 bytes stay well under 1 MB of JSON. */
export const MAX_BATCH_KEYS = 1000;

const BatchRequest = z
  .object({
    prefix: z.string().min(1).max(1024).optional(),
    keys: z.array(z.string().min(1).max(1024)).min(1).max(MAX_BATCH_KEYS).optional(),
    profile: z.string().max(64).optional(),
    lang: z.enum(['zh', 'en']).optional(),
  })
  .strict()
  .refine((b) => (b.prefix === undefined) !== (b.keys === undefined), { message: 'give either "prefix" or "keys", not both' });

/** Plans are never read from the pipeline's own records. */
const ownPrefixes = ['batches/', 'reports/', 'checks/'];
const isOwn = (key: string) => ownPrefixes.some((p) => key.startsWith(p));

export function batchRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const batches = new BatchStore(deps.store.objects);

  app.post('/', async (c) => {
    const raw = await c.req.json().catch(() => undefined);
    const parsed = BatchRequest.safeParse(raw);
    if (!parsed.success) {
      const message = raw === undefined ? 'the body must be JSON: { "prefix": "…" } or { "keys": [ … ] }' : parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return c.json({ error: { code: 'invalid-request', message } }, 400);
    }
    const body = parsed.data;
    let profile: string;
    try {
      profile = resolveProfile(body.profile).name;
    } catch (e) {
      return c.json({ error: { code: 'invalid-parameter', message: (e as Error).message } }, 400);
    }
    if (body.prefix && isOwn(body.prefix)) return c.json({ error: { code: 'invalid-request', message: `the prefix must not be inside ${ownPrefixes.join(', ')} (the pipeline's records)` } }, 400);
    const lang = body.lang ?? 'zh';
    let plans: BatchPlan[];
    if (body.keys) {
      plans = [...new Set(body.keys)].filter((k) => isPlanKey(k) && !isOwn(k)).sort().map((key) => ({ file: key, key }));
    } else {
      const prefix = body.prefix!;
      plans = (await deps.store.objects.list(prefix))
        .map((key) => ({ file: key.slice(prefix.length), key }))
        .filter((p) => isPlanKey(p.file))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    }
    const id = randomUUID();
    const manifest: BatchManifest = {
      id,
      createdAt: new Date().toISOString(),
      profile,
      lang,
      source: body.keys ? { keys: body.keys.length } : { prefix: body.prefix! },
      plans,
    };
    // Manifest and status before the first message: a worker's row always finds its batch.
    await batches.putManifest(manifest);
    await batches.putStatus({ id, state: 'running', total: plans.length, done: 0, errors: 0 });
    const jobs: BatchPlanJob[] = plans.map((p, index) => ({ key: p.key, profile, lang, batch: { id, index, file: p.file } }));
    try {
      if (deps.queue.enqueueAll) await deps.queue.enqueueAll(jobs);
      else for (const job of jobs) await deps.queue.enqueue(job);
    } catch (e) {
      await batches.putStatus({ id, state: 'failed', total: plans.length, done: 0, errors: 0, error: `the plans could not be queued: ${(e as Error).message}` }).catch(() => {});
      throw e;
    }
    return c.json({ id, status: `/v1/batches/${id}`, total: plans.length }, 202, { Location: `/v1/batches/${id}` });
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    if (!batchIdPattern.test(id)) return c.json({ error: { code: 'not-found', message: 'no such batch' } }, 404);
    const accept = c.req.header('accept') ?? '';
    const format = c.req.query('format') ?? (accept.includes('text/csv') ? 'csv' : accept.includes('text/html') ? 'html' : 'json');
    if (!(format in summaryFormats)) return c.json({ error: { code: 'invalid-parameter', message: `unknown format "${format}" (json, csv, html)` } }, 400);
    const status = await batchProgress(batches, deps.store, id);
    if (!status) return c.json({ error: { code: 'not-found', message: 'no such batch' } }, 404);
    if (status.state !== 'done') return c.json(status, status.state === 'failed' ? 500 : 202);
    const summary = await batches.getSummary(id, format as SummaryFormat);
    if (format === 'json') return c.json({ ...status, summary: JSON.parse(summary ?? 'null') });
    return c.body(summary ?? '', 200, { 'Content-Type': summaryFormats[format as SummaryFormat] });
  });

  // A plan's draft letter (send back or accept), made from its stored report on request.
  app.get('/:id/letters/:name', async (c) => {
    const id = c.req.param('id');
    const m = /^(\d{1,7})\.(md|html)$/.exec(c.req.param('name'));
    const notFound = () => c.json({ error: { code: 'not-found', message: 'no such letter' } }, 404);
    if (!batchIdPattern.test(id) || !m) return notFound();
    const index = Number(m[1]);
    const manifest = await batches.getManifest(id);
    const rowKey = (await batches.listRows(id)).get(index)?.key;
    const row = rowKey ? await batches.getRow(rowKey) : null;
    if (!manifest || !row || row.outcome === 'error' || !row.sha256) return notFound();
    const stored = await deps.store.getReport(row.sha256, manifest.profile, manifest.lang, 'json');
    if (!stored) return notFound();
    const letter = buildLetter(JSON.parse(stored.body.toString('utf8')) as CheckResult, row.file, { profileTitle: resolveProfile(manifest.profile).title });
    return m[2] === 'md'
      ? c.body(renderLetterMarkdown(letter), 200, { 'Content-Type': 'text/markdown; charset=utf-8' })
      : c.body(renderLetterHtml(letter), 200, { 'Content-Type': 'text/html; charset=utf-8' });
  });
  return app;
}
