// Quantitative targets (clause 7.4 b): value, unit, target year, the indicator
// named, with a quote. Goal statements with no number or no date are vague.
import type { Evidence } from '../check/result.ts';
import type { Section } from '../document/model.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { arabicYears, DAY_DATE, deadlineYear, fiveYearEnds, matchesOf, MONTH_WORD, TARGET_DEADLINE, usesRocYears, YEAR_FIGURE, YEAR_LEAD } from '../match/years.ts';
import { endsWithColon, evidenceOf, isListLike, quoteOf, sentences, type FactContext, type FactOutput, type TextUnit } from './context.ts';
import type { IndicatorsValue } from './indicators.ts';

export interface Target {
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
  quote: string;
  evidence: Evidence;
}

export interface TargetsValue {
  count: number;
  withDeadline: number;
  vague: number;
  items: Target[];
  vagueStatements: Evidence[];
}

export const name = 'targets';
export const dependencies = ['indicators'];
export const fields = ['count', 'withDeadline', 'vague'];

export function details(t: TargetsValue): Record<string, unknown> {
  return { targets: t.items.map(({ indicator, value, unit, year, quote }) => ({ indicator, value, unit, year, quote })), vague: t.vagueStatements };
}

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|个百分点|万亿元|亿元|万元|万人|万户|万个|万家|万|亿|个|家|项|倍|户|人|座|条|所|套|类|gb|mbps|gbps|tb|pb|eb|小时|分钟|天|公里|千兆|percent|per cent|million|billion|[a-z][a-z-]+)/g;
// A bare year is not a target value ("by 2026 the city…").
const YEAR_LIKE = /^(?:19|20)\d\d$/;
// The target year of a lead sentence: any year in it (for 2028, 到2027年, by the end of 2026).
const LEAD_YEAR = /(?<!\d)(20\d\d)(?!\d)/;
// Achieved figures (截至2022年, 已, 累计, 同比, 从2012年的…) are status, not targets.
const FROM_YEAR = /从\d{4}年/;

// A change from a baseline: 由35%提升至80%, from 35% to 80%, 40% rising to 75%.
const RISE_TO = /^\s*(?:(?:提升|提高|增加|增长|上升|降低|下降|减少|压缩|缩短|扩大|增|降|减)\s*(?:至|到)|\w*\s*to)\s*\d/;

/** The indicator a clause names: the words before the target verb, back to the clause start. */
function indicatorOf(clause: string, numberAt: number): string {
  const before = clause.slice(0, numberAt);
  const verb = before.search(/(达到|达|超过|提升至|提高到|提升到|提高至|增至|突破|不低于|不少于|控制在|降至|reach|exceed)\s*$/);
  const name = (verb > 0 ? before.slice(0, verb) : before)
    .replace(/^.*?(?:到|至|by|in)\s*20\d\d\s*年?(?:底|末)?[,，、]?/, '')
    .replace(/^\s*20\d\d\s*(?:年度?)?\s*[:：—–-]\s*/, '')
    .replace(/^[\s,，、：:—-]+|[\s,，、：:]+$/g, '')
    .replace(/\s*(?:由|从|from)\s*[\d.,]+\s*(?:%|个|项|percent)?(?:\s*to)?$/, '');
  return name.slice(-30);
}

/** A text's years as targets read them: Chinese and Minguo years in Arabic, a five-year plan's end (到“十五五”末) as its last year. */
function targetYears(norm: string, roc: boolean): string {
  return fiveYearEnds(arabicYears(norm, roc));
}

/**
 * The years a section's heading sets for everything under it: its deadline, a lead sentence made
 * a heading (5.2 於2028年前，我們會：; By March 2027 we will) or a year's own section (2026年底前);
 * and the stage's year it opens with (2026年, 2026年：打基础), which counts among the goals.
 */
const headingYearsMemo = new WeakMap<Section, { deadline: number | null; stage: number | null }>();
function headingYears(section: Section | null, roc: boolean): { deadline: number | null; stage: number | null } {
  if (!section) return NO_YEARS;
  let y = headingYearsMemo.get(section);
  if (!y) {
    const text = targetYears(normalizeForMatch(section.heading), roc);
    const m = achieved(text) ? null : TARGET_DEADLINE.exec(text);
    const lead = YEAR_LEAD.exec(text);
    headingYearsMemo.set(section, (y = { deadline: m ? deadlineYear(m) : null, stage: lead ? Number(lead[1]) : null }));
  }
  return y;
}
const NO_YEARS = { deadline: null, stage: null };

