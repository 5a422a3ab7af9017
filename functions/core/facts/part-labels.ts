// Structure first: inside a rule's own section (保障措施, 总体架构), each
// sub-heading, lead phrase and table column names at most one of the rule's
// parts — the one whose concept it ends on, as Chinese and English noun phrases
// put their head last (网络与数据安全屏障 is security, not data). A label so
// assigned makes its part present, whatever else the label says.
import { nonSpaceLonger } from '../text/spaces.ts';
import type { Evidence } from '../check/result.ts';
import type { PartDefinition, RuleDefinition } from '../rules/rule-schema.ts';
import { conceptMatch, conceptTermCount, holdsTerm, mayNameConcept, TermSearch } from '../match/concepts.ts';
import type { Section } from '../document/model.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { evidenceOf, sentences, titleHeading, titleSection, type FactContext, type TextUnit } from './context.ts';
import { isProjectTable } from './project-table.ts';

interface Label {
  unit: TextUnit;
  start: number;
  end: number;
  /** unit.norm from start to end, and whether it asks a question (isQuestion). */
  text: string;
  question: boolean;
  /** An item of an inline list: the words that introduced it (What we operate: …), if any. */
  qualifier?: string;
  /** An item of an inline list with no opener, or a side lead (数据上，…): its section's heading qualifies it. */
  item?: boolean;
}

function label(unit: TextUnit, start: number, end: number): Label {
  const text = unit.norm.slice(start, end);
  return { unit, start, end, text, question: isQuestion(text) };
}

// 一是…, （一）, 1., ①, bullets, an ordinal (第一层：, Layer 2:): enumerators before a lead phrase.
const ENUMERATOR = /^\s*(?:[一二三四五六七八九十]+是|(?:第[一二三四五六七八九十\d]+(?:层|个?方面|部分)\s*[：:、.．]?|(?:layer|tier|level|pillar)\s*\d{1,2}\s*[:：.–—-]|第[一二三四五六七八九十]+|\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|[（(]?[一二三四五六七八九十\d]{1,3}[)）.、])|[①-⑳]|[-•·*▪◆●])\s*/;
const CJK = /[\u3400-\u9fff]/;
const STAGE_LABEL = /^\s*(?:(?:phase|stage|wave|tranche)\s*(?:\d{1,2}|one|two|three|four|five|i{1,3}v?)\b|第[一二三四五六七八九十\d]+(?:阶段|步|期))/;
const MAX_CJK_LEAD = 20;
// An enumerated lead inside a paragraph: 二是加大资金投入，…, or after the paragraph's own lead (实施条件：一是政策供给，…);
// also counted out, 第一个是「智方便」一站式服务整合项目，…
const RUN_ON_LEAD = /((?:^|[；;。，,：:])\s*(?:第[一二三四五六七八九十]+个?|[一二三四五六七八九十]+)是)([^，,。；;：:]{2,20})/g;
// A lead opening a later sentence of a paragraph: "。资金保障：设立…"
const SENTENCE_LEAD = /([。；;]\s*)([^，,。；;：:\s][^，,。；;：:]{1,15})[：:]/g;
// An English ordinal opening a sentence: "First, policy: the council will…. Second, funding: a fund…"
// (up to a colon, dash or comma: "First, the business layer, which…").
const ORDINAL_LEAD = /((?:^|[.;。；]\s+)(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth)(?:ly)?|finally|lastly),\s*)([a-z][^,.;:：，—–]{1,40}?)(?=\s*(?:[:：,，]|\s[-–—]\s))/g;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'finally', 'lastly'];

const MAX_LATIN_LEAD = 60;

// An English topic run into a letter's sentence: "On policy, the City Manager will…"; "The second layer
// is data. We will build…" (the words after it, up to the comma, stop or dash, are the lead).
const RUN_IN_TOPIC = /^\s*(?:(on)\s+|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|final|last)\s+(?:layer|pillar|tier|level|part|area|priority)\s+is\s+(?:the\s+)?)(?=[a-z])/;
const MAX_RUN_IN_TOPIC = 40;
const LINKING_ON = /\b(?:that|this|these|those|it|top|other|behalf|balance|average|basis|whole|time|track|hand|course|board|side|front)\b/;

/** The lead phrase of a paragraph: its opening up to 。：: (一是… up to the first comma), when short. */
function leadOf(norm: string): { start: number; end: number } | null {
  const r = RUN_IN_TOPIC.exec(norm);
  if (r) {
    const rest = norm.slice(r[0].length, r[0].length + MAX_RUN_IN_TOPIC + 1);
    const end = (r[1] ? /,/ : /[,;:]|\.\s|\.$|\s?[-–—]/).exec(rest);
    // (Only a topic, not a clause, a date or a linking phrase: "On 1 April 2026, the council…", "On top of that, …".)
    const topic = end ? rest.slice(0, end.index) : '';
    if (topic && !/[,;:.\d]/.test(topic) && !(r[1] && LINKING_ON.test(topic))) return { start: r[0].length, end: r[0].length + topic.length };
  }
  const e = ENUMERATOR.exec(norm);
  const start = e ? e[0].length : 0;
  const rest = norm.slice(start);
  const byEnumerator = e && /是\s*$/.test(e[0]);
  // A lead ends at 。：; (or ". " in English), or, for a short Chinese lead, at the
  // wide space a typed run-in heading leaves (数据层　建立…). (The space is looked for
  // before the look-behind, which otherwise walks back from every character of the paragraph.)
  const end = (byEnumerator ? /[，,。：:；;]/ : /[。：:；;]|\s[-–—]\s|\.\s|(?=\s)(?<=^[\u3400-\u9fff]{2,10})\s+(?=[\u3400-\u9fff])/).exec(rest);
  let stop = end ? end.index : -1;
  let skip = 0;
  // "Tier 1 — Town Services.", "Commitment 14. We will fund operations properly.", "Commitment 8.3 –
  // Funding.": the stop after a
  // numbered label is not the end of the lead; the words after it are the lead (after a full stop,
  // they alone: the number was the label's own numbering).
  if (stop > 0 && /^[a-z]+\s*\d{1,2}(?:\.\d{1,2})*$/.test(rest.slice(0, stop))) {
    const from = stop + end![0].length;
    const next = rest.slice(from).search(/[。：:；;]|\.\s/);
    if (end![0].startsWith('.')) skip = from;
    stop = next < 0 ? -1 : from + next;
  }
  if (stop <= 0) return null;
  // A phrase, not a sentence: no clause breaks, and followed by what it introduces.
  if (!byEnumerator && (/[，,、]/.test(rest.slice(skip, stop)) || (rest[stop] === '。' && rest.length <= stop + 1))) return null;
  const max = CJK.test(rest.slice(skip, stop)) ? MAX_CJK_LEAD : MAX_LATIN_LEAD;
  // A gloss in brackets (安全体系（Security Framework）) does not make a lead a sentence.
  if (stop - skip > max && rest.slice(skip, stop).replace(/[（(][^）)]*[）)]/g, '').length > max) return null;
  return { start: start + skip, end: start + stop };
}

// Every rule asks for the leads of the same paragraphs: each unit's lead, found once.
const leads = new WeakMap<TextUnit, { start: number; end: number } | null>();
function unitLead(unit: TextUnit): { start: number; end: number } | null {
  let lead = leads.get(unit);
  if (lead === undefined) leads.set(unit, (lead = leadOf(unit.norm)));
  return lead;
}

/** A paragraph's lead phrase, normalized (null when it opens with none). */
export function leadPhrase(unit: TextUnit): string | null {
  const lead = unitLead(unit);
  return lead ? unit.norm.slice(lead.start, lead.end) : null;
}

/** Whether a paragraph's lead phrase holds one of the terms (a section's cues, led in prose). */
export function leadNames(unit: TextUnit, terms: readonly string[]): boolean {
  const lead = unitLead(unit);
  return lead !== null && holdsTerm(unit.norm.slice(lead.start, lead.end), terms);
}

