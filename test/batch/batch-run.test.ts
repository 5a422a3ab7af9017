// A batch over every fixture plan plus a corrupt file, from a folder and from
// the embedded S3 (s3rver on 127.0.0.1): summary numbers equal the individual
// reports, resuming skips what is done, one bad file does not stop the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { CheckResult } from '../../functions/core/check/result.ts';
import type { BatchSummary } from '../../functions/core/batch/summary.ts';
import { runBatch } from '../../functions/batch/run-batch.ts';
import { folderSink, folderSource, s3Sink, s3Source } from '../../functions/batch/sources.ts';
import { planEntries } from '../../functions/batch/plan-entries.ts';

const plansOf = async (source: { keys(): Promise<string[]> }) => planEntries(await source.keys()).map((e) => e.file);

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'plancheck-batch-'));
const plans = join(work, 'plans');
// Every plan of the set is checked, whatever the load on a shared runner: its limits are tested elsewhere (test/hostile).
const limits = { timeoutMs: 600_000 };

/** Every fixture plan: fixtures/plans, fixtures/real (docx/md/pdf), the per-rule fixtures; plus one corrupt DOCX. */
function gatherFixtures(): void {
  mkdirSync(plans, { recursive: true });
  for (const dir of ['fixtures/plans', 'fixtures/real', 'fixtures/rules']) {
    if (existsSync(join(root, dir))) cpSync(join(root, dir), join(plans, dir.split('/')[1]), { recursive: true });
  }
  // A zip signature with nothing behind it: unreadable as DOCX.
  writeFileSync(join(plans, 'corrupt.docx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
}

beforeAll(gatherFixtures);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function reportsUnder(out: string, files: string[]): Map<string, CheckResult> {
  const m = new Map<string, CheckResult>();
  for (const f of files) {
    const p = join(out, `${f}.json`);
    if (existsSync(p)) m.set(f, JSON.parse(readFileSync(p, 'utf8')) as CheckResult);
  }
  return m;
}

describe('batch from a folder', () => {
  const out = join(work, 'out');
  let first: BatchSummary;

  it('checks every plan, reports the corrupt file as an error row and goes on', async () => {
    const files = await plansOf(folderSource(plans));
    expect(files.length).toBeGreaterThan(10);
    // fixtures/real's EN13 folder (index.md + 10 chapters) is one plan, not 11.
    expect(files).toContain('real/EN13_singapore_smart_nation_strategy_md');
    expect(files.filter((f) => f.startsWith('real/EN13_singapore_smart_nation_strategy_md'))).toHaveLength(1);
    expect(files).toContain('corrupt.docx');
    expect(files.some((f) => f.endsWith('.docx') && f !== 'corrupt.docx')).toBe(true);
    const events: string[] = [];
    const { summary } = await runBatch({ source: folderSource(plans), out: folderSink(out), concurrency: 2, limits, onProgress: (e) => events.push(e.outcome) });
    first = summary;
    expect(summary.counts.plans).toBe(files.length);
    expect(summary.counts.errors).toBe(1);
    expect(summary.counts.checked).toBe(files.length - 1);
    expect(events).toHaveLength(files.length);
    const bad = summary.plans.find((p) => p.file === 'corrupt.docx')!;
    expect(bad.outcome).toBe('error');
    expect(bad.error!.code).toMatch(/corrupt-docx|type-mismatch|unsupported-type/);
    expect(existsSync(join(out, 'corrupt.docx.json'))).toBe(false);
  }, 240_000);

  it("summary numbers equal each plan's own report", () => {
    const reports = reportsUnder(out, first.plans.map((p) => p.file));
    expect(reports.size).toBe(first.counts.checked);
    for (const row of first.plans.filter((p) => p.outcome !== 'error')) {
      const r = reports.get(row.file)!;
      expect(row.overall).toBe(r.scores.overall);
      expect(row.errors).toBe(r.summary.errors);
      expect(row.title).toBe(r.document.title);
      for (const rule of r.results) expect(row.statuses[rule.id]).toBe(rule.status);
      expect(row.decision).toBe(r.verdict.isPlan && r.summary.errors === 0 ? 'accept' : 'send-back');
      expect(row.verdict!.isPlan).toBe(r.verdict.isPlan);
      for (const s of r.scores.stages.flatMap((x) => x.steps)) expect(row.steps[s.step]).toBe(s.score);
    }
    // Totals per rule are the column counts.
    for (const rule of first.rules) {
      const t = first.totals[rule.id];
      const fails = [...reports.values()].filter((r) => r.results.find((x) => x.id === rule.id)!.status === 'fail').length;
      expect(t.fail).toBe(fails);
      expect(t.pass + t.partial + t.fail + t.notApplicable + t.waived).toBe(reports.size);
    }
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(first.plans.length + 1);
    const cn07 = first.plans.find((p) => p.file.endsWith('CN07_national_14th5_digital_economy_plan.md'))!;
    const line = csv.split('\r\n').find((l) => l.includes(`,${cn07.file},`))!;
    expect(line).toContain(`,${Math.round(cn07.overall! * 10) / 10},${cn07.errors},`);
    const html = readFileSync(join(out, 'summary.html'), 'utf8');
    expect(html).toContain('corrupt.docx');
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).counts).toEqual(first.counts);
  });

  it('resumes: a second run checks 0 plans; changing one file checks exactly that one', async () => {
    const again = await runBatch({ source: folderSource(plans), out: folderSink(out), concurrency: 2, limits });
    // The corrupt file is tried again (an error is not a record); every real plan is skipped.
    expect(again.summary.counts.checked).toBe(0);
    expect(again.summary.counts.skipped).toBe(first.counts.checked);
    expect(again.summary.plans.map((p) => [p.file, p.overall])).toEqual(first.plans.map((p) => [p.file, p.overall]));

    const changed = first.plans.find((p) => p.file.endsWith('.md') && p.outcome === 'checked')!.file;
    appendFileSync(join(plans, changed), '\n\n本规划期限为2021—2025年。\n');
    const third = await runBatch({ source: folderSource(plans), out: folderSink(out), concurrency: 2, limits });
    expect(third.summary.counts.checked).toBe(1);
    expect(third.summary.plans.find((p) => p.file === changed)!.outcome).toBe('checked');

    // Another language is another record: everything is checked again.
    const en = await runBatch({ source: folderSource(plans), out: folderSink(join(work, 'out')), concurrency: 2, limits, lang: 'en' });
    expect(en.summary.counts.checked).toBe(first.counts.checked);
  }, 480_000);
});

