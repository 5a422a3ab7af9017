// The planning period (clause 4.2): start and end year, inclusive span, and
// where it was stated. The title and a 规划期 statement win over the body; a
// long-range vision (展望2035年, 远景目标) is never taken for the period.
import type { Localized } from '../check/result.ts';
import type { Section } from '../document/model.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';
import { arabicYears, DEADLINE, FINANCIAL_RANGE, FIVE_YEAR, matchesOf, RANGE, usesRocYears } from '../match/years.ts';
import { holdsAny } from '../text/holds-any.ts';
import { evidenceOf, sentences, type FactContext, type FactOutput, type TextUnit } from './context.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

// (Once, not an entries array a sentence that holds 五.)
const FIVE_YEAR_ENTRIES = Object.entries(FIVE_YEAR);

export type HorizonSource = 'title' | 'statement' | 'heading' | 'five-year-plan' | 'text' | 'deadline';

export interface HorizonValue {
  found: boolean;
  start: number | null;
  end: number | null;
  /** Inclusive year count: 2021–2025 = 5. */
  years: number | null;
  /** Only an end year ("到2025年") was found. */
  endOnly: boolean;
  withinRange: boolean;
  source: HorizonSource | null;
  range: string | null;
  note: Localized;
}

export const name = 'horizon';
export const fields = ['found', 'start', 'end', 'years', 'endOnly', 'withinRange', 'source', 'range', 'note'];

export function details(h: HorizonValue): Record<string, unknown> {
  return { period: { start: h.start, end: h.end, years: h.years, source: h.source } };
}

const MIN_YEARS = 3;
const MAX_YEARS = 5;


// Units (after the title) that make up the opening, where a named plan is the document's subject.
const OPENING_UNITS = 8;

let planGenreCues: string[] | null = null;
/** Whether offset `at` lies inside 《…》 naming a plan (规划, 方案, …). */
function inQuotedPlanName(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  if (open < 0 || text.lastIndexOf('》', at) > open) return false;
  const close = text.indexOf('》', at);
  if (close < 0) return false;
  planGenreCues ??= vocabulary().planGenreCues.map(normalizeForMatch);
  const name = text.slice(open + 1, close);
  return planGenreCues.some((c) => name.includes(c));
}

/**
 * Whether the period at `at` belongs to a document the sentence cites: inside
 * 《…》, or after 根据 / 按照 / 依据 / 落实 / 贯彻 / "in line with" in the same clause.
 */
export function citedAt(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  if (open >= 0 && text.lastIndexOf('》', at) < open) return true;
  const clauseStart = Math.max(text.lastIndexOf('，', at), text.lastIndexOf(',', at), text.lastIndexOf('；', at), text.lastIndexOf('。', at)) + 1;
  const clause = text.slice(clauseStart, at);
  return holdsAny(clause, normalizedList(vocabulary().citeLeads));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string | undefined) => (word ? MONTHS.indexOf(word.slice(0, 3)) + 1 || null : null);

/**
 * A period dated at both ends by month (2025年7月至2028年6月, 1 July 2025 to 30 June 2028)
 * lasts its months, not its calendar years: a financial-year plan starting in July spans
 * one calendar year more than it lasts.
 */
function monthSpan(text: string, at: number, match: string, a: number, b: number): number | undefined {
  const startMonth = /^\d{4}年(\d{1,2})月/.exec(text.slice(at))?.[1] ?? monthOf(/([a-z]{3,9})\.?\s*$/.exec(text.slice(Math.max(0, at - 12), at))?.[1]);
  const endMonth = /^\s*(\d{1,2})月/.exec(text.slice(at + match.length))?.[1] ?? monthOf(/([a-z]{3,9})\.?\s+\d{4}\s*$/.exec(match)?.[1]);
  if (!startMonth || !endMonth) return undefined;
  return Math.round((b * 12 + Number(endMonth) - (a * 12 + Number(startMonth)) + 1) / 12);
}

interface Candidate {
  start: number | null;
  end: number;
  /** Years of a period given by dates (1 July 2025 to 30 June 2028: 3), counted by its months. */
  span?: number;
  source: HorizonSource;
  rank: number;
  unit: TextUnit;
  at: number;
  len: number;
}

/** Characters before a range that may name it the near term (近期规划期为, near term: ). */
const NEAR_TERM_REACH = 14;

function isVision(sentence: string): boolean {
  return holdsAny(sentence, normalizedList(vocabulary().visionCues));
}