// Every rule with a section asks for the later leads of the same paragraphs: each unit's, found once.
const laterLeadMemo = new WeakMap<TextUnit, { start: number; end: number }[]>();
/** 一是…；二是…；三是…: every enumerated lead of a run-on paragraph, and leads opening its later sentences. */
function laterLeads(unit: TextUnit, lead: { start: number; end: number } | null): { start: number; end: number }[] {
  let out = laterLeadMemo.get(unit);
  if (out) return out;
  out = [];
  const norm = unit.norm;
  for (const re of [RUN_ON_LEAD, SENTENCE_LEAD, ORDINAL_LEAD]) {
    // Each pattern only where the text holds what it must match (是, a colon, an ordinal word):
    // most of a plan's paragraphs hold none of them, and every paragraph of it is asked.
    if (re === RUN_ON_LEAD ? !norm.includes('是') : re === SENTENCE_LEAD ? !norm.includes(':') && !norm.includes('：') : !ORDINAL_WORDS.some((w) => norm.includes(w))) continue;
    for (const m of norm.matchAll(re)) {
      const start = m.index! + m[1].length;
      if (start > 0 && (!lead || start >= lead.end)) out.push({ start, end: start + m[2].length });
    }
  }
  laterLeadMemo.set(unit, out);
  return out;
}

/**
 * The enumerated passages of a run-on paragraph (分为五个层面：一是业务层，…；二是数据层，…), each
 * from its lead to the next one's: the lead's words, and the passage as a piece of the paragraph.
 */
export function enumeratedPassages(unit: TextUnit): { lead: string; at: number; passage: TextUnit }[] {
  // (Or by their names at the heads of its clauses: 业务层面，…；数据层面，…)
  let runs = [...unit.norm.matchAll(RUN_ON_LEAD)];
  if (runs.length < 2 && unit.norm.includes('层')) runs = [...unit.norm.matchAll(LAYER_LEAD)];
  // (Or numbered items run on in one paragraph or table cell, each led by a short phrase: 1. Residents
  // first. We design… 2. Technology as an enabler. We use…)
  if (runs.length < 2 && INLINE_NUMBER.test(unit.norm)) runs = [...unit.norm.matchAll(NUMBERED_LEAD)];
  return runs.map((m, i) => {
    const start = m.index! + m[1].length;
    const end = i + 1 < runs.length ? runs[i + 1].index! : unit.norm.length;
    return { lead: m[2], at: start, passage: { ...unit, text: unit.text.slice(start, end), norm: unit.norm.slice(start, end) } };
  });
}

// Rules without a section look for paragraphs their own words lead: the plan's leads searched
// once per term (TermSearch), not each paragraph's lead tested per rule.
const leadSearches = new WeakMap<readonly TextUnit[], { search: TermSearch; at: Map<TextUnit, number> }>();

/** Whether a paragraph's lead phrase holds one of the terms (leadNames), for the units of a plan. */
export function leadsNaming(units: readonly TextUnit[], terms: readonly string[]): (unit: TextUnit) => boolean {
  let entry = leadSearches.get(units);
  if (!entry) {
    const at = new Map<TextUnit, number>();
    const texts = units.map((u, i) => {
      at.set(u, i);
      if (u.kind !== 'paragraph' && u.kind !== 'listItem') return '';
      const lead = unitLead(u);
      return lead ? u.norm.slice(lead.start, lead.end) : '';
    });
    leadSearches.set(units, (entry = { search: new TermSearch(texts), at }));
  }
  const { search, at } = entry;
  const mask = search.mask(terms);
  return (unit) => {
    const i = at.get(unit);
    if (i === undefined || (unit.kind !== 'paragraph' && unit.kind !== 'listItem')) return leadNames(unit, terms);
    return unitLead(unit) !== null && mask[i] === 1;
  };
}

// A unit's labels are the same for every rule that reads its scope (22 scopes in a long plan):
// each unit's found once, with their text and question flag, rather than cut again per rule.
const ownLabelMemo = new WeakMap<TextUnit, Label[]>();
const openingLabelMemo = new WeakMap<TextUnit, Label>();

/** A unit's own labels: a heading's text; a paragraph's lead and later leads; a row's header cells or first cell. */
function ownLabels(unit: TextUnit): Label[] {
  let labels = ownLabelMemo.get(unit);
  if (labels) return labels;
  labels = [];
  if (unit.kind === 'heading') {
    labels.push(label(unit, 0, unit.norm.length));
  } else if (unit.kind === 'paragraph' || unit.kind === 'listItem') {
    const lead = unitLead(unit);
    if (lead) labels.push(label(unit, lead.start, lead.end));
    // A bullet that is only a label over its sub-bullets (- **Policy** / - **Funding**, each with its
    // own points): a heading in all but form.
    else {
      const start = ENUMERATOR.exec(unit.norm)?.[0].length ?? 0;
      const text = unit.norm.slice(start).trimEnd();
      if (text && !/[。.!！?？；;：:，,、]/.test(text) && !longer(text, MAX_ITEM_WORDS, MAX_ITEM_CJK) && (unit.kind === 'listItem' || start > 0)) labels.push(label(unit, start, start + text.length));
    }
    for (const l of laterLeads(unit, lead)) labels.push(label(unit, l.start, l.end));
    labels.push(...listItemLabels(unit));
  } else if (unit.kind === 'row' && !(unit.table && isProjectTable(unit.table))) {
    // Header cells, and each row's first cell (层级 | 建设内容: 业务层 | …), joined " | " in the row's text.
    let at = 0;
    for (const [i, cell] of unit.norm.split(' | ').entries()) {
      if (unit.rowIndex === 0 || i === 0) labels.push(label(unit, at, at + cell.length));
      at += cell.length + 3;
    }
  }
  ownLabelMemo.set(unit, labels);
  return labels;
}

// An inline list: an opener up to a colon, or none, then three or more short items (What we
// operate: services…; data (catalogue…); platforms… / 运营主要管好四件事：业务、数据、平台、设施 /
// The services themselves (…), data (…), platforms (…) and security (…)).
const LIST_OPENER = /^([^：:。；;!?！？]{2,80})[：:]\s*/;
const MIN_LIST_ITEMS = 3;
const BRACKETED = /[（(][^（()）]*[)）]/g;
const ITEM_FILLER = /^(?:(?:and|or|the|a|an|our|its|their|plus)\s+|以及|和|及|与)+/;
// An item's head: its words before a conjunction (services and user experience → services).
const ITEM_TAIL = /\s+(?:and|or|with|for|to|of|in)\s.*$|\s+themselves$|(?<=[\u3400-\u9fff])(?:以及|和|与|及).*$/;
const MAX_ITEM_WORDS = 4;
const MAX_ITEM_CJK = 8;
// A list's items are noun phrases, its opener a short topic (What we operate, 运营主要管好四件事):
// longer ones are prose (connecting sensors and devices from…; The draft strategy is built around three themes).
const MAX_LISTED_WORDS = 5;
const MAX_LISTED_CJK = 10;
const MAX_OPENER_WORDS = 6;
const MAX_OPENER_CJK = 12;
// "On the X side," in Chinese prose: 业务上，…；数据上，…; 在平台方面，…
const SIDE_LEAD = /((?:^|[；;。])\s*在?)([\u3400-\u9fff]{1,4})(?:上|方面)[，,]/g;
// A numbered paragraph's subject when it is a layer: 3.1.3 数据层以…, 3.1.5 数字基础设施层由…, 4.2 The data layer holds….
const LAYER_SUBJECT = /^\s*\d{1,2}(?:\.\d{1,2})+\.?\s*(?:(?:the|our)\s+)?([\u3400-\u9fff]{1,8}?层(?![面级次])|[a-z]+(?:\s[a-z]+)?\s(?:layer|tier))(?=[\u3400-\u9fff]|\s[a-z])/;
// A layer named at the head of its clause, the layers enumerated in one paragraph: 。业务层面，围绕…；数据层面，建设…
const LAYER_LEAD = /((?:^|[；;。])\s*)([\u3400-\u9fff]{1,6}层面?)[，,]/g;
// An item number run on after a sentence (or a cell's start), then a short lead up to its full stop or
// colon: "… org chart. 2. technology as an enabler. we use…"
const NUMBERED_LEAD = /((?:^|[.;:：。；|]\s+)\d{1,2}[.)]\s+)([a-z\u3400-\u9fff][^.;:：。；|]{1,40}?)(?=[.:：。])/g;
const INLINE_NUMBER = /[.;:：。；|]\s+\d{1,2}[.)]\s+\S[^]*[.;:：。；]\s+\d{1,2}[.)]\s+\S/;
// A point of view at the head of a clause: 从政策看，…；从技术角度看，…；从本市战略来看，…
const VIEW_LEAD = /((?:^|[；;。])\s*从)([\u3400-\u9fff]{1,8}?)(?:来看|角度看|层面看|看)[，,]/g;
const listLabelMemo = new WeakMap<TextUnit, Label[]>();

