// The indicator system (clause 7.4 c): tables whose header names indicators
// and target values (基期值/目标值/2025年, 属性 预期性/约束性), and their rows;
// indicator lists in prose under a heading about indicators.
import type { Evidence } from '../check/result.ts';
import type { Table } from '../document/model.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';
import { arabicYears, TARGET_DEADLINE, usesRocYears } from '../match/years.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { endsWithColon, evidenceOf, isListLike, rowUnit, type FactContext, type FactOutput, type TextUnit } from './context.ts';
import type { HorizonValue } from './horizon.ts';
import { isTotal } from './project-table.ts';

export interface IndicatorRow {
  name: string;
  baseline: string | null;
  target: string | null;
  /** The year of the target column (2025年, 目标值（2027年）, FY2028), when its header gives one. */
  targetYear: number | null;
  /** Every dated target of the row: one per year column after the baseline. */
  byYear: { year: number; value: string }[];
  attribute: string | null;
  evidence: Evidence;
}

export interface IndicatorsValue {
  found: boolean;
  tables: number;
  /** Target years the tables' columns give (2024, 2025, 2026: goals staged by year). */
  years: number[];
  rows: number;
  withTarget: number;
  proseItems: number;
  items: IndicatorRow[];
  /** The tables read as indicator tables (so that no other fact reads them as something else). */
  tablesRead: Table[];
}

export const name = 'indicators';
export const fields = ['found', 'tables', 'rows', 'withTarget', 'proseItems'];
export const dependencies = ['horizon'];

export function details(i: IndicatorsValue): Record<string, unknown> {
  return { indicators: i.items.map(({ name, baseline, target, attribute }) => ({ name, baseline, target, attribute })) };
}

const HAS_NUMBER = /\d/;
/** A row's sequence number (1, 2., (3)): no quantity. */
const SEQUENCE = /^[(（]?\d{1,3}[.)）]?$/;
// A quantity: a number with a unit or percent (not a bare year).
// (A count written with a thousands separator, 20,000 residents, is one too: no year is.)
const QUANTITY = /\d+(?:\.\d+)?\s*(?:%|％|个|项|家|万|亿|倍|户|人|座|条|所|套|次|小时|分钟|天|gb|mbps|percent|per cent|million|billion)|[≥≤]\s*\d|(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d.])/;

/**
 * Characters of an inline lead naming the indicators (主要指标：, Key indicators:), its sentence's start
 * at most: the lead may go on after naming them (本方案设置8项主要指标，作为年度考核和评估的依据：).
 */
const INLINE_LEAD = 40;

/**
 * Quantified clauses after each inline indicator lead in one paragraph, up to its sentence's end
 * (服务类指标3项：…。治理类指标2项：…): split at ；/;, and at a comma (or 、) after a closing bracket,
 * where each indicator carries its attribute (网上可办率100%（约束性），满意度95%（预期性）).
 */
function inlineIndicators(norm: string, indicatorWords: RegExp): number {
  let n = 0;
  for (const m of norm.matchAll(/[：:]/g)) {
    const lead = norm.slice(Math.max(0, m.index! - INLINE_LEAD), m.index).split(/[。．.；;]/).pop() ?? '';
    if (!indicatorWords.test(lead)) continue;
    n += norm.slice(m.index! + 1).split(/[。．]/)[0].split(/[；;]|(?<=[)）])\s*[，,、]/).filter((c) => QUANTITY.test(c)).length;
  }
  return n;
}

/** A count of indicators (设置七项主要指标, 共十项指标, a set of seven indicators): what follows in its paragraph lists them. */
const COUNT = String.raw`(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:项|个|类|条)[^。；;，,]{0,8}?|\b(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:[a-z-]+\s+){0,2}`;
let counted: { cues: readonly string[]; re: RegExp } | undefined;
function countedIndicators(indicatorCues: readonly string[]): RegExp {
  if (counted?.cues !== indicatorCues) {
    const words = normalizedList(indicatorCues).map(escapeRegExp);
    counted = { cues: indicatorCues, re: new RegExp(`(?:${COUNT})(?:${words.join('|')})`) };
  }
  return counted.re;
}

