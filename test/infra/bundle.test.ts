// Really bundles with esbuild (the recipe the CDK assets use) and runs the
// bundles in a fresh node process, so a broken import, a missing rules file or
// a missing runtime file fails here and not in Lambda.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { bundleFiles, bundleLambda, cmapBytes, entries, repoRoot } from '../../infra/lambda-bundle.ts';
import { computeCheckerBuild } from '../../functions/core/check/checker-build.ts';
import { checkId } from '../../functions/store/layout.ts';
import { httpEvent } from '../support/http-event.ts';
import { s3Env, startTestS3 } from '../support/loopback.ts';
import { sqsEvent } from '../support/sqs-event.ts';

const work = mkdtempSync(join(tmpdir(), 'plancheck-infra-bundle-'));
const out = (name: string) => join(work, name);

/** Runs an ES module snippet in a fresh node with only the bundle dir's files (plus the SDK the runtime provides). */
function runModule(code: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: work,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH, PLANCHECK_BUCKET: 'test-bucket', AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' },
  });
}

beforeAll(async () => {
  // Lambda provides the AWS SDK outside the bundle; stand in for it.
  mkdirSync(join(work, 'node_modules'));
  for (const scope of ['@aws-sdk', '@smithy', '@aws-crypto']) {
    if (existsSync(join(repoRoot, 'node_modules', scope))) symlinkSync(join(repoRoot, 'node_modules', scope), join(work, 'node_modules', scope));
  }
  await bundleLambda({ entry: entries.worker, outDir: out('worker') });
  await bundleLambda({ entry: entries.api, outDir: out('api') });
  await bundleLambda({ entry: 'functions/core/check/check-plan.ts', outDir: out('core') });
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** runModule without blocking this process (a server in it must answer the child): stdout's last line as JSON. */
async function runModuleAsync(code: string, env: Record<string, string>): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], {
    cwd: work,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH, ...env },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

/** Calls a bundle's handler with one event in a fresh node process. */
const callBundle = (bundle: string, event: unknown, env: Record<string, string>) =>
  runModuleAsync(
    `const m = await import(${JSON.stringify(pathToFileURL(join(out(bundle), 'index.mjs')).href)});
     console.log(JSON.stringify(await m.handler(${JSON.stringify(event)}, {})));`,
    env,
  );

/** Whether any of a bundle's chunks holds pdf.js (its worker's message handler, its version string). */
function carriesPdfJs(dir: string): boolean {
  return bundleFiles(dir).files.some((f) => /WorkerMessageHandler|pdfjsVersion/.test(readFileSync(join(dir, f), 'utf8')));
}

describe('Lambda bundles', () => {
  it('the worker carries pdf.js (lazy chunks) and the Chinese CMaps in under 3.5 MB; the API carries neither, in under 1.5 MB (issue 9)', () => {
    const worker = out('worker');
    expect(bundleFiles(worker).bytes + cmapBytes(worker)).toBeLessThan(3.5 * 1024 * 1024);
    expect(cmapBytes(worker)).toBeGreaterThan(400_000);
    expect(cmapBytes(worker)).toBeLessThan(700_000);
    expect(readdirSync(join(worker, 'pdfjs', 'cmaps'))).toContain('UniGB-UCS2-H.bcmap');
    expect(readdirSync(join(worker, 'pdfjs', 'cmaps'))).not.toContain('UniJIS-UCS2-H.bcmap');
    expect(carriesPdfJs(worker)).toBe(true);
    const api = out('api');
    expect(bundleFiles(api).bytes).toBeLessThan(1.5 * 1024 * 1024);
    expect(existsSync(join(api, 'pdfjs'))).toBe(false);
    expect(carriesPdfJs(api)).toBe(false);
    for (const dir of [api, worker]) {
      expect(bundleFiles(dir).files).toContain('index.mjs');
      const rules = readdirSync(join(dir, 'rules'));
      expect(rules).toEqual(readdirSync(join(repoRoot, 'rules')).filter((f) => f.endsWith('.json')));
      expect(rules).toContain('vocabulary.json');
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    }
  });

  it('bundle natural and mammoth (loaded through createRequire in the core) instead of leaving them external', () => {
    const r = runModule(`
      import { readFileSync, readdirSync } from 'node:fs';
      const dir = ${JSON.stringify(out('worker'))};
      const src = readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(dir + '/' + f, 'utf8')).join(' ');
      // An unbundled require leaves its specifier as a string literal in the output.
      console.log(JSON.stringify({ natural: /["']natural\\//.test(src), mammoth: /["']mammoth[\\/"']/.test(src) }));
    `);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ natural: false, mammoth: false });
  });

  it('the worker bundle imports cold and answers an empty SQS batch with no failures', () => {
    const r = runModule(`
      const m = await import(${JSON.stringify(pathToFileURL(join(out('worker'), 'index.mjs')).href)});
      console.log(JSON.stringify(await m.handler({ Records: [] }, {})));
    `);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ batchItemFailures: [] });
  });

  it('the API bundle imports cold without the AWS SDK or the app, loads the app on the first request, and the SDK only for a request that reaches the bucket', () => {
    const event = { version: '2.0', rawPath: '/healthz', rawQueryString: '', headers: { host: 'x' }, requestContext: { http: { method: 'GET', path: '/healthz' } }, isBase64Encoded: false };
    const r = runModule(`
      const { createRequire } = await import('node:module');
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('@aws-sdk'));
      const m = await import(${JSON.stringify(pathToFileURL(join(out('api'), 'index.mjs')).href)});
      const atImport = { handler: typeof m.handler, sdk: loaded() };
      const res = await m.handler(${JSON.stringify(event)}, {});
      const again = await m.handler(${JSON.stringify(event)}, {});
      console.log(JSON.stringify({ ...atImport, status: res.statusCode, again: again.statusCode, body: JSON.parse(res.body).ok, sdkAfter: loaded() }));
    `);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ handler: 'function', sdk: false, status: 200, again: 200, body: true, sdkAfter: false });
    // The entry itself is a few hundred bytes; the app is a chunk beside it.
    expect(statSync(join(out('api'), 'index.mjs')).size).toBeLessThan(4096);
    expect(bundleFiles(out('api')).files.some((f) => f.startsWith('lambda-app-'))).toBe(true);
  });

  it('a bundle of the core imports without pdf.js and reads a PDF whose Chinese needs the CMaps, loading pdf.js then', () => {
    const pdf = join(repoRoot, 'fixtures/pdf/cmap-chinese.pdf');
    const r = runModule(`
      const { readFileSync, readdirSync } = await import('node:fs');
      const dir = ${JSON.stringify(out('core'))};
      const m = await import(dir + '/index.mjs');
      const before = 'pdfjsWorker' in globalThis;
      const res = await m.checkPlan({ bytes: new Uint8Array(readFileSync(${JSON.stringify(pdf)})), filename: 'plan.pdf' });
      console.log(JSON.stringify({ before, after: 'pdfjsWorker' in globalThis, format: res.document.format, title: res.document.title }));
    `);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ before: false, after: true, format: 'pdf', title: '海滨市城市数字化转型规划' });
  });

  it('a PDF through the Lambda bundles: the API answers 202, the worker checks it from its S3 event, the API serves the report with page locations', async () => {
    const s3 = await startTestS3();
    try {
      const env = s3Env(s3);
      const pdf = readFileSync(join(repoRoot, 'fixtures/pdf/indicator-table.pdf'));
      const posted = (await callBundle(
        'api',
        httpEvent('POST', '/v1/checks', { query: 'filename=plan.pdf&lang=en', headers: { 'content-type': 'application/pdf' }, body: pdf }),
        env,
      )) as { statusCode: number; body: string };
      expect(posted.statusCode, posted.body).toBe(202);
      const { id, status } = JSON.parse(posted.body) as { id: string; status: string };
      expect(status).toBe('queued');
      // The upload's ObjectCreated event, as S3 → SQS delivers it to the worker.
      const key = `uploads/${createHash('sha256').update(pdf).digest('hex')}.pdf`;
      expect(await s3.objects.head(key)).not.toBeNull();
      const record = { eventName: 'ObjectCreated:Put', s3: { bucket: { name: s3.bucket }, object: { key } } };
      const batch = await callBundle('worker', sqsEvent([{ id: 'm1', body: JSON.stringify({ Records: [record] }) }]), env);
      expect(batch).toEqual({ batchItemFailures: [] });
      const got = (await callBundle('api', httpEvent('GET', `/v1/checks/${id}`), env)) as { statusCode: number; body: string };
      expect(got.statusCode).toBe(200);
      const done = JSON.parse(got.body) as { status: string; result: { document: { format: string }; results: { id: string; status: string; evidence: { position?: { page?: number } }[] }[] } };
      expect(done.status).toBe('done');
      expect(done.result.document.format).toBe('pdf');
      const indicators = done.result.results.find((r) => r.id === 'goals-indicator-system')!;
      expect(indicators.status).toBe('pass');
      expect(indicators.evidence[0]!.position?.page).toBe(1);
      const md = (await callBundle('api', httpEvent('GET', `/v1/checks/${id}`, { query: 'format=md' }), env)) as { statusCode: number; body: string; isBase64Encoded?: boolean };
      expect(md.statusCode).toBe(200);
      expect(md.isBase64Encoded ? Buffer.from(md.body, 'base64').toString('utf8') : md.body).toMatch(/p\. 1\b/);
    } finally {
      await s3.dispose();
    }
  }, 180_000);

  it('a Markdown check in the API bundle stays synchronous', async () => {
    const s3 = await startTestS3();
    try {
      const plan = Buffer.from(['# 某市城市数字化转型规划（2023—2025年）', '', '## 一、总体要求', '', '到2025年，基本建成一网通办体系。', ''].join('\n'));
      const res = (await callBundle('api', httpEvent('POST', '/v1/checks', { query: 'filename=plan.md', headers: { 'content-type': 'text/markdown' }, body: plan }), s3Env(s3))) as { statusCode: number; body: string };
      expect(res.statusCode, res.body).toBe(200);
      expect((JSON.parse(res.body) as { result: { document: { format: string } } }).result.document.format).toBe('markdown');
    } finally {
      await s3.dispose();
    }
  }, 120_000);

  it('checks a Chinese plan inside a bundle: rules and vocabulary load from the bundle folder', () => {
    const plan = ['# 某市城市数字化转型规划（2023—2025年）', '', '## 一、总体要求', '', '到2025年，基本建成一网通办体系。', ''].join('\n');
    const r = runModule(`
      const m = await import(${JSON.stringify(pathToFileURL(join(out('core'), 'index.mjs')).href)});
      const res = await m.checkPlan({ bytes: new TextEncoder().encode(${JSON.stringify(plan)}), fileName: 'plan.md' });
      console.log(JSON.stringify({ rules: res.results.length, plan: res.verdict.isPlan, build: res.checker.build }));
    `);
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { rules: number; plan: boolean; build: string };
    expect(got.rules).toBeGreaterThan(0);
    expect(got.plan).toBe(true);
    // The bundle carries the checker build computed when it was bundled: the same as the checkout's.
    expect(got.build).toBe(computeCheckerBuild(repoRoot));
  });
});