describe('batch from the embedded S3 (s3rver on 127.0.0.1)', () => {
  let server: S3rver;
  let client: S3Client;

  beforeAll(async () => {
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: join(work, 's3'), configureBuckets: [] });
    const address = (await server.run()) as AddressInfo;
    client = new S3Client({
      endpoint: `http://127.0.0.1:${address.port}`,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    await client.send(new CreateBucketCommand({ Bucket: 'plans' }));
    const files = (await folderSource(plans).keys()).filter((k) => /\.(md|docx|pdf)$/.test(k));
    for (const f of files) await client.send(new PutObjectCommand({ Bucket: 'plans', Key: `incoming/${f}`, Body: readFileSync(join(plans, f)) }));
  });
  afterAll(async () => {
    client?.destroy();
    await server?.close();
  });

  it('checks the prefix, writes reports and the summary under the out prefix, and resumes', async () => {
    const source = s3Source(client, { bucket: 'plans', prefix: 'incoming/' });
    const out = s3Sink(client, { bucket: 'plans', prefix: 'reports/' });
    const files = await plansOf(source);
    expect(files).toEqual(await plansOf(folderSource(plans)));
    const { summary } = await runBatch({ source, out, concurrency: 2, limits });
    expect(summary.counts.errors).toBe(1);
    expect(summary.counts.checked).toBe(files.length - 1);
    const row = summary.plans.find((p) => p.outcome === 'checked')!;
    const stored = JSON.parse(
      await (await client.send(new GetObjectCommand({ Bucket: 'plans', Key: `reports/${row.file}.json` }))).Body!.transformToString(),
    ) as CheckResult;
    expect(stored.scores.overall).toBe(row.overall);
    expect(stored.document.sha256).toBe(row.sha256);
    const csv = await (await client.send(new GetObjectCommand({ Bucket: 'plans', Key: 'reports/summary.csv' }))).Body!.transformToString();
    expect(csv.trim().split('\r\n')).toHaveLength(files.length + 1);
    const again = await runBatch({ source, out, concurrency: 2, limits });
    expect(again.summary.counts.checked).toBe(0);
  }, 240_000);
});