/**
 * Quantified clauses after a sentence that counts the indicators, to its paragraph's end (本方案设置七项主要指标，
 * 以2025年为基期。一是…由85%提升至100%；二是…; The Board will track a set of seven indicators. The first … stands at
 * 62 per cent in 2025 and must reach 100 per cent by 2026. The second …): the indicators set out in prose, one a clause.
 */
function countedClauses(norm: string, indicatorCues: readonly string[]): number {
  const m = countedIndicators(indicatorCues).exec(norm);
  if (!m) return 0;
  const end = norm.slice(m.index).search(/[。．]|\.(?=\s|$)/);
  if (end < 0) return 0;
  return norm.slice(m.index + end + 1).split(/[。．；;]|\.(?=\s|$)/).filter((c) => QUANTITY.test(c)).length;
}

/** Characters of a list item that only states a year over the items under it. */
const YEAR_ITEM = 40;

/** A list item naming a year (By March 2027, End of 2026, 2027年底) and no quantity of its own: the lead of the targets listed under it. */
function yearItem(unit: TextUnit, roc: boolean): boolean {
  if (!isListLike(unit) || unit.norm.length > YEAR_ITEM || QUANTITY.test(unit.norm)) return false;
  // A cited document's year (《…（2021—2025年）》) dates nothing of this plan's.
  return /(?<!\d)20\d\d(?!\d)/.test(arabicYears(unit.norm, roc).replace(/《[^》]*》/g, ''));
}
/** Characters of a label a paragraph may be (What we will achieve, 本领域目标): no sentence in it. */
const LABEL_CHARS = 30;
const isLabel = (norm: string) => {
  const t = norm.trim();
  return t.length > 0 && t.length <= LABEL_CHARS && !/[。．.；;！!？?，,]/.test(t);
};

/** Quantified items after a lead sentence that make an indicator list. */
const MIN_LIST = 3;

function columnOf(header: string[], cues: string[], skip: Set<number>): number {
  const norm = normalizedList(cues);
  return header.findIndex((h, i) => !skip.has(i) && norm.some((c) => h.includes(c)));
}

/** The year a column header names (2025年, 115年目標 in a Minguo-dated plan, FY2027), or null. */
function headerYear(header: string, roc: boolean): number | null {
  const m = /(?<!\d)(20\d\d)(?!\d)/.exec(arabicYears(header, roc));
  return m ? Number(m[1]) : null;
}

interface Layout {
  nameCol: number;
  baseCol: number;
  targetCol: number;
  attrCol: number;
  headerRow: number;
  /** Columns after the baseline whose header names a year: the row's dated targets. */
  yearCols: { col: number; year: number }[];
  /** A column giving each row's own deadline (By, Target date, 完成时限): dates the target column's value. */
  dueCol: number;
}

/** A deadline column: its header is the cue (By, By when) or starts with it; an English cue is a whole word. */
function dueColumn(header: string[], skip: Set<number>): number {
  const cues = normalizedList(vocabulary().indicatorHeaderCues.due);
  // A header with a number in it (Year 1, 2027年) is a year column, not the rows' deadline.
  return header.findIndex(
    (h, i) => !skip.has(i) && !/\d/.test(h) && cues.some((c) => (/[a-z]/.test(c) ? h.trim() === c || (h.trim().startsWith(c) && !/[a-z]/.test(h.trim()[c.length])) : h.includes(c))),
  );
}

