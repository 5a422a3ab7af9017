// What a reader needs to find a finding in the plan: the plan's own outline
// (each section with the rules whose evidence stands in it), and for each
// quote the first words of its paragraph, which Word, a PDF viewer or an
// editor can search for where a line or paragraph number means nothing.
import type { TextUnit } from '../facts/context.ts';
import type { Position } from '../document/model.ts';
import { boundText, reportBounds } from './bound.ts';
import { boundPath } from './insertion.ts';
import type { PlanSections } from './plan-sections.ts';
import type { OutlineEntry, RuleResult } from './result.ts';

const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Characters of a Chinese lead, words of an English one. */
const LEAD_CHARS = 14;
const LEAD_WORDS = 6;

/** The first words of a paragraph, with an ellipsis when cut. */
export function firstWords(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (HAS_CJK.test(t.slice(0, LEAD_CHARS * 2))) {
    // The first LEAD_CHARS characters (code points, as [...t] counts them), without an array of
    // every character of the paragraph made twice to take them.
    const end = codePointsEnd(t, LEAD_CHARS);
    return end < t.length ? t.slice(0, end) + '…' : t;
  }
  const words = t.split(' ');
  const head = words.slice(0, LEAD_WORDS).join(' ');
  const cut = head.length > 60 ? head.slice(0, 60) : head;
  return cut.length < t.length ? cut + '…' : t;
}

/** Where the text's first n code points end (a surrogate pair is one, a lone surrogate one). */
function codePointsEnd(text: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < text.length; k++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

const at = (p: Position): string => `${p.file ?? ''}\u0001${p.start.offset}`;

/** Sets each evidence's lead: the first words of the paragraph, list item or table row it quotes (headings need none). */
export function addLeads(units: TextUnit[], results: RuleResult[]): void {
  // The lead of a unit some evidence quotes, cut when first asked for: a long plan has thousands of paragraphs and quotes a few hundred.
  const byPosition = new Map<string, TextUnit>();
  for (const u of units) {
    if (u.kind !== 'paragraph' && u.kind !== 'listItem' && u.kind !== 'row') continue;
    const key = at(u.position);
    if (!byPosition.has(key)) byPosition.set(key, u);
  }
  const leads = new Map<string, string>();
  for (const r of results) {
    for (const e of [...r.evidence, ...r.parts.flatMap((p) => p.evidence)]) {
      const key = at(e.position);
      let lead = leads.get(key);
      if (lead === undefined) {
        const u = byPosition.get(key);
        lead = u ? firstWords(u.text) : '';
        leads.set(key, lead);
      }
      if (lead) e.lead = boundText(lead, reportBounds.text);
    }
  }
}

/** The plan's sections in document order (the first reportBounds.outline, within reportBounds.outlineChars), each with the in-scope rules quoting it. */
export function planOutline(plan: PlanSections, results: RuleResult[]): OutlineEntry[] {
  const quoted = new Map<unknown, string[]>();
  for (const r of results) {
    if (r.status === 'not-applicable') continue;
    for (const e of [...r.evidence, ...r.parts.flatMap((p) => p.evidence)]) {
      const s = plan.sectionOf(e);
      if (!s) continue;
      const list = quoted.get(s) ?? [];
      if (!list.includes(r.id)) list.push(r.id);
      quoted.set(s, list);
    }
  }
  const out: OutlineEntry[] = [];
  let chars = 0;
  for (const s of plan.all.slice(0, reportBounds.outline)) {
    const entry = { heading: boundText(s.rawHeading, reportBounds.heading), level: s.level, path: boundPath(s.path), position: s.position, findings: quoted.get(s) ?? [] };
    chars += entry.heading.length + entry.path.reduce((n, h) => n + h.length, 0);
    if (chars > reportBounds.outlineChars) break;
    out.push(entry);
  }
  return out;
}
