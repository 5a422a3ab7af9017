// The batch runner: every plan under a source (a file, or a folder of Markdown
// files read as one plan) is checked in worker threads with its own profile
// and config, its JSON and HTML reports and a draft letter written to the
// sink, and a summary (CSV, HTML, JSON) written beside them. Resumable: a plan
// whose JSON report on the sink has the same content hash, settings, language
// and rule-set version is not checked again — the reports are the record. One
// bad plan becomes an error row; the rest go on.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { posix } from 'node:path';
import type { CheckResult, Lang } from '../core/check/result.ts';
import { buildSummary, errorRow, planRow, type BatchSummary, type PlanRow } from '../core/batch/summary.ts';
import { renderSummaryCsv } from '../core/batch/render-csv.ts';
import { renderSummaryHtml } from '../core/batch/render-html.ts';
import { buildLetter } from '../core/batch/letter.ts';
import { renderLetterHtml, renderLetterMarkdown } from '../core/batch/render-letter.ts';
import { getRulesetVersion } from '../core/rules/catalog.ts';
import { resolveProfile } from '../core/rules/config.ts';
import type { PlanSource, ReportSink } from './sources.ts';
import { checkLimitsFromEnv, type CheckLimits } from '../service/worker-pool.ts';
import { CheckPool } from './batch-pool.ts';
import type { CheckRequest } from './check-one.ts';
import { folderSha256, sortParts, type PlanPart } from '../service/folder-plan.ts';
import { MANIFEST_FILE, parseManifest, type BatchManifestFile } from './manifest.ts';
import type { PlanEntry } from './plan-entries.ts';
import { resolvePlans, type PlanSettings } from './plan-settings.ts';
import { reusable } from './reuse.ts';

export interface BatchOptions {
  source: PlanSource;
  out: ReportSink;
  /** The batch's profile, for plans whose manifest entry or .plancheck.json sets none. */
  profile?: string;
  lang?: Lang;
  /** A manifest given on the command line; else plancheck-batch.json at the source's top, if there is one. */
  manifest?: { file: BatchManifestFile; name: string };
  /** Worker threads; default: the machine's cores, at least one (every plan is checked in a thread, under the limits). */
  concurrency?: number;
  /** Heap and wall-clock limit of each plan's check; default PLANCHECK_CHECK_HEAP_MB, PLANCHECK_CHECK_TIMEOUT_MS, else 1024 MB and 30 s. */
  limits?: Partial<CheckLimits>;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  done: number;
  total: number;
  file: string;
  outcome: PlanRow['outcome'];
  message?: string;
}

export interface BatchRun {
  summary: BatchSummary;
  results: CheckResult[];
}

export const reportKey = (file: string, ext: 'json' | 'html') => `${file}.${ext}`;
export const letterKey = (file: string, ext: 'md' | 'html') => `${file}.letter.${ext}`;

