// What every fact reads: the document flattened once into text units (heading,
// paragraph, list item, table row) with their section path, original text,
// normalized text and position. Facts never re-walk the tree.
import type { Block, PlanDocument, Position, Section, Table } from '../document/model.ts';
import type { Evidence, StepId } from '../check/result.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { isBackMatter } from '../document/build-tree.ts';
import type { RuleDefinition } from '../rules/rule-schema.ts';

export type UnitKind = 'heading' | 'paragraph' | 'listItem' | 'row' | 'title';

export interface TextUnit {
  kind: UnitKind;
  text: string;
  norm: string;
  path: string[];
  position: Position;
  section: Section | null;
  /** For rows: the table and the row's index in it. */
  table?: Table;
  rowIndex?: number;
  /** For list items: the 1-based nesting depth of their list. */
  depth?: number;
  /** A line above the chapters with no sentence in it: who issues the plan, not its text. */
  letterhead?: true;
  /** A sentence mapping the plan's own sections ((Section 2) … (Section 5) …): the document's parts, not the plan's. */
  readingGuide?: true;
}

export interface FactContext {
  doc: PlanDocument;
  units: TextUnit[];
  sections: Section[];
  tables: { table: Table; path: string[]; section: Section | null }[];
  /** The rule being evaluated (the `parts` fact reads its parts). */
  rule?: RuleDefinition;
  /** Each section's parent (top-level sections have none). */
  parentOf?: Map<Section, Section>;
  /** The rule set being checked (a rule's scopePart names another rule's part). */
  rules?: RuleDefinition[];
  /** The one step a special plan covers, when it is checked under that step's profile (data-governance for a data strategy). */
  specialStep?: StepId;
  /** In a rule's scope: the sections whose headings named it (保障措施, 总体架构), outermost first. */
  scopeRoots?: Section[];
  /** In a scope that is the whole plan: the section whose sub-headings are the rule's parts, with its sub-sections: where alone a passage names one. */
  passageSections?: ReadonlySet<Section>;
  cache: Map<string, unknown>;
  /** Another fact's output, computed once per document (per rule for per-rule facts). */
  read<T = unknown>(name: string): FactOutput<T>;
}

export interface FactOutput<T = unknown> {
  value: T;
  evidence: Evidence[];
}

/** A fact describes itself: its name, the fields a condition may read, how it is computed, what it reports, what it reads. */
export interface FactModule<T = unknown> {
  name: string;
  /** Top-level keys of the fact's value a condition's path may read. */
  fields: string[];
  compute(ctx: FactContext): FactOutput<T>;
  /** What a rule reading this fact reports beside its message (the targets, the stages…). */
  details?(value: T): Record<string, unknown>;
  /** Other facts it reads through ctx.read. */
  dependencies?: string[];
  /** Depends on the rule being evaluated (not cached across rules). */
  perRule?: boolean;
}

// The registry is filled by facts/index.ts, which lists the modules; a context
// reads facts through it without importing them (no import cycle).
const registry = new Map<string, FactModule>();
export function registerFact(mod: FactModule): void {
  registry.set(mod.name, mod);
}
export function factModule(name: string): FactModule | undefined {
  return registry.get(name);
}

/** A fact's output for this document (and rule, for per-rule facts), computed once. */
function readFact(ctx: FactContext, name: string): FactOutput {
  const mod = registry.get(name);
  if (!mod) throw new Error(`unknown fact ${name}`);
  const key = mod.perRule ? `${name}@${ctx.rule?.id ?? ''}` : name;
  let out = ctx.cache.get(key) as FactOutput | undefined;
  if (!out) {
    out = mod.compute(ctx);
    ctx.cache.set(key, out);
  }
  return out;
}

const ZERO: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * A text normalized, its sentences that put off what they name blanked (数字基础设施另行规划，本规划不作展开。,
 * 標準規範另案訂定。, These will be addressed in a separate Data Risk Framework.): a part such a sentence names is
 * not set out, so no rule finds it there. Blanked with spaces, so offsets still hold.
 */
