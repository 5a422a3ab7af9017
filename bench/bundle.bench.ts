// Lambda bundles as deployed (infra/lambda-bundle.ts, the recipe the CDK assets
// use): size in MB (index.mjs and its chunks) and cold import time in a fresh
// node process, against a bare Hono app bundled the same way and `node -e 0`,
// all in this run. The API entry defers its app to the first request, so the
// first GET /healthz after the import is timed too: that is where the rest of
// the cold start went; and, with S3 on loopback, a first GET /v1/checks/{id}
// (a status read from the bucket: the AWS SDK loads with it). The worker's cold start is its import plus the first
// check of a 40 KB plan (CN07) through its handler, with S3 on loopback: the
// upload read, the check in its thread (started then), every report written.
// Targets: bundle < 3 MB, cold import < 300 ms; API import + first request
// < 300 ms; worker import + first check < 400 ms (issue 10).
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startEmbeddedS3 } from '../functions/local/embedded-s3.ts';
import { S3ObjectStore } from '../functions/store/s3-object-store.ts';
import { checkId } from '../functions/store/layout.ts';
import { bundleFiles, bundleLambda, cmapBytes, entries, repoRoot, topInputs } from '../infra/lambda-bundle.ts';

const RUNS = 7;
const work = mkdtempSync(join(tmpdir(), 'plancheck-bundle-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

// Lambda's runtime provides the AWS SDK outside the bundle; link ours where the
// bundles resolve it so its import cost is counted, as it is on Lambda.
mkdirSync(join(work, 'node_modules'), { recursive: true });
for (const scope of ['@aws-sdk', '@smithy', '@aws-crypto', '@aws']) {
  if (existsSync(join(repoRoot, 'node_modules', scope))) symlinkSync(join(repoRoot, 'node_modules', scope), join(work, 'node_modules', scope));
}

/** A function URL / HTTP API v2 event for GET path. */
const getEvent = (path: string) =>
  JSON.stringify({
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'bench.lambda-url.us-east-1.on.aws' },
    requestContext: { http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' }, requestId: 'bench', routeKey: '$default', stage: '$default', time: '', timeEpoch: 0 },
    isBase64Encoded: false,
  });
const healthz = getEvent('/healthz');

/**
 * Medians over fresh node processes: wall time of the process, time of the
 * import inside it, and (API entries) of the first GET /healthz after it.
 */
function coldImportMs(file: string | null, request = false): [number, number, number] {
  const times: number[] = [];
  const inside: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const code = file
      ? `const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(file).href)});if(typeof m.handler!=='function')process.exit(3);const ti=performance.now()-t;` +
        (request
          ? `const t2=performance.now();const r=await m.handler(${healthz},{});if(r.statusCode!==200)process.exit(4);console.log(ti+' '+(performance.now()-t2))`
          : `console.log(ti+' 0')`)
      : 'console.log("0 0")';
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, PLANCHECK_BUCKET: 'bench-bucket', AWS_REGION: 'us-east-1' },
    });
    const wall = performance.now() - t0;
    if (r.status !== 0) throw new Error(`importing ${file} failed (${r.status}): ${r.stderr}`);
    times.push(wall);
    const [a, b] = r.stdout.trim().split('\n').at(-1)!.split(' ').map(Number);
    inside.push(a!);
    first.push(b!);
  }
  return [median(times), median(inside), median(first)];
}

const cn07 = readFileSync(join(repoRoot, 'fixtures/real/CN07_national_14th5_digital_economy_plan.md'));

/**
 * Medians over fresh node processes of the worker bundle: its import, then its
 * handler on one S3 event for a 40 KB plan nobody checked before (a tag makes
 * each run's bytes new). s3rver runs in this process, so the child is awaited
 * without blocking it.
 */
async function workerFirstCheckMs(file: string): Promise<[number, number, string]> {
  const bucket = 'bench-bucket';
  const s3 = await startEmbeddedS3({ directory: join(work, 's3'), bucket });
  const objects = new S3ObjectStore({ bucket, endpoint: s3.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  const imports: number[] = [];
  const checks: number[] = [];
  let lastId = '';
  try {
    for (let i = 0; i < RUNS; i++) {
      const bytes = Buffer.concat([cn07, Buffer.from(`\n<!-- bench ${i} ${Date.now()} -->\n`)]);
      const key = `uploads/${createHash('sha256').update(bytes).digest('hex')}.md`;
      await objects.put(key, bytes, { contentType: 'text/markdown' });
      const event = { Records: [{ messageId: 'm', body: JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key } } }] }) }] };
      const code =
        `const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(file).href)});const ti=performance.now()-t;` +
        `const t2=performance.now();const r=await m.handler(${JSON.stringify(event)},{});if(r.batchItemFailures.length)process.exit(4);console.log(ti+' '+(performance.now()-t2))`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, PLANCHECK_BUCKET: bucket, PLANCHECK_S3_ENDPOINT: s3.endpoint, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' },
      });
      const [a, b] = stdout.trim().split('\n').at(-1)!.split(' ').map(Number);
      // The check must really have run: its JSON report is there.
      if (!(await objects.head(key.replace(/^uploads\/(\w+)\.md$/, 'reports/$1/full/zh/report.json')))) throw new Error(`the worker wrote no report for ${key}`);
      imports.push(a!);
      checks.push(b!);
      lastId = checkId(key.replace(/^uploads\/(\w+)\.md$/, '$1'), 'full', 'zh');
    }
  } finally {
    await s3.close();
  }
  return [median(imports), median(checks), lastId];
}

/**
 * Medians over fresh node processes of the API bundle's import and its first
 * GET /v1/checks/{id} of a check the worker stored: a request that reads the
 * bucket, so the AWS SDK loads with it (GET /healthz never loads it).
 */
