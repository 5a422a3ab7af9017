// Batch throughput over 200 plans (the fixtures replicated with small
// variations so every content hash differs), at concurrency 1 and 2, against
// the single-plan check time measured in this same run (in-process, warm).
// Target: batch time ≤ 1.2 × (single-plan time × plans / cores).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { checkPlan } from '../functions/core/check/check-plan.ts';
import { runBatch } from '../functions/batch/run-batch.ts';
import { folderSink, folderSource } from '../functions/batch/sources.ts';

const PLANS = Number(process.env.BENCH_PLANS ?? 200);
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'plancheck-batch-bench-'));
const src = join(work, 'plans');
mkdirSync(src);

const seeds: { name: string; bytes: Uint8Array }[] = [];
for (const dir of ['fixtures/plans', 'fixtures/real']) {
  for (const f of readdirSync(join(root, dir))) if (/\.(md|docx)$/.test(f) && f !== 'PROVENANCE.md') seeds.push({ name: f, bytes: readFileSync(join(root, dir, f)) });
}

/** The i-th variant: Markdown gets a line, DOCX an extra (ignored) package part. */
function variant(seed: { name: string; bytes: Uint8Array }, i: number): Uint8Array {
  if (seed.name.endsWith('.md')) return Buffer.concat([seed.bytes, Buffer.from(`\n\n<!-- variant ${i} -->\n`)]);
  const parts = unzipSync(seed.bytes);
  parts[`customXml/variant-${i}.xml`] = strToU8(`<variant n="${i}"/>`);
  return zipSync(parts);
}

const files: { name: string; bytes: Uint8Array }[] = [];
for (let i = 0; i < PLANS; i++) {
  const seed = seeds[i % seeds.length];
  const name = `p${String(i).padStart(3, '0')}-${seed.name}`;
  const bytes = variant(seed, i);
  writeFileSync(join(src, name), bytes);
  files.push({ name, bytes });
}

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

// Baseline: every plan checked once, one after another, in this thread (after a warm-up).
for (const f of files.slice(0, 3)) await checkPlan({ bytes: f.bytes, filename: f.name });
peak = process.memoryUsage.rss();
let t = performance.now();
let failedSingle = 0;
for (const f of files) await checkPlan({ bytes: f.bytes, filename: f.name }).catch(() => failedSingle++);
const singleTotal = performance.now() - t;
const single = singleTotal / files.length;
const singlePeak = peak;
console.log(`single-plan check (baseline): ${single.toFixed(1)} ms/plan over ${files.length} plans (${failedSingle} failed), peak RSS ${mb(singlePeak)} MB`);

const cores = availableParallelism();
let ok = true;
for (const concurrency of [1, 2]) {
  const out = join(work, `out-${concurrency}`);
  peak = process.memoryUsage.rss();
  t = performance.now();
  const { summary } = await runBatch({ source: folderSource(src), out: folderSink(out), concurrency });
  const ms = performance.now() - t;
  const ideal = (single * files.length) / Math.min(concurrency, cores);
  const ratio = ms / ideal;
  if (concurrency <= cores && ratio > 1.2) ok = false;
  console.log(
    `batch concurrency ${concurrency}: ${(ms / 1000).toFixed(1)} s, ${(files.length / (ms / 1000)).toFixed(1)} plans/s, ` +
      `${summary.counts.checked} checked, ${summary.counts.errors} errors, peak RSS (process with its worker threads) ${mb(peak)} MB; ` +
      `vs single × plans / ${Math.min(concurrency, cores)}: ${ratio.toFixed(2)}× (target ≤ 1.20×)`,
  );
}
clearInterval(sampler);
console.log(`cores: ${cores}; ${ok ? 'within target' : 'OUTSIDE target'}`);
rmSync(work, { recursive: true, force: true });
