// Checking a plan named on the command line in the CLI's check thread, and
// reading a JSON report where a plan could stand (plancheck diff OLD NEW,
// check --base): shared by the commands so each reads files the same way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { CheckResult } from '../core/check/result.ts';
import { parseReport } from '../core/diff/read-report.ts';
import { isPlanInputError, PlanInputError, type PlanInputErrorCode } from '../core/errors.ts';
import { defaultLimits } from '../core/parsers/plugin.ts';
import { isCheckLimitError, threadEntry, WorkerPool, type CheckLimits } from '../service/worker-pool.ts';
import type { CliCheckReply, CliCheckRequest } from './check-thread.ts';
import { reportInputError, UsageError } from './usage-error.ts';

export type CheckPool = WorkerPool<CliCheckRequest, CliCheckReply>;

// Every plan is checked in a worker thread under a heap and a time limit
// (PLANCHECK_CHECK_HEAP_MB, PLANCHECK_CHECK_TIMEOUT_MS), as on the server.
export function checkPool(limits: CheckLimits): CheckPool {
  return new WorkerPool<CliCheckRequest, CliCheckReply>({ entry: threadEntry('./check-thread.ts', import.meta.url, 'cli-check-thread'), size: 1, limits });
}

/** Expected failures of a check become exit 2 with one line; anything else is a bug and is thrown. */
export function checkFailure(e: unknown): number {
  // (The rule set loads in the check thread: its error arrives by name.)
  if ((e as Error)?.name === 'RuleLoadError') return reportInputError(new UsageError(`rule set cannot load: ${(e as Error).message}`));
  if (isPlanInputError(e) || e instanceof UsageError) return reportInputError(e);
  throw e;
}

export function tooLarge(file: string, size: number): PlanInputError {
  return new PlanInputError('too-large', `${file} is ${size} bytes, over the limit of ${defaultLimits.maxBytes}`);
}

/** What the check thread needs for a file or a folder of Markdown files (read one plan). */
export function checkRequest(file: string, options: CliCheckRequest['options']): CliCheckRequest {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UsageError(`no such file: ${file}`);
  }
  if (stat.isDirectory()) {
    // A folder of Markdown files is one plan (index.md, then 01-…, 02-…); its hash covers the files in that order.
    const names = readdirSync(file).filter((n) => /\.(md|markdown)$/i.test(n)).sort();
    if (!names.length) throw new UsageError(`${file} holds no Markdown files (.md, .markdown)`);
    let total = 0;
    for (const name of names) total += statSync(join(file, name)).size;
    if (total > defaultLimits.maxBytes) throw tooLarge(file, total);
    return { options, parts: names.map((name) => ({ name, bytes: readFileSync(join(file, name)) })) };
  }
  // The size first: a 400 MB file is refused without reading it.
  if (stat.size > defaultLimits.maxBytes) throw tooLarge(file, stat.size);
  return { options, file: { bytes: readFileSync(file), filename: basename(file) } };
}

/** A thread stopped at a limit is the plan's error (exit 2), named with the file. */
export function limitBreach(file: string, e: unknown): never {
  if (isCheckLimitError(e)) throw new PlanInputError('too-complex', `${file}: ${e.message}`);
  throw e;
}

export function unwrap(file: string, reply: CliCheckReply): CheckResult {
  if (reply.ok) return reply.result;
  if (reply.planInput) throw new PlanInputError(reply.error.code as PlanInputErrorCode, reply.error.message);
  const error = new Error(`${file}: ${reply.error.message}`);
  error.name = reply.error.name;
  error.stack = reply.error.stack;
  throw error;
}

/** Checks one plan (a file or a folder) in the pool's thread, under its heap and time limits. */
export async function checkInPool(pool: CheckPool, file: string, options: CliCheckRequest['options']): Promise<CheckResult> {
  const request = checkRequest(file, options);
  return unwrap(file, await pool.run(request).catch((e: unknown) => limitBreach(file, e)));
}

/** A file named *.json is a report `plancheck check --format json` wrote; anything else is a plan. */
export function isReportFile(file: string): boolean {
  return extname(file).toLowerCase() === '.json';
}

/** A JSON report from disk, size-checked like a plan, checked for the fields a diff reads. */
export function readReportFile(file: string): CheckResult {
  let size;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a JSON report`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`no such file: ${file}`);
  }
  if (size > defaultLimits.maxBytes) throw tooLarge(file, size);
  return parseReport(readFileSync(file, 'utf8'), file);
}

/** A plan checked on the fly with the command's options, or a JSON report taken as it is (the pool is asked for only to check a plan). */
export async function planOrReport(pool: () => CheckPool, file: string, options: CliCheckRequest['options']): Promise<CheckResult> {
  return isReportFile(file) ? readReportFile(file) : checkInPool(pool(), file, options);
}