function readTable(table: Table, roc: boolean): Layout | null {
  const cues = vocabulary().indicatorHeaderCues;
  // The header is one of the first two rows (a caption row may come first).
  for (let r = 0; r < Math.min(2, table.rows.length); r++) {
    const header = table.rows[r].cells.map((c) => normalizeForMatch(c.text));
    const nameCol = columnOf(header, cues.name, new Set());
    if (nameCol >= 0) {
      const layout = readHeader(header, nameCol, r, roc);
      if (layout) return layout;
    }
    // By shape only under a true header: the first row, or the second below a caption row.
    if (r > 0 && table.rows[0].cells.filter((c) => c.text.trim()).length > 1) continue;
    if (nameCol < 0) {
      const byShape = nameColumnByShape(table, r, header, roc);
      if (byShape >= 0) return readHeader(header, byShape, r, roc);
      const byTarget = nameColumnByTargetAndDue(table, r, header);
      if (byTarget >= 0) {
        const layout = readHeader(header, byTarget, r, roc);
        if (layout) return layout;
      }
    }
    const byYearRows = nameColumnByYearRows(table, r, header);
    if (byYearRows) return readHeader(header, byYearRows.nameCol, r, roc, byYearRows.yearCol);
  }
  return null;
}

/**
 * A table of targets whatever its first column is called (量化目标, 事项, Outcome):
 * two or more year columns with numbers under them; its indicator names are the
 * text column before the first of them whose cells are longest.
 */
function nameColumnByShape(table: Table, headerRow: number, header: string[], roc: boolean): number {
  const years = header.map((h, col) => (headerYear(h, roc) !== null ? col : -1)).filter((c) => c >= 0);
  if (years.length < 2) return -1;
  const body = table.rows.slice(headerRow + 1).map((row) => row.cells.map((c) => c.text.trim()));
  const numeric = (col: number) => body.filter((cells) => HAS_NUMBER.test(cells[col] ?? '')).length;
  if (body.length < MIN_LIST || numeric(years[years.length - 1]) < body.length / 2) return -1;
  // (Not a column of mostly short numbers: a sequence or a code.)
  return longestTextColumn(body, years[0], (texts) => texts.filter((t) => HAS_NUMBER.test(t) && t.length < 4).length > body.length / 2);
}

/** The column before `end` whose cells are longest on average, passing over those `skip` rejects; -1 if none. */
function longestTextColumn(body: string[][], end: number, skip: (texts: string[]) => boolean): number {
  let best = -1;
  let bestLength = 0;
  for (let col = 0; col < end; col++) {
    const texts = body.map((cells) => cells[col] ?? '');
    if (skip(texts)) continue;
    const length = texts.reduce((n, t) => n + t.length, 0) / body.length;
    if (length > bestLength) (best = col), (bestLength = length);
  }
  return best;
}

/**
 * A task list that quantifies each task (重点任务 | 目标值 | 完成时限 | 责任单位, Commitment | Target |
 * Deadline | Owner): a target column with a quantity in most rows and a deadline column; its names
 * are the longest text column before the target. (Not a table naming projects: its 建设目标 and
 * 建设周期 are a project's fields, read by the projects fact.)
 */
function nameColumnByTargetAndDue(table: Table, headerRow: number, header: string[]): number {
  const cues = vocabulary().indicatorHeaderCues;
  const target = columnOf(header, cues.target, new Set());
  if (target <= 0 || dueColumn(header, new Set([target])) < 0) return -1;
  const projectColumns = normalizedList(vocabulary().projectCues.nameColumns);
  if (header.some((h) => projectColumns.some((c) => h.includes(c)))) return -1;
  const body = table.rows.slice(headerRow + 1).map((row) => row.cells.map((c) => normalizeForMatch(c.text.trim())));
  if (body.length < MIN_LIST || body.filter((cells) => countOf(cells[target] ?? '')).length < body.length / 2) return -1;
  // (Not a column of row numbers.)
  return longestTextColumn(body, target, (texts) => texts.some((t) => SEQUENCE.test(t)));
}