export function normalizedWithoutDeferrals(text: string): string {
  return withoutDeferrals(normalizeForMatch(text));
}

/** A normalized text, its sentences that put off what they name blanked. */
function withoutDeferrals(norm: string): string {
  // (One pattern of every cue: most paragraphs hold none, and every paragraph and cell of a plan is asked.)
  const deferral = wordsPattern(vocabulary().deferralCues, normalizeForMatch);
  if (!deferral.test(norm)) return norm;
  let out = '';
  for (const [start, end] of sentenceSpans(norm)) {
    const piece = norm.slice(start, end);
    out += deferral.test(piece) ? ' '.repeat(piece.length) : piece;
  }
  return out;
}

/** Whether a normalized cell fills nothing in: empty, a placeholder (—, 待定, TBD), or a deferral (另案規劃, Subject to a separate business case). */
function isPlaceholder(cell: string): boolean {
  const t = cell.trim().replace(/[。.]$/, '');
  return !t || normalizedList(vocabulary().placeholderCells).includes(t) || defersOnly(t);
}

/** The most a text may hold and still be read as nothing but a deferral: a sentence or two (将由另一政策局另行公布。). */
const DEFERRAL_ONLY_CHARS = 80;
/** Characters a deferral's other clauses may hold: its topic named again (各运营主体之间的利益分配), in Chinese and in English. */
const UNCUED_HAN = 16;
const UNCUED_LATIN = 40;
const HAS_HAN = /[\u3400-\u9fff]/;

// (One list a vocabulary: wordsPattern keeps a pattern by its list, and every cell of a plan asks.)
const deferralOnlyLists = new WeakMap<object, string[]>();
function deferralOnlyPattern(): RegExp {
  const v = vocabulary();
  let list = deferralOnlyLists.get(v);
  if (!list) deferralOnlyLists.set(v, (list = v.deferralOnlyCues.concat(v.deferralCues)));
  return wordsPattern(list, normalizeForMatch);
}

/**
 * Whether a short normalized text only puts off what its heading names (另案規劃。, 待运营主体确定后再行商定。,
 * Terms of reference to be developed.): every sentence of it holds a deferral's words. A part so headed is not
 * set out. (Only a short text of nothing else: 另行 in a long paragraph may give an extra award.)
 */
export function defersOnly(norm: string): boolean {
  const t = norm.trim();
  if (!t || t.length > DEFERRAL_ONLY_CHARS) return false;
  const cue = deferralOnlyPattern();
  if (!cue.test(t)) return false;
  // (What its clauses without a deferral say is at most the topic named again: 各运营主体之间的利益分配，待…再行商定。
  // Not a list of what it covers: 围绕事件处置、平台运行、数据质量、用户满意四个方面设置评价内容，细则另行制定。)
  const said = t.split(/[，,：:；;。.!！?？]/).filter((c) => c.trim() && !cue.test(c)).join('');
  return !said.includes('、') && said.replace(/\s/g, '').length <= (HAS_HAN.test(said) ? UNCUED_HAN : UNCUED_LATIN);
}

/**
 * A section of no sub-sections whose text only puts its heading off (### 二、资金保障 / 具体资金安排另行制定。,
 * ### 6.2 Trading platform / Subject to a separate business case.): it names a part the plan does not set out.
 */
function deferredSection(s: Section): boolean {
  if (s.children.length || !s.blocks.length || s.blocks.some((b) => b.type === 'table')) return false;
  const text = s.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
  // (Normalized only when short enough: most sections hold paragraphs, and a long plan has hundreds.)
  return text.trim().length <= DEFERRAL_ONLY_CHARS && defersOnly(normalizeForMatch(text));
}

