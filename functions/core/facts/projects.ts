// Key projects (clause 13.2) from tables or prose (重点工程/重点项目/专栏), and
// for each which of the six fields it states: goal, content, mode, period,
// budget, lead unit. A table's columns under any usual name (实施主体 / 牵头单位 /
// Sponsor; 总投资 / 投资估算 / Estimated cost; 建设周期 / 起止年限 / Timeline) and lead
// phrases in prose (实施主体：…；投资估算：…) give the fields. The words are
// vocabulary.json's projectCues and projectFields.
import type { Section, Table } from '../document/model.ts';
import type { Evidence, Localized } from '../check/result.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { holdsTerm } from '../match/concepts.ts';
import { endsWithColon, evidenceOf, normalizedWithoutDeferrals, rowUnit, type FactContext, type FactOutput, type TextUnit } from './context.ts';
import type { IndicatorsValue } from './indicators.ts';
import { isTotal } from './project-table.ts';
import { enumeratedPassages } from './part-labels.ts';

export interface Project {
  name: string;
  fields: Record<string, boolean>;
  missing: string[];
  evidence: Evidence;
}

export interface ProjectsValue {
  count: number;
  /** Projects stating all six fields. */
  complete: number;
  /** Share of the six fields stated, averaged over projects (0..1). */
  fieldShare: number;
  /** The fewest fields any project states (0 with no projects). */
  leastFields: number;
  /** Each incomplete project by name with the fields it lacks, for the message. */
  gaps: Localized;
  /** What the projects state: every field, or most of them and which project lacks which. */
  fieldsStated: Localized;
  items: Project[];
}

export const name = 'projects';
export const fields = ['count', 'complete', 'fieldShare', 'leastFields', 'gaps', 'fieldsStated'];
export const dependencies = ['indicators'];

export function details(p: ProjectsValue): Record<string, unknown> {
  return { projects: p.items.map(({ name, fields, missing }) => ({ name, fields, missing })) };
}

// A project's name as the lead of its paragraph, after its number if any (1. Sensor Network.): up to 。：: (or ". " in English), short.
const LIST_LEAD = /^(?:\d{1,2}[.)、]\s*)?((?:(?!\.\s)[^。：:，,；;]){2,24}|[a-z0-9][^.:;!?]{1,58})(?:[。：:]|\.\s)/;

// A heading that numbers its project (重点项目4：城市数字底座工程, 项目一：…, 项目卡片2：…, Project 3 — …) is one, whatever it is called.
// A project's code may lead its number (Project G1 –, Project A-2:, 项目S3：).
const NUMBERED_PROJECT = /^(?:重点|重大|示范)?(?:项目|工程)(?:卡片|卡)?\s*(?:[a-z]{1,3}-?)?[\d一二三四五六七八九十]+\s*[:：.、]|^(?:key |flagship )?project\s*(?:card|profile|sheet)?\s*(?:[a-z]{1,3}-?)?\d+\s*[:.—–-]/;

// The section's own number before a paragraph (11.2 項目一：…).
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\s*/;
// A numbered project's name after its number, up to the end of its clause.
const INLINE_NAME = /^\s*([^。；;：:\n]{2,40}?)\s*(?:[。；;：:]|\.\s)/;

// A paragraph led by a numbered action (行動方案1-1「新港e市府」：…, Action 2.1 – Resident account: …):
// a project when it states who leads it, what it costs and when it runs (主責：…；經費約3.2億元；期程2026-2028年).
// (Its words: vocabulary.json projectCues.actionLeads, as wordsPattern joins them; built once a loaded list.)
const actionPatterns = new WeakMap<readonly string[], RegExp>();
function numberedAction(): RegExp {
  const list = vocabulary().projectCues.actionLeads;
  let re = actionPatterns.get(list);
  if (!re) {
    const words = wordsPattern(list, normalizeForMatch).source;
    actionPatterns.set(list, (re = new RegExp(`^((?:${words})\\s*[\\d一二三四五六七八九十]+(?:\\s*[-.．]\\s*\\d+)?[^。：:；;\\n]{0,36})[：:。]`)));
  }
  return re;
}
// (Plain text pasted from Word may hold several, a line each, in one paragraph.)
function numberedActions(u: TextUnit): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const action = numberedAction();
  let at = 0;
  for (const line of u.norm.split('\n')) {
    const a = action.exec(line);
    if (a) {
      const f = fieldsOf(line);
      if (f.lead && f.budget && f.period) out.push({ name: u.text.slice(at, at + a[1].length).trim(), text: line });
    }
    at += line.length + 1;
  }
  return out;
}

// A numbered initiative or programme (Initiative 1 – Eastern Townships Fiber Build) is a project
// when its section gives a project's fields (Estimated cost:, Lead:, Timeline:); a strategy's
// numbered initiatives without them are lines of action.
const NUMBERED_INITIATIVE = /^(?:key |flagship |strategic )?(?:initiative|programme|program|scheme)\s*(?:[a-z]{1,3}-?)?\d+\s*[:.—–-]/;
/** Fields a numbered initiative's section states, at least, to be a project. */
const INITIATIVE_FIELDS = 2;

