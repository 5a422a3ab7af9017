// The batch summary: one row per plan (title, horizon, score per step, overall,
// error count, status, the reviewer's decision and its reasons, the profile
// used and the one its title suggests) and one column per rule, read from each
// plan's CheckResult. Pure: the runner and the HTTP route feed it; renderers
// format it.
import type { CheckResult, Lang, Localized, RuleStatus, Severity, StepId } from '../check/result.ts';
import { listRules } from '../rules/catalog.ts';
import { decide, type Decision, type DecisionReason } from './decision.ts';
import { suggestProfile, type ProfileSuggestion } from './suggest-profile.ts';

export type PlanOutcome = 'checked' | 'skipped' | 'error';

export interface RuleColumn {
  id: string;
  clause: string;
  step: StepId;
  title: Localized;
  /** The rule's own severity (rules/<id>.json); a plan's config may override it for that plan. */
  severity: Severity;
  /** One of the headline rules (REQUIREMENTS.md): the sheet's default view shows these. */
  headline: boolean;
}

/** Where a plan's profile came from: the batch's (--profile, else the manifest's default), its manifest entry, or its own .plancheck.json. */
export type ProfileSource = 'batch' | 'manifest' | 'config';

/** What the summary keeps of one plan's CheckResult. */
export interface PlanRow {
  /** The plan's path relative to the batch source (folder or S3 prefix); a folder plan's folder. */
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
  /** The report's verdict: whether the document reads as a plan, and if not, its genre. Null for an error row. */
  verdict: { isPlan: boolean; genre: string | null; genreLabel: string | null } | null;
  /** send-back or accept; null when the plan could not be checked. */
  decision: Decision | null;
  reasons: DecisionReason[];
  /** Ids of the error-level rules that fail or are partial. */
  failing: string[];
  /** The profile the plan was checked with, and where it came from. */
  profile: string | null;
  profileFrom: ProfileSource | null;
  /** A profile the plan's title suggests, when it differs from the one used: shown, never applied. */
  suggestedProfile: ProfileSuggestion | null;
  /** Relative links to the draft letter (send back, or accept with suggestions), when one was written. */
  letter: { md: string; html: string } | null;
  /** 1-based place in the sheet (see rankPlans). */
  rank?: number;
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
  /** The eight steps' names (clause 5.1), for the sheet's grouped headers. */
  stepTitles: Partial<Record<StepId, Localized>>;
  rules: RuleColumn[];
  /** In rank order (rankPlans): accepted plans, plans to send back, non-plans, then plans that could not be checked. */
  plans: PlanRow[];
  totals: Record<string, RuleTotals>;
  counts: {
    plans: number;
    checked: number;
    skipped: number;
    errors: number;
    withErrorFindings: number;
    accept: number;
    sendBack: number;
    notPlans: number;
  };
}

function periodOf(result: CheckResult): string | null {
  for (const r of result.results) {
    const p = r.details?.period as { start?: number | null; end?: number | null } | undefined;
    if (p && (p.start || p.end)) return `${p.start ?? '?'}–${p.end ?? '?'}`;
  }
  return null;
}

export interface RowExtras {
  profileFrom?: ProfileSource;
  letter?: { md: string; html: string } | null;
}

export function planRow(file: string, result: CheckResult, outcome: 'checked' | 'skipped', report: string | null, extras: RowExtras = {}): PlanRow {
  const steps: Partial<Record<StepId, number | null>> = {};
  for (const stage of result.scores.stages) for (const s of stage.steps) steps[s.step] = s.score;
  const { decision, reasons, failing } = decide(result);
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
    verdict: { isPlan: result.verdict.isPlan, genre: result.verdict.genre ?? null, genreLabel: result.verdict.genreLabel ?? null },
    decision,
    reasons,
    failing,
    profile: result.profile.name,
    profileFrom: extras.profileFrom ?? 'batch',
    suggestedProfile: result.verdict.isPlan ? suggestProfile(result.document.title, result.profile.name) : null,
    letter: extras.letter ?? null,
  };
}

export function errorRow(file: string, error: { code: string; message: string }, sha256: string | null = null): PlanRow {
  return {
    file,
    outcome: 'error',
    sha256,
    report: null,
    title: null,
    period: null,
    steps: {},
    overall: null,
    errors: 0,
    statuses: {},
    error,
    verdict: null,
    decision: null,
    reasons: [],
    failing: [],
    profile: null,
    profileFrom: null,
    suggestedProfile: null,
    letter: null,
  };
}