/**
 * The plan as the facts read it: without its deferred sections. (Out of the tree, not only out of the list of
 * sections: a rule's scope walks a chapter's sub-sections, and 6.2 Trading platform among 6.3 Market rules and
 * 6.4 Monitoring would still name its part.) A branch keeps its objects where nothing under it went.
 */
function withoutDeferredSections(doc: PlanDocument): PlanDocument {
  const prune = (list: Section[]): Section[] => {
    let changed = false;
    const out: Section[] = [];
    for (const s of list) {
      if (deferredSection(s)) {
        changed = true;
        continue;
      }
      const children = prune(s.children);
      if (children !== s.children) changed = true;
      out.push(children === s.children ? s : { ...s, children });
    }
    return changed ? out : list;
  };
  const sections = prune(doc.sections);
  return sections === doc.sections ? doc : { ...doc, sections };
}

/**
 * A table's normalized cells, blanked where they name what the table leaves unfilled: a row whose cells
 * after its label are all placeholders (文化氛围 | — , Talent | TBD) names a part and sets none of it out,
 * and so does a header over a column of nothing but placeholders (评估周期 over —, —, —).
 */
function withoutPlaceholders(texts: string[][]): string[][] {
  const blank = (c: string) => ' '.repeat(c.length);
  // (Asked of the cells as written: a deferral (预算另行申请) is blanked from every cell, and a cell left blank so
  // is no empty cell of a group's row.)
  const rows = texts.map((r) => r.map(normalizeForMatch));
  const shown = rows.map((r) => r.map(withoutDeferrals));
  // (At least one placeholder written out: a row of empty cells is a group's row (一、数字基础设施 | | ) or a
  // merged cell's, and names what the rows under it fill in.)
  const unfilled = (cells: string[]) => cells.length > 0 && cells.every(isPlaceholder) && cells.some((c) => c.trim());
  const body = rows.slice(1);
  const header = shown[0]?.map((c, j) => (body.length && unfilled(body.map((r) => r[j] ?? '')) ? blank(c) : c));
  return shown.map((r, i) => (i === 0 ? (header ?? r) : r.length > 1 && unfilled(rows[i].slice(1)) ? r.map(blank) : r));
}

function blockUnits(block: Block, path: string[], section: Section | null, out: TextUnit[], tables: FactContext['tables']): void {
  if (block.type === 'table') {
    tables.push({ table: block, path, section });
    // (A cell at a time: 预算将另行申请 in a budget column puts off that cell, not the row.)
    const cells = withoutPlaceholders(block.rows.map((row) => row.cells.map((c) => c.text.trim())));
    block.rows.forEach((row, rowIndex) => {
      const text = row.cells.map((c) => c.text.trim()).join(' | ');
      out.push({ kind: 'row', text, norm: cells[rowIndex].join(' | '), path, position: row.position, section, table: block, rowIndex });
    });
    return;
  }
  if (!block.text.trim()) return;
  const unit: TextUnit = { kind: block.type, text: block.text, norm: normalizedWithoutDeferrals(block.text), path, position: block.position, section };
  if (block.type === 'listItem') unit.depth = block.depth;
  out.push(unit);
}

/** The plan's title heading, when one heading holds every chapter (its children are the chapters). */
export function titleSection(doc: PlanDocument): Section | undefined {
  if (doc.sections.length === 1) return doc.sections[0];
  // A title in two languages on two top headings (City of Port Mercier — … / Ville de Port-Mercier — …):
  // the first a bare line, the second over every chapter.
  const [first, second] = doc.sections;
  return doc.sections.length === 2 && !first.blocks.length && !first.children.length && second.children.length ? second : undefined;
}

/**
 * The title heading over every chapter, written as the document's title: it names the document
 * (…Implementation Plan, Smart Services Operations Plan), none of its parts.
 */
export function titleHeading(doc: PlanDocument): Section | null {
  const top = titleSection(doc);
  return top?.children.length && top.rawHeading === doc.title ? top : null;
}