/** Characters of a line that is only a project's name. */
const NAME_LINE = 100;
// A list word that ends in a Chinese noun (重点工程, 重点计划): its last two characters name each project.
const CJK_NOUN = /[\u3400-\u9fff]{2}$/;
// A line that is only a name, after a code or a number (P1. …, KP-3 …, 3、…), with no stop but its own.
const CODED_NAME_LINE = /^\s*(?:[a-z]{0,3}-?\d{1,2}(?:[.:)、]\s*|\s+))?([^。：:；;\n]{2,60}?)[.。]?\s*$/;

// A sentence about the projects as a whole: plural project words, each project, 以下/如下/下列/下表, the
// following, how many (共8项, 推動兩項重點計畫, 本方案的三个重点工程是).
const LIST_INTRO =
  /\b(?:projects|programmes|programs|initiatives|schemes)\b|\beach (?:project|initiative|programme|program|scheme|card)\b|\b(?:following|below)\b|以下|如下|下列|下表|(?:共|推动|推进|实施|安排|部署).{0,10}?[\d一二两三四五六七八九十]+\s*(?:项|个)|[\d一二两三四五六七八九十]+\s*(?:项|个)\s*(?:重点|重大|示范)?(?:项目|工程|计划)/;

// A paragraph led by one of a project's fields (建设目标：…, 投资估算：…, Lead: …).
const FIELD_LEAD = /^[^。：:，,]{2,16}[：:]/;
function namesField(text: string): boolean {
  const m = FIELD_LEAD.exec(text);
  return m !== null && namesAnyField(m[0]);
}

// A colon after a short opening, emphasis and a bullet allowed around it (**Budget:** …, 投资估算：…).
const LEAD_COLON = /^[\s*_•·-]*[^。：:，,\n]{2,16}[*_]*[：:]/;

/** A line as its lead reads, normalized: without a bullet or the emphasis around a field's name (**Budget:** …). */
function leadOf(line: string): string {
  return normalizeForMatch(line.replace(/^[\s*_•·-]+/, '').replace(/[*_]+(?=[：:])|(?<=[：:])[*_]+/g, ''));
}

/** Whether a short paragraph ending in a colon names the projects it introduces (重點計畫如下：, Our key projects are:). */
function introducesProjects(norm: string, isList: (h: string) => boolean): boolean {
  return norm.length <= INTRO_LINE && endsWithColon(norm) && isList(norm);
}

/** Characters of a card's paragraph that describes the project. */
const DESCRIPTION = 20;

/**
 * How many of a project's fields lead lines of a section's text (Sponsor: …, Budget: …, 牵头单位：…), or
 * 0 when a field leads twice: the section then lists several projects, each read on its own.
 */
function ledFields(s: Section): number {
  const led = new Set<string>();
  for (const b of s.blocks) {
    if (b.type === 'table') continue;
    for (const line of b.text.split('\n')) {
      // (Most lines lead with no field: only a line with a colon near its start is normalized.)
      if (!LEAD_COLON.test(line)) continue;
      const m = FIELD_LEAD.exec(leadOf(line));
      if (!m) continue;
      const f = fieldsOf(m[0]);
      for (const k of Object.keys(f)) {
        if (!f[k]) continue;
        if (led.has(k)) return 0;
        led.add(k);
      }
    }
  }
  return led.size;
}

/** A section's own text, its tables' cells among it. */
function sectionText(s: Section): string {
  return s.blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(' ') : b.text)).join(' ');
}

/** Whether a text (a lead, a heading) names one of a project's fields (建设目标, Timeline). */
function namesAnyField(text: string): boolean {
  return Object.values(fieldsOf(text)).some(Boolean);
}

/** Characters of a paragraph that introduces a list of projects (重點計畫如下：, Our key projects are:). */
const INTRO_LINE = 40;
// An item's enumerator before its name: （一）, (1), 一、, 1., ①, a typed bullet.
const ENUMERATOR = /^\s*(?:[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．)）](?!\d)|[①-⑳]|[•·▪●])\s*/;

/** Characters of a paragraph that titles the table under it (附件 重点工程一览表, Table 4 Project list). */
const TABLE_TITLE = 40;

/**
 * The short paragraph right above a table: its title when the list is an annex or sits in a
 * plan pasted as plain text, under no heading of its own (重点工程一览表).
 */
function titleAbove(ctx: FactContext, table: Table, section: Section | null): string {
  const blocks = section ? section.blocks : ctx.doc.preamble;
  const above = blocks[blocks.indexOf(table) - 1];
  return above?.type === 'paragraph' && above.text.length <= TABLE_TITLE ? above.text : '';
}

