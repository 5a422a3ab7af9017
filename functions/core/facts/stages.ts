// Staged goals (clause 7.4 a): stages named (近期/中期/远期, 第一阶段, Phase 1),
// phases named by their years (起步期（2025—2026年）：, Build the base
// (2024–2026):, 2026—2027年为夯基期), yearly sections and paragraphs (2026年：全域覆盖, 2024年为启动年,
// 到2023年…), a table of stages, or an indicator table with a column per
// target year; and whether each stage states tasks or results. Stages are
// counted by identity: Phase 1 and Phase 2 are two, whatever cue names them.
import type { Evidence } from '../check/result.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { arabicYears, MONTH_NAME, usesRocYears } from '../match/years.ts';
import { chapterOf, evidenceOf, rowUnit, sentences, type FactContext, type FactOutput, type TextUnit } from './context.ts';
import { isProjectTable } from './project-table.ts';
import type { HorizonValue } from './horizon.ts';
import type { IndicatorsValue } from './indicators.ts';

export interface Stage {
  name: string;
  /** The stage says what it delivers (more than its name). */
  withContent: boolean;
  /** The stage carries its years (第一阶段（2025年）, 2026年：…): stages so dated are a timetable. */
  dated: boolean;
  /** Read off an indicator table's target-year columns: the goals' stages, no step of delivery. */
  fromIndicators?: boolean;
  /** Named as the goals of a stage (近期目标（到2026年底）, Phase 1 goals): the goals' stages, no step of delivery. */
  ofGoals?: boolean;
  evidence: Evidence;
}

export interface StagesValue {
  count: number;
  withContent: number;
  /** Stages that carry their years (clause 13.4's timetable). */
  dated: number;
  /**
   * Stages the plan sets out as steps (clause 13.4), and those of them dated: an indicator table's
   * 2026 | 2028 | 2030 columns stage the goals (7.4) but schedule no delivery.
   */
  steps: number;
  stepsDated: number;
  byYear: boolean;
  items: Stage[];
}

export const name = 'stages';
export const fields = ['count', 'withContent', 'dated', 'steps', 'stepsDated', 'byYear'];
export const dependencies = ['horizon', 'indicators'];

export function details(s: StagesValue): Record<string, unknown> {
  return { stages: s.items.map(({ name, withContent }) => ({ name, withContent })) };
}

