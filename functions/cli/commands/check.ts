// `plancheck check <file...>`: check plans against the guide and write reports.
// Exit 0: no error-severity rule fails; 1: one does; 2: bad input or usage.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckResult, Lang } from '../../core/check/result.ts';
import { isPlanInputError, PlanInputError, type PlanInputErrorCode } from '../../core/errors.ts';
import { defaultLimits } from '../../core/parsers/plugin.ts';
import { checkLimitsFromEnv, isCheckLimitError, threadEntry, WorkerPool, type CheckLimits } from '../../batch/worker-pool.ts';
import type { CliCheckReply, CliCheckRequest } from '../check-thread.ts';
import { isReportFormat, renderReport, reportExtension, reportFormats, type ReportFormat } from '../../core/report/index.ts';
import { reportInputError, UsageError } from '../usage-error.ts';

export const usage = 'usage: plancheck check <file...> [--profile P] [--format json|md|html|sarif|junit|docx] [--lang zh|en] [--config F] [--out|-o PATH]';

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
        out: { type: 'string', short: 'o' },
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
  if (format === 'docx') return docxWithComments(files, values);
  if (!isReportFormat(format)) return fail(`unknown --format "${values.format}" (${[...reportFormats, 'docx'].join(', ')})`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return fail(`unknown --lang "${values.lang}" (zh, en)`);
  if (files.length > 1 && format !== 'json' && !values.out) return fail('several files in a format other than json need --out <folder>');
  for (const f of files) if (!existsSync(f)) return fail(`no such file: ${f}`);

  let limits: CheckLimits;
  try {
    limits = checkLimitsFromEnv();
  } catch (e) {
    return fail((e as Error).message);
  }
  const pool = checkPool(limits);
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
    return checkFailure(e);
  } finally {
    await pool.close();
  }
}

// Every plan is checked in a worker thread under a heap and a time limit
// (PLANCHECK_CHECK_HEAP_MB, PLANCHECK_CHECK_TIMEOUT_MS), as on the server.
function checkPool(limits: CheckLimits): WorkerPool<CliCheckRequest, CliCheckReply> {
  return new WorkerPool<CliCheckRequest, CliCheckReply>({ entry: threadEntry('../check-thread.ts', import.meta.url, 'cli-check-thread'), size: 1, limits });
}

/**
 * `--format docx -o out.docx`: the plan itself, a DOCX, written back with each
 * open finding as a Word comment. One plan, a file to write that is not the plan.
 */
async function docxWithComments(files: string[], values: { profile?: string; lang?: string; config?: string; out?: string }): Promise<number> {
  if (files.length !== 1) return fail('--format docx takes one DOCX plan (it writes that plan back with comments)');
  const file = files[0]!;
  if (!values.out) return fail('--format docx needs -o <file.docx>: it writes a Word file, not text');
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return fail(`unknown --lang "${values.lang}" (zh, en)`);
  if (!existsSync(file)) return fail(`no such file: ${file}`);
  if (statSync(file).isDirectory()) return fail(`${file} is a folder: --format docx writes comments into one DOCX plan`);
  if (existsSync(values.out) && statSync(values.out).isDirectory()) return fail(`-o ${values.out} is a folder: name the .docx file to write`);
  if (resolve(values.out) === resolve(file)) return fail(`-o ${values.out} is the plan itself: write the commented copy to another file`);
  let limits: CheckLimits;
  try {
    limits = checkLimitsFromEnv();
  } catch (e) {
    return fail((e as Error).message);
  }
  const size = statSync(file).size;
  if (size > defaultLimits.maxBytes) return reportInputError(tooLarge(file, size));
  const pool = checkPool(limits);
  try {
    const options = { source: file, profile: values.profile, lang: values.lang as Lang | undefined, configPath: values.config };
    const request: CliCheckRequest = { options, file: { bytes: readFileSync(file), filename: basename(file) }, docxComments: { date: new Date().toISOString() } };
    const reply = await pool.run(request).catch((e: unknown) => limitBreach(file, e));
    const result = unwrap(file, reply);
    if (!reply.ok || !reply.docx) throw new Error(`${file}: the check thread wrote no DOCX`);
    writeFileSync(values.out, reply.docx);
    return result.summary.errors > 0 ? 1 : 0;
  } catch (e) {
    return checkFailure(e);
  } finally {
    await pool.close();
  }
}

/** Expected failures of a check become exit 2 with one line; anything else is a bug and is thrown. */
function checkFailure(e: unknown): number {
  // (The rule set loads in the check thread: its error arrives by name.)
  if ((e as Error)?.name === 'RuleLoadError') return fail(`rule set cannot load: ${(e as Error).message}`);
  if (isPlanInputError(e) || e instanceof UsageError) return reportInputError(e);
  throw e;
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