/** One project code and nothing else (A1, P3, 3); two or more (A1, A2, A3; P1–P4; 1、2、3). */
const CODE = /^\s*[a-z]{0,2}\d{1,2}\s*$/i;
const CODE_LIST = /^\s*[a-z]{0,2}\d{1,2}(?:\s*[,，、;；/–—-]\s*[a-z]{0,2}\d{1,2})+\s*$/i;

// The plan's headings as codes are looked up in them, normalized once a plan rather than once a code.
const rawHeadings = new WeakMap<FactContext['sections'], string[]>();
/** Whether a section's heading opens with the code and goes on to a name (P1 Customer Hub, A3：智慧停车). */
function sectionOpensWith(ctx: FactContext, code: string): boolean {
  const c = normalizeForMatch(code.trim());
  let heads = rawHeadings.get(ctx.sections);
  if (!heads) rawHeadings.set(ctx.sections, (heads = ctx.sections.map((s) => normalizeForMatch(s.rawHeading).trim())));
  return heads.some((h) => h.startsWith(c) && /^[\s:：.、—–-]+\S/.test(h.slice(c.length)));
}

/** Between the milestones a timetable's cell lists. */
const MILESTONE_BREAK = /[;；]/;
// (A stage's projects are listed: Security program, data platform, portal release 1.)
const LIST_BREAK = /[;；,，、]/;

/** Rows naming a field that make a two-column table one project's card. */
const CARD_FIELDS = 3;

/** Projects named in the message before "and N more". */
const NAMED_GAPS = 6;

const norm = (list: string[]) => list.map(normalizeForMatch);

const CONTENT_VERB = /\b(?:builds?|creates?|deploys?|installs?|provides?|offers?|rolls? out|replaces?|introduces?|sets? up|develops?|upgrades?|moves?|adds?|gives?|rebuilds?|connects?|digiti[sz]es?)\b/;

// A count of things delivered, not of money: 200项, 1.5万名, 30%, 300 businesses.
const COUNTED_RESULT = /\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:%|％|项|个|家|名|条|处|座|套|户|人次)|\d+(?:,\d{3})*\s*(?:percent|businesses|households|residents|services|schools|homes)\b/;

// …by a year or reached (2027年前完成, 2030年前服務, reach): a count with neither (为2000家企业提供) is the scope.
const DATED_RESULT = /20\d\d\s*年?(?:底|末)?(?:以)?前|(?:到|至|by)\s*20\d\d|达到|实现|reach|achieve/;

/** The fields a text states; `prose`: a project's whole description, where a verb says its content. */
function fieldsOf(text: string, prose = false): Record<string, boolean> {
  const defs = vocabulary().projectFields;
  const out: Record<string, boolean> = {};
  for (const [name, def] of Object.entries(defs)) out[name] = def.cues.some((c) => text.includes(normalizeForMatch(c)));
  // A period is also a year range or a duration; a budget an amount of money.
  if (!out.period && /20\d\d\s*年?(?:\d{1,2}月)?\s*(?:-|至|到|to|and|until)\s*(?:[a-z]{3,9}\s+)?20\d\d|\d+\s*(?:年|个月)(?:内|完成)|\d+\s*(?:months|years)\b/.test(text)) out.period = true;
  // English prose says what a project builds with a verb, not under a field name (This project builds…).
  if (prose && !out.content && CONTENT_VERB.test(text)) out.content = true;
  // And states its goal as a result counted (2027年前完成200項服務線上化, 服務1.5萬名長者 by 2030).
  if (prose && !out.goal && COUNTED_RESULT.test(text) && DATED_RESULT.test(text)) out.goal = true;
  if (!out.budget && /\d+(?:\.\d+)?\s*(?:万元|亿元|m\b|million|bn\b)/.test(text)) out.budget = true;
  return out;
}

function project(name: string, text: string, unit: TextUnit, content = false): Project {
  const f = fieldsOf(text, true);
  if (content) f.content = true;
  return { name: name.slice(0, 40), fields: f, missing: Object.keys(f).filter((k) => !f[k]), evidence: evidenceOf(unit) };
}

// A name's words (English, three letters or more) or character pairs (Chinese), to match a summary
// table's short name (311 Modernization and CRM) with the project written out in full.
function nameKeys(name: string): Set<string> {
  const text = normalizeForMatch(name);
  const keys = new Set<string>(text.match(/[a-z0-9]{3,}/g) ?? []);
  const cjk = text.replace(/[^\u3400-\u9fff]/g, '');
  for (let i = 0; i + 1 < cjk.length; i++) keys.add(cjk.slice(i, i + 2));
  return keys;
}

/** Share of the table name's keys a described project's name holds, at which both are one project. */
const SAME_NAME = 0.6;

/** The share of a table name's keys another name holds. */
function keysShared(keys: Set<string>, other: Set<string>): number {
  let shared = 0;
  for (const k of keys) if (other.has(k)) shared++;
  return shared / keys.size;
}