// ~6 MB of real plan text: many seconds of checking, far past a limit of a second or two.
const hugePlan = () => Buffer.concat(Array.from({ length: 150 }, () => readFileSync(join(repoRoot, 'fixtures/real/CN07_national_14th5_digital_economy_plan.md'))));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('every check in the Lambda bundles runs under the heap and time limits', () => {
  it('the worker stops a check at PLANCHECK_CHECK_TIMEOUT_MS, records it failed too-complex, and checks the next message in the same invocation', async () => {
    const s3 = await startTestS3();
    try {
      const huge = hugePlan();
      const next = readFileSync(join(repoRoot, 'fixtures/plans/p12-donghai-vague-goals.md'));
      await s3.objects.put(`uploads/${sha256(huge)}.md`, huge, { contentType: 'text/markdown' });
      await s3.objects.put(`uploads/${sha256(next)}.md`, next, { contentType: 'text/markdown' });
      const message = (sha: string) => JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: s3.bucket }, object: { key: `uploads/${sha}.md` } } }] });
      const started = Date.now();
      const batch = await callBundle('worker', sqsEvent([{ id: 'huge', body: message(sha256(huge)) }, { id: 'next', body: message(sha256(next)) }]), { ...s3Env(s3), PLANCHECK_CHECK_TIMEOUT_MS: '1500' });
      // Acknowledged: a retry could not fix the plan.
      expect(batch).toEqual({ batchItemFailures: [] });
      expect(Date.now() - started).toBeLessThan(60_000);
      const failed = await s3.store.getStatus(checkId(sha256(huge), 'full', 'zh'));
      expect(failed?.status).toBe('failed');
      expect(failed?.error).toMatchObject({ code: 'too-complex', message: expect.stringMatching(/time limit of 1\.5 s \(PLANCHECK_CHECK_TIMEOUT_MS\)/) });
      expect((await s3.store.getStatus(checkId(sha256(next), 'full', 'zh')))?.status).toBe('done');
    } finally {
      await s3.dispose();
    }
  }, 180_000);

  it('the API answers a sync check past its time limit 422 too-complex, and its next request is checked', async () => {
    const s3 = await startTestS3();
    try {
      const hugePath = join(work, 'huge-plan.md');
      writeFileSync(hugePath, hugePlan());
      // The next plan is small, so that a loaded runner still checks it within the 1.5 s limit.
      const nextPath = join(work, 'next-plan.md');
      writeFileSync(nextPath, '# 某市数字化转型规划（2025—2027年）\n\n## 发展目标\n\n到2027年，政务服务事项全程网办率达到95%。\n');
      const template = httpEvent('POST', '/v1/checks', { query: 'filename=plan.md', headers: { 'content-type': 'text/markdown' } });
      // Both requests in one process, as one warm function instance serves them.
      const answers = (await runModuleAsync(
        `const { readFileSync } = await import('node:fs');
         const m = await import(${JSON.stringify(pathToFileURL(join(out('api'), 'index.mjs')).href)});
         const post = (file) => m.handler({ ...${JSON.stringify(template)}, body: readFileSync(file).toString('base64'), isBase64Encoded: true }, {});
         const huge = await post(${JSON.stringify(hugePath)});
         const next = await post(${JSON.stringify(nextPath)});
         console.log(JSON.stringify([huge, next].map((r) => ({ status: r.statusCode, body: JSON.parse(r.body) }))));`,
        // The huge plan is checked synchronously (not queued for the worker) so the API's own limit is what stops it.
        { ...s3Env(s3), PLANCHECK_CHECK_TIMEOUT_MS: '1500', PLANCHECK_ASYNC_BYTES: String(64 * 1024 * 1024), PLANCHECK_MAX_BYTES: String(64 * 1024 * 1024) },
      )) as { status: number; body: { error?: { code: string; message: string }; status?: string } }[];
      expect(answers[0]!.status).toBe(422);
      expect(answers[0]!.body.error).toMatchObject({ code: 'too-complex', message: expect.stringMatching(/time limit of 1\.5 s/) });
      expect(answers[1]!.status).toBe(200);
      expect(answers[1]!.body.status).toBe('done');
    } finally {
      await s3.dispose();
    }
  }, 180_000);
});

