// Shared helpers for tests that need real servers on 127.0.0.1:
//   startTestS3()        s3rver on a free port over a temp folder, bucket created, an S3ObjectStore on it
//   startTestPipeline()  the whole pipeline (s3rver + worker queue + Hono on node-server)
//   fixturePath()/fixture()  the team's plans and real documents
// Every helper returns a close(); call it in afterAll.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiConfig } from '../../functions/api/deps.ts';
import { defaultMaxBytes } from '../../functions/api/deps.ts';
import { startEmbeddedS3, s3rverCredentials, type EmbeddedS3 } from '../../functions/local/embedded-s3.ts';
import { startPipeline, type Pipeline, type PipelineOptions } from '../../functions/local/pipeline.ts';
import { ReportStore } from '../../functions/store/report-store.ts';
import { S3ObjectStore } from '../../functions/store/s3-object-store.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function fixturePath(relative: string): string {
  return join(repoRoot, 'fixtures', relative);
}

export function fixture(relative: string): Buffer {
  return readFileSync(fixturePath(relative));
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A fresh temp folder, removed by the returned cleanup. */
export function makeTempDir(label = 'plancheck-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), label));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestS3 extends EmbeddedS3 {
  dir: string;
  bucket: string;
  objects: S3ObjectStore;
  store: ReportStore;
  /** Starts s3rver again on the same port and data folder (after close()), for outage tests. */
  restart(): Promise<void>;
  /** close() and remove the data folder. */
  dispose(): Promise<void>;
}

/** The environment a Lambda handler reads (depsFromEnv) to reach this test S3. */
export function s3Env(s3: TestS3): Record<string, string> {
  return { PLANCHECK_BUCKET: s3.bucket, PLANCHECK_S3_ENDPOINT: s3.endpoint, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };
}

export async function startTestS3(options: { bucket?: string; prefix?: string; dir?: string } = {}): Promise<TestS3> {
  const bucket = options.bucket ?? 'plancheck-test';
  const temp = options.dir ? null : makeTempDir('plancheck-s3-');
  const dir = options.dir ?? temp!.dir;
  let s3 = await startEmbeddedS3({ directory: dir, bucket });
  const objects = new S3ObjectStore({ bucket, prefix: options.prefix, endpoint: s3.endpoint, region: 'us-east-1', credentials: s3rverCredentials });
  let open = true;
  const handle: TestS3 = {
    ...s3,
    dir,
    bucket,
    objects,
    store: new ReportStore(objects),
    async close() {
      if (open) await s3.close();
      open = false;
    },
    async restart() {
      s3 = await startEmbeddedS3({ directory: dir, bucket, port: handle.port });
      handle.server = s3.server;
      open = true;
    },
    async dispose() {
      await handle.close();
      temp?.remove();
    },
  };
  return handle;
}

export function testApiConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return { apiKeys: [], maxBytes: defaultMaxBytes, asyncThresholdBytes: 2 * 1024 * 1024, ...overrides };
}

export interface TestPipeline extends Pipeline {
  dir: string;
  /** close() and remove the data folder. */
  dispose(): Promise<void>;
}

/** The pipeline as `npm start` runs it, on free loopback ports over a temp data folder. */
export async function startTestPipeline(options: Partial<PipelineOptions> = {}): Promise<TestPipeline> {
  const temp = makeTempDir('plancheck-pipeline-');
  const pipeline = await startPipeline({
    port: 0,
    dataDir: temp.dir,
    bucket: 'plancheck-test',
    queue: { retryDelayMs: 100, maxAttempts: 3 },
    ...options,
    config: options.config ?? testApiConfig(),
  });
  return {
    ...pipeline,
    dir: temp.dir,
    async dispose() {
      await pipeline.close();
      temp.remove();
    },
  };
}

/** Polls until `probe` returns a value (not undefined/null) or the time is up. */
export async function eventually<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 15000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