export function compute(ctx: FactContext): FactOutput<HorizonValue> {
  const periodCues = normalizedList(vocabulary().periodCues);
  const openingCues = normalizedList(vocabulary().periodOpeningCues);
  const nearTerm = new RegExp(`(?:${normalizedList(vocabulary().nearTermCues).map(escapeRegExp).join('|')})\\s*[：:为是]?\\s*$`);
  const candidates: Candidate[] = [];
  const deadlines = new Map<number, { count: number; unit: TextUnit; at: number; len: number }>();
  const fiveYear = new Map<string, { count: number; unit: TextUnit; at: number; early: boolean; title: boolean }>();
  // How long a range lasts when the opening or the plan's own statement dates it by month
  // or financial year (a title's "2026–2031" is "April 2026 to March 2031", five financial
  // years); elsewhere a range dated by month is often one project's.
  const spans = new Map<string, number>();
  const roc = usesRocYears(ctx);
  const selfWords = wordsPattern(vocabulary().planSelfWords, normalizeForMatch);
  const aboutPlanSections = new Map<Section, boolean>();
  const sectionAboutPlan = (section: Section): boolean => {
    let about = aboutPlanSections.get(section);
    if (about === undefined) {
      const parent = ctx.parentOf?.get(section);
      aboutPlanSections.set(section, (about = selfWords.test(normalizeForMatch(section.heading)) || (!!parent && sectionAboutPlan(parent))));
    }
    return about;
  };
  ctx.units.forEach((unit, index) => {
    const early = unit.kind === 'title' || index < OPENING_UNITS || (unit.kind === 'heading' && (unit.section?.level ?? 9) <= 1);
    // A short opening line before any heading reads as the title when the parser found none.
    const titleLike = index < 3 && !unit.section && unit.kind === 'paragraph' && unit.text.length <= 60;
    const inTitle = unit.kind === 'title' || titleLike;
    // "It covers…" speaks of the plan where the text around it does: in a section about the plan
    // itself (About this plan, 关于本规划) or after a sentence naming it (This plan is… It runs from…).
    let aboutPlan = index < OPENING_UNITS || (!!unit.section && unit.kind !== 'heading' && sectionAboutPlan(unit.section));
    for (const s of sentences(unit)) {
      const text = arabicYears(s.norm, roc);
      // RANGE and DEADLINE need a 19xx/20xx year, the five-year plans a 五 or "five-year": a sentence
      // with neither (most) needs no scan, nor its vision, statement and rank.
      const years = text.includes('20') || text.includes('19');
      const five = text.includes('五') || text.includes('five-year');
      const naming = aboutPlan;
      if (!aboutPlan && selfWords.test(text)) aboutPlan = true;
      if (!years && !five) continue;
      const vision = isVision(text);
      const statement = holdsAny(text, periodCues) || (naming && holdsAny(text, openingCues));
      const ownSpan = index < OPENING_UNITS || statement;
      if (ownSpan && years && (s.norm.includes('/') || s.norm.includes('-'))) {
        for (const m of s.norm.matchAll(FINANCIAL_RANGE)) {
          const a = Number(m[1]);
          const b = Number(m[3]);
          if (b > a && b - a <= 30 && Number(m[4]) === (b + 1) % 100 && !citedAt(s.norm, m.index!) && !spans.has(`${a}-${b + 1}`)) spans.set(`${a}-${b + 1}`, b - a + 1);
        }
      }
      const rank = unit.kind === 'title' || titleLike || (early && unit.kind === 'heading') ? 0 : statement ? 1 : unit.kind === 'heading' ? 2 : 4;
      const source: HorizonSource = rank === 0 ? 'title' : rank === 1 ? 'statement' : rank === 2 ? 'heading' : 'text';
      for (const m of years ? matchesOf(RANGE, text) : []) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        if (b <= a || b - a > 30) continue;
        const span = monthSpan(text, m.index!, m[0], a, b);
        if (ownSpan && span !== undefined && !citedAt(text, m.index!) && !spans.has(`${a}-${b}`)) spans.set(`${a}-${b}`, span);
        // (A title's range is the plan's own, 2035 or not: 战略纲要（2026—2035年） runs ten years, its near
        // term a stage of it.)
        if (vision && !statement && !inTitle) continue;
        // A cited document's period is not this plan's (依据《…纲要（2021—2035年）》), unless the
        // title or the opening publishes the plan it names (关于印发《…（2025—2027年）》的通知).
        const cited = !inTitle && citedAt(text, m.index!);
        if (cited && !(index < OPENING_UNITS && wordsPattern(vocabulary().publishWords, normalizeForMatch).test(text) && inQuotedPlanName(text, m.index!))) continue;
        let r = rank;
        // A range in running text counts only when the sentence speaks of this plan itself (vocabulary planSelfWords).
        if (rank === 4 && !selfWords.test(text)) {
          // A plan named with its period in the opening (印发《柳城市数字化转型规划（2021—2025年）》)
          // is what the document is about; elsewhere a cited plan's period is not this one's.
          if (!(index < OPENING_UNITS && inQuotedPlanName(text, m.index!))) continue;
          r = 3;
        }
        // A near term the title names beside a longer range (纲要（2026—2035年，近期2026—2030年）) is the
        // planning period the guide asks for; the longer range is its vision's. (In the body, 其中近期为
        // 2024—2026年，中期为…，远期为… divides the plan's period into stages.)
        if (r === 0 && nearTerm.test(text.slice(Math.max(0, m.index! - NEAR_TERM_REACH), m.index))) r = -1;
        candidates.push({ start: a, end: b, span, source, rank: r, unit, at: s.start + m.index!, len: m[0].length });
      }
      for (const [key, [a, b]] of five ? FIVE_YEAR_ENTRIES : []) {
        const at = text.indexOf(key);
        if (at < 0 || (!inTitle && citedAt(text, at))) continue;
        const prev = fiveYear.get(key) ?? { count: 0, unit, at: s.start + at, early: false, title: false };
        prev.count++;
        if (early && !prev.early) Object.assign(prev, { unit, at: s.start + at, early: true });
        if (inTitle && !prev.title) Object.assign(prev, { unit, at: s.start + at, title: true });
        fiveYear.set(key, prev);
        void a;
        void b;
      }
      if (!vision && years) {
        for (const m of matchesOf(DEADLINE, text)) {
          if (citedAt(text, m.index!)) continue;
          const y = Number(m[1]);
          const prev = deadlines.get(y) ?? { count: 0, unit, at: s.start + m.index!, len: m[0].length };
          prev.count++;
          deadlines.set(y, prev);
        }
      }
    }
  });
  // A five-year plan named in the title is the period; named early (the opening) or
  // repeatedly, it is one below the plan's own statement (规划期为2026年至2030年): an
  // opening often looks back on the last one (“十四五”时期，…取得成效).
  for (const [key, f] of fiveYear) {
    if (!f.early && f.count < 2) continue;
    const [a, b] = FIVE_YEAR[key];
    const rank = f.title ? 0.5 : f.early ? 1.5 : 3;
    candidates.push({ start: a, end: b, source: f.early ? 'five-year-plan' : 'text', rank, unit: f.unit, at: f.at, len: key.length });
  }
  candidates.sort((x, y) => x.rank - y.rank);
  let best: Candidate | undefined = candidates[0];
  if (!best && deadlines.size) {
    // Only deadlines: the most cited target year ("到2025年") is the period's end.
    const [end, d] = [...deadlines.entries()].sort((x, y) => y[1].count - x[1].count || y[0] - x[0])[0];
    best = { start: null, end, source: 'deadline', rank: 5, unit: d.unit, at: d.at, len: d.len };
  }
  if (!best) {
    return {
      value: { found: false, start: null, end: null, years: null, endOnly: false, withinRange: false, source: null, range: null, note: { zh: '未找到规划期', en: 'no planning period found' } },
      evidence: [],
    };
  }
  const years = best.start === null ? null : (best.span ?? spans.get(`${best.start}-${best.end}`) ?? best.end - best.start + 1);
  const range = best.start === null ? `–${best.end}` : `${best.start}–${best.end}`;
  const withinRange = years !== null && years >= MIN_YEARS && years <= MAX_YEARS;
  const note: Localized =
    years === null
      ? { zh: `仅找到目标年份${best.end}年，未写明规划期起始年`, en: `only a target year (${best.end}) found, no start of the planning period` }
      : withinRange
        ? { zh: `规划期${range}年，共${years}年`, en: `planning period ${range}, ${years} years` }
        : { zh: `规划期${range}年共${years}年，不在3–5年之内`, en: `planning period ${range} spans ${years} years, outside 3–5` };
  return {
    value: { found: true, start: best.start, end: best.end, years, endOnly: years === null, withinRange, source: best.source, range, note },
    evidence: [evidenceOf(best.unit, best.at, best.at + best.len)],
  };
}
