// Where a failing or partial finding's missing content goes in the plan, from
// the plan's own section tree and the rule's data, the same way for every rule:
//  - a rule with its own section (its sectionCues' or scopePart's, found by the
//    parts fact) gets each missing part as a new subsection there, after the
//    subsection of the part before it in the guide's order, numbered like its
//    siblings (七、保障措施 → after （三）强化资金保障: （四）人才保障);
//  - a rule without one (horizon, goals) writes in the section its evidence
//    stands in, else in the first section its placeCues name (发展目标);
//  - a rule whose section the plan lacks altogether gets a new chapter after
//    the chapter holding the nearest earlier clause of the guide;
//  - a rule reading another rule's part (architecture-security, the security
//    layer) goes where that part goes, and the two are related: one gap.
import type { Numbering, Section } from '../document/model.ts';
import type { PartDefinition, RuleDefinition } from '../rules/rule-schema.ts';
import { factNames } from '../rules/evaluate-rule.ts';
import { TermSearch } from '../match/concepts.ts';
import { boundText, reportBounds } from './bound.ts';
import { firstChildNumbering, renumber, westernNumber } from './heading-number.ts';
import { PlanSections } from './plan-sections.ts';
import type { InsertionPoint, Localized, RuleResult } from './result.ts';

export interface RulePlacement {
  rule: RuleDefinition;
  result: RuleResult;
  /** The rule's own sections as the parts fact found them, outermost first. */
  roots: Section[];
}

const isOpen = (r: RuleResult): boolean => r.status === 'fail' || r.status === 'partial';

/** "7.4 b" → [7, 4, 2]; a list of clauses ("6.3.1, 8.1.5.2") by its first. */
export function clauseKey(clause: string): number[] {
  const m = /^(\d+(?:\.\d+)*)\s*([a-z])?/i.exec(clause.split(/[,，]/)[0]!.trim());
  if (!m) return [];
  const key = m[1]!.split('.').map(Number);
  if (m[2]) key.push(m[2].toLowerCase().charCodeAt(0) - 96);
  return key;
}