// An indicator's attribute (预期性/约束性) or a target column's word: a line of an indicator system.
const ATTRIBUTE = /预期性|约束性|目标值|target/;

/** The latest of two or more years' figures in a sentence, as a target with its indicator (the words before the first year). */
function yearFigures(text: string): { indicator: string; value: number; unit: string; year: number; at: number; length: number } | null {
  let first = -1;
  let best: RegExpExecArray | null = null;
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR_FIGURE)) {
    if (first < 0) first = m.index!;
    years.add(Number(m[1]));
    if (!best || Number(m[1]) > Number(best[1])) best = m;
  }
  if (!best || years.size < 2) return null;
  const after = text.slice(best.index! + best[0].length);
  const unit = /^\s*(%|[^\s\d,，。；;（(）)]{0,3})/.exec(after)?.[1] ?? '';
  const indicator = text.slice(0, first).replace(/^[\s\d.、]+|[\s：:，,]+$/g, '').slice(-30);
  return { indicator, value: Number(best[2].replace(/,/g, '')), unit, year: Number(best[1]), at: best.index!, length: best[0].length };
}

const goalPaths = new WeakMap<string[], boolean>();
function isGoalHeading(path: string[]): boolean {
  let v = goalPaths.get(path);
  if (v === undefined) {
    // Each heading normalized once, not once a cue.
    const cues = vocabulary().goalHeadingCues;
    v = path.some((h) => {
      const norm = normalizeForMatch(h);
      return cues.some((c) => norm.includes(c));
    });
    goalPaths.set(path, v);
  }
  return v;
}

/** An achieved figure's words (vocabulary achievedCues) or 从2012年的…: status, not a target. */
function achieved(text: string): boolean {
  return wordsPattern(vocabulary().achievedCues, normalizeForMatch).test(text) || FROM_YEAR.test(text);
}

/** A table row's cells, each with its offset in the row's text (cells are joined with " | "). */
function cellsOf(norm: string): { start: number; end: number; norm: string }[] {
  const out: { start: number; end: number; norm: string }[] = [];
  let start = 0;
  for (const cell of norm.split('|')) {
    if (cell.trim()) out.push({ start, end: start + cell.length, norm: cell });
    start += cell.length + 1;
  }
  return out;
}

/** A table row whose first cell is a year alone (2027, 2027年, 2027年度, FY2027). */
const ROW_YEAR = /^\s*(?:fy\s*)?(20\d\d)\s*(?:年度?)?\s*\|/;

