// `plancheck diff OLD NEW`: what changed between two versions of a plan —
// findings resolved, new and still open, and the score change of every step.
// OLD and NEW are each a plan (checked here with the same options as `check`)
// or a JSON report `plancheck check --format json` wrote.
// Exit 0: NEW has no error-level finding OLD did not have; 1: it has; 2: bad input or usage.
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Lang } from '../../core/check/result.ts';
import { diffFormats, diffResults, isDiffFormat, renderDiff } from '../../core/diff/index.ts';
import { checkLimitsFromEnv, type CheckLimits } from '../../service/worker-pool.ts';
import { checkFailure, checkPool, isReportFile, planOrReport, readReportFile, type CheckPool } from '../plan-checks.ts';
import { reportInputError, UsageError } from '../usage-error.ts';

export const usage = 'usage: plancheck diff OLD NEW [--format text|json|md] [--profile P] [--lang zh|en] [--config F] [--out FILE]  (OLD, NEW: a plan or a JSON report)';

function fail(message: string): number {
  return reportInputError(new UsageError(message));
}

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        profile: { type: 'string' },
        lang: { type: 'string' },
        config: { type: 'string' },
        out: { type: 'string' },
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
  if (positionals.length !== 2) return fail(`give two versions, OLD and NEW (${usage})`);
  const format = values.format;
  if (!isDiffFormat(format)) return fail(`unknown --format "${format}" (${diffFormats.join(', ')})`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return fail(`unknown --lang "${values.lang}" (zh, en)`);
  for (const f of positionals) if (!existsSync(f)) return fail(`no such file: ${f}`);
  const [oldFile, newFile] = positionals as [string, string];
  const lang = values.lang as Lang | undefined;

  let limits: CheckLimits;
  try {
    limits = checkLimitsFromEnv();
  } catch (e) {
    return fail((e as Error).message);
  }
  let pool = null as CheckPool | null;
  try {
    // Reports first: a wrong JSON file is refused before any plan is checked.
    for (const f of positionals) if (isReportFile(f)) readReportFile(f);
    // The check thread starts only when a plan is to be checked: two reports need none.
    const checks = () => (pool ??= checkPool(limits));
    const options = (source: string) => ({ source, profile: values.profile, lang, configPath: values.config });
    const base = await planOrReport(checks, oldFile, options(oldFile));
    const head = await planOrReport(checks, newFile, options(newFile));
    const diff = diffResults(base, head);
    const text = renderDiff(diff, format, { lang });
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    return diff.summary.newErrors > 0 ? 1 : 0;
  } catch (e) {
    return checkFailure(e);
  } finally {
    await pool?.close();
  }
}