describe('CDK assets', () => {
  it('give the API and the worker each their own bundle', async () => {
    const { App } = await import('aws-cdk-lib');
    const { PlancheckStack } = await import('../../infra/plancheck-stack.ts');
    const app = new App({ outdir: out('cdk.out') });
    const stack = new PlancheckStack(app, 'Bundled', { stage: 'test' });
    const assembly = app.synth();
    const template = assembly.getStackByName(stack.stackName).template as { Resources: Record<string, { Type: string; Properties: { Code: { S3Key?: string } } }> };
    const keyOf = (prefix: string) => Object.entries(template.Resources).find(([id, r]) => id.startsWith(prefix) && r.Type === 'AWS::Lambda::Function')![1].Properties.Code.S3Key!;
    const api = keyOf('Api');
    const worker = keyOf('Worker');
    expect(api).not.toBe(worker);
    const files = (key: string) => readdirSync(join(out('cdk.out'), `asset.${key.replace(/\.zip$/, '')}`)).filter((f) => !/^[\w.-]+-[A-Z0-9]{8}\.mjs$/.test(f)).sort();
    expect(files(worker)).toEqual(['check-thread.mjs', 'index.mjs', 'package.json', 'pdfjs', 'rules']);
    expect(files(api)).toEqual(['check-thread.mjs', 'index.mjs', 'package.json', 'rules']);
  }, 240_000);
});