/** A table row takes the fields of the project written out under its name (the best match, each once). */
function addDescriptions(rows: Project[], described: { project: Project; name: string }[]): void {
  const taken = new Set<Project>();
  const candidates = described.map((d) => ({ p: d.project, other: nameKeys(d.name) }));
  for (const row of rows) {
    const keys = nameKeys(row.name);
    if (!keys.size) continue;
    let best: { p: Project; share: number } | null = null;
    for (const { p, other } of candidates) {
      if (taken.has(p)) continue;
      const share = keysShared(keys, other);
      if (share >= SAME_NAME && (!best || share > best.share)) best = { p, share };
    }
    if (!best) continue;
    taken.add(best.p);
    for (const k of Object.keys(row.fields)) row.fields[k] ||= best.p.fields[k];
    row.missing = Object.keys(row.fields).filter((k) => !row.fields[k]);
  }
}

function gapsOf(items: Project[]): Localized {
  const defs = vocabulary().projectFields;
  // The plan names its key projects (a 重点项目 heading) but none could be read one by one.
  if (!items.length) return { zh: '未能逐项识别出工程名称及其建设目标、内容、模式、周期、投资和牵头单位', en: 'no project could be read one by one with its goal, content, mode, period, budget and lead unit' };
  const incomplete = items.filter((p) => p.missing.length);
  const say = (lang: 'zh' | 'en') => {
    const list = incomplete.slice(0, NAMED_GAPS).map((p) => (lang === 'zh' ? `${p.name}（缺${p.missing.map((m) => defs[m]?.zh ?? m).join('、')}）` : `${p.name} (lacks ${p.missing.map((m) => defs[m]?.en ?? m).join(', ')})`));
    const more = incomplete.length - list.length;
    if (more > 0) list.push(lang === 'zh' ? `另有${more}项` : `and ${more} more`);
    return list.join(lang === 'zh' ? '；' : '; ');
  };
  return { zh: say('zh'), en: say('en') };
}

// 具体见附件, 详见附表, see the appendix: the plan's one annex, named by no number.
const BARE_ANNEX_POINTER = /见附[件表](?![\s\d〇零一二三四五六七八九十]*[\d〇零一二三四五六七八九十])|\bsee\s+(?:the\s+)?(?:annex|appendix)\b(?!\s+(?:[a-h]|\d{1,2})\b)/;
// An annex's bare heading: 附件, 附表, Annex, Appendix (no number: the only one).
const BARE_ANNEX_HEADING = /^(?:附[件表]|annex|appendix)\s*$/;

/**
 * The tables of the plan's one annex when a key-projects section points to it for its list (围绕上述任务，谋划…
 * 12项重点工程，具体见附件): the annex's tables are that list. (The annex's line, 附件, may head no section of its
 * own: a Word file sets it as a paragraph at the end of the last chapter. What follows it is the annex.)
 */
function pointedAnnex(ctx: FactContext, listSections: ReadonlySet<Section>): Set<Table> | null {
  if (!listSections.size || !ctx.units.some((u) => u.section && listSections.has(u.section) && BARE_ANNEX_POINTER.test(u.norm))) return null;
  const lines = ctx.units.flatMap((u, i) => ((u.kind === 'heading' || u.kind === 'paragraph') && BARE_ANNEX_HEADING.test(u.norm.trim()) ? [i] : []));
  if (lines.length !== 1) return null;
  const tables = new Set<Table>();
  ctx.units.forEach((u, i) => {
    if (i > lines[0] && u.kind === 'row' && u.table) tables.add(u.table);
  });
  return tables;
}