async function apiFirstStoreReadMs(file: string, id: string): Promise<[number, number]> {
  const bucket = 'bench-bucket';
  const s3 = await startEmbeddedS3({ directory: join(work, 's3'), bucket });
  const imports: number[] = [];
  const firsts: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const code =
        `const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(file).href)});const ti=performance.now()-t;` +
        `const t2=performance.now();const r=await m.handler(${getEvent(`/v1/checks/${id}`)},{});if(r.statusCode!==200||JSON.parse(r.body).status!=='done')process.exit(4);console.log(ti+' '+(performance.now()-t2))`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, PLANCHECK_BUCKET: bucket, PLANCHECK_S3_ENDPOINT: s3.endpoint, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' },
      });
      const [a, b] = stdout.trim().split('\n').at(-1)!.split(' ').map(Number);
      imports.push(a!);
      firsts.push(b!);
    }
  } finally {
    await s3.close();
  }
  return [median(imports), median(firsts)];
}

const baselineEntry = join(work, 'bare-hono.ts');
writeFileSync(
  baselineEntry,
  `import { Hono } from ${JSON.stringify(join(repoRoot, 'node_modules/hono/dist/index.js'))};\n` +
    `import { handle } from ${JSON.stringify(join(repoRoot, 'node_modules/hono/dist/adapter/aws-lambda/index.js'))};\n` +
    `const app = new Hono().get('/', (c) => c.text('ok'));\nexport const handler = handle(app);\n`,
);

const [nodeMs] = coldImportMs(null);
// The SDK is outside our bundles but inside their cold start: measure it alone.
const sdkEntry = join(work, 'sdk-only.ts');
writeFileSync(sdkEntry, "import { S3Client } from '@aws-sdk/client-s3';\nexport const handler = async () => new S3Client({});\n");
const targets: Array<[string, string]> = [['bare Hono (baseline)', baselineEntry], ['S3 client only (AWS SDK share)', sdkEntry], ...Object.entries(entries).filter(([, e]) => existsSync(join(repoRoot, e)))];
/** Size targets of issue 9, CMaps included. */
const sizeTarget: Record<string, number> = { api: 1.5 * 1024 * 1024, worker: 3.5 * 1024 * 1024 };
let baseMs = 0;
let baseBytes = 0;
let over = false;
let storedCheckId = '';
const apiFile = join(work, 'api', 'index.mjs');
for (const [name, entry] of targets) {
  const outDir = join(work, name.replace(/\W+/g, '-'));
  const result = await bundleLambda({ entry, outDir, ...(name in entries ? {} : { pdf: false }) });
  const file = join(outDir, 'index.mjs');
  const { bytes, files } = bundleFiles(outDir);
  const cmaps = cmapBytes(outDir);
  const isApi = name === 'api';
  const [wallMs, importMs, firstMs] = coldImportMs(file, isApi);
  if (!baseMs) {
    baseMs = importMs;
    baseBytes = bytes;
  }
  console.log(
    `${name}: bundle ${mb(bytes)} MB in ${files.length} file(s) (${(bytes / baseBytes).toFixed(0)}× baseline)` +
      (cmaps ? ` + CMaps ${mb(cmaps)} MB = ${mb(bytes + cmaps)} MB` : '') +
      (sizeTarget[name] ? ` (target < ${mb(sizeTarget[name]!)} MB)` : '') +
      `; cold import ${importMs.toFixed(0)} ms ` +
      `(${(importMs / baseMs).toFixed(1)}× baseline)` +
      (isApi ? `, then first GET /healthz ${firstMs.toFixed(0)} ms (import + first request ${(importMs + firstMs).toFixed(0)} ms)` : '') +
      `, process wall ${wallMs.toFixed(0)} ms vs node -e 0 ${nodeMs.toFixed(0)} ms; median of ${RUNS}`,
  );
  if (name.includes('baseline') || name.includes('SDK share')) continue;
  if (bytes + cmaps > (sizeTarget[name] ?? Infinity) || importMs > 300) over = true;
  if (isApi && importMs + firstMs > 300) over = true;
  if (name === 'worker') {
    const [checkImportMs, firstCheckMs, id] = await workerFirstCheckMs(file);
    storedCheckId = id;
    const total = checkImportMs + firstCheckMs;
    console.log(`  worker cold start: import ${checkImportMs.toFixed(0)} ms + first check of a 40 KB plan through the handler ${firstCheckMs.toFixed(0)} ms = ${total.toFixed(0)} ms (target < 400 ms; ${(total / nodeMs).toFixed(1)}× node -e 0); median of ${RUNS}`);
    if (total > 400) over = true;
  }
  console.log('  top inputs: ' + topInputs(result.metafile, 8).map((t) => `${t.path} ${(t.bytes / 1024).toFixed(0)} KB`).join(', '));
}
if (storedCheckId && existsSync(apiFile)) {
  const [importMs, firstMs] = await apiFirstStoreReadMs(apiFile, storedCheckId);
  console.log(`api cold start on a request that reads the bucket: import ${importMs.toFixed(0)} ms + first GET /v1/checks/{id} ${firstMs.toFixed(0)} ms = ${(importMs + firstMs).toFixed(0)} ms (not a target: the AWS SDK loads with it); median of ${RUNS}`);
}
const targetsText = 'API 1.5 MB, worker 3.5 MB with CMaps, 300 ms cold import, API import + first request 300 ms, worker import + first check 400 ms';
console.log(over ? `OVER TARGET (${targetsText})` : `within targets (${targetsText})`);
rmSync(work, { recursive: true, force: true });
