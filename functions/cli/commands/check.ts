// `plancheck check <file...>`: check plans against the guide and write reports.
// Exit 0: no error-severity rule fails; 1: one does; 2: bad input or usage.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckResult, Lang } from '../../core/check/result.ts';
import { defaultLimits } from '../../core/parsers/plugin.ts';
import { checkLimitsFromEnv, type CheckLimits } from '../../service/worker-pool.ts';
import type { CliCheckRequest } from '../check-thread.ts';
import { checkFailure, checkInPool, checkPool, limitBreach, planOrReport, tooLarge, unwrap } from '../plan-checks.ts';
import { isReportFormat, reportExtension, reportFormats, type ReportFormat } from '../../core/report/formats.ts';
import type { ReportOptions } from '../../core/report/index.ts';
import { renderJson } from '../../core/report/json.ts';
import { reportInputError, UsageError } from '../usage-error.ts';

export const usage = 'usage: plancheck check <file...> [--profile P] [--format json|md|html|sarif|junit|docx] [--lang zh|en] [--config F] [--out|-o PATH] [--base REPORT.json]';

function fail(message: string): number {
  return reportInputError(new UsageError(message));
}

type Render = (result: CheckResult, options: ReportOptions) => string;

/**
 * The renderer of a format, loading as soon as it is asked for. JSON, the
 * default, is the result as it is: it loads none of what the other formats
 * need (the rules, zod, OpenCC).
 */
function renderer(format: ReportFormat): Promise<Render> {
  if (format === 'json') return Promise.resolve((result) => renderJson(result));
  return import('../../core/report/index.ts').then(({ renderReport }) => (result, options) => renderReport(result, format, options));
}

function render(renderReport: Render, result: CheckResult, options: ReportOptions = {}): string {
  const text = renderReport(result, options);
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
        base: { type: 'string' },
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
  // --base: a pull-request comment against the last run's report (or plan): new findings first.
  if (values.base !== undefined && format !== 'md') return fail(`--base works with --format md (got ${format}); for the change itself use plancheck diff`);
  if (format === 'docx') return docxWithComments(files, values);
  if (!isReportFormat(format)) return fail(`unknown --format "${values.format}" (${[...reportFormats, 'docx'].join(', ')})`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return fail(`unknown --lang "${values.lang}" (zh, en)`);
  if (files.length > 1 && format !== 'json' && !values.out) return fail('several files in a format other than json need --out <folder>');
  for (const f of files) if (!existsSync(f)) return fail(`no such file: ${f}`);
  if (values.base !== undefined) {
    if (files.length > 1) return fail('--base compares one plan with its base: give one plan');
    if (!existsSync(values.base)) return fail(`no such file: ${values.base}`);
  }

  let limits: CheckLimits;
  try {
    limits = checkLimitsFromEnv();
  } catch (e) {
    return fail((e as Error).message);
  }
  const pool = checkPool(limits);
  // The check thread boots while this thread loads the renderer: on two cores they overlap.
  pool.prestart();
  const loading = renderer(format);
  loading.catch(() => undefined); // (awaited below; a check that fails first never asks for it)
  let closing: Promise<void> | undefined;
  try {
    const options = (source: string) => ({ source, profile: values.profile, lang: values.lang as Lang | undefined, configPath: values.config });
    // The base first: a wrong base is refused before the plan is checked.
    const base = values.base === undefined ? undefined : await planOrReport(() => pool, values.base, options(values.base));
    const results: { file: string; result: CheckResult }[] = [];
    for (const file of files) results.push({ file, result: await checkInPool(pool, file, options(file)) });
    // Every plan is checked: the thread stops on the other core while this one writes the reports.
    closing = pool.close();
    const renderReport = await loading;
    const outIsFolder = values.out && (files.length > 1 || (existsSync(values.out) && statSync(values.out).isDirectory()));
    if (outIsFolder) {
      mkdirSync(values.out!, { recursive: true });
      for (const { file, result } of results) {
        writeFileSync(join(values.out!, basename(file, extname(file)) + reportExtension(format)), render(renderReport, result, { base }));
      }
    } else {
      const text = results.length === 1 ? render(renderReport, results[0].result, { base }) : JSON.stringify(results.map((r) => r.result), null, 2) + '\n';
      if (values.out) writeFileSync(values.out, text);
      else process.stdout.write(text);
    }
    return results.some((r) => r.result.summary.errors > 0) ? 1 : 0;
  } catch (e) {
    return checkFailure(e);
  } finally {
    await (closing ?? pool.close());
  }
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
