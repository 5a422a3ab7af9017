// `plancheck batch <folder|s3://bucket/prefix>`: check every plan under a folder
// or S3 prefix, write each plan's reports and a summary (CSV, HTML, JSON).
// Exit 0: no plan has error-severity failures; 1: one has (or a plan could not be checked); 2: usage.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Lang } from '../../core/check/result.ts';

export const usage =
  'usage: plancheck batch <folder|s3://bucket/prefix> [--out folder|s3://bucket/prefix] [--profile P] [--manifest F] [--lang zh|en] [--concurrency N]';

function fail(message: string): number {
  process.stderr.write(`plancheck: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        profile: { type: 'string' },
        manifest: { type: 'string' },
        lang: { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail(`${(e as Error).message} (${usage})`);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length !== 1) return fail(`give one folder or s3:// prefix (${usage})`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return fail(`unknown --lang "${values.lang}" (zh, en)`);
  let concurrency: number | undefined;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return fail(`--concurrency must be a whole number from 1 to 64, not "${values.concurrency}"`);
  }

  let manifest;
  if (values.manifest !== undefined) {
    if (!existsSync(values.manifest) || !statSync(values.manifest).isFile()) return fail(`manifest not found: ${values.manifest}`);
    const { parseManifest } = await import('../../batch/manifest.ts');
    try {
      manifest = { file: parseManifest(readFileSync(values.manifest, 'utf8'), values.manifest), name: values.manifest };
    } catch (e) {
      return fail((e as Error).message);
    }
  }

  const src = positionals[0];
  const { folderSink, folderSource, parseS3Url, s3ClientFromEnv, s3Sink, s3Source } = await import('../../batch/sources.ts');
  const srcS3 = parseS3Url(src);
  if (!srcS3 && (!existsSync(src) || !statSync(src).isDirectory())) return fail(`not a folder: ${src}`);
  const outArg = values.out ?? (srcS3 ? null : src);
  if (outArg === null) return fail('a batch from S3 needs --out (folder or s3:// prefix)');
  const outS3 = parseS3Url(outArg);
  if (!outS3 && existsSync(outArg) && !statSync(outArg).isDirectory()) return fail(`--out is a file, not a folder: ${outArg}`);
  const client = srcS3 || outS3 ? s3ClientFromEnv() : null;
  const source = srcS3 ? s3Source(client!, srcS3) : folderSource(src);
  const out = outS3 ? s3Sink(client!, outS3) : folderSink(outArg);

  const { runBatch } = await import('../../batch/run-batch.ts');
  const { createProgress } = await import('../../batch/progress.ts');
  const progress = createProgress(process.stderr);
  try {
    const { summary } = await runBatch({ source, out, profile: values.profile, manifest, lang: values.lang as Lang | undefined, concurrency, onProgress: progress.update });
    progress.stop();
    const c = summary.counts;
    const where = out.describe().replace(/\/?$/, '/');
    process.stderr.write(
      `plancheck: ${c.plans} plans (${c.checked} checked, ${c.skipped} unchanged, ${c.errors} could not be checked), ${c.withErrorFindings} with errors; ${c.sendBack} to send back, ${c.accept} to accept; summary: ${where}summary.html\n`,
    );
    return c.withErrorFindings > 0 || c.errors > 0 ? 1 : 0;
  } catch (e) {
    progress.stop();
    const err = e as Error;
    if (err.name === 'ConfigError' || err.name === 'PlanInputError') return fail(err.message);
    if ((e as { $metadata?: unknown }).$metadata || (e as NodeJS.ErrnoException).code === 'ECONNREFUSED') return fail(`S3: ${err.name}: ${err.message}`);
    throw e;
  } finally {
    client?.destroy();
  }
}
