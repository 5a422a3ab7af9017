// HTTP load on loopback against the whole pipeline (Hono on node-server +
// embedded s3rver), 16 connections, the ~30-page CN07 Markdown plan:
//   - GET /healthz: the baseline
//   - POST /v1/checks, a unique plan per request (a trailing comment), so every
//     one is really checked and stored: once on the server's own thread (as
//     before the pool) and once with the check-thread pool and its bounded queue,
//     with GET /healthz from one more connection meanwhile (is the loop free?)
//   - POST /v1/checks, unique plans from as many connections as check threads:
//     a check's cost end to end when the server is not overloaded
//   - POST /v1/checks, the same plan repeated: answered from the stored report
// Latency is split by status: with the pool, a full queue answers 503 at once,
// and those fast refusals must not flatter the 200s' figures. autocannon sends
// again at once after a 503 (no Retry-After), so overload here is a storm of
// refusals a real client honouring Retry-After would not make.
// Plus checkPlan in-process on the same plan, one at a time.
// @ts-expect-error autocannon ships no type declarations; the slice used here is typed below.
import autocannonUntyped from 'autocannon';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { checkPlan } from '../functions/core/check/check-plan.ts';
import { startTestPipeline, testApiConfig, type TestPipeline } from '../test/support/loopback.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const plan = readFileSync(new URL('../fixtures/real/CN07_national_14th5_digital_economy_plan.md', import.meta.url));

