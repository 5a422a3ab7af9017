// `plancheck check <file...>`: check plans against the guide and write reports.
// Exit 0: no error-severity rule fails; 1: one does; 2: bad input or usage.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckResult, Lang } from '../../core/check/result.ts';
import { isPlanInputError, PlanInputError, type PlanInputErrorCode } from '../../core/errors.ts';
import { defaultLimits } from '../../core/parsers/plugin.ts';
import { checkLimitsFromEnv, isCheckLimitError, threadEntry, WorkerPool, type CheckLimits } from '../../batch/worker-pool.ts';
import type { CliCheckReply, CliCheckRequest } from '../check-thread.ts';
import { isReportFormat, renderReport, reportExtension, reportFormats, type ReportFormat } from '../../core/report/index.ts';
import { reportInputError, UsageError } from '../usage-error.ts';

export const usage = 'usage: plancheck check <file...> [--profile P] [--format json|md|html|sarif|junit] [--lang zh|en] [--config F] [--out PATH]';

function fail(message: string): number {
  return reportInputError(new UsageError(message));
}

function render(result: CheckResult, format: ReportFormat): string {
  const text = renderReport(result, format);
  return text.endsWith('\n') ? text : text + '\n';
}

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: 'string' },
        format: { type: 'string', default: 'json' },
        lang: { type: 'string' },
        config: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail(`${(e as Error).message} (${usage})`);
  }
  const { values, positionals: files } = args;
  const basenames = new Set(files.map((f) => basename(f, extname(f))));
  if (values.out && files.length > 1 && basenames.size < files.length) return fail('several files share a name: their reports would overwrite each other in --out');
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (!files.length) return fail(`no plan file given (${usage})`);
  const format = values.format;
  if (!isReportFormat(format)) return fail(`unknown --format "${values.format}" (${reportFormats.join(', ')})`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return fail(`unknown --lang "${values.lang}" (zh, en)`);
  if (files.length > 1 && format !== 'json' && !values.out) return fail('several files in a format other than json need --out <folder>');
  for (const f of files) if (!existsSync(f)) return fail(`no such file: ${f}`);

  let limits: CheckLimits;
  try {
    limits = checkLimitsFromEnv();
  } catch (e) {
    return fail((e as Error).message);
  }
  // Every plan is checked in a worker thread under a heap and a time limit
  // (PLANCHECK_CHECK_HEAP_MB, PLANCHECK_CHECK_TIMEOUT_MS), as on the server.
  const pool = new WorkerPool<CliCheckRequest, CliCheckReply>({ entry: threadEntry('../check-thread.ts', import.meta.url, 'cli-check-thread'), size: 1, limits });
  try {
    const results: { file: string; result: CheckResult }[] = [];
    for (const file of files) {
      const options = { source: file, profile: values.profile, lang: values.lang as Lang | undefined, configPath: values.config };
      let request: CliCheckRequest;
      if (statSync(file).isDirectory()) {
        // A folder of Markdown files is one plan (index.md, then 01-…, 02-…); its hash covers the files in that order.
        const names = readdirSync(file).filter((n) => /\.(md|markdown)$/i.test(n)).sort();
        if (!names.length) return fail(`${file} holds no Markdown files (.md, .markdown)`);
        let total = 0;
        for (const name of names) total += statSync(join(file, name)).size;
        if (total > defaultLimits.maxBytes) throw tooLarge(file, total);
        request = { options, parts: names.map((name) => ({ name, bytes: readFileSync(join(file, name)) })) };
      } else {
        // The size first: a 400 MB file is refused without reading it.
        const size = statSync(file).size;
        if (size > defaultLimits.maxBytes) throw tooLarge(file, size);
        request = { options, file: { bytes: readFileSync(file), filename: basename(file) } };
      }
      results.push({ file, result: unwrap(file, await pool.run(request).catch((e: unknown) => limitBreach(file, e))) });
    }
    const outIsFolder = values.out && (files.length > 1 || (existsSync(values.out) && statSync(values.out).isDirectory()));
    if (outIsFolder) {
      mkdirSync(values.out!, { recursive: true });
      for (const { file, result } of results) {
        writeFileSync(join(values.out!, basename(file, extname(file)) + reportExtension(format)), render(result, format));
      }
    } else {
      const text = results.length === 1 ? render(results[0].result, format) : JSON.stringify(results.map((r) => r.result), null, 2) + '\n';
      if (values.out) writeFileSync(values.out, text);
      else process.stdout.write(text);
    }
    return results.some((r) => r.result.summary.errors > 0) ? 1 : 0;
  } catch (e) {
    // (The rule set loads in the check thread: its error arrives by name.)
    if ((e as Error)?.name === 'RuleLoadError') return fail(`rule set cannot load: ${(e as Error).message}`);
    if (isPlanInputError(e) || e instanceof UsageError) return reportInputError(e);
    throw e;
  } finally {
    await pool.close();
  }
}

function tooLarge(file: string, size: number): PlanInputError {
  return new PlanInputError('too-large', `${file} is ${size} bytes, over the limit of ${defaultLimits.maxBytes}`);
}

/** A thread stopped at a limit is the plan's error (exit 2), named with the file. */
function limitBreach(file: string, e: unknown): never {
  if (isCheckLimitError(e)) throw new PlanInputError('too-complex', `${file}: ${e.message}`);
  throw e;
}

function unwrap(file: string, reply: CliCheckReply): CheckResult {
  if (reply.ok) return reply.result;
  if (reply.planInput) throw new PlanInputError(reply.error.code as PlanInputErrorCode, reply.error.message);
  const error = new Error(`${file}: ${reply.error.message}`);
  error.name = reply.error.name;
  error.stack = reply.error.stack;
  throw error;
}

