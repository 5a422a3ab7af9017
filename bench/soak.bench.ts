// A bounded soak: 200 mixed hostile and normal uploads through `npm start`
// (node dist/server.mjs, built from this checkout first; a child process: API, local queue, embedded S3, two check threads) on
// loopback, 8 at a time, stopping by itself. Holds when every request is
// answered 2xx, 4xx or 503 (never 500, never a dropped connection), the server
// is up at the end, its resident memory stays under 1.5 GB, and every normal
// plan's report has the statuses the checker gives it in-process.
// Prints: requests, answers by status, peak RSS, p50/p99 latency.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPlan } from '../functions/core/check/check-plan.ts';
import { bundleCli, distDir } from '../infra/cli-bundle.ts';
import { hostileInputs } from '../scripts/hostile-inputs.ts';

const TOTAL = Number(process.env.SOAK_REQUESTS ?? 200);
const CONCURRENCY = 8;
const RSS_LIMIT = 1.5 * 1024 ** 3;
const root = new URL('..', import.meta.url).pathname;
const normals = ['real/CN07_national_14th5_digital_economy_plan.md', 'plans/p12-donghai-vague-goals.md', 'plans/p01-linhu-complete.docx'].map((f) => ({
  name: f.split('/').pop()!,
  bytes: readFileSync(join(root, 'fixtures', f)),
}));
const cn07 = normals[0]!.bytes;
const hostile = [...hostileInputs().map((h) => ({ name: h.name, bytes: Buffer.from(h.bytes) })), { name: 'huge.md', bytes: Buffer.concat(Array.from({ length: 150 }, () => cn07)) }];

// What each normal plan's rules come to, in-process (the same bytes: a DOCX cannot take a tag).
const expected = new Map<string, string>();
for (const n of normals) expected.set(n.name, JSON.stringify((await checkPlan({ bytes: n.bytes, filename: n.name })).results.map((r) => [r.id, r.status])));

const data = mkdtempSync(join(tmpdir(), 'plancheck-soak-'));
// What `npm start` runs (node dist/server.mjs), built from this checkout.
await bundleCli(distDir);
const server = spawn(process.execPath, [join(distDir, 'server.cjs')], {
  cwd: root,
  env: { ...process.env, PORT: '0', PLANCHECK_DATA_DIR: data, PLANCHECK_CHECK_THREADS: '2', PLANCHECK_CHECK_TIMEOUT_MS: process.env.PLANCHECK_CHECK_TIMEOUT_MS ?? '10000', PLANCHECK_ASYNC_BYTES: String(64 * 1024 * 1024) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stderr.resume();
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /listening on (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]!);
  });
  server.once('exit', (code) => reject(new Error(`npm start exited (${code}) before listening`)));
});

let peakRss = 0;
const sampler = setInterval(() => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0);
    peakRss = Math.max(peakRss, kb * 1024);
  } catch {
    /* not Linux, or gone */
  }
}, 100);

const byStatus = new Map<string, number>();
const latencies: number[] = [];
const wrong: string[] = [];
let next = 0;
async function one(i: number): Promise<void> {
  const normal = i % 3 === 0;
  const pick = normal ? normals[i % normals.length]! : hostile[i % hostile.length]!;
  // Normal Markdown plans are made unique so each one is really checked.
  const bytes = normal && pick.name.endsWith('.md') ? Buffer.concat([pick.bytes, Buffer.from(`\n<!-- soak ${i} -->\n`)]) : pick.bytes;
  const started = performance.now();
  let status = 'dropped';
  try {
    const r = await fetch(`${url}/v1/checks?filename=${encodeURIComponent(pick.name)}`, { method: 'POST', body: new Uint8Array(bytes), headers: { 'content-type': 'application/octet-stream' } });
    status = String(r.status);
    const body = await r.text();
    if (normal && r.status === 200) {
      const got = JSON.stringify((JSON.parse(body) as { result: { results: { id: string; status: string }[] } }).result.results.map((x) => [x.id, x.status]));
      if (got !== expected.get(pick.name)) wrong.push(pick.name);
    }
  } catch {
    /* dropped */
  }
  latencies.push(performance.now() - started);
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
}
const started = Date.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < TOTAL) await one(next++);
  }),
);
const up = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
clearInterval(sampler);
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(data, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
const statuses = [...byStatus.entries()].sort().map(([s, n]) => `${s}: ${n}`).join(', ');
console.log(`soak: ${TOTAL} uploads (${hostile.length} hostile kinds, ${normals.length} normal plans), ${CONCURRENCY} at a time, 2 check threads, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`  answers by status   ${statuses}`);
console.log(`  latency             p50 ${pct(50).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms`);
console.log(`  peak RSS (npm start) ${(peakRss / 1024 ** 2).toFixed(0)} MB (limit ${RSS_LIMIT / 1024 ** 2} MB)`);
console.log(`  server up at the end ${up}; normal reports wrong: ${wrong.length}`);
const bad = [...byStatus.keys()].filter((s) => !/^(2\d\d|4\d\d|503)$/.test(s));
const ok = bad.length === 0 && up && peakRss < RSS_LIMIT && wrong.length === 0;
console.log(ok ? '  HOLDS' : `  FAILS: ${[bad.length ? `statuses ${bad.join(', ')}` : '', up ? '' : 'server down', peakRss >= RSS_LIMIT ? 'memory' : '', wrong.length ? `wrong reports: ${wrong.join(', ')}` : ''].filter(Boolean).join('; ')}`);
process.exit(ok ? 0 : 1);