/** The chapter a unit stands in, by its heading path: under a title heading, the title's child. */
export function chapterOf(doc: PlanDocument, unit: TextUnit): string | undefined {
  return unit.path[titleSection(doc) ? 1 : 0];
}

// 南川市科学技术局　南川市数据局, Office of Information Technology Services: a short line
// with no sentence mark (a foreword's text has one).
const LETTERHEAD_CHARS = 80;
const SENTENCE_MARK = /[。.!！?？;；，,：:]/;
const isIssuerLine = (norm: string): boolean => norm.trim().length > 0 && norm.length <= LETTERHEAD_CHARS && !SENTENCE_MARK.test(norm);

/** A unit of the plan's running text: not a heading, the title, or an issuer's line above the chapters. */
export function isBodyText(unit: TextUnit): boolean {
  return unit.kind !== 'heading' && unit.kind !== 'title' && !unit.letterhead && !unit.readingGuide;
}

// A pointer to one of the plan's own sections: (Section 5), （第三章）, (see chapter 4).
const SECTION_POINTER = /[(（]\s*(?:see\s+)?(?:section|chapter|part|第\s*[一二三四五六七八九十\d]{1,3}\s*[章节部篇])\s*[\d.]*\s*[)）]/g;
const READING_GUIDE_POINTERS = 3;

/** A sentence that maps the plan's own sections (… strategic priorities (Section 5); the roadmap (Section 7) …). */
function isReadingGuide(norm: string): boolean {
  if (!norm.includes('(') && !norm.includes('（')) return false;
  return (norm.match(SECTION_POINTER)?.length ?? 0) >= READING_GUIDE_POINTERS;
}

export function buildContext(plan: PlanDocument): FactContext {
  // (A section whose text only puts its heading off names what the plan leaves for later: no fact reads it.)
  const doc = withoutDeferredSections(plan);
  const units: TextUnit[] = [];
  const sections: Section[] = [];
  const tables: FactContext['tables'] = [];
  if (doc.title) units.push({ kind: 'title', text: doc.title, norm: normalizeForMatch(doc.title), path: [], position: doc.sections[0]?.position ?? ZERO, section: null });
  for (const b of doc.preamble) blockUnits(b, [], null, units, tables);
  if (doc.sections.length) for (const u of units) if (u.kind === 'paragraph' && isIssuerLine(u.norm)) u.letterhead = true;
  const parentOf = new Map<Section, Section>();
  const walk = (s: Section): void => {
    // (A glossary or a list of references names words without setting them out: no fact reads it.)
    if (isBackMatter(s.heading)) return;
    sections.push(s);
    for (const c of s.children) parentOf.set(c, s);
    units.push({ kind: 'heading', text: s.heading, norm: normalizeForMatch(s.heading), path: s.path, position: s.position, section: s });
    for (const b of s.blocks) blockUnits(b, s.path, s, units, tables);
    for (const c of s.children) walk(c);
  };
  for (const s of doc.sections) walk(s);
  for (const u of units) if ((u.kind === 'paragraph' || u.kind === 'listItem') && isReadingGuide(u.norm)) u.readingGuide = true;
  const ctx: FactContext = {
    doc,
    units,
    sections,
    tables,
    cache: new Map(),
    parentOf,
    read<T>(this: FactContext, name: string) {
      // A document's fact is computed over the whole document, whichever view asks
      // for it (a rule's section is a copy with fewer units): only a per-rule fact
      // takes the asking rule. The cache is the document's either way.
      const perRule = registry.get(name)?.perRule;
      return readFact(perRule ? { ...ctx, rule: this.rule } : ctx, name) as FactOutput<T>;
    },
  };
  return ctx;
}

