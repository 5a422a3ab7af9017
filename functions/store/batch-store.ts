// A batch's record in the bucket (below PLANCHECK_PREFIX), written by the API
// and the worker, read back by GET /v1/batches/{id}:
//   batches/<id>/batch.json                      manifest: profile, lang, the plans (file, key) in order
//   batches/<id>/status.json                     { state, total, done, errors }; "done" once the summary is there
//   batches/<id>/rows/<index>.<outcome>.json     one summary row per plan, written by the worker that checked it
//   batches/<id>/summary.{json,csv,html}         assembled when every row is there
// The outcome is in the row's key so progress is one listing, not a read per plan.
import type { PlanOutcome, PlanRow } from '../core/batch/summary.ts';
import type { Lang } from '../core/check/result.ts';
import { getJson, type ObjectStore } from './object-store.ts';

export interface BatchPlan {
  /** The plan's name in the summary: its key relative to the batch prefix (or the whole key). */
  file: string;
  /** Where it lies in the bucket. */
  key: string;
}

export interface BatchManifest {
  id: string;
  createdAt: string;
  profile: string;
  lang: Lang;
  source: { prefix: string } | { keys: number };
  plans: BatchPlan[];
}

export interface BatchStatus {
  id: string;
  state: 'running' | 'done' | 'failed';
  total: number | null;
  done: number;
  errors: number;
  error?: string;
}

export const batchIdPattern = /^[0-9a-f-]{36}$/;

export const summaryFormats = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;
export type SummaryFormat = keyof typeof summaryFormats;

const base = (id: string) => `batches/${id}/`;
const rowPattern = /\/rows\/(\d+)\.(checked|skipped|error)\.json$/;

export class BatchStore {
  constructor(readonly objects: ObjectStore) {}

  async putManifest(m: BatchManifest): Promise<void> {
    await this.objects.put(`${base(m.id)}batch.json`, Buffer.from(JSON.stringify(m)), { contentType: 'application/json' });
  }

  async getManifest(id: string): Promise<BatchManifest | null> {
    return getJson<BatchManifest>(this.objects, `${base(id)}batch.json`);
  }

  async putStatus(s: BatchStatus): Promise<void> {
    await this.objects.put(`${base(s.id)}status.json`, Buffer.from(JSON.stringify(s)), { contentType: 'application/json' });
  }

  async getStatus(id: string): Promise<BatchStatus | null> {
    return getJson<BatchStatus>(this.objects, `${base(id)}status.json`);
  }

  async putRow(id: string, index: number, row: PlanRow): Promise<void> {
    await this.objects.put(`${base(id)}rows/${index}.${row.outcome}.json`, Buffer.from(JSON.stringify(row)), { contentType: 'application/json' });
  }

  /** The rows written so far, one per plan index (a redelivered message may have written one twice). */
  async listRows(id: string): Promise<Map<number, { key: string; outcome: PlanOutcome }>> {
    const rows = new Map<number, { key: string; outcome: PlanOutcome }>();
    for (const key of await this.objects.list(`${base(id)}rows/`)) {
      const m = rowPattern.exec(key);
      if (m) rows.set(Number(m[1]), { key, outcome: m[2] as PlanOutcome });
    }
    return rows;
  }

  async getRow(key: string): Promise<PlanRow | null> {
    return getJson<PlanRow>(this.objects, key);
  }

  async putSummary(id: string, format: SummaryFormat, body: string): Promise<void> {
    await this.objects.put(`${base(id)}summary.${format}`, Buffer.from(body, 'utf8'), { contentType: summaryFormats[format] });
  }

  async getSummary(id: string, format: SummaryFormat): Promise<string | null> {
    const obj = await this.objects.get(`${base(id)}summary.${format}`);
    return obj ? obj.body.toString('utf8') : null;
  }
}
