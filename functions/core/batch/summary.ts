// The batch summary: one row per plan (title, horizon, score per step, overall,
// error count, status) and one column per rule, read from each plan's
// CheckResult. Pure: the runner and the HTTP route feed it; renderers format it.
import type { CheckResult, Lang, RuleStatus, StepId } from '../check/result.ts';

export type PlanOutcome = 'checked' | 'skipped' | 'error';

export interface RuleColumn {
  id: string;
  clause: string;
  step: StepId;
  title: { zh: string; en: string };
}

/** What the summary keeps of one plan's CheckResult. */
export interface PlanRow {
  /** The plan's path relative to the batch source (folder or S3 prefix). */
  file: string;
  /** checked: checked in this run; skipped: an earlier report with the same content hash was reused; error: could not be checked. */
  outcome: PlanOutcome;
  sha256: string | null;
  /** Relative link (from the summary) to this plan's HTML report, when one was written. */
  report: string | null;
  title: string | null;
  /** Horizon (clause 6.2.2) as "start–end", when the plan states one. */
  period: string | null;
  steps: Partial<Record<StepId, number | null>>;
  overall: number | null;
  /** Error-severity rules that fail or are partial (the CLI's exit-1 count). */
  errors: number;
  statuses: Record<string, RuleStatus>;
  error?: { code: string; message: string };
}

export interface RuleTotals {
  pass: number;
  partial: number;
  fail: number;
  notApplicable: number;
  waived: number;
}

export interface BatchSummary {
  profile: string | null;
  lang: Lang;
  rulesetVersion: string | null;
  steps: StepId[];
  rules: RuleColumn[];
  plans: PlanRow[];
  totals: Record<string, RuleTotals>;
  counts: { plans: number; checked: number; skipped: number; errors: number; withErrorFindings: number };
}

function periodOf(result: CheckResult): string | null {
  for (const r of result.results) {
    const p = r.details?.period as { start?: number | null; end?: number | null } | undefined;
    if (p && (p.start || p.end)) return `${p.start ?? '?'}–${p.end ?? '?'}`;
  }
  return null;
}

export function planRow(file: string, result: CheckResult, outcome: 'checked' | 'skipped', report: string | null): PlanRow {
  const steps: Partial<Record<StepId, number | null>> = {};
  for (const stage of result.scores.stages) for (const s of stage.steps) steps[s.step] = s.score;
  return {
    file,
    outcome,
    sha256: result.document.sha256,
    report,
    title: result.document.title,
    period: periodOf(result),
    steps,
    overall: result.scores.overall,
    errors: result.summary.errors,
    statuses: Object.fromEntries(result.results.map((r) => [r.id, r.status])),
  };
}

export function errorRow(file: string, error: { code: string; message: string }, sha256: string | null = null): PlanRow {
  return { file, outcome: 'error', sha256, report: null, title: null, period: null, steps: {}, overall: null, errors: 0, statuses: {}, error };
}

const STATUS_KEY: Record<RuleStatus, keyof RuleTotals> = {
  pass: 'pass',
  partial: 'partial',
  fail: 'fail',
  'not-applicable': 'notApplicable',
  waived: 'waived',
};

/**
 * Builds the summary. Rule columns and steps come from the first checked
 * result (every result lists every rule, in or out of scope).
 */
export function buildSummary(rows: PlanRow[], results: CheckResult[], options: { lang?: Lang; profile?: string | null } = {}): BatchSummary {
  const first = results[0];
  const rules: RuleColumn[] = first ? first.results.map((r) => ({ id: r.id, clause: r.clause, step: r.step, title: r.title })) : [];
  const steps: StepId[] = first ? first.scores.stages.flatMap((s) => s.steps.map((x) => x.step)) : [];
  const totals: Record<string, RuleTotals> = {};
  for (const rule of rules) {
    const t: RuleTotals = { pass: 0, partial: 0, fail: 0, notApplicable: 0, waived: 0 };
    for (const row of rows) {
      const s = row.statuses[rule.id];
      if (s) t[STATUS_KEY[s]]++;
    }
    totals[rule.id] = t;
  }
  const sorted = [...rows].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    profile: options.profile ?? first?.profile.name ?? null,
    lang: options.lang ?? first?.lang ?? 'zh',
    rulesetVersion: first?.checker.rulesetVersion ?? null,
    steps,
    rules,
    plans: sorted,
    totals,
    counts: {
      plans: rows.length,
      checked: rows.filter((r) => r.outcome === 'checked').length,
      skipped: rows.filter((r) => r.outcome === 'skipped').length,
      errors: rows.filter((r) => r.outcome === 'error').length,
      withErrorFindings: rows.filter((r) => r.errors > 0).length,
    },
  };
}

/** Rules ordered by how many plans miss them (fail, then partial): what most plans lack comes first. */
export function mostMissed(summary: BatchSummary): { id: string; missed: number }[] {
  return summary.rules
    .map((r) => ({ id: r.id, missed: summary.totals[r.id].fail + summary.totals[r.id].partial }))
    .sort((a, b) => b.missed - a.missed || (a.id < b.id ? -1 : 1));
}
