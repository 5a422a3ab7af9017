// The reviewer's decision on one plan, from its report alone: a document that
// is not a plan is sent back for that reason; a plan with an error-level rule
// that fails or is partial is sent back citing those rules' clauses; any other
// plan can be accepted. Warning- and info-level findings never decide.
import type { CheckResult, Localized, RuleResult } from '../check/result.ts';

export type Decision = 'send-back' | 'accept';

export type DecisionReason =
  | { kind: 'not-a-plan'; genre: string; genreLabel: string; reason: string }
  | { kind: 'rule'; id: string; clause: string; title: Localized; status: 'fail' | 'partial'; missing: Localized[] };

export interface PlanDecision {
  decision: Decision;
  /** Why, in the order a letter states them: not a plan alone, or the failing error-level rules by clause. */
  reasons: DecisionReason[];
  /** Ids of the error-level rules that fail or are partial (for a non-plan too: its headline rules). */
  failing: string[];
}

/** Clause order as the guide numbers them: 4.2 < 7.4 b < 7.4 c < 8.1 < 13.5. */
export function compareClauses(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function isErrorGap(r: RuleResult): boolean {
  return r.severity === 'error' && (r.status === 'fail' || r.status === 'partial');
}

export function decide(result: CheckResult): PlanDecision {
  const gaps = result.results.filter(isErrorGap).sort((a, b) => compareClauses(a.clause, b.clause) || a.id.localeCompare(b.id));
  const failing = gaps.map((r) => r.id);
  if (!result.verdict.isPlan) {
    const v = result.verdict;
    // Its headline rules fail only because it is no plan: the genre is the one reason worth giving.
    return { decision: 'send-back', reasons: [{ kind: 'not-a-plan', genre: v.genre ?? 'unknown', genreLabel: v.genreLabel ?? v.genre ?? '', reason: v.reasons[0] ?? '' }], failing };
  }
  const reasons: DecisionReason[] = gaps.map((r) => ({
    kind: 'rule',
    id: r.id,
    clause: r.clause,
    title: r.title,
    status: r.status as 'fail' | 'partial',
    missing: r.parts.filter((p) => p.status !== 'present').map((p) => p.label),
  }));
  return { decision: reasons.length ? 'send-back' : 'accept', reasons, failing };
}
