// The findings of a result, one per gap a drafter can close: a part of an open
// rule that is missing or only mentioned (a safeguard, a layer), or an open
// rule without parts. A rule that passes, is out of scope or waived has none.
// Each carries its fingerprint and the place it is anchored at.
import { partFingerprintOf, fingerprintOf, anchorPath, ruleAnchorPath } from '../check/fingerprint.ts';
import type { CheckResult, Localized, PartStatus, RuleResult, RuleStatus, Severity, StageId, StepId } from '../check/result.ts';

export interface Finding {
  fingerprint: string;
  /** Rule id + part name: the key a finding falls back to when its anchor moved. */
  key: string;
  rule: string;
  /** The part of the rule, when the finding is one part's. */
  part?: { name: string; label: Localized; status: Exclude<PartStatus, 'present'> };
  ruleStatus: Extract<RuleStatus, 'fail' | 'partial'>;
  severity: Severity;
  clause: string;
  step: StepId;
  stage: StageId;
  title: Localized;
  /** Heading path (as written, at most chapter › section) of the section the finding stands in; [] for the plan as a whole. */
  anchor: string[];
}

export const isOpen = (r: RuleResult): r is RuleResult & { status: 'fail' | 'partial' } => r.status === 'fail' || r.status === 'partial';

export function findingKey(rule: string, part?: string): string {
  return part ? `${rule}›${part}` : rule;
}

/** The findings of one rule (none unless it fails or is partial). */
export function ruleFindings(rule: RuleResult, title: string | null): Finding[] {
  if (!isOpen(rule)) return [];
  const common = { rule: rule.id, ruleStatus: rule.status, severity: rule.severity, clause: rule.clause, step: rule.step, stage: rule.stage, title: rule.title };
  const gaps = rule.parts.filter((p) => p.status !== 'present');
  // A rule open although every part is there (or without parts) is one finding of its own.
  if (!gaps.length) return [{ ...common, fingerprint: fingerprintOf(rule, title), key: findingKey(rule.id), anchor: ruleAnchorPath(rule, title) }];
  return gaps.map((p) => ({
    ...common,
    fingerprint: partFingerprintOf(rule.id, p, title),
    key: findingKey(rule.id, p.name),
    part: { name: p.name, label: p.label, status: p.status as Exclude<PartStatus, 'present'> },
    anchor: anchorPath(p.evidence, title),
  }));
}

export function findingsOf(result: CheckResult): Finding[] {
  return result.results.flatMap((r) => ruleFindings(r, result.document.title));
}
