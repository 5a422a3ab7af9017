// HTTP load on loopback: sync POST /v1/checks of a ~30-page Markdown plan
// (CN07, the national 14th five-year digital economy plan) with 16 connections,
// against the whole pipeline (Hono on node-server + embedded s3rver).
// Each request carries a unique trailing comment, so every one is really
// checked and stored (no reuse of a stored report).
// Baselines in the same run: GET /healthz under the same load, and checkPlan
// called in-process (no HTTP, no S3) on the same plan.
// @ts-expect-error autocannon ships no type declarations; the slice used here is typed below.
import autocannonUntyped from 'autocannon';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkPlan } from '../functions/core/check/check-plan.ts';
import { startTestPipeline, testApiConfig } from '../test/support/loopback.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const plan = readFileSync(new URL('../fixtures/real/CN07_national_14th5_digital_economy_plan.md', import.meta.url));

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
interface Req {
  body?: Buffer;
  [k: string]: unknown;
}
type Options = Record<string, unknown> & { requests?: { setupRequest: (req: Req) => Req }[] };
const autocannon = autocannonUntyped as (opts: Options, done: (err: Error | null, res: Result) => void) => void;

function run(opts: Options): Promise<Result> {
  return new Promise((resolve, reject) => autocannon(opts, (err, res) => (err ? reject(err) : resolve(res))));
}

const p = await startTestPipeline({ config: testApiConfig() });
try {
  // Warm-up: rules, jieba dictionary, renderers.
  await fetch(`${p.url}/v1/checks`, { method: 'POST', body: new Uint8Array(plan), headers: { 'content-type': 'text/markdown' } });

  const inProcess: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await checkPlan({ bytes: Buffer.concat([plan, Buffer.from(`\n<!-- in-process ${i} -->\n`)]), filename: 'plan.md' });
    inProcess.push(performance.now() - t);
  }
  inProcess.sort((a, b) => a - b);

  const health = await run({ url: `${p.url}/healthz`, connections: 16, duration: seconds });
  let n = 0;
  const checks = await run({
    url: `${p.url}/v1/checks`,
    connections: 16,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'text/markdown' },
    requests: [{ setupRequest: (req) => ({ ...req, body: Buffer.concat([plan, Buffer.from(`\n<!-- request ${n++} -->\n`)]) }) }],
  });

  const row = (name: string, r: Result) =>
    `${name.padEnd(28)} ${r.requests.average.toFixed(1).padStart(8)} req/s  p50 ${String(r.latency.p50).padStart(6)} ms  p99 ${String(r.latency.p99).padStart(6)} ms  errors ${r.errors + r.non2xx}`;
  console.log(`plan: ${plan.length} bytes; ${seconds} s per run, 16 connections, loopback`);
  console.log(row('GET /healthz (baseline)', health));
  console.log(row('POST /v1/checks (sync)', checks));
  const p50 = inProcess[Math.floor(inProcess.length / 2)];
  console.log(`${'checkPlan in-process'.padEnd(28)} ${(1000 / p50).toFixed(1).padStart(8)} /s (1 at a time)  p50 ${p50.toFixed(1)} ms  max ${inProcess.at(-1)!.toFixed(1)} ms`);
  console.log(`ratios: POST p50 / in-process p50 = ${(checks.latency.p50 / p50).toFixed(1)}x; POST req/s / healthz req/s = ${(checks.requests.average / health.requests.average).toFixed(4)}`);
  console.log(`target p99 < 250 ms with no errors: ${checks.latency.p99 < 250 && checks.errors + checks.non2xx === 0 ? 'met' : 'NOT met'}`);
} finally {
  await p.dispose();
}
