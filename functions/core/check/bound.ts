// What a report quotes is bounded, whatever the plan holds: a report's size is
// a small constant plus a small multiple of the rules, never of the plan (a
// 20 MB plan gave a 168 MB report when every target was listed in full).
// Lists keep their first items and say how many there were; long strings
// (quotes, heading paths, messages) are cut with an ellipsis.
import type { ParseWarning } from '../document/model.ts';
import type { Evidence, RuleResult } from './result.ts';

export const reportBounds = {
  /** Evidence items per rule and per part. */
  evidence: 8,
  /** Items of each list in a rule's details (targets, indicators, projects, stages…). */
  detailItems: 50,
  /** Characters of an evidence quote (a long table cell is quoted whole up to here). */
  quote: 2000,
  /** Characters of a heading in a path, or of a string in details. */
  text: 300,
  /** Headings in an evidence path. */
  pathDepth: 12,
  /** Characters of a rule message and of the document's title. */
  message: 2000,
  /** Parse warnings kept (one more says how many were left out). */
  warnings: 50,
  /** Sections of the plan's outline kept (the first ones, in document order)… */
  outline: 400,
  /** …and characters of their headings and paths together: a plan of long, deep headings gets fewer. */
  outlineChars: 30_000,
  /** Characters of a heading in the outline and in insertion points (a real heading is far shorter; these repeat per gap). */
  heading: 80,
} as const;

/** The text, cut to `max` characters with an ellipsis. */
export function boundText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair.
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}…`;
}

function boundEvidence(evidence: Evidence[]): Evidence[] {
  return evidence.slice(0, reportBounds.evidence).map((e) => ({
    ...e,
    path: e.path.slice(0, reportBounds.pathDepth).map((p) => boundText(p, reportBounds.text)),
    quote: boundText(e.quote, reportBounds.quote),
  }));
}

function boundValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return boundText(value, reportBounds.text);
  if (Array.isArray(value)) return value.slice(0, reportBounds.detailItems).map((v) => boundValue(v, depth + 1));
  if (value && typeof value === 'object' && depth < 6) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, boundValue(v, depth + 1)]));
  }
  return value;
}

/** Details with every list cut to its first items; a list that was cut gets `<name>Total`, its full length. */
function boundDetails(details: Record<string, unknown>, evidenceTotal: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    out[key] = boundValue(value, 0);
    if (Array.isArray(value) && value.length > reportBounds.detailItems) out[`${key}Total`] = value.length;
  }
  if (evidenceTotal > reportBounds.evidence) out.evidenceTotal = evidenceTotal;
  return out;
}

export function boundRule(rule: RuleResult, evidenceTotal = rule.evidence.length): RuleResult {
  const bounded: RuleResult = {
    ...rule,
    message: boundText(rule.message, reportBounds.message),
    evidence: boundEvidence(rule.evidence),
    parts: rule.parts.map((p) => ({ ...p, evidence: boundEvidence(p.evidence) })),
  };
  if (rule.details || evidenceTotal > reportBounds.evidence) bounded.details = boundDetails(rule.details ?? {}, evidenceTotal);
  return bounded;
}

export function boundWarnings(warnings: ParseWarning[]): ParseWarning[] {
  if (warnings.length <= reportBounds.warnings) return warnings.map((w) => ({ ...w, message: boundText(w.message, reportBounds.message) }));
  const kept = warnings.slice(0, reportBounds.warnings).map((w) => ({ ...w, message: boundText(w.message, reportBounds.message) }));
  kept.push({ code: 'warnings-truncated', message: `${warnings.length - reportBounds.warnings} more warnings (${warnings.length} in all) are not listed` });
  return kept;
}
