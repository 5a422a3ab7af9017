// The drafter's view of a result: each gap once (related findings folded into
// the most severe of them), the error-level ones for the first screen, and
// every gap placed in the plan's own outline at its insertion point.
import type { CheckResult, InsertionPoint, OutlineEntry, PartResult, RuleResult } from '../check/result.ts';
import type { Position } from '../document/model.ts';
import { compareFindings } from './findings.ts';

export interface Gap {
  rule: RuleResult;
  /** The missing parts written at this place ([] when the gap is the rule's as a whole). */
  parts: PartResult[];
  point: InsertionPoint;
  /** Related findings whose gap is this one (shown once, here). */
  also?: RuleResult[];
}

export interface DrafterView {
  /** Open findings (fail, partial, waived) that lead their gap, errors first. */
  primary: RuleResult[];
  /** Findings reporting the same gap as a primary one, by the primary's id. */
  folded: Map<string, RuleResult[]>;
  /** Primary error-level findings that fail or are partial: what to fix before submission. */
  errors: RuleResult[];
  /** Gaps by outline index: written inside the section (right under its heading) or after its subsections (a sibling's level: its after path's length). */
  inside: Map<number, Gap[]>;
  after: Map<number, Gap[]>;
  /** Gaps at the plan's top level with no section to follow, and gaps whose section is past the outline's end. */
  top: Gap[];
  elsewhere: Gap[];
}

const isOpen = (r: RuleResult): boolean => r.status === 'fail' || r.status === 'partial';
const posKey = (p: Position): string => `${p.file ?? ''}\u0001${p.start.offset}`;

/** The finding a related group is shown under: the most severe, failing before partial. */
export function leaderOf(rule: RuleResult, byId: Map<string, RuleResult>): RuleResult {
  const group = [rule, ...(rule.related ?? []).map((id) => byId.get(id)).filter((r): r is RuleResult => !!r && isOpen(r))];
  return group.sort(compareFindings)[0]!;
}

const samePlace = (a: InsertionPoint, b: InsertionPoint): boolean =>
  !a.heading && !b.heading && a.starter.zh === b.starter.zh && a.position?.start.offset === b.position?.start.offset && a.path.join('/') === b.path.join('/') && a.after?.join('/') === b.after?.join('/');

/** Where each of a rule's gaps goes: its missing parts' own places (parts sharing a paragraph place once), else the rule's. */
export function gapsOf(rule: RuleResult): Gap[] {
  const gaps: Gap[] = [];
  for (const part of rule.parts) {
    if (!part.insertAt) continue;
    const same = gaps.find((g) => samePlace(g.point, part.insertAt!));
    if (same) same.parts.push(part);
    else gaps.push({ rule, parts: [part], point: part.insertAt });
  }
  if (gaps.length) return gaps;
  return rule.insertAt ? [{ rule, parts: [], point: rule.insertAt }] : [];
}

/** The index after which a section's subsections end. */
function subtreeEnd(outline: OutlineEntry[], i: number): number {
  let j = i;
  while (j + 1 < outline.length && outline[j + 1]!.level > outline[i]!.level) j++;
  return j;
}

export function drafterView(result: CheckResult): DrafterView {
  const byId = new Map(result.results.map((r) => [r.id, r]));
  const open = result.results.filter((r) => isOpen(r) || r.status === 'waived').sort(compareFindings);
  const primary: RuleResult[] = [];
  const folded = new Map<string, RuleResult[]>();
  for (const r of open) {
    const leader = isOpen(r) ? leaderOf(r, byId) : r;
    if (leader === r) primary.push(r);
    else folded.set(leader.id, [...(folded.get(leader.id) ?? []), r]);
  }
  const outline = result.outline ?? [];
  const at = new Map<string, number>();
  outline.forEach((e, i) => at.has(posKey(e.position)) || at.set(posKey(e.position), i));
  const view: DrafterView = { primary, folded, errors: primary.filter((r) => r.severity === 'error' && isOpen(r)), inside: new Map(), after: new Map(), top: [], elsewhere: [] };
  const seen = new Map<string, Gap>();
  const add = (map: Map<number, Gap[]>, i: number, gap: Gap) => map.set(i, [...(map.get(i) ?? []), gap]);
  for (const rule of primary.filter(isOpen).flatMap((r) => [r, ...(folded.get(r.id) ?? [])])) {
    for (const gap of gapsOf(rule)) {
      // A folded finding's gap is shown only where its leader's is not already.
      const key = `${gap.point.position ? posKey(gap.point.position) : ''}|${gap.point.path.join('/')}|${gap.point.heading?.zh ?? gap.point.starter.zh}`;
      const shown = seen.get(key);
      if (shown) {
        if (shown.rule !== gap.rule && !shown.also?.includes(gap.rule)) shown.also = [...(shown.also ?? []), gap.rule];
        continue;
      }
      seen.set(key, gap);
      const i = gap.point.position ? at.get(posKey(gap.point.position)) : undefined;
      if (i === undefined) (gap.point.path.length || gap.point.after ? view.elsewhere : view.top).push(gap);
      else if (gap.point.after) add(view.after, subtreeEnd(outline, i), gap);
      else add(view.inside, i, gap);
    }
  }
  return view;
}