/** The text unit of a table's row (indicators, stages and projects read rows by table and index). */
export function rowUnit(ctx: FactContext, table: Table, rowIndex: number): TextUnit | undefined {
  let byTable = ctx.cache.get('context:rows') as Map<Table, TextUnit[]> | undefined;
  if (!byTable) {
    byTable = new Map();
    for (const u of ctx.units) {
      if (u.kind !== 'row' || !u.table || u.rowIndex === undefined) continue;
      const rows = byTable.get(u.table) ?? [];
      rows[u.rowIndex] = u;
      byTable.set(u.table, rows);
    }
    ctx.cache.set('context:rows', byTable);
  }
  return byTable.get(table)?.[rowIndex];
}

// A paragraph typed as a bullet (——, —, ·, •) or with a typed item number (1. （1） ①) that the
// reader left as body text: a list item the parser could not see as one.
const TYPED_BULLET = /^\s*(?:——|—|–|·|•|▪|●|○|◆|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|\d{1,2}[)）]|[①-⑳])/;
/** A list item, or a paragraph typed as one. */
export function isListLike(unit: TextUnit): boolean {
  return unit.kind === 'listItem' || (unit.kind === 'paragraph' && TYPED_BULLET.test(unit.text));
}

/** Whether a text ends in a colon, spaces after it aside: /[：:]\s*$/ without its scan of the whole paragraph (trimEnd's spaces are \s). */
export function endsWithColon(text: string): boolean {
  const end = text.trimEnd();
  return end.endsWith(':') || end.endsWith('：');
}

/** A short quote of the original text around [start, end) of a unit (offsets shared with norm). */
export function quoteOf(unit: TextUnit, start = 0, end = unit.text.length, max = 80): string {
  const text = unit.text;
  if (end - start >= max) return text.slice(start, start + max).trim() + '…';
  // Widen to the sentence holding the match, within max characters.
  let a = start;
  let b = end;
  // (endsSentence is the same set of characters as a character code: every target's quote walks up to 120 of them.)
  while (a > 0 && b - a < max && !endsSentence(text.charCodeAt(a - 1))) a--;
  while (b < text.length && b - a < max && !endsSentence(text.charCodeAt(b - 1))) b++;
  const q = text.slice(a, b).trim();
  return (a > 0 ? '…' : '') + q + (b < text.length && !/[。；;！!？?]$/.test(q) ? '…' : '');
}

export function evidenceOf(unit: TextUnit, start?: number, end?: number): Evidence {
  return { path: unit.path, quote: quoteOf(unit, start, end), position: unit.position };
}

// Sentence ends: 。；;！!？? and newline (a '.' only before a space or the end).
// A switch, not a set: it runs on every character of the plan.
function endsSentence(c: number): boolean {
  switch (c) {
    case 0x3002:
    case 0xff1b:
    case 0x3b:
    case 0xff01:
    case 0x21:
    case 0xff1f:
    case 0x3f:
    case 0x0a:
      return true;
    default:
      return false;
  }
}
// Several facts (horizon, targets, stages) split the same units: split each once.
const sentenceMemo = new WeakMap<TextUnit, { norm: string; list: { start: number; end: number; norm: string }[] }>();

/** Sentences of a unit with their offsets (shared by the original and the normalized text). Read-only: shared between facts. */
export function sentences(unit: TextUnit): { start: number; end: number; norm: string }[] {
  const memo = sentenceMemo.get(unit);
  if (memo && memo.norm === unit.norm) return memo.list;
  const n = unit.norm;
  const out = sentenceSpans(n)
    .map(([start, end]) => ({ start, end, norm: n.slice(start, end) }))
    .filter((s) => s.norm.trim());
  sentenceMemo.set(unit, { norm: n, list: out });
  return out;
}

/** The spans of a normalized text's sentences: each up to and with its 。；;！!？? or a full stop before a space or the end. */
export function sentenceSpans(n: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= n.length; i++) {
    const c = n.charCodeAt(i);
    if (i === n.length || endsSentence(c) || (c === 0x2e && (n.charCodeAt(i + 1) === 0x20 || i + 1 === n.length))) {
      const end = i === n.length ? i : i + 1;
      out.push([start, end]);
      start = end;
    }
  }
  return out;
}
