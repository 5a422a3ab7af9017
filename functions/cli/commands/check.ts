// `plancheck check <file...>`: check plans against the guide and write reports.
// Exit 0: no error-severity rule fails; 1: one does; 2: bad input or usage.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckResult, Lang } from '../../core/check/result.ts';
import { isPlanInputError, PlanInputError } from '../../core/errors.ts';
import { RuleLoadError } from '../../core/rules/load-rules.ts';

const FORMATS = ['json', 'md', 'html', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Record<Format, string> = { json: '.json', md: '.md', html: '.html', sarif: '.sarif', junit: '.xml' };

export const usage = 'usage: plancheck check <file...> [--profile P] [--format json|md|html|sarif|junit] [--lang zh|en] [--config F] [--out PATH]';

class UsageError extends Error {}

function fail(message: string): number {
  process.stderr.write(`plancheck: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}

async function render(result: CheckResult, format: Format): Promise<string> {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  let mod: { renderReport(r: CheckResult, f: Format): string };
  try {
    const reportModule = '../../core/report/index.ts';
    mod = await import(reportModule);
  } catch {
    throw new UsageError(`--format ${format} is not available in this build (json is)`);
  }
  return mod.renderReport(result, format);
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
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (!files.length) return fail(`no plan file given (${usage})`);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return fail(`unknown --format "${values.format}" (json, md, html, sarif, junit)`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return fail(`unknown --lang "${values.lang}" (zh, en)`);
  if (files.length > 1 && format !== 'json' && !values.out) return fail('several files in a format other than json need --out <folder>');
  for (const f of files) {
    if (!existsSync(f)) return fail(`no such file: ${f}`);
    if (statSync(f).isDirectory()) return fail(`${f} is a folder: give the plan's files`);
  }

  try {
    const { checkPlan } = await import('../../core/check/check-plan.ts');
    const { findConfig } = await import('../../core/rules/config.ts');
    const { listRules } = await import('../../core/rules/catalog.ts');
    const ruleIds = new Set(listRules().map((r) => r.id));
    const results: { file: string; result: CheckResult }[] = [];
    for (const file of files) {
      const config = findConfig(values.config, file, ruleIds);
      const result = await checkPlan({
        bytes: readFileSync(file),
        filename: basename(file),
        source: file,
        profile: values.profile,
        lang: values.lang as Lang | undefined,
        config,
      });
      results.push({ file, result });
    }
    const outIsFolder = values.out && (files.length > 1 || (existsSync(values.out) && statSync(values.out).isDirectory()));
    if (outIsFolder) {
      mkdirSync(values.out!, { recursive: true });
      for (const { file, result } of results) {
        writeFileSync(join(values.out!, basename(file, extname(file)) + EXTENSIONS[format]), await render(result, format));
      }
    } else {
      const text = results.length === 1 ? await render(results[0].result, format) : JSON.stringify(results.map((r) => r.result), null, 2) + '\n';
      if (values.out) writeFileSync(values.out, text);
      else process.stdout.write(text);
    }
    return results.some((r) => r.result.summary.errors > 0) ? 1 : 0;
  } catch (e) {
    if (isPlanInputError(e) || e instanceof UsageError) return fail((e as Error).message);
    if (e instanceof RuleLoadError) return fail(`rule set cannot load: ${e.message}`);
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return fail(`cannot read plans in this build: ${(e as Error).message}`);
    throw e;
  }
}

export { PlanInputError };