/**
 * A table whose rows are dated by a Year column (Year | Milestone | How we will know,
 * 年份 | 工作目标 | 衡量标准) with a quantity in most rows: its names are the first
 * text column after the year.
 */
function nameColumnByYearRows(table: Table, headerRow: number, header: string[]): { nameCol: number; yearCol: number } | null {
  // Keyed by the year itself (Year, 年份, 年度: vocabulary yearColumnHeaders), not by a deadline or a timescale of each row's own.
  const years = new Set(vocabulary().yearColumnHeaders.map((w) => normalizeForMatch(w).replace(/\s/g, '')));
  const due = header.findIndex((h) => years.has(h.replace(/\s/g, '')));
  if (due < 0) return null;
  const body = table.rows.slice(headerRow + 1).map((row) => row.cells.map((c) => normalizeForMatch(c.text.trim())));
  if (body.length < MIN_LIST) return null;
  // The rows are keyed by a bare year (2026, 2026年, FY2027, 2026–27), not by a span or a date.
  if (body.filter((cells) => /^\D{0,3}20\d\d(?:\s*[-–—/]\s*\d{2})?\D{0,3}$/.test(cells[due] ?? '')).length < body.length / 2) return null;
  if (body.filter((cells) => cells.some((c, col) => col !== due && !SEQUENCE.test(c) && countOf(c))).length < body.length / 2) return null;
  const nameCol = header.findIndex((_, col) => col !== due && body.some((cells) => (cells[col] ?? '').length > 4));
  return nameCol >= 0 ? { nameCol, yearCol: due } : null;
}

/** @param yearCol the Year column (年度, FY) dating the rows, whose targets are read from the row's cells (nameColumnByYearRows). */
function readHeader(header: string[], nameCol: number, r: number, roc: boolean, yearCol = -1): Layout | null {
  const cues = vocabulary().indicatorHeaderCues;
  const used = new Set([nameCol]);
  const attrCol = columnOf(header, cues.attribute, used);
  if (attrCol >= 0) used.add(attrCol);
  const baseCol = columnOf(header, cues.baseline, used);
  if (baseCol >= 0) used.add(baseCol);
  // Target date is the deadline, not the target: set aside before the target's cues are read.
  const due = yearCol >= 0 ? yearCol : dueColumn(header, used);
  if (due >= 0) used.add(due);
  let targetCol = columnOf(header, cues.target, used);
  // (A goal column before the names, 目標 | KPI | 2025年基準 | 2027年 | 2029年, says which goal each
  // indicator serves: its cells are no targets.)
  if (targetCol >= 0 && targetCol < nameCol) {
    used.add(targetCol);
    targetCol = columnOf(header, cues.target, used);
  }
  // A year column after the baseline reads as the target ("2020年 | 2025年").
  if (targetCol < 0) targetCol = header.findIndex((h, i) => !used.has(i) && /20\d\d/.test(h));
  const yearCols = header
    .map((h, col) => ({ col, year: used.has(col) ? null : headerYear(h, roc) }))
    .filter((c): c is { col: number; year: number } => c.year !== null && c.col !== baseCol && c.col > nameCol);
  // The target is the last year the table reaches (115年目標 | 117年目標: 117).
  if (yearCols.length && (targetCol < 0 || yearCols.some((c) => c.col === targetCol))) {
    targetCol = yearCols.reduce((a, b) => (b.year > a.year ? b : a)).col;
  }
  // Rows dated by a Year column (Year | What we will achieve | Measure): the target is in a text
  // column of the row, found by its quantity when the rows are read.
  if (targetCol < 0 && attrCol < 0 && yearCol < 0) return null;
  return { nameCol, baseCol, targetCol, attrCol, headerRow: r, yearCols, dueCol: yearCols.length ? -1 : due };
}

