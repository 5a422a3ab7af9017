// Shared reading of a CheckResult for the human-readable reports: order of
// findings, evidence locations, counts.
import type { CheckResult, Evidence, InsertionPoint, Lang, RuleResult, RuleStatus, Severity } from '../check/result.ts';
import type { Position } from '../document/model.ts';
import { label } from './labels.ts';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const statusRank: Record<RuleStatus, number> = { fail: 0, partial: 1, waived: 2, pass: 3, 'not-applicable': 4 };

/**
 * error > warning > info; within a severity fail > partial > waived > pass; then rule id for a stable order.
 * (Ids are kebab-case ASCII: code-unit order is their order, and a locale comparison would start
 * ICU's collator, 15–25 ms of a cold Lambda's first report.)
 */
export function compareFindings(a: RuleResult, b: RuleResult): number {
  return severityRank[a.severity] - severityRank[b.severity] || statusRank[a.status] - statusRank[b.status] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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

/**
 * The plan's headings as written, by heading path, from the result's outline;
 * `skip` leading levels every section shares (a plan whose one top heading is
 * its title) are left out of locations.
 */
export interface Headings {
  raw: Map<string, string>;
  skip: number;
}

const key = (path: readonly string[]): string => path.join('\u0001');

export function headingsOf(result: CheckResult): Headings {
  const raw = new Map<string, string>();
  const outline = result.outline ?? [];
  for (const e of outline) if (!raw.has(key(e.path))) raw.set(key(e.path), e.heading);
  let skip = 0;
  // While every section lies under one heading, that heading locates nothing.
  while (outline.length > skip + 1 && outline[skip]!.level === skip + 1 && outline.slice(skip + 1).every((e) => e.level > skip + 1)) skip++;
  return { raw, skip };
}

/** A heading path as the plan writes it (numbering included), shared top levels left out. */
export function displayPath(path: readonly string[], headings: Headings): string[] {
  return path.map((h, i) => headings.raw.get(key(path.slice(0, i + 1))) ?? h).slice(Math.min(headings.skip, Math.max(0, path.length - 1)));
}

/**
 * Where evidence stands, the same in every report and on the page, the way a
 * reader finds it in Word, a PDF viewer or an editor: the heading path as the
 * plan writes it, the first words of the paragraph, and the page of a PDF
 * (paragraph and line numbers stay in the JSON's positions, not in the text).
 */
export function formatWhere(e: Evidence, lang: Lang, headings: Headings): string {
  const parts: string[] = [];
  if (e.position.file) parts.push(e.position.file);
  parts.push(e.path.length ? displayPath(e.path, headings).join(' › ') : label(lang, 'opening'));
  if (e.lead) parts.push(label(lang, 'lead', { lead: e.lead }));
  if (e.position.page !== undefined) parts.push(label(lang, 'page', { n: e.position.page }));
  return parts.join(' · ');
}

/** Where to write, in words: "七、保障措施 → 在（三）强化资金保障之后新增（四）人才保障". */
export function formatInsertion(point: InsertionPoint, lang: Lang, headings: Headings): string {
  const where = point.path.length ? displayPath(point.path, headings).join(' › ') : label(lang, 'topLevel');
  const heading = point.heading ? (lang === 'zh' ? `「${point.heading.zh}」` : `“${point.heading.en}”`) : '';
  const after = point.after ? displayPath(point.after, headings).at(-1)! : '';
  const what = point.after && heading
    ? label(lang, 'insertAfter', { after: lang === 'zh' ? `「${after}」` : `“${after}”`, heading })
    : heading
      ? label(lang, 'insertFirst', { heading })
      : label(lang, 'insertHere');
  return `${where} → ${what}`;
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