/**
 * A row stored before the sheet had decisions (a batch running across an
 * upgrade) reads with what can be told from it: its error count decides.
 */
function withDefaults(row: PlanRow): PlanRow {
  if (row.reasons && row.failing && row.decision !== undefined) return row;
  return {
    ...row,
    verdict: row.verdict ?? null,
    decision: row.decision ?? (row.outcome === 'error' ? null : row.errors > 0 ? 'send-back' : 'accept'),
    reasons: row.reasons ?? [],
    failing: row.failing ?? [],
    profile: row.profile ?? null,
    profileFrom: row.profileFrom ?? null,
    suggestedProfile: row.suggestedProfile ?? null,
    letter: row.letter ?? null,
  };
}

/** 0 accept, 1 send back (a plan), 2 send back (not a plan), 3 could not be checked. */
export function decisionGroup(row: PlanRow): number {
  if (row.outcome === 'error' || !row.decision) return 3;
  if (row.verdict && !row.verdict.isPlan) return 2;
  return row.decision === 'accept' ? 0 : 1;
}

/**
 * The sheet's order: by decision group first — no plan failing an
 * error-level rule above an accepted one, no non-plan above a plan — then
 * by overall score (highest first), then by file.
 */
export function comparePlans(a: PlanRow, b: PlanRow): number {
  return decisionGroup(a) - decisionGroup(b) || (b.overall ?? -1) - (a.overall ?? -1) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

export function rankPlans(rows: PlanRow[]): PlanRow[] {
  return [...rows].sort(comparePlans).map((r, i) => ({ ...r, rank: i + 1 }));
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
 * result (every result lists every rule, in or out of scope); a column's
 * severity and headline flag from the rule catalog.
 */
export function buildSummary(rows: PlanRow[], results: CheckResult[], options: { lang?: Lang; profile?: string | null } = {}): BatchSummary {
  const first = results[0];
  const catalog = new Map(listRules().map((r) => [r.id, r]));
  const rules: RuleColumn[] = first
    ? first.results.map((r) => ({ id: r.id, clause: r.clause, step: r.step, title: r.title, severity: catalog.get(r.id)?.severity ?? r.severity, headline: catalog.get(r.id)?.headline ?? false }))
    : [];
  const stepScores = first ? first.scores.stages.flatMap((s) => s.steps) : [];
  const totals: Record<string, RuleTotals> = {};
  for (const rule of rules) {
    const t: RuleTotals = { pass: 0, partial: 0, fail: 0, notApplicable: 0, waived: 0 };
    for (const row of rows) {
      const s = row.statuses[rule.id];
      if (s) t[STATUS_KEY[s]]++;
    }
    totals[rule.id] = t;
  }
  rows = rows.map(withDefaults);
  const ranked = rankPlans(rows);
  return {
    profile: options.profile ?? first?.profile.name ?? null,
    lang: options.lang ?? first?.lang ?? 'zh',
    rulesetVersion: first?.checker.rulesetVersion ?? null,
    steps: stepScores.map((s) => s.step),
    stepTitles: Object.fromEntries(stepScores.map((s) => [s.step, s.title])),
    rules,
    plans: ranked,
    totals,
    counts: {
      plans: rows.length,
      checked: rows.filter((r) => r.outcome === 'checked').length,
      skipped: rows.filter((r) => r.outcome === 'skipped').length,
      errors: rows.filter((r) => r.outcome === 'error').length,
      withErrorFindings: rows.filter((r) => r.errors > 0).length,
      accept: rows.filter((r) => r.decision === 'accept').length,
      sendBack: rows.filter((r) => r.decision === 'send-back').length,
      notPlans: rows.filter((r) => r.verdict && !r.verdict.isPlan).length,
    },
  };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Rules by how many plans miss them (fail or partial), error-level rules
 * first: what decides a send-back leads. Only documents that read as plans
 * count — a non-plan fails its headline rules for being no plan, which says
 * nothing about what plans lack.
 */
export function mostMissed(summary: BatchSummary): { id: string; severity: Severity; missed: number; of: number }[] {
  const plans = summary.plans.filter((p) => p.outcome !== 'error' && p.verdict?.isPlan !== false);
  return summary.rules
    .map((r) => ({
      id: r.id,
      severity: r.severity,
      missed: plans.filter((p) => p.statuses[r.id] === 'fail' || p.statuses[r.id] === 'partial').length,
      of: plans.length,
    }))
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || b.missed - a.missed || (a.id < b.id ? -1 : 1));
}