async function readPlan(source: PlanSource, entry: PlanEntry): Promise<{ bytes?: Uint8Array; parts?: PlanPart[]; sha256: string }> {
  if (!entry.folder) {
    const bytes = await source.read(entry.keys[0]!);
    return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  const parts = sortParts(await Promise.all(entry.keys.map(async (k) => ({ name: posix.basename(k), bytes: await source.read(k) }))));
  return { parts, sha256: folderSha256(parts) };
}

async function loadManifest(options: BatchOptions, keys: string[]): Promise<{ file: BatchManifestFile; name: string } | undefined> {
  if (options.manifest) return options.manifest;
  if (!keys.includes(MANIFEST_FILE)) return undefined;
  const text = new TextDecoder().decode(await options.source.read(MANIFEST_FILE));
  return { file: parseManifest(text, MANIFEST_FILE), name: MANIFEST_FILE };
}

export async function runBatch(options: BatchOptions): Promise<BatchRun> {
  const lang: Lang = options.lang ?? 'zh';
  // Resolved first so a bad --profile is a usage error before anything is read.
  if (options.profile !== undefined) resolveProfile(options.profile);
  const rulesetVersion = getRulesetVersion();
  const keys = await options.source.keys();
  const manifest = await loadManifest(options, keys);
  // Every plan's settings before any check: a bad manifest or .plancheck.json stops the batch, not one row.
  const { entries, settings } = await resolvePlans(keys, (k) => options.source.read(k), { profile: options.profile, manifest: manifest?.file, manifestName: manifest?.name });
  const batchProfile = resolveProfile(options.profile ?? manifest?.file.profile).name;
  const total = entries.length;
  // No plan is checked on this thread: only a thread can be stopped at a limit (a plan that hangs or swells the heap).
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), total || 1));
  const pool = new CheckPool(concurrency, { ...checkLimitsFromEnv(), ...options.limits });
  const rows: PlanRow[] = [];
  const results: CheckResult[] = [];
  let done = 0;
  let cursor = 0;

  const writeLetter = async (file: string, result: CheckResult, s: PlanSettings) => {
    const letter = buildLetter(result, file, { profileTitle: s.profile.title });
    await options.out.write(letterKey(file, 'md'), renderLetterMarkdown(letter), 'text/markdown; charset=utf-8');
    await options.out.write(letterKey(file, 'html'), renderLetterHtml(letter), 'text/html; charset=utf-8');
    return { md: letterKey(file, 'md'), html: letterKey(file, 'html') };
  };

  const one = async (entry: PlanEntry): Promise<void> => {
    const file = entry.file;
    const s = settings.get(file)!;
    let plan: Awaited<ReturnType<typeof readPlan>>;
    try {
      plan = await readPlan(options.source, entry);
    } catch (e) {
      rows.push(errorRow(file, { code: 'unreadable', message: (e as Error).message }));
      options.onProgress?.({ done: ++done, total, file, outcome: 'error', message: (e as Error).message });
      return;
    }
    const earlier = reusable(await options.out.read(reportKey(file, 'json')), plan.sha256, s, lang, rulesetVersion);
    if (earlier) {
      const hasHtml = (await options.out.read(reportKey(file, 'html'))) !== null;
      // The letter is made again each run: it follows the decision, and costs no check.
      const letter = await writeLetter(file, earlier, s);
      rows.push(planRow(file, earlier, 'skipped', hasHtml ? reportKey(file, 'html') : null, { profileFrom: s.profileFrom, letter }));
      results.push(earlier);
      options.onProgress?.({ done: ++done, total, file, outcome: 'skipped' });
      return;
    }
    const req: CheckRequest = { bytes: plan.bytes, parts: plan.parts, filename: file, profile: s.profile.name, lang, config: s.config };
    const reply = await pool.check(req);
    if (!reply.ok) {
      rows.push(errorRow(file, reply.error, plan.sha256));
      options.onProgress?.({ done: ++done, total, file, outcome: 'error', message: reply.error.message });
      return;
    }
    // Reports and letter first: the JSON report marks the plan done, so it is written last.
    const result = JSON.parse(reply.json) as CheckResult;
    await options.out.write(reportKey(file, 'html'), reply.html, 'text/html; charset=utf-8');
    const letter = await writeLetter(file, result, s);
    await options.out.write(reportKey(file, 'json'), reply.json, 'application/json');
    rows.push(planRow(file, result, 'checked', reportKey(file, 'html'), { profileFrom: s.profileFrom, letter }));
    results.push(result);
    options.onProgress?.({ done: ++done, total, file, outcome: 'checked' });
  };

  try {
    const lanes = Array.from({ length: concurrency }, async () => {
      while (cursor < entries.length) await one(entries[cursor++]!);
    });
    await Promise.all(lanes);
  } finally {
    await pool.close();
  }

  const summary = buildSummary(rows, results, { lang, profile: batchProfile });
  await options.out.write('summary.json', JSON.stringify(summary, null, 2) + '\n', 'application/json');
  await options.out.write('summary.csv', renderSummaryCsv(summary), 'text/csv; charset=utf-8');
  await options.out.write('summary.html', renderSummaryHtml(summary), 'text/html; charset=utf-8');
  return { summary, results };
}
