// Shared reading of a CheckResult for the human-readable reports: order of
// findings, evidence locations, counts.
import type { CheckResult, Evidence, Lang, RuleResult, RuleStatus, Severity } from '../check/result.ts';
import type { Position } from '../document/model.ts';
import { label } from './labels.ts';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const statusRank: Record<RuleStatus, number> = { fail: 0, partial: 1, waived: 2, pass: 3, 'not-applicable': 4 };

/** error > warning > info; within a severity fail > partial > waived > pass; then rule id for a stable order. */
export function compareFindings(a: RuleResult, b: RuleResult): number {
  return severityRank[a.severity] - severityRank[b.severity] || statusRank[a.status] - statusRank[b.status] || a.id.localeCompare(b.id);
}

export interface FindingGroups {
  /** fail, partial and waived: what the drafter has to look at. */
  open: RuleResult[];
  pass: RuleResult[];
  notApplicable: RuleResult[];
}

export function groupFindings(result: CheckResult): FindingGroups {
  const sorted = [...result.results].sort(compareFindings);
  return {
    open: sorted.filter((r) => r.status === 'fail' || r.status === 'partial' || r.status === 'waived'),
    pass: sorted.filter((r) => r.status === 'pass'),
    notApplicable: sorted.filter((r) => r.status === 'not-applicable'),
  };
}

/**
 * Where evidence stands, the way the source's own editor shows it: Markdown
 * `L12:C3`, DOCX `¶42` (1-based paragraph, as Word counts), PDF `p. 7` (the
 * page, 1-based, as a PDF viewer counts), prefixed by the
 * file of a multi-file source.
 */
export function formatLocation(position: Position): string {
  const at =
    position.page !== undefined
      ? `p. ${position.page}`
      : position.paragraph !== undefined
        ? `¶${position.paragraph + 1}`
        : `L${position.start.line}:C${position.start.column}`;
  return position.file ? `${position.file} ${at}` : at;
}

/** Evidence of a rule and of its parts, without duplicates (same place, same quote). */
export function allEvidence(rule: RuleResult): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of [...rule.evidence, ...rule.parts.flatMap((p) => p.evidence)]) {
    const key = `${e.position.file ?? ''}:${e.position.start.offset}:${e.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

export function countsLine(result: CheckResult, lang: Lang): string {
  const s = result.summary;
  return label(lang, 'counts', { pass: s.pass, partial: s.partial, fail: s.fail, waived: s.waived, na: s.notApplicable });
}

export function formatScore(score: number | null, lang: Lang): string {
  return score === null ? label(lang, 'noScore') : `${Math.round(score)}`;
}

export function planTitle(result: CheckResult, lang: Lang): string {
  return result.document.title ?? result.document.source ?? label(lang, 'untitled');
}

/** Quotes shown per finding unless the caller asks otherwise. */
export const defaultMaxEvidence = 3;
