// `npm start`: the pipeline on one machine. PORT (8787), PLANCHECK_DATA_DIR
// (./.plancheck-data) for the embedded s3rver; with PLANCHECK_S3_ENDPOINT or
// AWS credentials set, the same code talks to that S3 instead.
import { resolve } from 'node:path';
import { apiConfigFromEnv } from '../api/deps.ts';
import { s3ConfigFromEnv } from '../store/s3-object-store.ts';
import { startPipeline } from './pipeline.ts';

function fail(message: string): never {
  process.stderr.write(`plancheck: ${message}\n`);
  process.exit(2);
}

function optionalCount(value: string | undefined, name: string, min = 0): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`${name} must be a whole number${min ? ` from ${min}` : ''}, got "${value}"`);
  return n;
}

const env = process.env;
const port = Number(env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, got "${env.PORT}"`);

// A function, not top-level awaits: the built server (dist/server.cjs, infra/cli-bundle.ts) is CommonJS.
async function main(): Promise<void> {
  const external = Boolean(env.PLANCHECK_S3_ENDPOINT || env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE);
  let pipeline: Awaited<ReturnType<typeof startPipeline>>;
  try {
    pipeline = await startPipeline({
      port,
      config: apiConfigFromEnv(env),
      dataDir: external ? undefined : resolve(env.PLANCHECK_DATA_DIR ?? '.plancheck-data'),
      s3: external ? s3ConfigFromEnv({ PLANCHECK_BUCKET: 'plancheck', ...env }) : undefined,
      bucket: env.PLANCHECK_BUCKET ?? 'plancheck',
      prefix: env.PLANCHECK_PREFIX,
      // At least one: a check on the server's own thread would run with no heap or time limit.
      checkThreads: optionalCount(env.PLANCHECK_CHECK_THREADS, 'PLANCHECK_CHECK_THREADS', 1),
      maxQueuedChecks: optionalCount(env.PLANCHECK_CHECK_QUEUE, 'PLANCHECK_CHECK_QUEUE'),
      headersTimeoutMs: optionalCount(env.PLANCHECK_HEADERS_TIMEOUT_MS, 'PLANCHECK_HEADERS_TIMEOUT_MS') || undefined,
      log: (message, fields) => process.stderr.write(`${JSON.stringify({ message, ...fields })}\n`),
    });
  } catch (error) {
    fail((error as Error).message);
  }

  const where = pipeline.s3 ? `embedded S3 ${pipeline.s3.endpoint} (data in ${resolve(env.PLANCHECK_DATA_DIR ?? '.plancheck-data')})` : `S3 ${env.PLANCHECK_S3_ENDPOINT ?? 'on AWS'}`;
  process.stdout.write(`plancheck listening on ${pipeline.url} — ${where}\n`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      pipeline.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

void main();
