// How closely the plan's best-matching section reads like the rule's clause of
// the guide (TF-IDF cosine over segmented words): finds a section about a step
// even when its heading uses none of the guide's words.
import type { Section } from '../document/model.ts';
import { clauseSimilarity, vectorOf } from '../match/guide-clauses.ts';
import type { FactContext, FactOutput } from './context.ts';

export interface GuideMatchValue {
  /** Best cosine similarity (0..1) of a section to the rule's clause(s). */
  score: number;
  /** score ≥ FOUND_SCORE. */
  found: boolean;
  path: string[] | null;
}

export const name = 'guide-match';
export const perRule = true;
export const fields = ['score', 'found'];

/** Calibrated on the real plans and small fixtures: sections about the clause score 0.19–0.5, unrelated ones mostly 0.10–0.16. */
export const FOUND_SCORE = 0.18;
const MAX_SECTION_CHARS = 6000;

function sectionText(s: Section, budget = { left: MAX_SECTION_CHARS }): string {
  let text = s.heading;
  for (const b of s.blocks) {
    if (budget.left <= 0) break;
    const t = b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(' ') : b.text;
    text += ' ' + t.slice(0, budget.left);
    budget.left -= t.length;
  }
  for (const c of s.children) if (budget.left > 0) text += ' ' + sectionText(c, budget);
  return text;
}

/** "7.4 b" → ["7.4"]; "6.3.1, 8.1.5.2, 11.3.4" → ["6.3.1", "8.1.5", "11.3.4"] (the corpus goes to depth 3). */
export function clauseIds(clause: string): string[] {
  return [...clause.matchAll(/\d+(?:\.\d+)*/g)].map((m) => m[0].split('.').slice(0, 3).join('.'));
}

export function compute(ctx: FactContext): FactOutput<GuideMatchValue> {
  const ids = clauseIds(ctx.rule?.clause ?? '');
  let best: { score: number; section: Section | null } = { score: 0, section: null };
  const vectors = (ctx.cache.get('guide-match:vectors') as Map<Section, ReturnType<typeof vectorOf>> | undefined) ?? new Map();
  ctx.cache.set('guide-match:vectors', vectors);
  for (const s of ctx.sections) {
    let v = vectors.get(s);
    if (!v) vectors.set(s, (v = vectorOf(sectionText(s))));
    for (const id of ids) {
      const score = clauseSimilarity(v, id);
      if (score > best.score) best = { score, section: s };
    }
  }
  const score = Math.round(best.score * 100) / 100;
  return {
    value: { score, found: score >= FOUND_SCORE, path: best.section?.path ?? null },
    evidence: best.section && score >= FOUND_SCORE ? [{ path: best.section.path, quote: best.section.rawHeading, position: best.section.position }] : [],
  };
}
