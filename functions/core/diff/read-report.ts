// A JSON report given where a plan could be (plancheck diff OLD NEW, check
// --base): the CheckResult `plancheck check --format json` wrote. Checked for
// the fields a diff reads, so a wrong file is one clear error, not a crash
// deep in the diff. Reports of any 1.x schema are read; those before 1.2.0
// carry no fingerprints, which the diff then computes from the evidence.
import type { CheckResult } from '../check/result.ts';
import { PlanInputError } from '../errors.ts';

const statuses = new Set(['pass', 'partial', 'fail', 'not-applicable', 'waived']);
const severities = new Set(['error', 'warning', 'info']);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function problem(value: unknown): string | null {
  if (Array.isArray(value)) return `it holds ${value.length} reports (an array); give one plan's report`;
  if (!isObject(value)) return 'it is not a JSON object';
  if (typeof value.schemaVersion !== 'string' || !isObject(value.checker) || value.checker.name !== 'plancheck') return 'it has no schemaVersion and checker "plancheck"';
  if (!/^1\.\d+\.\d+$/.test(value.schemaVersion)) return `its schemaVersion ${JSON.stringify(value.schemaVersion).slice(0, 40)} is not 1.x`;
  if (!isObject(value.document) || !isObject(value.profile) || typeof value.profile.name !== 'string') return 'it has no document or profile';
  if (!isObject(value.scores) || !Array.isArray(value.scores.stages) || !isObject(value.summary) || !isObject(value.verdict)) return 'it has no scores, summary or verdict';
  if (!Array.isArray(value.results)) return 'it has no results';
  for (const [i, r] of value.results.entries()) {
    const ok =
      isObject(r) &&
      typeof r.id === 'string' &&
      statuses.has(r.status as string) &&
      severities.has(r.severity as string) &&
      typeof r.step === 'string' &&
      isObject(r.title) &&
      Array.isArray(r.parts) &&
      Array.isArray(r.evidence) &&
      r.parts.every((p) => isObject(p) && typeof p.name === 'string' && Array.isArray(p.evidence)) &&
      [...r.evidence, ...r.parts.flatMap((p) => p.evidence as unknown[])].every((e) => isObject(e) && Array.isArray(e.path) && e.path.every((h) => typeof h === 'string'));
    if (!ok) return `results[${i}] is not a rule result`;
  }
  return null;
}

/** Parses a report's text; throws PlanInputError('invalid-report') naming the file and what is wrong. */
export function parseReport(text: string, name: string): CheckResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new PlanInputError('invalid-report', `${name} is not valid JSON (${(e as Error).message})`);
  }
  const wrong = problem(value);
  if (wrong) throw new PlanInputError('invalid-report', `${name} is not a plancheck JSON report: ${wrong} (write one with plancheck check --format json)`);
  return value as CheckResult;
}