/** A paragraph's side leads and the items of its inline list, each its head, with the opener that qualifies them. */
function listItemLabels(unit: TextUnit): Label[] {
  let out = listLabelMemo.get(unit);
  if (!out) listLabelMemo.set(unit, (out = [...sideLeads(unit), ...inlineListHeads(unit)]));
  return out;
}

/** The words of a paragraph's side leads (政策上，…。资金上，…。在人才方面，…): each clause's subject, in order. */
export function sideLeadWords(unit: TextUnit): string[] {
  if (!unit.norm.includes('上') && !unit.norm.includes('方面')) return [];
  return [...unit.norm.matchAll(SIDE_LEAD)].map((m) => m[2]);
}

function sideLeads(unit: TextUnit): Label[] {
  // (A side lead ends in 上 or 方面, a layer's in 层, a view's in 看: most paragraphs hold none.)
  const side = unit.norm.includes('上') || unit.norm.includes('方面');
  const layer = unit.norm.includes('层');
  const view = unit.norm.includes('看');
  if (!side && !layer && !view) return [];
  return [...(side ? unit.norm.matchAll(SIDE_LEAD) : []), ...(layer ? unit.norm.matchAll(LAYER_LEAD) : []), ...(view ? unit.norm.matchAll(VIEW_LEAD) : [])].map((m) => {
    const start = m.index! + m[1].length;
    return { ...label(unit, start, start + m[2].length), item: true };
  });
}

/** Whether a text is longer than so many words (or, in Chinese, characters). */
function longer(text: string, words: number, cjk: number): boolean {
  // (A Chinese item's blanked brackets are no characters of it: 安全（监测预警与应急处置）.)
  return CJK.test(text) ? nonSpaceLonger(text, cjk) : text.split(/\s+/).length > words;
}

/** A run-in lead closed by a full stop, as a list's opener (What we will operate. We will operate services (…), data (…)…). */
function runInOpener(unit: TextUnit): [string, string] | null {
  const lead = unitLead(unit);
  if (!lead || !/^[.。]/.test(unit.norm.slice(lead.end))) return null;
  const to = lead.end + /^[.。]\s*/.exec(unit.norm.slice(lead.end))![0].length;
  return [unit.norm.slice(0, to), unit.norm.slice(0, lead.end)];
}

