// Structure first: inside a rule's own section (保障措施, 总体架构), each
// sub-heading, lead phrase and table column names at most one of the rule's
// parts — the one whose concept it ends on, as Chinese and English noun phrases
// put their head last (网络与数据安全屏障 is security, not data). A label so
// assigned makes its part present, whatever else the label says.
import type { Evidence } from '../check/result.ts';
import type { PartDefinition } from '../rules/rule-schema.ts';
import { conceptMatch } from '../match/concepts.ts';
import type { Section } from '../document/model.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import type { FactContext, TextUnit } from './context.ts';

interface Label {
  unit: TextUnit;
  start: number;
  end: number;
}

// 一是…, （一）, 1., ①, bullets: enumerators before a lead phrase.
const ENUMERATOR = /^\s*(?:[一二三四五六七八九十]+是|(?:第[一二三四五六七八九十]+|[（(]?[一二三四五六七八九十\d]{1,3}[)）.、])|[①-⑳]|[-•·*▪◆●])\s*/;
const CJK = /[\u3400-\u9fff]/;
const MAX_CJK_LEAD = 20;
const MAX_LATIN_LEAD = 60;

/** The lead phrase of a paragraph: its opening up to 。：: (一是… up to the first comma), when short. */
function leadOf(norm: string): { start: number; end: number } | null {
  const e = ENUMERATOR.exec(norm);
  const start = e ? e[0].length : 0;
  const rest = norm.slice(start);
  const byEnumerator = e && /是\s*$/.test(e[0]);
  const stop = rest.search(byEnumerator ? /[，,。：:；;]/ : /[。：:；;]|\s[-–—]\s/);
  if (stop <= 0) return null;
  // A phrase, not a sentence: no clause breaks, and followed by what it introduces.
  if (!byEnumerator && (/[，,、]/.test(rest.slice(0, stop)) || (rest[stop] === '。' && rest.length <= stop + 1))) return null;
  const max = CJK.test(rest.slice(0, stop)) ? MAX_CJK_LEAD : MAX_LATIN_LEAD;
  if (stop > max) return null;
  return { start, end: start + stop };
}

function labelsOf(scope: FactContext): Label[] {
  const roots = new Set(scope.scopeRoots ?? []);
  const labels: Label[] = [];
  for (const unit of scope.units) {
    if (unit.kind === 'heading') {
      if (unit.section && !roots.has(unit.section)) labels.push({ unit, start: 0, end: unit.norm.length });
    } else if (unit.kind === 'paragraph' || unit.kind === 'listItem') {
      const lead = leadOf(unit.norm);
      if (lead) labels.push({ unit, ...lead });
    } else if (unit.kind === 'row' && unit.rowIndex === 0) {
      // Header cells, joined " | " in the row's text.
      let at = 0;
      for (const cell of unit.norm.split(' | ')) {
        labels.push({ unit, start: at, end: at + cell.length });
        at += cell.length + 3;
      }
    }
  }
  return labels;
}

/** The one part (of those with concepts) a label's text names: the one whose concept it ends on. */
export function partNamed(text: string, parts: readonly PartDefinition[]): PartDefinition | null {
  let best: { part: PartDefinition; end: number; length: number } | null = null;
  for (const part of parts) {
    if (!part.concepts?.length) continue;
    const m = conceptMatch(text, part.concepts);
    if (m && (!best || m.end > best.end || (m.end === best.end && m.length > best.length))) best = { part, ...m };
  }
  return best?.part ?? null;
}

/** Distinct parts a section's own sub-headings name, needed to take it for the rule's section. */
const MIN_CHILD_PARTS = 3;
/** Share of its sub-headings that must name a part. */
const MOSTLY = 0.6;

/** The first section whose direct sub-headings name at least three of the rule's parts (all of them, for fewer). */
export function sectionByChildren(sections: readonly Section[], parts: readonly PartDefinition[]): Section | null {
  const withConcepts = parts.filter((p) => p.concepts?.length);
  const need = Math.min(MIN_CHILD_PARTS, withConcepts.length);
  if (need < 2) return null;
  for (const s of sections) {
    if (s.children.length < need) continue;
    const named = new Set<string>();
    let naming = 0;
    for (const c of s.children) {
      const p = partNamed(normalizeForMatch(c.heading), withConcepts);
      if (p) (named.add(p.name), naming++);
    }
    // Mostly parts: a plan's list of chapters that happens to hold three layer words is not an architecture.
    if (named.size >= need && naming >= MOSTLY * s.children.length) return s;
  }
  return null;
}

/** Each part of the rule (with concepts) → the first label in its scope that names it. */
export function labelledParts(scope: FactContext, parts: readonly PartDefinition[]): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  const withConcepts = parts.filter((p) => p.concepts?.length);
  if (!scope.scopeRoots?.length || !withConcepts.length) return out;
  for (const label of labelsOf(scope)) {
    const part = partNamed(label.unit.norm.slice(label.start, label.end), withConcepts);
    if (!part || out.has(part.name)) continue;
    out.set(part.name, { path: label.unit.path, quote: label.unit.text.slice(label.start, label.end).trim(), position: label.unit.position });
  }
  return out;
}