// A stage's ordinal after its cue: Phase 1, 第二阶段 (the cue holds it), Stage Two, 一期.
const ORDINAL = /^\s*(?:\d{1,2}|[一二三四五六七八九十]|i{1,3}v?|one|two|three|four|five)\b/;
// A year opening a sentence, a lead or a heading: 到2023年，/ 2024年为启动年 / 2026年：/ By 2027, / 115年度
// / By the end of FY2026 / In fiscal year 2027 / The year 2027 is about scale (A date, 2025年3月, opens no stage.)
const YEAR_OPENING = /^(?:到|至|by|in)?\s*(?:the end of\s*)?(?:(?:the\s+)?year\s+|fiscal year\s*|fy\s?)?(20\d\d)\s*(?:年度?(?:底|末)?(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)|(?=[,，:：.。\s]|$))/;
// A phase named by its years: 夯实基础（2025—2026年）：/ Build the base (2024–2026): / Phase 1 (2026-2027)
// / Year one (April 2026 to March 2027): / 第一年（2026年4月至2027年3月）
const MONTH = String.raw`(?:${MONTH_NAME}\.?\s+)?`;
const YEARS_IN_LEAD = new RegExp(
  String.raw`^([^。；;,，]{0,30}?)[（(]\s*${MONTH}(20\d\d)(?:\s*年)?(?:\s*\d{1,2}\s*月)?\s*(?:(?:-|至|到|to|through|until)\s*${MONTH}(?:(20\d\d)\s*年?)?(?:\s*\d{1,2}\s*月)?)?\s*[)）]\s*[:：。.]?`,
);
// A phase opened by its years: 2026—2027年为夯基期：/ 2028–2029: scale up / From 2026 to 2027, …
const RANGE_OPENING = /^(?:从|自|from\s+)?(20\d\d)\s*年?\s*(?:-|至|到|to|through)\s*(20\d\d)\s*(?:年度?)?(?=\s*(?:为|是|[,，:：.。]|$))/;
const DEADLINE = /^(?:到|至|by)/;
const CONTENT_CHARS = 10;
/** How far after a stage's cue in a heading a goal word still names the stage's goals (近期目标, Phase 1 goals). */
const GOAL_NAME_CHARS = 8;
/** How far after a stage's cue its years may stand and still name it. */
const STAGE_NAME_CHARS = 40;
// A sentence opening with an outline marker, a bullet (a dash, doubled in Chinese: ——2026年为夯基年) or a quoted five-year plan's name.
const MARKER_START = /^[（(\d一二三四五六七八九十\-•·*"“]/;
/** How near a sentence's start a stage cue must stand. */
const CUE_OPENING = 4;
/** How far in a stage cue may stand after words that modify it, when its years follow in brackets. */
const CUE_MODIFIED = 8;
const DATED_NAME = /^\s?\(\s?(?:20\d\d|1[01]\d)/;
/** The longest stage cue looked for at an opening (medium term). */
const MAX_CUE = 12;

// Where a stage may open: a heading, or each sentence of a paragraph. What
// follows it in the paragraph (or under the heading) is its content.
// (Plain functions, not a closure per sentence: the check's thread makes ~5,000 a long plan.)
function openingsOf(u: TextUnit): { text: string; at: number }[] {
  if (u.kind === 'heading') return [{ text: u.norm, at: 0 }];
  return sentences(u).map((s) => {
    const lead = s.norm.length - s.norm.trimStart().length;
    return { text: s.norm.slice(lead), at: s.start + lead };
  });
}

/** Whether a stage opening at `at` of the unit, its name `len` characters long, has content: text under the heading, or more of the paragraph. */
function hasContent(u: TextUnit, at: number, len: number): boolean {
  if (u.kind === 'heading') return (u.section?.blocks.length ?? 0) > 0 || (u.section?.children.length ?? 0) > 0;
  return u.norm.length - at > len + CONTENT_CHARS;
}

// The stage cues looked for at an opening, and a flag per UTF-16 unit that opens one: built
// once a vocabulary, not a set of first characters a check (every sentence's opening is asked).
const stageCueMemo = new WeakMap<readonly string[], { cues: string[]; firsts: Uint8Array }>();
function stageCues(): { cues: string[]; firsts: Uint8Array } {
  const list = vocabulary().stageCues;
  let memo = stageCueMemo.get(list);
  if (!memo) {
    const cues = list.map(normalizeForMatch).filter((c) => c !== '试点' && c !== '推广' && c !== '分阶段' && c !== '分步');
    const firsts = new Uint8Array(0x10000);
    for (const c of cues) firsts[c.charCodeAt(0)] = 1;
    stageCueMemo.set(list, (memo = { cues, firsts }));
  }
  return memo;
}

/** Whether some stage cue's first character is in the window (most openings hold none). */
function opensCue(window: string, firsts: Uint8Array): boolean {
  for (let i = 0; i < window.length; i++) if (firsts[window.charCodeAt(i)] === 1) return true;
  return false;
}

export function compute(ctx: FactContext): FactOutput<StagesValue> {
  const { cues, firsts } = stageCues();
  const goalWords = wordsPattern(vocabulary().goalHeadingCues, normalizeForMatch);
  const roc = usesRocYears(ctx);
  const horizon = ctx.read<HorizonValue>('horizon').value;
  // A stage year outside the plan's own period (a past milestone, a 2035 outlook) is no stage of it.
  const inPeriod = (y: number) => !horizon.found || ((horizon.start === null || y >= horizon.start) && y <= (horizon.end ?? y));
  const named = new Map<string, Stage>();
  const yearly = new Map<string, Stage>();
  // Which chapter each stage stands in.
  const placeOf = new Map<Stage, string | undefined>();
  const add = (into: Map<string, Stage>, key: string, unit: TextUnit, at: number, len: number, content: boolean, dated = true, ofGoals = false) => {
    const prev = into.get(key);
    if (prev) (prev.withContent ||= content), (prev.dated ||= dated), (prev.ofGoals &&= ofGoals);
    else {
      const stage: Stage = { name: key, withContent: content, dated, ofGoals, evidence: evidenceOf(unit, at, at + len) };
      into.set(key, stage);
      placeOf.set(stage, chapterOf(ctx.doc, unit));
    }
  };
  // A year in the words that name a stage: 第一阶段（2025—2026年）, Phase 1 (FY26), 近期（到2027年）.
  const yearNear = (text: string) => /20\d\d/.test(arabicYears(text.slice(0, STAGE_NAME_CHARS), roc));
  // The plan's whole period (规划（2024—2026年）) names no stage of it.
  const wholePeriod = (a: number, b: number | undefined) => horizon.found && a === horizon.start && (b ?? a) === horizon.end;
  // A phase named by its years (夯实基础（2025—2026年）：, Build the base (2024–2026):), its years as arabic.
  const phaseByYears = (years: string, u: TextUnit, at: number, shift: number) => {
    const p = YEARS_IN_LEAD.exec(years);
    if (p && inPeriod(Number(p[2])) && !wholePeriod(Number(p[2]), p[3] ? Number(p[3]) : undefined)) {
      add(yearly, p[3] && p[3] !== p[2] ? `${p[2]}-${p[3]}` : p[2], u, at + shift, p[0].length, hasContent(u, at, shift + p[0].length));
    }
  };
  // A sentence opening on a deadline under a goals heading (发展目标: 到2028年，…；到2030年，…) stages the
  // goals, not the work: no step of the implementation path. (A phase there, named or opened by its
  // years, 夯基期（2026—2027年）：完成…, 2030年为成型期：…, is a step all the same.)
  const inGoals = (u: TextUnit) => u.kind !== 'heading' && u.path.length > 0 && goalWords.test(normalizeForMatch(u.path[u.path.length - 1]!));

  for (const u of ctx.units) {
    if (u.kind === 'title' || u.kind === 'row') continue;
    for (const o of openingsOf(u)) {
      // Strip list and outline markers and a five-year plan's name: "（一）", "“十五五”前期（…）".
      // (Most sentences open with neither: the replaces run only where one may.)
      const text = MARKER_START.test(o.text) ? o.text.replace(/^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.、]|-{1,2}|[•·*])\s*/, '').replace(/^["“]?十[三四五六]五["”]?(?:时期)?/, '') : o.text;
      const shift = o.text.length - text.length;
      // A stage cue opens the sentence (near its start: 第一阶段：…, **Phase 1** …), not 智算中心一期.
      // (The cue starts near the start; an English cue is longer than the opening allowed.)
      const window = text.slice(0, u.kind === 'heading' ? 24 : CUE_OPENING + MAX_CUE);
      // (A cue starts at one of the window's characters: most windows hold no cue's first one.)
      const cue = !opensCue(window, firsts) ? undefined : cues.find((c) => {
        const at = window.indexOf(c);
        // (Or a few words in, when the stage gives its years at once: 规划实施前期（2026年、2027年），….)
        return at >= 0 && (u.kind === 'heading' || at <= CUE_OPENING - Math.min(c.length, CUE_OPENING) || (at <= CUE_MODIFIED && DATED_NAME.test(window.slice(at + c.length))));
      });
      if (cue) {
        const at = text.indexOf(cue);
        const ord = ORDINAL.exec(text.slice(at + cue.length))?.[0].trim() ?? '';
        // (A heading naming the stage's goals, 近期目标（到2026年底）, stages the goals, not the work.)
        const ofGoals = u.kind === 'heading' && goalWords.test(text.slice(at + cue.length, at + cue.length + GOAL_NAME_CHARS));
        add(named, ord ? `${cue} ${ord}` : cue, u, o.at + shift + at, cue.length, hasContent(u, o.at, shift + at + cue.length), yearNear(text.slice(at)), ofGoals);
        // (Named by its years too, 全面提升期（2028—2029年）, it is one of the plan's phases by years.)
        if (text.includes('(')) phaseByYears(arabicYears(text, roc), u, o.at, shift);
        continue;
      }
      // A year opening or a phase named by its years needs a 20xx (or a Minguo year) near the start.
      const head = text.slice(0, 48);
      if (!head.includes('20') && !(roc && head.includes('年'))) continue;
      const years = arabicYears(text, roc);
      const r = RANGE_OPENING.exec(years);
      if (r && inPeriod(Number(r[1])) && !wholePeriod(Number(r[1]), Number(r[2]))) {
        add(yearly, `${r[1]}-${r[2]}`, u, o.at + shift, r[0].length, hasContent(u, o.at, shift + r[0].length));
        continue;
      }
      const y = YEAR_OPENING.exec(years);
      if (y && inPeriod(Number(y[1]))) {
        add(yearly, y[1], u, o.at + shift, y[0].length, hasContent(u, o.at, shift + y[0].length), true, DEADLINE.test(years) && inGoals(u));
        continue;
      }
      if (years.includes('(')) phaseByYears(years, u, o.at, shift);
    }
  }
  // A table of stages: a 阶段 / Stage column, a row a stage.
  const yearHeaders = new Set(vocabulary().yearColumnHeaders.map((w) => normalizeForMatch(w).replace(/\s/g, '')));
  for (const { table } of ctx.tables) {
    if (isProjectTable(table)) continue;
    const header = table.rows[0]?.cells.map((c) => normalizeForMatch(c.text)) ?? [];
    // The stage column is the one a stage word names most nearly alone: 期程 | 年度 |
    // 階段重點與預期成果 is a column of stages and one of their content.
    const stageWords = wordsPattern(vocabulary().stageColumnWords, normalizeForMatch);
    let col = -1;
    header.forEach((h, i) => {
      if (stageWords.test(h) && (col < 0 || h.length < header[col].length)) col = i;
    });
    // (Or a first column headed by the year alone, Year | Main deliverables: a row a year, a stage
    // only where it says what it delivers, not a budget by year.)
    const byYearColumn = col < 0 && yearHeaders.has(header[0]?.replace(/[*\s]/g, '') ?? '');
    if (col < 0 && !byYearColumn) continue;
    if (byYearColumn) col = 0;
    for (let r = 1; r < table.rows.length; r++) {
      const cells = table.rows[r].cells;
      const label = cells[col]?.text.trim();
      const unit = rowUnit(ctx, table, r);
      if (!label || !unit) continue;
      const content = cells.some((c, i) => i !== col && c.text.trim().length > CONTENT_CHARS);
      if (byYearColumn && !content) continue;
      // (A row of a year outside the plan's period is a milestone passed (2019 | … in How we got
      // here), or an outlook, not a stage of it.)
      const year = /^(20\d\d)/.exec(arabicYears(normalizeForMatch(label), roc));
      if (year && !inPeriod(Number(year[1]))) continue;
      add(named, `table:${normalizeForMatch(label)}`, unit, 0, unit.text.length, content, cells.some((c) => yearNear(normalizeForMatch(c.text))));
    }
  }
  // Opening years stand together, in one chapter (2026年：… 2027年：…, yearly sections side by side): years
  // opening sentences in different chapters (至119年度結束時 in the goals, 117年底前完成 in the
  // safeguards) are deadlines, not stages.
  // (A year opening a sentence inside a phase's span, 到2027年底… under 夯基筑底期（2026—2027年）, is
  // that phase's deadline, no stage of its own.)
  const spans = [...yearly].filter(([k]) => k.includes('-')).map(([k, st]) => ({ years: k.split('-').map(Number), place: placeOf.get(st) }));
  for (const [k, st] of [...yearly]) {
    if (!k.includes('-') && spans.some(({ years: [a, b], place }) => place === placeOf.get(st) && a <= Number(k) && Number(k) <= b)) yearly.delete(k);
  }
  let { items, byYear } = choose([...named.values()], yearly, placeOf);
  // The steps: the same choice without the goals' years, which stage the goals only (a table of
  // 期程 beside 到2028年…；到2030年… in the goals is the plan's two steps).
  const goalDeadlines = [...yearly.values()].some((st) => st.ofGoals);
  const stepItems = goalDeadlines ? choose([...named.values()], new Map([...yearly].filter(([, st]) => !st.ofGoals)), placeOf).items : null;
  // An indicator table with a column per target year stages the goals by year.
  if (items.length < 2) {
    const ind = ctx.read<IndicatorsValue>('indicators').value;
    const years = ind.years.filter(inPeriod);
    const row = ind.items.find((i) => i.byYear.length >= 2);
    if (years.length >= 2 && row) {
      items = years.map((y) => ({ name: String(y), withContent: true, dated: true, fromIndicators: true, evidence: row.evidence }));
      byYear = true;
    }
  }
  const steps = (stepItems ?? items).filter((s) => !s.fromIndicators && !s.ofGoals);
  return {
    value: {
      count: items.length,
      withContent: items.filter((s) => s.withContent).length,
      dated: items.filter((s) => s.dated).length,
      steps: steps.length,
      stepsDated: steps.filter((s) => s.dated).length,
      byYear,
      items,
    },
    evidence: items.slice(0, 4).map((s) => s.evidence),
  };
}

/**
 * Several opening years (or by-year phases) read as stages when no named stages are there, or
 * when one chapter holds more of them than there are named ones (夯基筑底期（2026—2027年） /
 * 全面提升期（2028—2029年） / 示范引领期（2030年）, of which only 提升期 holds a stage word).
 */
function choose(named: Stage[], yearly: Map<string, Stage>, placeOf: Map<Stage, string | undefined>): { items: Stage[]; byYear: boolean } {
  let items = named;
  let byYear = false;
  if (items.length < 2 && yearly.size >= 2) {
    const places = [...yearly.values()].map((st) => placeOf.get(st));
    if (places.some((p, i) => places.indexOf(p) !== i)) {
      items = [...yearly.values()];
      byYear = true;
    }
  } else if (yearly.size > items.length) {
    // (Beside named stages, the phases by years of one chapter, when they are more.)
    const byPlace = new Map<string | undefined, Stage[]>();
    for (const st of yearly.values()) {
      const place = placeOf.get(st);
      const at = byPlace.get(place);
      if (at) at.push(st);
      else byPlace.set(place, [st]);
    }
    const together = [...byPlace.values()].reduce((a, b) => (b.length > a.length ? b : a));
    if (together.length >= 2 && together.length > items.length) {
      items = together;
      byYear = true;
    }
  }
  return { items, byYear };
}