function inlineListHeads(unit: TextUnit): Label[] {
  const norm = unit.norm;
  const opener = LIST_OPENER.exec(norm) ?? runInOpener(unit);
  const openerText = opener?.[1].replace(ENUMERATOR, '').trim() ?? '';
  if (opener && longer(openerText, MAX_OPENER_WORDS, MAX_OPENER_CJK)) return [];
  const from = opener ? opener[0].length : (ENUMERATOR.exec(norm)?.[0].length ?? 0);
  // The list runs to its sentence's end; brackets blanked, as their commas part no items.
  const stop = norm.slice(from).search(/。|\.(?:\s|$)/);
  let body = norm.slice(from, stop < 0 ? norm.length : from + stop).replace(BRACKETED, (b) => ' '.repeat(b.length));
  // A Chinese list of 、 ends with its clause: 采集、管理、…及保安管理六个平台，统一部署… (the comma after its last item).
  const lastItem = body.lastIndexOf('、');
  const clauseEnd = lastItem < 0 ? -1 : body.indexOf('，', lastItem);
  if (clauseEnd > 0) body = body.slice(0, clauseEnd);
  const semicolons = (body.match(/[；;]/g) ?? []).length;
  // (A Chinese comma parts clauses, not items: 立足区域定位，聚焦集成电路…)
  const enumeration = semicolons < MIN_LIST_ITEMS - 1 && CJK.test(body);
  const separator = semicolons >= MIN_LIST_ITEMS - 1 ? /[；;]/g : enumeration ? /[、;；]/g : /[,;]|\s+and\s+(?=\S+\s*(?:[,;]|$))/g;
  // Most paragraphs are prose whose first item is already too long: items are taken one at a time
  // (last or not by the separator after each), so a long one ends the list before the rest are cut.
  separator.lastIndex = 0;
  let next = separator.exec(body);
  const heads: Label[] = [];
  // The first item may restate its opener's words (What we will operate. We will operate services (…), data (…)…).
  let openerWords: Set<string> | null = null;
  let at = 0;
  for (let i = 0; at <= body.length; i++) {
    const sep = next;
    const end = sep ? sep.index : body.length;
    const item = { start: from + at, text: body.slice(at, end) };
    at = sep ? end + sep[0].length : body.length + 1;
    next = sep ? separator.exec(body) : null;
    const isLast = sep === null;
    const lead = /^\s*/.exec(item.text)![0].length;
    let text = item.text.slice(lead).replace(/\s+$/, '');
    let filler = ITEM_FILLER.exec(text)?.[0].length ?? 0;
    if (i === 0 && opener) {
      openerWords ??= new Set(openerText.split(/\s+/));
      const words = text.split(' ');
      let k = 0;
      while (k < words.length - 1 && openerWords.has(words[k])) k++;
      if (k) filler = Math.max(filler, words.slice(0, k).join(' ').length + 1);
    }
    text = text.slice(filler);
    // Each item short, or it is prose. (The last of a Chinese 、 list may join one more and close
    // the list: 质量管理及安全管理六个平台模组 — its head before 及 is the item.)
    const closing = enumeration && isLast ? text.replace(ITEM_TAIL, '') : text;
    if (longer(closing, MAX_LISTED_WORDS, MAX_LISTED_CJK)) return [];
    // Its head: before a conjunction, and before its gloss in brackets (安全（监测预警…）五类 → 安全).
    const gloss = norm.slice(item.start + lead + filler).search(/[（(]/);
    let head = text.replace(ITEM_TAIL, '');
    if (gloss > 0 && gloss < head.length) head = head.slice(0, gloss).trimEnd();
    if (isLast && i + 1 < MIN_LIST_ITEMS) return [];
    if (!head || longer(head, MAX_ITEM_WORDS, MAX_ITEM_CJK)) continue;
    const start = item.start + lead + filler;
    // (Set on the label, not spread into a copy of it: the same fields in the same order.)
    const headLabel = label(unit, start, start + head.length);
    if (opener) headLabel.qualifier = openerText;
    else headLabel.item = true;
    heads.push(headLabel);
  }
  return heads.length >= MIN_LIST_ITEMS ? heads : [];
}

function labelsOf(scope: FactContext): Label[] {
  // A root's heading names the rule's topic, not a part (数据治理 over its sections), unless the
  // whole plan is the topic (a 資料治理推動方案): then its chapters are the parts' sections (推動路徑).
  const roots = new Set(scope.scopeRoots === scope.doc.sections ? [] : (scope.scopeRoots ?? []));
  // Nor does the plan's title heading over every chapter name one.
  const title = titleHeading(scope.doc);
  const labels: Label[] = [];
  for (const unit of scope.units) {
    if (unit.kind === 'heading') {
      if (unit.section && !roots.has(unit.section) && unit.section !== title) labels.push(...ownLabels(unit));
    } else if ((unit.kind === 'paragraph' || unit.kind === 'listItem') && !unit.readingGuide) {
      // A paragraph without a lead, in a section taken by its paragraphs' openings: its opening sentence.
      if (!unitLead(unit) && unit.kind === 'paragraph' && unit.section && roots.has(unit.section) && byOpenings.has(unit.section)) {
        let opening = openingLabelMemo.get(unit);
        if (!opening) openingLabelMemo.set(unit, (opening = label(unit, 0, openingSentence(unit).length)));
        labels.push(opening);
      }
      labels.push(...ownLabels(unit));
    } else if (unit.kind === 'row') {
      labels.push(...ownLabels(unit));
    }
  }
  return labels;
}

// Headings and leads are asked again by every rule that shares the parts (six rules read
// the layers' labelling): answers kept per parts list, within a bound.
const named = new WeakMap<readonly PartDefinition[], Map<string, PartDefinition | null>>();
const NAMED_LIMIT = 20_000;

/** The one part (of those with concepts) a label's text names: the one whose concept it ends on. */
export function partNamed(text: string, parts: readonly PartDefinition[]): PartDefinition | null {
  let memo = named.get(parts);
  if (!memo) named.set(parts, (memo = new Map()));
  let answer = memo.get(text);
  if (answer === undefined) {
    if (memo.size >= NAMED_LIMIT) memo.clear();
    memo.set(text, (answer = partNamedUncached(text, parts)));
  }
  return answer;
}

// The first word of an English phrase qualifying a name after it (behind the services, for residents).
// (Not the idiom on board: staff and residents get on board is about their coming along, not staff.)
const ENGLISH_QUALIFIER = /[a-z] (?:behind|for|of|under|within|across|that|which|who|to|from|by|with|on(?! board\b)|in|at) /;

// A name with a gloss in brackets after it (一朵云（算力与中枢）, Cloud (compute and storage)).
const GLOSSED = /^(.*[^\s（(])\s*[（(][^（()）]+[)）]\s*$/;

function partNamedUncached(text: string, parts: readonly PartDefinition[]): PartDefinition | null {
  // A text naming no concept names no part (most of a long plan's leads): not asked part by part.
  if (!mayNameConcept(text)) return null;
  // The name before a gloss is what the label is (一朵云 is the cloud, whatever its gloss's last word):
  // the gloss decides only when the name says nothing.
  const glossed = GLOSSED.exec(text);
  if (glossed) {
    const named = partNamedUncached(glossed[1], parts);
    if (named) return named;
  }
  // An English name's head comes before the phrase that qualifies it (The information behind the
  // services, Security for our data): a part named before that phrase is the one the label names.
  const qualifier = ENGLISH_QUALIFIER.exec(text);
  const headEnd = qualifier ? qualifier.index + 1 : Infinity;
  let best: { part: PartDefinition; end: number; length: number } | null = null;
  for (const part of parts) {
    if (!part.concepts?.length) continue;
    const m = conceptMatch(text, part.concepts);
    if (!m || (part.labelExcept && holdsTerm(text, part.labelExcept))) continue;
    if (best && (best.end <= headEnd) !== (m.end <= headEnd)) {
      if (m.end <= headEnd) best = { part, ...m };
      continue;
    }
    if (!best || m.end > best.end || (m.end === best.end && m.length > best.length)) best = { part, ...m };
  }
  return best?.part ?? null;
}

/** Characters of a section's text read to tell which part an unlabelled sub-section is about. */
const MAX_BODY = 2000;

// A heading or lead asked as a question (钱从哪里来？, 人从哪里来, Who will do it?).
const QUESTION = /[?？]\s*$|哪里|哪些|怎么|怎样|如何|什么|谁|多少|^(?:who|what|where|how|when|why)\b/;
/** Whether a heading or lead is a question, which names its topic only through its answer. */
export function isQuestion(label: string): boolean {
  return QUESTION.test(label.trim());
}

/**
 * Times the text under a plain heading must name its one part to be about it: once may be in
 * passing (数据资源局 for resources). A question asks for its part: its answer names it once.
 */
const ABOUT_HITS = 2;

/** The one part of the rule a passage names (minHits times at least), when it names no other. */
export function onlyPartNamed(text: string, parts: readonly PartDefinition[], minHits = ABOUT_HITS): PartDefinition | null {
  if (!text) return null;
  let only: PartDefinition | null = null;
  for (const part of parts) {
    if (!part.concepts?.length) continue;
    // (A body is running text: its part named as a sentence names it.)
    const n = conceptTermCount(text, part.passageConcepts ?? part.concepts, minHits);
    if (!n) continue;
    if (only || n < minHits) return null;
    only = part;
  }
  return only;
}

/** Hits that make a part the answer's main one, and how many times another part's it must outnumber. */
const MAIN_HITS = 3;
const MAIN_LEAD = 2;
/**
 * The part of the rule an answer is mostly about: named three times at least and twice as often as any
 * other (How will we pay for it? answered with budgets, grants and bonds, a word on skills among them).
 */
export function mainPartNamed(text: string, parts: readonly PartDefinition[]): PartDefinition | null {
  if (!text) return null;
  const cap = MAIN_HITS * MAIN_LEAD * 2;
  let best: PartDefinition | null = null;
  let first = 0;
  let second = 0;
  for (const part of parts) {
    if (!part.concepts?.length) continue;
    const n = conceptTermCount(text, part.passageConcepts ?? part.concepts, cap);
    if (n > first) [best, first, second] = [part, n, first];
    else if (n > second) second = n;
  }
  return first >= MAIN_HITS && first >= MAIN_LEAD * second ? best : null;
}

/**
 * The one part of the rule that the text under a label names, with where it first does:
 * the sub-section's units for a heading, the rest of the paragraph for a lead.
 */
export function answeredPart(scope: FactContext, unit: TextUnit, from: number, parts: readonly PartDefinition[], minHits = ABOUT_HITS): { part: PartDefinition; evidence: Evidence } | null {
  const units = unit.kind === 'heading' ? scope.units.filter((u) => u.section === unit.section && u.kind !== 'heading' && u.kind !== 'title') : [unit];
  const text = unit.kind === 'heading' ? units.map((u) => u.norm).join('\n').slice(0, MAX_BODY) : unit.norm.slice(from);
  const part = onlyPartNamed(text, parts, minHits);
  if (!part) return null;
  for (const u of units) {
    const start = u === unit ? from : 0;
    const m = conceptMatch(u.norm.slice(start), part.passageConcepts ?? part.concepts!);
    if (m) return { part, evidence: evidenceOf(u, start + m.start, start + m.spanEnd) };
  }
  return null;
}

/** Distinct parts a section's own sub-headings name, needed to take it for the rule's section. */
const MIN_CHILD_PARTS = 3;
/** Share of its sub-headings that must name a part. */
const MOSTLY = 0.6;

/**
 * Every section's items, from the plan's text units (normalized once): its
 * sub-headings, or else the lead phrases of its paragraphs and list items and
 * its layer tables' first cells. Computed once a plan, shared by every rule.
 */
function sectionItems(ctx: FactContext): Map<Section, string[]> {
  let items = ctx.cache.get('part-labels:items') as Map<Section, string[]> | undefined;
  if (items) return items;
  items = new Map();
  const openings = new Map<Section, string[]>();
  ctx.cache.set('part-labels:openings', openings);
  // What each item introduces (a sub-section's text, the rest of a lead's paragraph), in step with items.
  const bodies = new Map<Section, (string | Section)[]>();
  const text = new Map<Section, string>();
  const add = (s: Section, item: string, to = items!, body: string | Section = '') => {
    const list = to.get(s);
    if (list) list.push(item);
    else to.set(s, [item]);
    if (to === items) {
      const b = bodies.get(s);
      if (b) b.push(body);
      else bodies.set(s, [body]);
    }
  };
  // The depth of the list item last taken as an item: the items nested under it (a layer's
  // "- *Hub:* …", "- *Connectivity:* …") are its body, not items of their own.
  let ledDepth = 0;
  const units = ctx.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const s = u.section;
    if (!s) continue;
    if ((u.kind === 'paragraph' || u.kind === 'listItem') && (text.get(s)?.length ?? 0) < MAX_BODY) text.set(s, (text.get(s) ?? '') + u.norm + '\n');
    if (ledDepth && itemDepth(u) > ledDepth) {
      const b = bodies.get(s);
      if (b && typeof b[b.length - 1] === 'string') b[b.length - 1] += '\n' + u.norm;
      continue;
    }
    ledDepth = 0;
    if (u.kind === 'heading') {
      const parent = ctx.parentOf?.get(s);
      if (parent) add(parent, u.norm, items, s);
    } else if (s.children.length && u.kind !== 'paragraph') {
      continue;
    } else if (u.kind === 'row') {
      // A table of layers (层级 | 建设内容), not an indicator table whose rows happen to name data or apps.
      if (!u.table || u.rowIndex === 0 || !wordsPattern(vocabulary().layerColumnWords, normalizeForMatch).test(normalizeForMatch(u.table.rows[0]?.cells[0]?.text ?? ''))) continue;
      add(s, rowLabel(u.norm));
    } else if (u.kind === 'paragraph' || u.kind === 'listItem') {
      const lead = unitLead(u);
      if (lead) {
        add(s, u.norm.slice(lead.start, lead.end), items, u.norm.slice(lead.end));
        ledDepth = itemDepth(u);
      } else {
        // An item that is only a label over items nested under it (2. **Data layer.** / - Registers: …).
        const depth = itemDepth(u);
        const next = units[i + 1];
        const label = depth && next?.section === s && itemDepth(next) > depth ? labelOf(u.norm) : null;
        if (label) {
          add(s, label, items, '');
          ledDepth = depth;
        }
      }
      // A chapter with sub-sections keeps its own led paragraphs as items (the layers as run-in
      // paragraphs before a closing deep-dive section), not their openings or run-on leads.
      if (s.children.length) continue;
      // Each paragraph's opening: its lead, or else its first sentence (prose layers, "Underneath
      // everything is the infrastructure.").
      // (A numbered paragraph whose subject is a layer, 3.1.3 数据层以城市数据湖为底座… / 3.1.6 The security
      // layer sets…, opens on that layer, whatever else its first sentence names.)
      if (u.kind === 'paragraph') add(s, lead ? u.norm.slice(lead.start, lead.end) : openingLabel(u), openings);
      // 一是X，…二是Y，…: each enumerated lead of a run-on paragraph is an item too.
      if (u.norm.includes('是')) for (const m of u.norm.matchAll(RUN_ON_LEAD)) add(s, m[2]);
      if (u.norm.includes('层')) for (const m of u.norm.matchAll(LAYER_LEAD)) add(s, m[2]);
    }
  }
  ctx.cache.set('part-labels:items', items);
  ctx.cache.set('part-labels:texts', text);
  ctx.cache.set('part-labels:bodies', new Map([...bodies].map(([sec, list]) => [sec, list.map((b) => (typeof b === 'string' ? b : (text.get(b) ?? '')))])));
  return items;
}

// A tier's number alone (第二层, Layer 2, L2, Tier 2, 2): the label is the cell after it.
const TIER_NUMBER = /^\s*(?:第\s*[一二三四五六七八九十\d]+\s*[层级]|(?:layer|tier|level)\s*\d+|l\d|\d+)\s*$/;
/**
 * A layer table row's label: its first cell, or, when that only numbers the tier (第二层 | 数据（信息）架构 |
 * …), the cell after it.
 */
export function rowLabel(norm: string): string {
  const cells = norm.split(' | ');
  return TIER_NUMBER.test(cells[0]) && cells.length > 2 ? cells[1] : cells[0];
}

// A paragraph typed as a numbered item (4. Digital infrastructure layer.) and the bullets under it
// (• Hub: …), as a Word list reads with its numbers rendered.
const NUMBERED_PARAGRAPH = /^\s*\d{1,2}[.．、](?!\d)/;
const BULLET_PARAGRAPH = /^\s*(?:•|·|▪|●|○|◦|◆|–|-)\s/;
/** A list item's whole text as a label (Data layer., 数据层。, Security layer:): a short phrase, its mark and stop aside. */
function labelOf(norm: string): string | null {
  const text = norm.replace(ENUMERATOR, '').replace(/[.。:：]\s*$/, '').trim();
  if (!text || /[，,、;；。.:：!?！？]/.test(text)) return null;
  return text.length <= (CJK.test(text) ? MAX_CJK_LEAD : MAX_LATIN_LEAD) ? text : null;
}

/** A list item's nesting depth; a paragraph's as its typed mark implies (1 numbered, 2 bulleted); 0 for plain text. */
function itemDepth(u: TextUnit): number {
  if (u.kind === 'listItem') return u.depth ?? 1;
  if (u.kind !== 'paragraph') return 0;
  return NUMBERED_PARAGRAPH.test(u.text) ? 1 : BULLET_PARAGRAPH.test(u.text) ? 2 : 0;
}

// An item's flags, the same for every rule: a list of problems' (deficit words), asked as a question.
const DEFICIT = 1;
const QUESTION_ITEM = 2;
/** The item may name a concept (mayNameConcept): else no parts list's partNamed names it. */
const MAY_NAME_ITEM = 4;
/** The item's text opens by naming what it is (本层为数据层，…): it may name a part though its own words do not. */
const SELF_NAMED_ITEM = 8;
const itemFlagMemo = new WeakMap<string[], Uint8Array>();
function itemFlags(items: string[]): Uint8Array {
  let flags = itemFlagMemo.get(items);
  if (flags && flags.length === items.length) return flags;
  const deficit = wordsPattern(vocabulary().deficitWords, normalizeForMatch);
  flags = new Uint8Array(items.length);
  items.forEach((item, i) => (flags![i] = (deficit.test(item) ? DEFICIT : 0) | (isQuestion(item) ? QUESTION_ITEM : 0) | (mayNameConcept(item) ? MAY_NAME_ITEM : 0)));
  itemFlagMemo.set(items, flags);
  return flags;
}

// Per list of items: how many may name a part at all (a concept's term in it, or, asked as a
// question, through its answer), the same for every rule. Nothing else can count as naming one.
const boundMemo = new WeakMap<string[], number>();
function namingBound(items: string[], flags?: Uint8Array): number {
  let n = boundMemo.get(items);
  if (n === undefined) {
    n = 0;
    for (let i = 0; i < items.length; i++) if ((flags ? flags[i] & MAY_NAME_ITEM : mayNameConcept(items[i])) || (flags && flags[i] & (QUESTION_ITEM | SELF_NAMED_ITEM))) n++;
    boundMemo.set(items, n);
  }
  return n;
}

// A section's heading normalized, once.
const headingMemo = new WeakMap<Section, string>();
function normalizedHeading(s: Section): string {
  let h = headingMemo.get(s);
  if (h === undefined) headingMemo.set(s, (h = normalizeForMatch(s.heading)));
  return h;
}

// A bit per part name of a parts list: the distinct parts a section's items name, counted
// without a Set a section (thousands in a long plan's check).
const nameBits = new WeakMap<readonly PartDefinition[], Map<string, number>>();

/** The distinct part names added, as a Set of names would count them. */
class DistinctParts {
  size = 0;
  private bits = 0;
  /** Names without a bit (a list too long for them): counted by name. */
  private names: Set<string> | null = null;
  private readonly bitOf: Map<string, number>;

  constructor(parts: readonly PartDefinition[]) {
    let bitOf = nameBits.get(parts);
    if (!bitOf) {
      bitOf = new Map();
      for (const p of parts) if (!bitOf.has(p.name) && bitOf.size < 30) bitOf.set(p.name, 1 << bitOf.size);
      nameBits.set(parts, bitOf);
    }
    this.bitOf = bitOf;
  }

  add(part: PartDefinition): void {
    const bit = this.bitOf.get(part.name);
    if (bit === undefined) {
      this.names ??= new Set();
      if (!this.names.has(part.name)) (this.names.add(part.name), this.size++);
    } else if (!(this.bits & bit)) {
      this.bits |= bit;
      this.size++;
    }
  }
}

/**
 * The first section whose items — sub-headings, or lead phrases and table rows —
 * name at least three of the rule's parts (all of them, for fewer), mostly.
 */
export function sectionByChildren(ctx: FactContext, parts: readonly PartDefinition[]): Section | null {
  // A rule's own scope and the rules scoped by its parts (scopePart) ask for the same parts:
  // the answer is the plan's, found once.
  // An assessment reads a list of problems as its own; another step does not (below).
  const key = ctx.rule?.step === 'assessment-strategy' ? 'part-labels:by-children:assessing' : 'part-labels:by-children';
  let memo = ctx.cache.get(key) as Map<readonly PartDefinition[], Map<Section[], Section | null>> | undefined;
  if (!memo) ctx.cache.set(key, (memo = new Map()));
  let bySections = memo.get(parts);
  if (!bySections) memo.set(parts, (bySections = new Map()));
  let answer = bySections.get(ctx.sections);
  if (answer === undefined) bySections.set(ctx.sections, (answer = sectionByChildrenUncached(ctx, parts)));
  return answer;
}

/**
 * Sibling sections in a row, each on another of the rule's parts, among siblings on other topics
 * (拾參、法規跟得上嗎？ / 拾肆、錢從哪裡來？ / 拾伍、人從哪裡來？ / 拾陸、市民會不會用？ closing a plan's
 * sixteen chapters): the longest such run naming three parts or more (`need`; every one, for a rule
 * that needs its topic's own section), else none. A question names the one part its text names, as
 * an item does in sectionByChildren, or else the part it is mostly about.
 */
export function sectionRunByChildren(ctx: FactContext, parts: readonly PartDefinition[], need = MIN_CHILD_PARTS): Section[] {
  if (parts.filter((p) => p.concepts?.length).length < need) return [];
  const deficit = wordsPattern(vocabulary().deficitWords, normalizeForMatch);
  // Each section's text, as sectionItems reads it for the items' bodies.
  sectionItems(ctx);
  const texts = ctx.cache.get('part-labels:texts') as Map<Section, string>;
  let best: Section[] = [];
  let bestList: Section[] = [];
  let bestNamed = new Set<string>();
  for (const list of [ctx.doc.sections, ...ctx.sections.map((s) => s.children)]) {
    if (list.length < need) continue;
    let run: Section[] = [];
    let named = new DistinctParts(parts);
    let names = new Set<string>();
    const close = () => {
      if (named.size >= need && run.length > best.length) (best = run), (bestList = list), (bestNamed = names);
      run = [];
      named = new DistinctParts(parts);
      names = new Set();
    };
    for (const s of list) {
      const heading = normalizedHeading(s);
      const p = deficit.test(heading) ? null : (partNamed(heading, parts) ?? (isQuestion(heading) ? (onlyPartNamed(texts.get(s) ?? '', parts, 1) ?? mainPartNamed(texts.get(s) ?? '', parts)) : null));
      if (!p) {
        close();
        continue;
      }
      run.push(s);
      named.add(p);
      names.add(p.name);
    }
    close();
  }
  // A plan whose chapters are all questions asks them in no set order: a question among them whose heading
  // names a part the run of questions leaves out (How is it paid for?, two chapters before What rules and
  // policies back this up?, Who has the skills…?, How will staff get on board?) is the run's too.
  if (best.length && best.every((s) => isQuestion(normalizedHeading(s)))) {
    const questions = bestList.filter((s) => isQuestion(normalizedHeading(s))).length;
    if (questions * 2 >= bestList.length) {
      const extra: Section[] = [];
      for (const s of bestList) {
        const heading = normalizedHeading(s);
        if (best.includes(s) || !isQuestion(heading) || deficit.test(heading)) continue;
        const p = partNamed(heading, parts);
        if (p && !bestNamed.has(p.name)) (extra.push(s), bestNamed.add(p.name));
      }
      if (extra.length) best = bestList.filter((s) => best.includes(s) || extra.includes(s));
    }
  }
  return best;
}

/** A section whose items may name two parts at all, mostly: its items, their flags and bodies, and how many may name one. */
interface ItemSection {
  s: Section;
  items: string[];
  flags: Uint8Array;
  most: number;
  bodies: string[];
  /** Per item, its text's self-naming opening (This is the application layer), else '': found once a plan, not once a rule. */
  openings: string[];
}
const itemSectionMemo = new WeakMap<Map<Section, string[]>, WeakMap<Section[], ItemSection[]>>();

/**
 * The sections of the list (in its order) that any parts list may find named by their items:
 * every rule's search passes over the same others (most of a long plan's), so they are set
 * aside once a plan rather than looked up again per rule.
 */
function itemSections(ctx: FactContext, all: Map<Section, string[]>): ItemSection[] {
  let bySections = itemSectionMemo.get(all);
  if (!bySections) itemSectionMemo.set(all, (bySections = new WeakMap()));
  let list = bySections.get(ctx.sections);
  if (list) return list;
  const bodies = ctx.cache.get('part-labels:bodies') as Map<Section, string[]>;
  list = [];
  for (const s of ctx.sections) {
    const items = all.get(s);
    // (Two: the least any rule needs.)
    if (!items || items.length < 2) continue;
    // At most the items that may name a part can: a section whose items mostly name no concept
    // (a long plan's numbered paragraphs) is passed over without asking each about these parts.
    const flags = itemFlags(items);
    const itemBodies = bodies.get(s) ?? [];
    const openings = items.map((_, i) => selfNamingOpening(itemBodies[i] ?? ''));
    // (A plain-word heading whose text opens on its part (让群众少跑腿: 本层为业务层，…) may name it.)
    for (let i = 0; i < items.length; i++) if (!(flags[i] & (MAY_NAME_ITEM | QUESTION_ITEM)) && openings[i]) flags[i] |= SELF_NAMED_ITEM;
    const most = namingBound(items, flags);
    if (most < 2 || most < MOSTLY * items.length) continue;
    list.push({ s, items, flags, most, bodies: itemBodies, openings });
  }
  bySections.set(ctx.sections, list);
  return list;
}

function sectionByChildrenUncached(ctx: FactContext, parts: readonly PartDefinition[]): Section | null {
  const withConcepts = parts.filter((p) => p.concepts?.length);
  const need = Math.min(MIN_CHILD_PARTS, withConcepts.length);
  if (need < 2) return null;
  const all = sectionItems(ctx);
  const assessing = ctx.rule?.step === 'assessment-strategy';
  // The section naming the most parts (an assessment may list three of the layers; the architecture all five).
  let best: { s: Section; named: number } | null = null;
  for (const { s, items, flags, most, bodies: itemBodies, openings } of itemSections(ctx, all)) {
    // (Its heading may name one part, so one item short may do: The Cork Data Exchange over
    // *Rules of the market.* and *Monitoring and evaluation.*)
    if (items.length < need || most < need) {
      if (items.length < need - 1 || most < need - 1 || !partNamed(normalizedHeading(s), parts)) continue;
    }
    const named = new DistinctParts(parts);
    let naming = 0;
    // Items that can no longer be mostly parts stop the count (the section fails the test below
    // whatever the rest name): most sections the bound lets through name another rule's parts.
    const least = MOSTLY * items.length;
    for (let i = 0; i < items.length && naming + items.length - i >= least; i++) {
      const item = items[i];
      // A list of problems (数字化专业人才缺乏, 意识不强) names the parts a plan lacks, not its measures:
      // it is an assessment's, and no other step's section.
      if (!assessing && flags[i] & DEFICIT) continue;
      // An item naming no part (人从哪里来？, Who will do it?) stands for the one part its text names;
      // a plain-word heading (Tools we build) for the one its text opens on (This is the application layer.).
      const p = (flags[i] & MAY_NAME_ITEM ? partNamed(item, parts) : null) ?? (flags[i] & QUESTION_ITEM ? onlyPartNamed(itemBodies[i] ?? '', parts, 1) : null) ?? (openings[i] ? onlyPartNamed(openings[i], parts, 1) : null);
      if (p) (named.add(p), naming++);
    }
    // One short, the section's own heading may name the last (Strand Two: The Midlands Data Exchange
    // over The Platform, The Rules of the Market, Keeping Watch: the exchange is the trading venue).
    if (named.size === need - 1 && naming >= MOSTLY * items.length) {
      const own = partNamed(normalizedHeading(s), parts);
      if (own) named.add(own);
    }
    // Mostly parts: a plan's list of chapters that happens to hold three layer words is not an architecture.
    if (!(named.size >= need && naming >= MOSTLY * items.length && (!best || named.size > best.named))) continue;
    // A section titled with one part (System Foundations: infrastructure) is that part, not all
    // of them — unless its items name all the parts, or all but one ("How we will build it: our
    // technology and data foundations" over Services, Data, Applications, Infrastructure, Cyber).
    if (named.size < withConcepts.length - 1 && partNamed(normalizedHeading(s), parts)) continue;
    best = { s, named: named.size };
  }
  // A section of run-in paragraphs (no sub-headings): each paragraph is on one part.
  if (best && !best.s.children.length) byOpenings.add(best.s);
  return best?.s ?? sectionByOpenings(ctx, parts, withConcepts.length);
}

/**
 * A body's opening clause when it says what the body is (This is the application layer. 本层为数据层：):
 * a sub-section under a plain-word heading that opens by naming its part. Any other opening tells of
 * the topic, and may name any part on the way (围绕五大主导产业，…).
 */
function selfNamingOpening(body: string): string {
  const clause = /^[^\n]*?(?=[。！？；：，:,]|[.!?;](?=\s|$)|$)/m.exec(body)?.[0] ?? '';
  return clause && selfNaming().test(clause) ? clause : '';
}
/**
 * The part a section under a plain-word heading opens by naming (Keeping it safe: This is the
 * security layer.), by its first paragraph.
 */
export function selfNamedPart(ctx: FactContext, section: Section, parts: readonly PartDefinition[]): PartDefinition | null {
  let firsts = ctx.cache.get('part-labels:first-paragraphs') as Map<Section, string> | undefined;
  if (!firsts) {
    firsts = new Map();
    for (const u of ctx.units) if (u.section && (u.kind === 'paragraph' || u.kind === 'listItem') && !firsts.has(u.section)) firsts.set(u.section, u.norm);
    ctx.cache.set('part-labels:first-paragraphs', firsts);
  }
  const opening = selfNamingOpening(firsts.get(section) ?? '');
  return opening ? onlyPartNamed(opening, parts, 1) : null;
}

const openerPatterns = new WeakMap<readonly string[], RegExp>();
function selfNaming(): RegExp {
  const list = vocabulary().selfNamingOpeners;
  let re = openerPatterns.get(list);
  if (!re) openerPatterns.set(list, (re = new RegExp(`^\\s*(?:${wordsPattern(list, normalizeForMatch).source})`)));
  return re;
}

const openingSectionMemo = new WeakMap<Map<Section, string[]>, { s: Section; items: string[]; most: number; flags: Uint8Array }[]>();
/** The sections whose openings may name three parts, mostly (the least any rule needs): set aside once a plan, as itemSections. */
function openingSections(openings: Map<Section, string[]>): { s: Section; items: string[]; most: number; flags: Uint8Array }[] {
  let list = openingSectionMemo.get(openings);
  if (list) return list;
  list = [];
  for (const [s, items] of openings) {
    if (items.length < MIN_CHILD_PARTS) continue;
    const most = namingBound(items);
    if (most >= MIN_CHILD_PARTS && most >= MOSTLY * items.length) list.push({ s, items, most, flags: itemFlags(items) });
  }
  openingSectionMemo.set(openings, list);
  return list;
}

/**
 * No labels: a section of plain paragraphs, each opening on one part, that names all the
 * parts but one ("How it all fits together": services…, the next layer is our data, on top
 * of the data sit the applications, underneath is the infrastructure, security runs through).
 * All but one, as an opening sentence names its part less surely than a label does.
 */
function sectionByOpenings(ctx: FactContext, parts: readonly PartDefinition[], withConcepts: number): Section | null {
  const need = Math.max(MIN_CHILD_PARTS, withConcepts - 1);
  if (withConcepts < need) return null;
  const openings = ctx.cache.get('part-labels:openings') as Map<Section, string[]>;
  let best: { s: Section; named: number } | null = null;
  for (const { s, items, most, flags } of openingSections(openings)) {
    if (items.length < need || most < need) continue;
    const named = new DistinctParts(parts);
    let naming = 0;
    // (Stopped as above once the items can no longer be mostly parts.)
    const least = MOSTLY * items.length;
    for (let i = 0; i < items.length && naming + items.length - i >= least; i++) {
      const p = flags[i] & MAY_NAME_ITEM ? partNamed(items[i], parts) : null;
      if (p) (named.add(p), naming++);
    }
    if (!(named.size >= need && naming >= MOSTLY * items.length && (!best || named.size > best.named))) continue;
    if (partNamed(normalizedHeading(s), parts)) continue;
    best = { s, named: named.size };
  }
  if (best) byOpenings.add(best.s);
  return best?.s ?? null;
}

const byOpenings = new WeakSet<Section>();
/**
 * Whether the section was taken for a rule's by its paragraphs' leads or opening sentences,
 * without sub-headings: each paragraph opens on its part, so a paragraph's opening names it.
 */
export function foundByOpenings(section: Section): boolean {
  return byOpenings.has(section);
}

/** A paragraph's opening sentence, normalized. */
export function openingSentence(unit: TextUnit): string {
  return unit.norm.slice(0, sentences(unit)[0]?.end ?? 0);
}

/** What a paragraph without a lead opens on: the layer that is its subject (3.1.3 数据层以…), else its first sentence. */
export function openingLabel(unit: TextUnit): string {
  return LAYER_SUBJECT.exec(unit.norm)?.[1] ?? openingSentence(unit);
}

// A lead that is one word (Data:, Platforms., 平台：) names a part only with its section's heading;
// a longer one (Trusted data, 运营评价) says what it says.
const ONE_WORD = /^(?:[a-z]+(?: [a-z]+)?|[\u3400-\u9fff]{1,3})$/;

// Pronouns and auxiliaries between a heading's question word and its verb (What we will operate).
const HELPER_WORDS = /\b(?:we|you|they|i|will|shall|would|can|could|must|should|be|are|is|going to|what|how|the|a|an|our|its|their)\b/g;

/** A heading's words that qualify a concept, pronouns, auxiliaries, articles and question words set aside (What we will operate → operate; What the Platform Runs → platform runs). */
export function qualifierOf(heading: string): string {
  // (Asked again for the same heading or opener by every rule that reads the label under it.)
  let q = qualifiers.get(heading);
  if (q === undefined) {
    if (qualifiers.size >= QUALIFIER_LIMIT) qualifiers.clear();
    qualifiers.set(heading, (q = normalizeForMatch(heading).replace(HELPER_WORDS, ' ').replace(/\s+/g, ' ')));
  }
  return q;
}
const qualifiers = new Map<string, string>();
const QUALIFIER_LIMIT = 5_000;

/**
 * The part a bare sub-heading or lead names with the words above it (Data under What we operate:
 * data…operat; 数据 under 运营哪些内容): the concept's own word in the sub-heading, the
 * word that qualifies it in the heading above.
 */
function qualifiedByParent(scope: FactContext, unit: TextUnit, text: string, parts: readonly PartDefinition[]): Qualified | null {
  // A heading's qualifier is its parent's heading; a lead's (**Data:** under What is operated), its own section's.
  const parent = unit.kind === 'heading' ? (unit.section ? scope.parentOf?.get(unit.section) : undefined) : (unit.section ?? undefined);
  // A plan's title heading holds every chapter: it qualifies none of them.
  if (!parent || parent === titleSection(scope.doc)) return null;
  return qualifiedBy(text, parent.heading, parts);
}

/** A part a bare label names with its qualifier, and the label's words that name it. */
interface Qualified {
  part: PartDefinition;
  text: string;
}

/**
 * The part a bare label names with the words that qualify it (its heading above, its list's
 * opener), by the whole label or else its first word (services residents use → services).
 */
function qualifiedBy(text: string, qualifier: string, parts: readonly PartDefinition[]): Qualified | null {
  const first = /^[a-z]+(?=\s)/.exec(text)?.[0];
  const texts = first ? [text, first] : [text];
  // Without the words that only say who and when (What we will operate: platform…operat within two words).
  const whole = qualifierOf(qualifier);
  const found = qualifiedByOne(texts, whole, parts);
  if (found || CJK.test(whole)) return found;
  // An English qualifier's head comes after its modifiers (Day-to-day operation covers): the label
  // is also joined to it without them, a word at a time.
  const words = whole.trim().split(' ');
  for (let k = 1; k <= MAX_MODIFIERS && k < words.length; k++) {
    const past = qualifiedByOne(texts, words.slice(k).join(' '), parts);
    if (past) return past;
  }
  return null;
}
const MAX_MODIFIERS = 2;

function qualifiedByOne(texts: string[], q: string, parts: readonly PartDefinition[]): Qualified | null {
  for (const t of texts) {
    const joined = `${t} ${q}`;
    const part = partNamed(joined, parts);
    // The part the joined words name, else, when the qualifier names a part of its own
    // (Infrastructure under What the Platform Runs), the part the label's word begins.
    for (const p of part ? [part, ...parts.filter((o) => o !== part && o.concepts?.length)] : []) {
      const m = conceptMatch(joined, p.concepts!);
      if (m && m.end <= t.length && m.spanEnd > t.length) return { part: p, text: t };
    }
    // A Chinese item and its list's head noun make one compound (平台：采集、管理、服务 → 管理平台):
    // a term of the concept that begins in the item and ends in the head.
    if (!CJK.test(t[t.length - 1] ?? '') || !CJK.test(q.trim()[0] ?? '')) continue;
    const compound = `${t}${q.trim()}`;
    const whole = partNamed(compound, parts);
    const c = whole ? conceptMatch(compound, whole.concepts!) : null;
    if (c && c.start < t.length && c.end > t.length && c.end === c.spanEnd) return { part: whole!, text: t };
  }
  return null;
}

/**
 * Whether a label stands in a section that another part's own heading holds (城市中枢 in
 * 数字基础设施架构: the hub of compute is infrastructure's, whatever 中枢 names elsewhere). Only a
 * heading in the other part's own words counts, not a chapter over several (technology and data foundations).
 */
export function underOtherPart(scope: FactContext, unit: TextUnit, part: PartDefinition, parts: readonly PartDefinition[]): boolean {
  // The plan's title heading over every chapter (Data and Digital Architecture 2026–2029) names the plan.
  const title = titleSection(scope.doc);
  let s = unit.kind === 'heading' ? (unit.section ? scope.parentOf?.get(unit.section) : undefined) : (unit.section ?? undefined);
  // (Up to the rule's own section: a chapter over it, 經費需求 > 配套措施, names what holds the section,
  // not a part its labels fall under; nor does the section's heading when it names the rule's topic,
  // Funding and enabling conditions.)
  const roots = scope.scopeRoots;
  const topic = scope.rule?.sectionCues ?? [];
  for (; s && s !== title; s = scope.parentOf?.get(s)) {
    const heading = normalizeForMatch(s.heading);
    const root = roots?.includes(s) ?? false;
    if (root && holdsTerm(heading, topic)) break;
    if (ownHeadingCue(part, heading)) return false;
    if (parts.some((p) => p !== part && ownHeadingCue(p, heading)) && !namesSeveralConcepts(heading, parts)) return true;
    if (root) break;
  }
  return false;
}

/** Whether a (normalized) heading holds one of a part's own heading cues. */
export function ownHeadingCue(p: PartDefinition, heading: string): boolean {
  return !!p.headingCues?.length && holdsTerm(heading, normalizedList(p.headingCues));
}

/** Whether a heading names two parts' concepts or more: a chapter over several (数字底座与应用体系 holds the base and the applications). */
export function namesSeveralConcepts(heading: string, parts: readonly PartDefinition[]): boolean {
  return parts.filter((p) => p.concepts?.length && conceptMatch(heading, p.concepts)).length >= 2;
}

// What a label is, whichever rule asks (every rule with a section reads the labels of its
// units, most of a long plan's), found once a label: whether it may name a concept at all, is
// a stage's name, and is bare (a heading, a list's item, a one-word opening lead: named with
// the words above it). A label that may name no concept, asks nothing and has no qualifier or
// heading to be named with is inert: no rule's part is named by it.
const MAY_NAME = 1;
const STAGE = 2;
const BARE = 4;
const INERT = 8;
const labelInfos = new WeakMap<Label, number>();
function labelInfo(label: Label): number {
  let info = labelInfos.get(label);
  if (info !== undefined) return info;
  const text = label.text;
  // (The paragraph's opening lead, after a bullet or number if any: • Data: …)
  const opening = label.unit.kind !== 'row' && label.start === (unitLead(label.unit)?.start ?? 0);
  // (So is a body row's first cell of one word, named with its section's heading: What we operate / | Data | …|.)
  const firstCell = label.unit.kind === 'row' && !!label.unit.rowIndex && label.start === 0;
  const bare = label.unit.kind === 'heading' || label.item === true || ((opening || firstCell) && ONE_WORD.test(text.trim()));
  info = (mayNameConcept(text) ? MAY_NAME : 0) | (STAGE_LABEL.test(text) ? STAGE : 0) | (bare ? BARE : 0);
  if (!(info & MAY_NAME) && !label.question && label.qualifier === undefined && !bare) info |= INERT;
  labelInfos.set(label, info);
  return info;
}

/** The rule's peers (see yieldsTo), resolved once a call to labelledParts rather than once a label. */
function peersOf(scope: FactContext): RuleDefinition[] {
  const ids = scope.rule?.yieldsTo;
  return ids ? (scope.rules ?? []).filter((r) => ids.includes(r.id)) : [];
}

/** Whether a label names a peer rule's topic and part, and not the rule's own topic (see yieldsTo). */
function peerLabel(text: string, ownCues: readonly string[], peers: readonly RuleDefinition[]): boolean {
  if (holdsTerm(text, ownCues)) return false;
  return peers.some((peer) => holdsTerm(text, peer.sectionCues ?? []) && partNamed(text, peer.parts ?? []) !== null);
}

/** Each part of the rule (with concepts) → the first label in its scope that names it. */
export function labelledParts(scope: FactContext, parts: readonly PartDefinition[]): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  const withConcepts = parts.filter((p) => p.concepts?.length);
  // (Passages in a plan with no headings, its numbered paragraphs only, lie in no section: they are
  // the scope all the same.)
  const passages = scope.scopeRoots !== undefined && !scope.sections.length && scope.units.length > 0;
  if ((!scope.scopeRoots?.length && !passages) || !withConcepts.length) return out;
  const peers = peersOf(scope);
  const ownCues = scope.rule?.sectionCues ?? [];
  for (const label of labelsOf(scope)) {
    const info = labelInfo(label);
    // (A label no part's concept, qualifier or heading can name: passed over by every rule.)
    if (info & INERT) continue;
    const text = label.text;
    // A question names its part by its answer (How do we bring people along? … part of our culture),
    // unless it asks about the part by name (收益怎么分？ over an answer that says who pays whom).
    const answer = label.question && !(info & MAY_NAME && partNamed(text, parts)) ? answeredPart(scope, label.unit, label.end, parts, 1) : null;
    if (answer) {
      if (!out.has(answer.part.name)) out.set(answer.part.name, answer.evidence);
      continue;
    }
    // A stage's name (Phase 1 – Foundations, 第一阶段：夯实底座) says when, not which part.
    if (info & STAGE) continue;
    // (partNamed names nothing in a text that may name no concept.)
    const own = info & MAY_NAME ? partNamed(text, parts) : null;
    if (own && peers.length && peerLabel(text, ownCues, peers)) continue;
    const bare = (info & BARE) !== 0;
    const named =
      (own ? { part: own, text } : null) ??
      (label.qualifier !== undefined ? qualifiedBy(text, label.qualifier, parts) : null) ??
      (bare ? qualifiedByParent(scope, label.unit, text, parts) : null);
    const part = named?.part;
    if (!part || out.has(part.name) || underOtherPart(scope, label.unit, part, parts)) continue;
    // A list's item is quoted as a piece of its paragraph (…data), by the words that name it.
    const inside = label.item || label.qualifier !== undefined ? '…' : '';
    out.set(part.name, { path: label.unit.path, quote: inside + label.unit.text.slice(label.start, label.start + named.text.length).trim(), position: label.unit.position });
  }
  return out;
}
