// Staged goals (clause 7.4 a): stages named (阶段, 近期/中期/远期, 第一阶段,
// or by year: 到2023年… 到2025年…) and whether each states tasks or results.
import type { Evidence } from '../check/result.ts';
import { vocabulary } from '../match/vocabulary.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { arabicYears } from './horizon.ts';
import { evidenceOf, sentences, type FactContext, type FactOutput } from './context.ts';

export interface Stage {
  name: string;
  /** The stage says what it delivers (more than its name). */
  withContent: boolean;
  evidence: Evidence;
}

export interface StagesValue {
  count: number;
  withContent: number;
  byYear: boolean;
  items: Stage[];
}

export const fields = ['count', 'withContent', 'byYear'];

const YEAR_STAGE = /^(?:到|至|by)\s*(20\d\d)\s*年?(?:底|末)?[,，:：]/;

export function compute(ctx: FactContext): FactOutput<StagesValue> {
  const cues = vocabulary().stageCues.map(normalizeForMatch).filter((c) => c !== '试点' && c !== '推广' && c !== '分阶段' && c !== '分步');
  const items: Stage[] = [];
  const seen = new Set<string>();
  const add = (u: FactContext['units'][number], cue: string, at: number, content: boolean) => {
    if (seen.has(cue)) return;
    seen.add(cue);
    items.push({ name: cue, withContent: content, evidence: evidenceOf(u, at, at + cue.length) });
  };
  for (const u of ctx.units) {
    if (u.kind === 'title') continue;
    const lead = u.norm.slice(0, 24);
    const cue = cues.find((c) => lead.includes(c));
    if (cue) add(u, cue, u.norm.indexOf(cue), u.kind === 'heading' ? (u.section?.blocks.length ?? 0) > 0 : u.norm.length > cue.length + 10);
    if (u.kind === 'heading') continue;
    // Stages run on in one paragraph, each sentence opening with one:
    // "近期（2022—2023年）：……。中期（2024年）：……。远期（2025年）：……。"
    for (const sentence of sentences(u)) {
      const text = sentence.norm.replace(/^\s+/, '');
      const opening = cues.find((c) => text.startsWith(c));
      if (opening) add(u, opening, sentence.start + sentence.norm.indexOf(opening), text.length > opening.length + 10);
    }
  }
  // By year: two or more paragraphs opening with different target years.
  const years = new Map<number, Stage>();
  for (const u of ctx.units) {
    if (u.kind === 'title' || u.kind === 'heading') continue;
    // Each sentence may open a stage ("……。至2027年，……。至2030年，……").
    for (const sentence of sentences(u)) {
      const text = arabicYears(sentence.norm).replace(/^\s+/, '');
      const m = YEAR_STAGE.exec(text);
      if (m && !years.has(Number(m[1]))) {
        years.set(Number(m[1]), { name: `${m[1]}`, withContent: text.length > 20, evidence: evidenceOf(u, sentence.start, sentence.start + m[0].length) });
      }
    }
  }
  const byYear = years.size >= 2 && items.length < 2;
  if (byYear) items.push(...years.values());
  return {
    value: { count: items.length, withContent: items.filter((s) => s.withContent).length, byYear, items },
    evidence: items.slice(0, 4).map((s) => s.evidence),
  };
}