export function compute(ctx: FactContext): FactOutput<ProjectsValue> {
  const cues = vocabulary().projectCues;
  const listHeadings = norm(cues.listHeadings);
  const nameColumns = norm(cues.nameColumns);
  const stageColumns = norm(vocabulary().stageColumnWords);
  const suffixes = norm(cues.sectionSuffixes);
  const kindColumns = norm(cues.kindColumns);
  const items: Project[] = [];
  // An indicator table (指标名称 | 2024年基数 | 2027年目标) lists targets, not projects,
  // unless its header says projects outright.
  const indicatorTables = new Set(ctx.read<IndicatorsValue>('indicators').value.tablesRead);
  const projectHeader = norm(cues.listHeadings.concat(cues.sectionSuffixes));
  // 指標項目 names indicators: its 项目 is the indicator's item, no project (longest cue first, so 指标项 goes before 指标).
  const indicatorNames = norm(vocabulary().indicatorHeaderCues.name).sort((a, b) => b.length - a.length);
  const namesProjects = (h: string) => {
    const rest = indicatorNames.reduce((t, c) => t.split(c).join(' '), h);
    return projectHeader.some((c) => rest.includes(c));
  };
  // (A term with modifiers between its words, project…card, names Project case cards too.)
  const windowed = listHeadings.filter((c) => c.includes('…'));
  const isList = (h: string) => listHeadings.some((c) => h.includes(c)) || (windowed.length > 0 && holdsTerm(h, windowed));
  const isListWord = (h: string) => listHeadings.includes(h.replace(/^[\s•·*▪-]+|\s+$/g, ''));
  const listSections = new Set(ctx.sections.filter((s) => isList(normalizeForMatch(s.heading))));
  // A table of actions (No. | Action | Lead | Timeframe) outside the plan's key-projects section,
  // when the plan has one (Flagship projects / Full list of actions): the projects are that section's.
  const inListSection = (path: string[]) => path.some((h) => isList(normalizeForMatch(h)));
  // Whether some section numbers a project (Project 3 – Smart Sensor Network, 项目卡片2：…).
  let sheets: boolean | undefined;
  const numberedSheets = () => (sheets ??= ctx.sections.some((s) => NUMBERED_PROJECT.test(normalizeForMatch(s.heading))));
  const annex = pointedAnnex(ctx, listSections);
  // Tables whose header names projects: one project a row.
  for (const { table, path, section } of ctx.tables) {
    if (listSections.size && !inListSection(path) && !isList(normalizeForMatch(titleAbove(ctx, table, section))) && !annex?.has(table)) continue;
    // A project's card (| 目標 | … | 推展期 | … | 牽頭部門 | … |): a two-column table whose first
    // column names the fields of the one project its section is about, not a project a row.
    const labelled = table.rows
      .filter((row) => row.cells.length === 2)
      .map((row) => ({ fields: fieldsOf(normalizeForMatch(row.cells[0].text)), filled: row.cells[1].text.trim() !== '' }))
      .filter((row) => Object.values(row.fields).some(Boolean));
    if (labelled.length >= CARD_FIELDS && labelled.length * 2 >= table.rows.length) {
      const f: Record<string, boolean> = {};
      for (const k of Object.keys(vocabulary().projectFields)) f[k] = labelled.some((row) => row.filled && row.fields[k]);
      const name = path[path.length - 1] ?? table.rows[0].cells[1].text;
      items.push({ name: name.slice(0, 40), fields: f, missing: Object.keys(f).filter((k) => !f[k]), evidence: evidenceOf(rowUnit(ctx, table, 0)!) });
      continue;
    }
    const header = table.rows[0]?.cells.map((c) => normalizeForMatch(c.text)) ?? [];
    // (Not a kind of project, 项目类型: its rows are kinds.)
    const nameCol = header.findIndex((h) => nameColumns.some((c) => h.includes(c)) && !holdsTerm(h, kindColumns));
    if (nameCol < 0) continue;
    const headerFields = header.map((h, i) => (i === nameCol ? {} : fieldsOf(h)));
    // (Nor does one with a cost column: no indicator has one. | Project | Objective | … | Estimated
    // cost | Lead |, whose objectives cite the indicators they deliver.)
    if (indicatorTables.has(table) && !header.some(namesProjects) && !headerFields.some((f) => f.budget)) continue;
    // A column of projects' codes only (A1, A2, A3 | B1 | …) groups projects set out elsewhere (a
    // stream's initiatives, written as cards): its rows are none of them.
    // (Its sum row, Total | 8 projects | 8,210,000, is none of them either.)
    const names = table.rows
      .slice(1)
      .filter((row) => !row.cells.some((c) => isTotal(c.text)))
      .map((row) => row.cells[nameCol]?.text ?? '');
    if (names.some((n) => CODE_LIST.test(n)) && names.every((n) => CODE_LIST.test(n) || CODE.test(n))) continue;
    // So does a column of the projects' numbers only (1 | 2 | 3) beside sheets that number them
    // (Annex A: Project 1 – MyKilbarrow…): the sheets are the projects.
    // (Or beside sections each opening with one of the codes: P1 | … beside ### P1 Customer Hub (CRM).)
    if (names.length && names.every((n) => CODE.test(n)) && (numberedSheets() || names.every((n) => sectionOpensWith(ctx, n)))) continue;
    if (!headerFields.some((f) => Object.values(f).some(Boolean))) continue; // a name column alone is no project table
    // A timetable (| Period | Priority actions |, 2027 H1 | MFA for all staff; Data Hub procurement):
    // a row a period, its cell a list of milestones, none of them a project. (So is a row a stage:
    // | Phase | Fiscal years | Priority projects |, 1 Foundations | … | Security program, data platform, ….)
    const byStage = holdsTerm(header[0] ?? '', stageColumns);
    const several = (n: string) => n.split(byStage ? LIST_BREAK : MILESTONE_BREAK).length > 2;
    if (nameCol > 0 && (headerFields[0]?.period || byStage) && names.filter(several).length * 2 > names.length) continue;
    for (let r = 1; r < table.rows.length; r++) {
      const cells = table.rows[r].cells;
      const name = cells[nameCol]?.text.trim();
      // A table's sum row (合计 | … | 14.2亿元, Total) adds up the projects; it is none of them.
      if (!name || isTotal(name)) continue;
      // Nor is a group's row, its name and nothing else (**Economy** | | | …, 一、数字经济 | | |): it heads the rows under it.
      if (cells.length > 2 && cells.every((c, i) => i === nameCol || !c.text.trim())) continue;
      const unit = rowUnit(ctx, table, r)!;
      const f: Record<string, boolean> = {};
      // (A cell that puts its field off, 预算将另行申请, states none.)
      const stated = cells.map((c) => normalizedWithoutDeferrals(c.text).trim());
      for (const k of Object.keys(vocabulary().projectFields)) f[k] = cells.some((c, i) => i !== nameCol && stated[i] !== '' && c.text.trim() !== '—' && headerFields[i]?.[k]);
      const fromText = fieldsOf(stated.join(' '));
      for (const k of Object.keys(f)) f[k] ||= fromText[k];
      // A name that carries the project's result (…移动端整合升级，全程网办率达到98%), dated by its
      // words or by the row's deadline, states the goal.
      const named = normalizeForMatch(name);
      if (!f.goal && COUNTED_RESULT.test(named) && (DATED_RESULT.test(named) || f.period)) f.goal = true;
      items.push({ name, fields: f, missing: Object.keys(f).filter((k) => !f[k]), evidence: evidenceOf(unit) });
    }
  }
  const fromTables = items.length > 0;
  // Projects described in sections or prose. Beside a projects table they only add to its rows:
  // a summary table (| Project | Budget | Lead |) after the projects written out in full.
  // Each with its whole name (a project's own is cut to 40 characters), to match table rows by.
  const described: { project: Project; name: string }[] = [];
  // The units a project already stands on (by their positions), not read again as a project's lead.
  const taken = new Set(items.map((p) => p.evidence.position));
  // A projects table's row names, to know the row's own description elsewhere (a section or a
  // paragraph led by its name).
  const rowKeys = items.map((p) => nameKeys(p.name)).filter((k) => k.size);
  const namesRow = (name: string) => {
    const other = nameKeys(name);
    return rowKeys.some((keys) => keysShared(keys, other) >= SAME_NAME);
  };
  const describe = (name: string, text: string, unit: TextUnit, content = false) => {
    const p = project(name, text, unit, content);
    taken.add(p.evidence.position);
    described.push({ project: p, name });
  };
  // Sections or boxes (专栏) whose heading names a project: the text below it. Under
  // a key-projects heading every leaf section is a project, however it is named
  // ("4 Key Projects" → "4.1 City Data Platform"). A projects table is the list:
  // then headings ending in 工程 elsewhere are tasks, not more projects.
  // A chapter of projects and their arrangements (行动路线与重大项目: 任务分解 / 重大项目清单 /
  // 推进节奏): when some section under it names projects, only those are projects.
  const namesProject = (h: string) => isList(h) || suffixes.some((c) => h.endsWith(c)) || NUMBERED_PROJECT.test(h);
  const descendants = (s: Section): Section[] => s.children.flatMap((c) => [c, ...descendants(c)]);
  // Leaves under the list, through sections that group them (Digital Government → P1, P2): a
  // sub-section whose own sub-sections name fields (Goal, Scope) is not such a group.
  const fieldsBelow = (s: Section) => s.children.filter((g) => namesAnyField(normalizeForMatch(g.heading))).length * 2 >= s.children.length;
  // (A section whose sub-sections name fields is itself a project: 一、「嘉濱通」平台計畫 over （一）計畫目標 /
  // （二）工作內容 / （五）經費概估.)
  const leavesUnder = (s: Section): Section[] => s.children.flatMap((c) => (!c.children.length ? [c] : fieldsBelow(c) ? [c] : leavesUnder(c)));
  const listed = new Set(
    [...listSections].flatMap((s) => {
      const leaves = leavesUnder(s);
      // The list's own noun names its projects too: under 重點計畫 (重点计划 once normalized, Taiwan's
      // word for a project) a section ending in 计划 is one, as one ending in 工程 is under 重点工程.
      const heading = normalizeForMatch(s.heading);
      const noun = listHeadings.find((c) => CJK_NOUN.test(c) && heading.includes(c))?.slice(-2);
      const named = (h: string) => namesProject(h) || (noun !== undefined && h.endsWith(noun));
      const naming = descendants(s).some((d) => named(normalizeForMatch(d.heading)));
      // A leaf that is itself the list (重大项目清单) holds the projects; it is none of them.
      // (A numbered card, 项目卡片1：城市数字底座二期, is one project, though it holds the list's word.)
      return naming
        ? leaves.filter((c) => {
            const h = normalizeForMatch(c.heading);
            return named(h) && (!isList(h) || NUMBERED_PROJECT.test(h));
          })
        : leaves;
    }),
  );
  // A section of another name whose text introduces its projects (重點計畫如下：, Our key projects are:):
  // the sections after that line are projects when they state a project's fields.
  const introduces = (b: Section['blocks'][number]) => b.type !== 'table' && introducesProjects(normalizeForMatch(b.text), isList);
  const introducedBy = new Set<Section>();
  for (const s of ctx.sections) {
    if (listSections.has(s) || !s.children.length) continue;
    const intro = s.blocks.find(introduces);
    if (!intro) continue;
    for (const c of leavesUnder(s)) if (c.position.start.offset > intro.position.start.offset) introducedBy.add(c);
  }
  for (const s of ctx.sections) {
    const h = normalizeForMatch(s.heading);
    const initiative = NUMBERED_INITIATIVE.test(h) && s.blocks.filter((b) => b.type !== 'table' && namesField(normalizeForMatch(b.text))).length >= INITIATIVE_FIELDS;
    // A leaf whose lines lead with a project's fields (Sponsor: … / Budget: … / Timeline: …, 责任单位：… /
    // 投资估算：…) describes a project, whatever its heading (A1. Main Street Digital).
    // (Not the list's own section: its items are the projects.)
    const carded = !s.children.length && !isList(h) && ledFields(s) >= CARD_FIELDS;
    const fieldsStated = () => Object.values(fieldsOf(normalizeForMatch(s.blocks.map((b) => (b.type === 'table' ? '' : b.text)).join(' ')), true)).filter(Boolean).length;
    const named = (suffixes.some((c) => h.endsWith(c)) && !isList(h)) || NUMBERED_PROJECT.test(h) || initiative || carded || (!s.children.length && namesRow(h)) || (introducedBy.has(s) && fieldsStated() >= CARD_FIELDS);
    if (!(named || listed.has(s))) continue;
    // A chapter named for its projects (二、重点行动与工程) groups them under sections of its own.
    if (!listed.has(s) && s.children.length && !fieldsBelow(s)) continue;
    // A section that is only a table (Project Cost Summary) lists projects; the table pass read it.
    if (s.blocks.length && s.blocks.every((b) => b.type === 'table')) continue;
    // Its fields may be its sub-sections, each a field's name over its text (計畫目標 / 整合市府100項…).
    const fieldSections = s.children.length && fieldsBelow(s) ? s.children.filter((c) => !c.children.length) : [];
    const text = [sectionText(s), ...fieldSections.map((c) => `${c.heading}：${sectionText(c)}`)].filter(Boolean).join(' ');
    if (!text) continue;
    const unit = ctx.units.find((u) => u.section === s && u.kind === 'heading')!;
    // A card's paragraph that no field leads (A grant and coaching program that helps…) says what the project is: its content.
    const content = carded && s.blocks.some((b) => b.type === 'paragraph' && b.text.length >= DESCRIPTION && !namesField(leadOf(b.text)));
    describe(s.heading, normalizeForMatch(text), unit, content);
  }
  // Prose: a paragraph opening with a project name (…工程。/专栏1 …), or, in a
  // project-list section, with any short lead ("**Service Redesign.** The goal is…"),
  // its fields in its sentences and lead phrases (实施主体：…；投资估算：…).
  // (The name may end its line instead: 专栏1 …工程 over 建设目标：… lines, one paragraph with line breaks.)
  const lead = new RegExp(`^(?:专栏\\s*\\d*\\s*)?([^。：:，,\\n]{2,24}(?:${suffixes.join('|')}))(?:[。：:]|\\s*\\n)`);
  // Or a line that is only a project's name, numbered or not (1. **城市运行中枢能力提升项目**), over its field items.
  const nameOnly = new RegExp(`^(?:\\d{1,2}[.、)）]\\s*)?([^。：:，,\\n]{2,30}(?:${suffixes.join('|')}))\\s*$`);
  const inList = (u: TextUnit) => u.section !== null && listSections.has(u.section);
  // A project's fields may follow its name line as paragraphs of their own (项目一：…工程 /
  // 建设目标：… / 建设内容：…, a line a paragraph in Word): they are its text up to the next project.
  // bare: a line that is only a name, a project only when field lines follow it (a bullet naming
  // a task, 城市大脑工程, is not one).
  let open: { name: string; unit: TextUnit; text: string[]; bare: boolean } | null = null;
  // A paragraph in a section of another name that introduces the projects (重點計畫如下：, The key
  // projects are:): the items under it that are led by a name and state a project's fields are projects.
  let introduced: Section | null = null;
  const close = () => {
    if (open && !(open.bare && open.text.length === 1)) describe(open.name, open.text.join(' '), open.unit);
    open = null;
  };
  for (const u of ctx.units) {
    if (u.kind !== 'paragraph' && u.kind !== 'listItem') {
      close();
      introduced = null;
      continue;
    }
    if (introduced !== u.section) introduced = null;
    if (taken.has(u.position)) continue;
    const actions = numberedActions(u);
    if (actions.length) {
      close();
      for (const a of actions) describe(a.name, a.text, u);
      continue;
    }
    // Projects enumerated in one paragraph of the list's section (规划期内集中实施五项重点工程。一是城市智能中枢升级
    // 工程，建设目标为…；二是…, 第一個是「智方便」一站式服務整合項目，目標是…): each its own, its fields its passage's.
    if (inList(u) && u.kind === 'paragraph' && u.norm.includes('是')) {
      const items = enumeratedPassages(u).filter((p) => suffixes.some((c) => p.lead.trim().endsWith(c)));
      if (items.length >= 2) {
        close();
        for (const p of items) describe(p.lead.trim(), p.passage.norm, u);
        continue;
      }
    }
    let m: RegExpExecArray | string[] | null = lead.exec(u.norm);
    // A lead that is only the list's own word (• 重点项目：推进…、…建设) introduces projects; it names none.
    if (m && isListWord(m[1])) m = null;
    // Nor does a clause that says which projects (优先实施对全局具有基础支撑作用的项目：…): a name
    // puts no 的 before its project word.
    if (m && suffixes.some((c) => m![1]!.endsWith(`的${c}`))) m = null;
    // Nor does the list's own opening, a line of its own (下表列出本计划六个重点项目：).
    if (m && endsWithColon(u.norm) && LIST_INTRO.test(m[1])) m = null;
    const bare = !m && (m = nameOnly.exec(u.norm)) !== null;
    // A name line that numbers its project (Project 1 — Customer account): its fields follow.
    // (After the section's own number, 11.2 項目一：…; or with its fields in the same paragraph,
    // 項目一：統一牌照平台。建設目標為…；建設模式為…: the name is the lead after the number.)
    if (!m) {
      const from = SECTION_NUMBER.exec(u.norm)?.[0].length ?? 0;
      const numbered = NUMBERED_PROJECT.exec(u.norm.slice(from));
      if (numbered && u.norm.length <= NAME_LINE) m = [u.norm, u.norm];
      else if (numbered) {
        const at = from + numbered[0].length;
        const name = INLINE_NAME.exec(u.norm.slice(at));
        const stated = Object.values(fieldsOf(u.norm, true)).filter(Boolean).length;
        if (name && stated >= CARD_FIELDS) m = [u.norm.slice(0, at + name.index + name[1].length), name[1]];
      }
    }
    // Or, beside a projects table, a paragraph led by a row's name (**1. City Data Hub.** *Objective:* …):
    // that row written out, wherever its section.
    if (!m && rowKeys.length) {
      const l = LIST_LEAD.exec(u.norm);
      if (l && !namesAnyField(l[1]) && namesRow(l[1])) m = l;
      // Or a line that is only the row's name, after its code or number (**P1. SME Go-Digital 2.0**,
      // 3. Urban Sensor Grid) over its field items: its card.
      else if (u.norm.length <= NAME_LINE) {
        const line = CODED_NAME_LINE.exec(u.norm);
        if (line && namesRow(line[1])) m = [u.norm, line[1]];
      }
    }
    if (!m && introduced) {
      const from = ENUMERATOR.exec(u.norm)?.[0].length ?? 0;
      const l = LIST_LEAD.exec(u.norm.slice(from));
      if (l && !namesAnyField(l[1]) && Object.values(fieldsOf(u.norm, true)).filter(Boolean).length >= CARD_FIELDS) m = [u.norm.slice(0, from + l[0].length), l[1]];
    }
    if (!m && !inList(u) && u.kind === 'paragraph' && introducesProjects(u.norm, isList)) {
      close();
      introduced = u.section;
      continue;
    }
    if (!m && inList(u)) {
      m = LIST_LEAD.exec(u.norm);
      // A field's lead (建设目标：…, Estimated cost: …) belongs to the project above it; it names none.
      if (m && namesAnyField(m[1])) m = null;
      // The list's own opening (Six projects carry most of the change. 以下项目…) names no project.
      if (m && LIST_INTRO.test(m[1])) m = null;
    }
    if (m) {
      close();
      const at = m[0].indexOf(m[1]);
      open = { name: u.text.slice(at, at + m[1].length).trim(), unit: u, text: [u.norm], bare };
    } else if (open && open.unit.section === u.section && namesField(u.norm)) open.text.push(u.norm);
    else close();
  }
  close();
  if (fromTables) addDescriptions(items, described);
  else items.push(...described.map((d) => d.project));
  const n = Object.keys(vocabulary().projectFields).length;
  const complete = items.filter((p) => p.missing.length === 0).length;
  const fieldShare = items.length ? items.reduce((a, p) => a + (n - p.missing.length) / n, 0) / items.length : 0;
  const gaps = gapsOf(items);
  const fieldsStated: Localized =
    complete === items.length
      ? { zh: '建设目标、内容、模式、周期、投资和牵头单位均已写明', en: 'with goal, content, mode, period, budget and lead unit stated for every project' }
      : { zh: `大多写明建设目标、内容、模式、周期、投资和牵头单位；仍缺：${gaps.zh}`, en: `most with goal, content, mode, period, budget and lead unit stated; still missing: ${gaps.en}` };
  const leastFields = items.length ? Math.min(...items.map((p) => n - p.missing.length)) : 0;
  return { value: { count: items.length, complete, fieldShare, leastFields, gaps, fieldsStated, items }, evidence: items.slice(0, 5).map((p) => p.evidence) };
}