export function compute(ctx: FactContext): FactOutput<TargetsValue> {
  const targetVerb = wordsPattern(vocabulary().targetVerbs, normalizeForMatch);
  const items: Target[] = [];
  const vagueStatements: Evidence[] = [];
  let sectionYear: { section: unknown; year: number } | null = null;
  // A lead sentence with a year ending in a colon ("到2027年，力争达到：", "Our targets for
  // 2028:") makes every item of the list under it a target for that year.
  let leadList: { section: unknown; year: number } | null = null;
  const roc = usesRocYears(ctx);
  for (const unit of ctx.units) {
    if (unit.kind === 'heading' || unit.kind === 'title') continue;
    // A goals table's cell that dates its own figure (| Service operations | … | 80% of transactions online
    // by December 2028 |) is a dated target; other rows are the indicators fact's, or budgets and periods.
    const row = unit.kind === 'row';
    const inGoals = isGoalHeading(unit.path);
    // (So does a row led by its year, | 2027 | 90%政府牌照可全程網上申請 | …, in a milestones table by year.)
    const rowYear = row ? ROW_YEAR.exec(targetYears(unit.norm, roc)) : null;
    if (row && (unit.rowIndex === 0 || !inGoals || (!rowYear && !TARGET_DEADLINE.test(targetYears(unit.norm, roc))))) continue;
    if (sectionYear && sectionYear.section !== unit.section) sectionYear = null;
    if (leadList && (!isListLike(unit) || leadList.section !== unit.section)) leadList = null;
    // (A lead's colon is where it was before its years are read: arabicYears changes only years, for every paragraph.)
    if (unit.kind === 'paragraph' && endsWithColon(unit.norm) && !isListLike(unit)) {
      const lead = targetYears(unit.norm, roc);
      const y = !achieved(lead) ? LEAD_YEAR.exec(lead) : null;
      if (y) leadList = { section: unit.section, year: Number(y[1]) };
    }
    // A heading that is a lead sentence (By the end of 2027 we will:) dates the list under it;
    // among the goals, so does a stage's year opening a passage or heading its section (2026年：打基础。…).
    const fromHeading = headingYears(unit.section, roc);
    const headYear = fromHeading.deadline ?? (inGoals ? fromHeading.stage : null);
    const lead = inGoals && !achieved(unit.norm) ? YEAR_LEAD.exec(targetYears(unit.norm, roc)) : null;
    const itemYear = lead ? Number(lead[1]) : null;
    for (const s of row ? cellsOf(unit.norm) : sentences(unit)) {
      const text = targetYears(s.norm, roc);
      if (/展望|远景|vision/.test(text)) continue;
      // Without a digit a sentence has no deadline and no value (most sentences): only the vague check below applies.
      const digits = /\d/.test(text);
      const dl = !digits || achieved(text) ? null : TARGET_DEADLINE.exec(text);
      if (row && !dl && !rowYear) continue;
      // (A deadline to the day, by March 31, 2026, is one act's due date: it dates its own sentence only.)
      if (dl && !DAY_DATE.test(dl[0]) && !row) sectionYear = { section: unit.section, year: deadlineYear(dl) };
      const listed = ((leadList !== null || headYear !== null) && isListLike(unit)) || itemYear !== null || rowYear !== null;
      const year = dl ? deadlineYear(dl) : rowYear ? Number(rowYear[1]) : leadList && listed ? leadList.year : (itemYear ?? sectionYear?.year ?? headYear);
      let found = 0;
      // An indicator written as text with its years (5G基站数：2025年1,120个，2028年1,600个（预期性）):
      // the latest year's figure is the target, the earlier ones its baseline.
      const byYear = digits && !dl && (inGoals || ATTRIBUTE.test(text)) ? yearFigures(text) : null;
      if (byYear) {
        const at = s.start + byYear.at;
        items.push({ indicator: byYear.indicator, value: byYear.value, unit: byYear.unit, year: byYear.year, quote: quoteOf(unit, s.start, s.end, 120), evidence: evidenceOf(unit, at, at + byYear.length) });
        continue;
      }
      let offset = 0;
      for (const clause of digits ? text.split(/[,，]/) : []) {
        const clauseStart = offset;
        offset += clause.length + 1;
        // An explicit deadline in the sentence (到2025年, by 2026) makes its numbers targets even without a verb.
        if ((!dl && !listed && !targetVerb.test(clause)) || achieved(clause)) continue;
        for (const m of matchesOf(NUMBER, clause)) {
          const after = clause.slice(m.index! + m[0].length, m.index! + m[0].length + 1);
          if (after === '年' || /^年/.test(m[2])) continue;
          // A change from a baseline (由35%提升至80%, from 35% to 80%) targets its second figure.
          if (RISE_TO.test(clause.slice(m.index! + m[0].length))) continue;
          // (Nor is a date's day, by 30 June 2026: its "unit" is the month.)
          if ((YEAR_LIKE.test(m[1]) && m[2] !== '%') || MONTH_WORD.test(m[2])) continue;
          // A number inside a word (5g, 4g) is not a value.
          if (/[a-z]/.test(clause[m.index! - 1] ?? '') ) continue;
          if (!inGoals && year === null) continue;
          const at = s.start + clauseStart + m.index!;
          items.push({
            indicator: indicatorOf(clause, m.index!),
            value: Number(m[1].replace(/,/g, '')),
            unit: m[2],
            year,
            quote: quoteOf(unit, s.start, s.end, 120),
            evidence: evidenceOf(unit, at, at + m[0].length),
          });
          found++;
          break;
        }
      }
      // Under a goals heading every statement is a goal; one without a number or a deadline is vague.
      if (!found && inGoals && vagueStatements.length < 20 && s.end - s.start >= 8) vagueStatements.push(evidenceOf(unit as TextUnit, s.start, s.end));
    }
  }
  // An indicator table with year columns dates every row's target (2027年目标值 | 90%).
  for (const row of ctx.read<IndicatorsValue>('indicators').value.items) {
    const last = row.byYear.at(-1);
    const m = last ? /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(\S*)/.exec(last.value) : null;
    if (!last || !m) continue;
    items.push({ indicator: row.name, value: Number(m[1].replace(/,/g, '')), unit: m[2], year: last.year, quote: row.evidence.quote, evidence: row.evidence });
  }
  const withDeadline = items.filter((t) => t.year !== null).length;
  return {
    value: { count: items.length, withDeadline, vague: vagueStatements.length, items, vagueStatements },
    // With no target to show, the vague statements are where the drafter should look.
    evidence: items.length ? items.slice(0, 5).map((t) => t.evidence) : vagueStatements.slice(0, 5),
  };
}