/** A number that is not a year (60 services, 85%, 300个): English counts have no unit word to go by. */
function countOf(text: string): boolean {
  return QUANTITY.test(text) || [...text.matchAll(/(?<![\d.])\d[\d,.]*(?![\d年])/g)].some((m) => !/^(?:19|20)\d\d$/.test(m[0]));
}

/** In a table dated by a deadline column and with no target column, the row's cell that states a quantity. */
function quantityCell(cells: string[], layout: Layout): string | null {
  const i = cells.findIndex((c, col) => col !== layout.dueCol && col !== layout.baseCol && !SEQUENCE.test(c.trim()) && countOf(normalizeForMatch(c)));
  return i >= 0 ? cells[i] : null;
}

export function compute(ctx: FactContext): FactOutput<IndicatorsValue> {
  const items: IndicatorRow[] = [];
  let tables = 0;
  const roc = usesRocYears(ctx);
  const years = new Set<number>();
  const tablesRead: Table[] = [];
  // The plan's first year: a table whose year columns all come before it records past figures
  // (Measure | 2023/24 | 2024/25 in the current state of a 2026–2030 plan), no targets.
  const start = ctx.read<HorizonValue>('horizon').value.start;
  for (const { table } of ctx.tables) {
    const layout = readTable(table, roc);
    if (!layout) continue;
    const yearTargets = layout.yearCols.length > 0 && (layout.targetCol < 0 || layout.yearCols.some((c) => c.col === layout.targetCol));
    if (start !== null && yearTargets && layout.yearCols.every((c) => c.year < start)) continue;
    // (Nor is a table whose years add up to a total (項目 | 2026年 | 2027年 | 合計): amounts spent by
    // year, a budget. No indicator's targets are summed over the years.)
    if (yearTargets && table.rows[layout.headerRow]?.cells.some((c) => isTotal(c.text))) continue;
    tables++;
    tablesRead.push(table);
    for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
      const cells = table.rows[r].cells.map((c) => c.text.trim());
      const name = cells[layout.nameCol] ?? '';
      if (!name || HAS_NUMBER.test(name) && name.length < 3) continue;
      const unit = rowUnit(ctx, table, r);
      if (!unit) continue;
      const get = (i: number) => (i >= 0 && cells[i] ? cells[i] : null);
      const byYear = layout.yearCols.filter((c) => HAS_NUMBER.test(cells[c.col] ?? '')).map((c) => ({ year: c.year, value: cells[c.col]! }));
      for (const y of byYear) years.add(y.year);
      // A row's own deadline dates its target, but is not a year column: the goals are not staged by it.
      const due = layout.dueCol >= 0 ? headerYear(cells[layout.dueCol] ?? '', roc) : null;
      const target = layout.targetCol >= 0 ? get(layout.targetCol) : quantityCell(cells, layout);
      if (due !== null && target && HAS_NUMBER.test(target)) byYear.push({ year: due, value: target });
      const targetYear = layout.yearCols.find((c) => c.col === layout.targetCol)?.year ?? due;
      items.push({ name, baseline: get(layout.baseCol), target, targetYear, byYear, attribute: get(layout.attrCol), evidence: evidenceOf(unit) });
    }
  }
  // Lists: items with a number under a heading about indicators, or a run of at
  // least three quantified items after a lead sentence ("到2027年，力争达到：",
  // "Our targets for 2027:"): an indicator list, as a table would be.
  let proseItems = 0;
  const listed = new Set<TextUnit>();
  const indicatorWords = wordsPattern(vocabulary().indicatorHeadingCues, normalizeForMatch);
  for (let i = 0; i < ctx.units.length; i++) {
    const lead = ctx.units[i];
    // A lead sentence made a heading (5.2 於2028年前，我們會：) leads its section's list as well.
    const leadHeading = lead.kind === 'heading' && TARGET_DEADLINE.test(arabicYears(lead.norm, roc));
    // So does a list item that only states a year (- **By March 2027 (Year 1)**, - 2027年：) over its targets' items.
    // So does a short label (**What we will achieve**, **本领域目标**) over a list
    // whose every item is a dated target (By 2028, 80% of…): only those count.
    // (Or a heading: a bold line alone is read as one.)
    const label = ((lead.kind === 'paragraph' && !isListLike(lead)) || lead.kind === 'heading') && isLabel(lead.norm);
    if (!leadHeading && !label && (lead.kind !== 'paragraph' || !endsWithColon(lead.norm) || isListLike(lead)) && !yearItem(lead, roc)) continue;
    const dated = label && !endsWithColon(lead.norm);
    const run: TextUnit[] = [];
    // A lead that names the indicators (设置…共15项主要指标，具体如下：) leads the paragraphs after it too,
    // one a domain (数字政府方面，到2028年，…达到90%，…): its list, typed as paragraphs.
    const namesIndicators = lead.kind === 'paragraph' && indicatorWords.test(lead.norm);
    const item = (u: TextUnit) => isListLike(u) || (namesIndicators && u.kind === 'paragraph' && !endsWithColon(u.norm));
    for (let k = i + 1; k < ctx.units.length && item(ctx.units[k]) && ctx.units[k].section === lead.section; k++) {
      // (Under a label, an undated item ends the targets, and a number besides the year is the
      // target's value, of whatever unit: 12 town-centre streets. An unquantified one is a target still, no indicator.)
      if (dated) {
        const text = arabicYears(ctx.units[k].norm, roc);
        const dueBy = TARGET_DEADLINE.exec(text);
        if (!dueBy) break;
        if (/\d/.test(text.replace(dueBy[0], ''))) run.push(ctx.units[k]);
      } else if (QUANTITY.test(ctx.units[k].norm)) run.push(ctx.units[k]);
    }
    if (run.length >= MIN_LIST) for (const u of run) listed.add(u);
  }
  // A paragraph that names its indicators inline (…取得阶段性成效。主要指标：A达到x；B达到y；C达到z。
  // Key indicators: …; …; …): a run of quantified clauses after an indicator lead, as a list would be.
  const inline = new Set<TextUnit>();
  for (const u of ctx.units) {
    const n = u.kind === 'paragraph' && !listed.has(u) ? Math.max(inlineIndicators(u.norm, indicatorWords), countedClauses(u.norm, vocabulary().indicatorHeadingCues)) : 0;
    if (n < MIN_LIST) continue;
    inline.add(u);
    proseItems += n;
    if (items.length < 200) items.push({ name: u.text.slice(0, 30), baseline: null, target: null, targetYear: null, byYear: [], attribute: null, evidence: evidenceOf(u) });
  }
  // Whether a section's path names indicators, once a section (its units share its path), not once a unit.
  const pathNames = new Map<string[], boolean>();
  const underIndicatorHeading = (path: string[]) => {
    let v = pathNames.get(path);
    if (v === undefined) pathNames.set(path, (v = path.some((h) => indicatorWords.test(normalizeForMatch(h)))));
    return v;
  };
  for (const u of ctx.units) {
    if (inline.has(u)) continue;
    const underIndicators = (u.kind === 'listItem' || u.kind === 'paragraph') && underIndicatorHeading(u.path) && HAS_NUMBER.test(u.norm);
    if (underIndicators || listed.has(u)) {
      proseItems++;
      if (items.length < 200) items.push({ name: u.text.slice(0, 30), baseline: null, target: null, targetYear: null, byYear: [], attribute: null, evidence: evidenceOf(u) });
    }
  }
  const tableRows = items.length - proseItems;
  const withTarget = items.filter((i) => i.target && HAS_NUMBER.test(i.target)).length + proseItems;
  return {
    value: { found: tables > 0 || proseItems > 0, tables, years: [...years].sort((a, b) => a - b), rows: tableRows, withTarget, proseItems, items, tablesRead },
    evidence: items.slice(0, 3).map((i) => i.evidence),
  };
}