interface Result {
  requests: { average: number; total: number };
  errors: number;
}
interface Req {
  body?: Buffer;
  [k: string]: unknown;
}
type Options = Record<string, unknown> & { requests?: { setupRequest: (req: Req) => Req }[] };
interface Tracker {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
const autocannon = autocannonUntyped as (opts: Options, done: (err: Error | null, res: Result) => void) => Tracker;

interface Measured {
  result: Result;
  byStatus: Map<number, number[]>;
}

function run(opts: Options): Promise<Measured> {
  const byStatus = new Map<number, number[]>();
  return new Promise((resolve, reject) => {
    const tracker = autocannon(opts, (err, result) => (err ? reject(err) : resolve({ result, byStatus })));
    tracker.on('response', (_c, status, _b, ms) => {
      if (!byStatus.has(status)) byStatus.set(status, []);
      byStatus.get(status)!.push(ms);
    });
  });
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => (Number.isNaN(x) ? '     –' : x.toFixed(0).padStart(6));

function row(name: string, m: Measured): string {
  const ok = m.byStatus.get(200) ?? [];
  const busy = m.byStatus.get(503) ?? [];
  const other = [...m.byStatus].filter(([s]) => s !== 200 && s !== 503).reduce((n, [, xs]) => n + xs.length, 0);
  const okPerSecond = ok.length / seconds;
  return (
    `${name.padEnd(40)} 200: ${okPerSecond.toFixed(1).padStart(7)}/s p50 ${ms(pct(ok, 50))} ms p99 ${ms(pct(ok, 99))} ms` +
    (busy.length ? ` | 503: ${busy.length} (p99 ${ms(pct(busy, 99)).trim()} ms)` : '') +
    (other + m.result.errors ? ` | other ${other}, errors ${m.result.errors}` : '')
  );
}

const warm = (p: TestPipeline) =>
  // Warm-up (rules, jieba dictionary, renderers) on every thread the pool may start.
  Promise.all(
    Array.from({ length: Math.max(1, p.checkThreads) }, (_, i) =>
      fetch(`${p.url}/v1/checks`, { method: 'POST', body: new Uint8Array(Buffer.concat([plan, Buffer.from(`\n<!-- warm ${i} -->\n`)])), headers: { 'content-type': 'text/markdown' } }),
    ),
  );

// autocannon stops sending, but the server still works through what it accepted: let it finish.
async function settle(p: TestPipeline): Promise<void> {
  await new Promise((r) => setTimeout(r, 3000));
  await p.queue.idle();
}

let n = 0;
const uniquePlans = (url: string): Options => ({
  url: `${url}/v1/checks`,
  connections: 16,
  duration: seconds,
  method: 'POST',
  headers: { 'content-type': 'text/markdown' },
  requests: [{ setupRequest: (req) => ({ ...req, body: Buffer.concat([plan, Buffer.from(`\n<!-- request ${n++} -->\n`)]) }) }],
});

const inProcess: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await checkPlan({ bytes: Buffer.concat([plan, Buffer.from(`\n<!-- in-process ${i} -->\n`)]), filename: 'plan.md' });
  inProcess.push(performance.now() - t);
}

// Before: every check on the server's one event loop, no bound on the wait.
const single = await startTestPipeline({ config: testApiConfig(), checkThreads: 0 });
let singleRun: Measured;
let singleHealth: Measured;
try {
  await warm(single);
  [singleRun, singleHealth] = await Promise.all([run(uniquePlans(single.url)), run({ url: `${single.url}/healthz`, connections: 1, duration: seconds })]);
} finally {
  await single.dispose();
}

// The pool as `npm start` sizes it; PLANCHECK_CHECK_THREADS / PLANCHECK_CHECK_QUEUE try others.
const count = (v: string | undefined) => (v ? Number(v) : undefined);
const p = await startTestPipeline({ config: testApiConfig(), checkThreads: count(process.env.PLANCHECK_CHECK_THREADS), maxQueuedChecks: count(process.env.PLANCHECK_CHECK_QUEUE) });
try {
  await warm(p);
  const health = await run({ url: `${p.url}/healthz`, connections: 16, duration: seconds });
  const [pooled, pooledHealth] = await Promise.all([run(uniquePlans(p.url)), run({ url: `${p.url}/healthz`, connections: 1, duration: seconds })]);
  // As many clients as threads: no queue, no 503s — what one check costs end to end when the server is not overloaded.
  await settle(p);
  const fitting = await run({ ...uniquePlans(p.url), connections: Math.max(1, p.checkThreads) });
  const same = Buffer.concat([plan, Buffer.from('\n<!-- the same plan -->\n')]);
  await settle(p);
  // Stored first; retried in case the pool is still busy.
  for (let status = 0; status !== 200; await new Promise((r) => setTimeout(r, 500))) {
    status = (await fetch(`${p.url}/v1/checks`, { method: 'POST', body: new Uint8Array(same), headers: { 'content-type': 'text/markdown' } })).status;
  }
  const repeated = await run({ url: `${p.url}/v1/checks`, connections: 16, duration: seconds, method: 'POST', headers: { 'content-type': 'text/markdown' }, body: same });

  console.log(`plan: ${plan.length} bytes; ${seconds} s per run, 16 connections, loopback, ${availableParallelism()} cores; pool ${p.checkThreads} threads, queue ${count(process.env.PLANCHECK_CHECK_QUEUE) ?? 2 * p.checkThreads}`);
  console.log(row('GET /healthz (baseline)', health));
  console.log(row('POST unique plans, server thread (before)', singleRun));
  console.log(row('  GET /healthz meanwhile, 1 connection', singleHealth));
  console.log(row('POST unique plans, thread pool', pooled));
  console.log(row('  GET /healthz meanwhile, 1 connection', pooledHealth));
  console.log(row(`POST unique plans, pool, ${Math.max(1, p.checkThreads)} connection(s)`, fitting));
  console.log(row('POST same plan (stored report)', repeated));
  inProcess.sort((a, b) => a - b);
  const p50 = inProcess[Math.floor(inProcess.length / 2)];
  console.log(`${'checkPlan in-process, 1 at a time'.padEnd(40)} ${(1000 / p50).toFixed(1)}/s p50 ${p50.toFixed(1)} ms max ${inProcess.at(-1)!.toFixed(1)} ms`);
  const okRate = (m: Measured) => (m.byStatus.get(200)?.length ?? 0) / seconds;
  const ok99 = (m: Measured) => pct(m.byStatus.get(200) ?? [], 99);
  console.log(
    `ratios: pool/before 200 req/s = ${(okRate(pooled) / okRate(singleRun)).toFixed(2)}x; 200 p99 before/pool = ${(ok99(singleRun) / ok99(pooled)).toFixed(1)}x; ` +
      `healthz-under-load p99 before/pool = ${(ok99(singleHealth) / ok99(pooledHealth)).toFixed(1)}x; same-plan p99 / healthz p99 = ${(ok99(repeated) / ok99(health)).toFixed(1)}x`,
  );
  console.log(`target p99 < 250 ms (unique plans, 200s): ${ok99(pooled) < 250 ? 'met' : 'NOT met'}; same plan: ${ok99(repeated) < 250 ? 'met' : 'NOT met'}`);
} finally {
  await p.dispose();
}