export function compareClauses(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** A place for a new section: in `parent` (null: the plan's top level), after `after` (null: first). */
interface Slot {
  parent: Section | null;
  after: Section | null;
}

const joinStarters = (list: Localized[]): Localized => ({ zh: list.map((s) => s.zh).join('\n'), en: list.map((s) => s.en).join('\n') });

function partStarter(rule: RuleDefinition, part: PartDefinition): Localized {
  return part.starter ?? { zh: `${part.label.zh}：……（${rule.expected.zh}）`, en: `${part.label.en}: … (${rule.expected.en})` };
}

/** The rule's starter, else its missing parts' (own starters one a line, the rest under the clause's words). */
function ruleStarter(rule: RuleDefinition, gaps: PartDefinition[]): Localized {
  if (rule.starter) return rule.starter;
  const own = gaps.filter((p) => p.starter).map((p) => p.starter!);
  const rest = gaps.filter((p) => !p.starter);
  const sep = { zh: '、', en: ', ' };
  const lead = (lang: 'zh' | 'en') => (rest.length ? rest.map((p) => p.label[lang]).join(sep[lang]) + (lang === 'zh' ? '：' : ': ') : '');
  if (own.length && !rest.length) return joinStarters(own);
  const fallback = { zh: `${lead('zh')}……（${rule.expected.zh}）`, en: `${lead('en')}… (${rule.expected.en})` };
  return joinStarters([...own, fallback]);
}

export const boundPath = (path: string[]): string[] => path.slice(0, reportBounds.pathDepth).map((p) => boundText(p, reportBounds.heading));

class Placer {
  private readonly taken = new Map<string, number>();
  private readonly index = new Map<Section, number>();

  constructor(readonly plan: PlanSections) {
    plan.all.forEach((s, i) => this.index.set(s, i));
  }

  /** The insertion point for a slot; several new sections at one slot are numbered one after another. */
  point(slot: Slot, label: Localized | null, starter: Localized): InsertionPoint {
    const key = `${slot.parent ? this.index.get(slot.parent) : -1}:${slot.after ? this.index.get(slot.after) : -1}`;
    const k = (this.taken.get(key) ?? 0) + 1;
    this.taken.set(key, k);
    const heading = label ? this.heading(slot, k, label) : undefined;
    const anchor = slot.after ?? slot.parent;
    return {
      path: boundPath(slot.parent?.path ?? []),
      ...(slot.after ? { after: boundPath(slot.after.path) } : {}),
      ...(heading ? { heading } : {}),
      starter,
      ...(anchor ? { position: anchor.position } : {}),
    };
  }

  /** The label numbered as the siblings at the slot are: the k-th new section there. */
  private heading(slot: Slot, k: number, label: Localized): Localized {
    const siblings = this.plan.siblingsOf(slot.parent);
    let like: Numbering | null = null;
    let value = k;
    if (slot.after?.numbering) {
      like = slot.after.numbering;
      value = like.value + k;
    } else {
      const numbered = siblings.find((s) => s.numbering);
      if (numbered) {
        like = numbered.numbering;
        value = (slot.after ? siblings.indexOf(slot.after) + 1 : 0) + k;
      } else if (!siblings.length) like = firstChildNumbering(slot.parent?.numbering ?? null);
    }
    if (!like) return label;
    const zh = renumber(like, value);
    return { zh: zh + (/[、）).．]$/.test(zh) ? '' : ' ') + label.zh, en: `${westernNumber(like, value)} ${label.en}` };
  }
}

/** Sets insertAt on every failing or partial finding (and its missing parts) and related on findings that report one gap. */
export function placeFindings(plan: PlanSections, placements: RulePlacement[]): void {
  const placer = new Placer(plan);
  const byId = new Map(placements.map((p) => [p.rule.id, p]));
  const inScope = placements.filter((p) => p.result.status !== 'not-applicable');
  const anchors = new Map(inScope.map((p) => [p.rule.id, anchorOf(plan, p)]));
  // The chapter of each rule's own section (or the one its placeCues name) by its clause: where a
  // rule the plan lacks would stand. Not where evidence merely is: a passing mention is no chapter.
  const chapters: [number[], Section][] = [];
  for (const p of inScope) {
    const own = p.roots[0] ?? namedSection(plan, p.rule);
    const ch = own && plan.chapterOf(own);
    if (ch) chapters.push([clauseKey(p.rule.clause), ch]);
  }

  const open = inScope.filter((p) => isOpen(p.result)).sort((a, b) => compareClauses(clauseKey(a.rule.clause), clauseKey(b.rule.clause)));
  // Rules reading another rule's part wait for that rule's placement.
  const later: RulePlacement[] = [];
  for (const p of open) {
    const a = anchors.get(p.rule.id);
    if (a) placeIn(placer, plan, p, a);
    else if (p.rule.scopePart) later.push(p);
    else newChapter(placer, plan, p, chapters);
  }
  for (const p of later) {
    const [id, name] = p.rule.scopePart!.split('/');
    const owner = byId.get(id!)?.result;
    const other = owner?.parts.find((x) => x.name === name);
    const at = other?.evidence.map((e) => plan.sectionOf(e)).find((s) => s);
    // Where the other rule puts the part (or, lacking its whole section, the section itself).
    const there = other?.insertAt ?? (other && !at ? owner?.insertAt : undefined);
    if (there) {
      const gaps = (p.rule.parts ?? []).filter((d) => p.result.parts.find((x) => x.name === d.name)?.status !== 'present');
      // One new section for both: the rule's own starter if its data has one, else the part's.
      const own = p.rule.starter || gaps.some((g) => g.starter);
      p.result.insertAt = { ...there, starter: own || !other?.insertAt ? ruleStarter(p.rule, gaps) : there.starter };
    } else if (at) placeIn(placer, plan, p, at);
    else newChapter(placer, plan, p, chapters);
  }
  relate(placements);
}

/** The section a rule's content belongs in, when the plan has one. */
function anchorOf(plan: PlanSections, p: RulePlacement): Section | null {
  if (p.roots.length) return p.roots[0]!;
  // A rule that names its own section and found none: the plan lacks it.
  if (p.rule.sectionCues?.length || p.rule.scopePart) return null;
  for (const e of [...p.result.evidence, ...p.result.parts.flatMap((x) => x.evidence)]) {
    const s = plan.sectionOf(e);
    if (s) return s;
  }
  return namedSection(plan, p.rule);
}

// The plan's headings searched for placeCues: each cue's headings found once a plan (rules
// share cues, and a rule asks twice), not every heading tested per cue and rule.
const headingSearches = new WeakMap<PlanSections, TermSearch>();

/** The first section whose heading holds one of the rule's placeCues, the most preferred cue first. */
function namedSection(plan: PlanSections, rule: RuleDefinition): Section | null {
  let search = headingSearches.get(plan);
  if (!search) headingSearches.set(plan, (search = new TermSearch(plan.all.map((s) => plan.normalized(s)))));
  for (const cue of rule.placeCues ?? []) {
    const first = search.holding(cue)[0];
    if (first !== undefined) return plan.all[first];
  }
  return null;
}

/** A rule's gaps inside its section: each missing part as a new subsection in the guide's order; without parts, the section itself. */
function placeIn(placer: Placer, plan: PlanSections, p: RulePlacement, section: Section): void {
  const defs = p.rule.parts ?? [];
  const gaps = p.result.parts.filter((x) => x.status !== 'present');
  if (!defs.length || !gaps.length) {
    p.result.insertAt = placer.point({ parent: section, after: null }, null, ruleStarter(p.rule, []));
    return;
  }
  // The subsection each found part stands in.
  const childOf = new Map<string, Section>();
  for (const part of p.result.parts) {
    for (const e of part.evidence) {
      const s = plan.sectionOf(e);
      const child = s && s !== section ? plan.childOn(section, s) : null;
      if (child) {
        childOf.set(part.name, child);
        break;
      }
    }
  }
  const names = defs.map((d) => d.name);
  for (const part of gaps) {
    const def = defs.find((d) => d.name === part.name)!;
    const own = childOf.get(part.name);
    // Only mentioned, in a subsection of its own: develop it there.
    if (part.status === 'mentioned' && own) part.insertAt = placer.point({ parent: own, after: null }, null, partStarter(p.rule, def));
    else {
      const slot = partSlot(section, names, names.indexOf(part.name), childOf);
      // A section written as paragraphs (一是……二是……) gets a paragraph, not a heading.
      part.insertAt = placer.point(slot, section.children.length ? def.label : null, partStarter(p.rule, def));
    }
  }
  // Parts written as paragraphs at one place share one starter (评价指标、评价主体：……), so views show them once.
  const defOf = (name: string) => defs.find((d) => d.name === name)!;
  const together = new Map<string, typeof gaps>();
  for (const g of gaps) {
    const at = g.insertAt!;
    if (at.heading) continue;
    const key = `${at.position?.start.offset}|${at.path.join('/')}|${at.after?.join('/')}`;
    together.set(key, [...(together.get(key) ?? []), g]);
  }
  for (const group of together.values()) {
    if (group.length < 2) continue;
    const starter = ruleStarter(p.rule, group.map((g) => defOf(g.name)));
    for (const g of group) g.insertAt = { ...g.insertAt!, starter };
  }
  // The finding's place is its first gap's (each part keeps its own).
  p.result.insertAt = gaps[0]!.insertAt!;
}

/** After the subsection of the nearest earlier part found, else before the nearest later one's, else at the end. */
function partSlot(section: Section, names: string[], i: number, childOf: Map<string, Section>): Slot {
  for (let j = i - 1; j >= 0; j--) {
    const c = childOf.get(names[j]!);
    if (c) return { parent: section, after: c };
  }
  for (let j = i + 1; j < names.length; j++) {
    const c = childOf.get(names[j]!);
    if (c) {
      const at = section.children.indexOf(c);
      return { parent: section, after: at > 0 ? section.children[at - 1]! : null };
    }
  }
  return { parent: section, after: section.children.at(-1) ?? null };
}

/** A chapter the plan lacks: after the chapter of the nearest earlier clause (else before the nearest later one's, else last). */
function newChapter(placer: Placer, plan: PlanSections, p: RulePlacement, chapters: [number[], Section][]): void {
  const key = clauseKey(p.rule.clause);
  let before: [number[], Section] | null = null;
  let after: [number[], Section] | null = null;
  for (const entry of chapters) {
    const c = compareClauses(entry[0], key);
    if (c < 0 && (!before || compareClauses(entry[0], before[0]) >= 0)) before = entry;
    if (c > 0 && (!after || compareClauses(entry[0], after[0]) < 0)) after = entry;
  }
  const list = plan.chapters;
  let prev: Section | null;
  if (before) prev = before[1];
  else if (after) prev = list[list.indexOf(after[1]) - 1] ?? null;
  else prev = list.at(-1) ?? null;
  const gaps = (p.rule.parts ?? []).filter((d) => p.result.parts.find((x) => x.name === d.name)?.status !== 'present');
  p.result.insertAt = placer.point({ parent: plan.chapterParent, after: prev }, p.rule.heading ?? p.rule.title, ruleStarter(p.rule, gaps));
}

/**
 * Findings that report one gap, from the rules' data: a rule reading another
 * rule's part (scopePart) while that part is missing there, and a part found
 * by a fact (foundBy) that another failing rule reads itself (no stages: the
 * staged goals and the schedule's phases).
 */
function relate(placements: RulePlacement[]): void {
  const byId = new Map(placements.map((p) => [p.rule.id, p]));
  const link = (a: RuleResult, b: RuleResult) => {
    if (a === b || !isOpen(a) || !isOpen(b)) return;
    a.related = [...new Set([...(a.related ?? []), b.id])];
    b.related = [...new Set([...(b.related ?? []), a.id])];
  };
  const reads = new Map(placements.map((p) => {
    const names = factNames(p.rule.conditions.pass);
    if (p.rule.conditions.partial) factNames(p.rule.conditions.partial, names);
    return [p.rule.id, names];
  }));
  for (const p of placements) {
    if (p.rule.scopePart) {
      const [id, name] = p.rule.scopePart.split('/');
      const other = byId.get(id!);
      const part = other?.result.parts.find((x) => x.name === name);
      if (other && part && part.status !== 'present') link(other.result, p.result);
    }
    for (const def of p.rule.parts ?? []) {
      if (!def.foundBy || p.result.parts.find((x) => x.name === def.name)?.status === 'present') continue;
      for (const q of placements) if (q !== p && reads.get(q.rule.id)?.has(def.foundBy.fact)) link(q.result, p.result);
    }
  }
}
