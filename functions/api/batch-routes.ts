// /v1/batches: a review body's batch over an S3 prefix or a list of keys in the
// bucket. POST answers 202 with an id; the batch runs in this process (worker
// threads) and keeps its record under batches/<id>/ in the bucket: status.json
// (progress), the plans' reports, and summary.{json,csv,html} when done.
// GET /v1/batches/{id} gives progress, and the summary once done (?format= or Accept).
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { runBatch } from '../batch/run-batch.ts';
import { s3Sink, s3Source, type ReportSink } from '../batch/sources.ts';
import { s3KeysSource } from '../batch/keys-source.ts';
import { resolveProfile } from '../core/rules/config.ts';
import type { AppDeps } from './deps.ts';
import { S3ObjectStore } from '../store/s3-object-store.ts';

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

export interface BatchRouteDeps {
  s3: S3Client;
  bucket: string;
  /** Worker threads per batch (default: cores). */
  concurrency?: number;
}

interface BatchStatus {
  id: string;
  state: 'running' | 'done' | 'failed';
  total: number | null;
  done: number;
  errors: number;
  error?: string;
}

/**
 * status.json is rewritten as the batch goes; s3rver rewrites objects in place,
 * so a read can meet a cut connection or half a file. Such a read is retried.
 */
async function readStatus(sink: ReportSink): Promise<BatchStatus | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const stored = await sink.read('status.json');
      return stored === null ? null : (JSON.parse(stored) as BatchStatus);
    } catch (e) {
      if (attempt >= 4) throw e;
      await new Promise((ok) => setTimeout(ok, 50 * (attempt + 1)));
    }
  }
}

const FORMATS = { json: 'application/json', csv: 'text/csv; charset=utf-8', html: 'text/html; charset=utf-8' } as const;

/** The bucket and client behind the app's store (batch sources are whole keys in that bucket). */
function fromAppDeps(deps: AppDeps | BatchRouteDeps): BatchRouteDeps {
  if ('s3' in deps) return deps;
  const objects = deps.store.objects;
  if (!(objects instanceof S3ObjectStore)) throw new Error('/v1/batches needs the S3 object store');
  return { s3: objects.client, bucket: objects.bucket };
}

export function batchRoutes(given: AppDeps | BatchRouteDeps): Hono {
  const deps = fromAppDeps(given);
  const app = new Hono();
  const sinkFor = (id: string): ReportSink => s3Sink(deps.s3, { bucket: deps.bucket, prefix: `batches/${id}/` });
  const save = (sink: ReportSink, s: BatchStatus) => sink.write('status.json', JSON.stringify(s), 'application/json');

  app.post('/', async (c) => {
    const raw = await c.req.json().catch(() => undefined);
    const parsed = BatchRequest.safeParse(raw);
    if (!parsed.success) {
      const message = raw === undefined ? 'the body must be JSON: { "prefix": "…" } or { "keys": [ … ] }' : parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return c.json({ error: { code: 'invalid-request', message } }, 400);
    }
    const body = parsed.data;
    try {
      resolveProfile(body.profile);
    } catch (e) {
      return c.json({ error: { code: 'invalid-parameter', message: (e as Error).message } }, 400);
    }
    if (body.prefix?.startsWith('batches/')) return c.json({ error: { code: 'invalid-request', message: 'the prefix must not be inside batches/ (batch records)' } }, 400);
    const id = randomUUID();
    const sink = sinkFor(id);
    const status: BatchStatus = { id, state: 'running', total: null, done: 0, errors: 0 };
    await save(sink, status);
    const source = body.keys ? s3KeysSource(deps.s3, deps.bucket, body.keys) : s3Source(deps.s3, { bucket: deps.bucket, prefix: body.prefix! });
    let lastSave = Promise.resolve();
    void runBatch({
      source,
      out: sink,
      profile: body.profile,
      lang: body.lang,
      concurrency: deps.concurrency,
      onProgress: (e) => {
        status.total = e.total;
        status.done = e.done;
        if (e.outcome === 'error') status.errors++;
        // Progress writes are chained so an older one never lands after a newer one.
        lastSave = lastSave.then(() => save(sink, { ...status })).catch(() => {});
      },
    })
      .then(async ({ summary }) => {
        await lastSave;
        await save(sink, { ...status, state: 'done', total: summary.counts.plans, done: summary.counts.plans, errors: summary.counts.errors });
      })
      .catch(async (e) => {
        await lastSave;
        await save(sink, { ...status, state: 'failed', error: (e as Error).message }).catch(() => {});
      });
    return c.json({ id, status: `/v1/batches/${id}` }, 202, { Location: `/v1/batches/${id}` });
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f-]{36}$/.test(id)) return c.json({ error: { code: 'not-found', message: 'no such batch' } }, 404);
    const sink = sinkFor(id);
    const status = await readStatus(sink);
    if (!status) return c.json({ error: { code: 'not-found', message: 'no such batch' } }, 404);
    const accept = c.req.header('accept') ?? '';
    const format = c.req.query('format') ?? (accept.includes('text/csv') ? 'csv' : accept.includes('text/html') ? 'html' : 'json');
    if (!(format in FORMATS)) return c.json({ error: { code: 'invalid-parameter', message: `unknown format "${format}" (json, csv, html)` } }, 400);
    if (status.state !== 'done') return c.json(status, status.state === 'failed' ? 500 : 202);
    const summary = await sink.read(`summary.${format}`);
    if (format === 'json') return c.json({ ...status, summary: JSON.parse(summary ?? 'null') });
    return c.body(summary ?? '', 200, { 'Content-Type': FORMATS[format as keyof typeof FORMATS] });
  });
  return app;
}
