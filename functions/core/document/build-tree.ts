// The ONE place sections are built, for every parser. A plugin hands over
// headings and blocks in document order; this decides which paragraphs are
// headings (outline numbering or bold), infers levels for numbering-only
// headings from the order their schemes first appear, and nests everything.
import { PlanInputError } from '../errors.ts';
import type {
  Block,
  FlatDocument,
  FlatHeading,
  FlatParagraph,
  HeadingSource,
  Numbering,
  Paragraph,
  PlanDocument,
  Point,
  Position,
  Section,
} from './model.ts';
import { numberingKey, parseLabelled, parseNumbering, parseQuestion, type ParsedNumbering } from './outline-numbering.ts';
import { vocabulary } from '../match/vocabulary.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';
import { holdsRange } from '../match/years.ts';

/** A government document's letterhead (××市人民政府文件), its number (×府发〔2023〕14号), the committee it goes to, or date line: never its title. */
export function isLetterhead(text: string): boolean {
  const t = text.trim();
  return (
    // (Not a paper's kind: 討論文件, 資料文件 name what the paper is.)
    (/^[^，。]{2,30}文件$/.test(t) && !namesGenre(t)) ||
    /〔\d{4}〕\s*\d+\s*号$/.test(t) ||
    /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/.test(t) ||
    // A council or committee paper's number (委員會文件第 18/2025 號, Paper No. 18/2025).
    /^[^，。]{0,30}文件第\s*[\d/／-]+\s*[号號]$/.test(t) ||
    /^(?:[a-z ]{0,30}\s)?paper\s+no\.?\s*[\w/-]+$/i.test(t) ||
    // The committee a paper goes to (發展、規劃及交通委員會, Planning and Transport Committee): its 規劃 names no plan.
    /^[^，。]{2,30}(?:委员会|委員會|常委会|常委會)$/.test(t) ||
    /^[a-z ,&'-]{0,60}\bcommittee$/i.test(t)
  );
}

/** Characters, at most, of a line that only names its document's genre (討論文件, Discussion paper, 会议纪要). */
const GENRE_LINE_CHARS = 16;

/** Whether a short line names a plan's genre (规划, 方案, strategy, roadmap…). */
function namesPlanGenre(text: string): boolean {
  const t = normalizeForMatch(text);
  return vocabulary().planGenreCues.some((c) => t.includes(normalizeForMatch(c)));
}

/** Whether a short line names a document's genre, a plan's or another's (进展, 会议纪要, press release). */
function namesGenre(text: string): boolean {
  const t = normalizeForMatch(text);
  return namesPlanGenre(text) || Object.values(vocabulary().nonPlanGenres).some((g) => g.titleCues.some((c) => t.includes(normalizeForMatch(c))));
}

/** Characters of a line's opening that hold an outline label and its number (Objective 12.3 —). */
const LABEL_OPENING = 24;

/** A line's one closing full stop (…clear ownership.), not an ellipsis's. */
const CLOSING_STOP = /(?<=[^.\s])\.$/;
/** What a labelled heading closes on and drops: a colon, a 。 or that full stop. */
const HEADING_CLOSE = new RegExp(`[。：:]$|${CLOSING_STOP.source}`);

/** 前言, 总则, Foreword…: a heading of front or back matter, by its whole text. */
export function isFrontMatter(text: string): boolean {
  const t = text.trim().replace(/[：:。.]$/, '').toLowerCase();
  return vocabulary().frontMatterHeadings.includes(t);
}
// An annex's label before its title (附：, 附件二 , Appendix A:, Annex B.).
const ANNEX_LABEL = /^(?:附件|附录|附|annex|appendix)\s*(?:[a-z]|\d{1,2}|[一二三四五六七八九十甲乙丙丁戊己]{1,2})?\s*[：:、.．—–-]?\s*/;
/** Whether a heading titles a glossary or a list of references (名词解释, 附件 参考文献, Appendix A: Glossary, Documents Consulted). */
export function isBackMatter(heading: string): boolean {
  const h = normalizeForMatch(heading).trim().replace(ANNEX_LABEL, '').trim();
  return h.length > 0 && normalizedList(vocabulary().backMatterHeadings).some((w) => h.startsWith(w) || h.endsWith(w));
}

// The key of an unnumbered front-matter heading: it ranks below every numbering,
// so the numbered chapters after 前言 are its siblings, not its children.
const FRONT = 'front';
// The key of an annex's glossary or references line: a chapter at the top level.
const BACK = 'back';
/** Characters of an annex's line titling a glossary or references (附件二：主要名词解释). */
const BACK_MATTER_LINE = 30;

export interface BuildOptions {
  /** Headings accepted before the document is refused as too complex. */
  maxHeadings?: number;
}

interface OpenSection {
  section: Section;
  /** 'explicit': the source gave a level; otherwise the level came from numbering or bold. */
  explicit: boolean;
  sourceLevel: number;
  /** The numbering key (scheme, decimal depth) or 'bold'; null for an unnumbered explicit heading. */
  key: string | null;
  /** Last numbering value of each key among this section's children: the sequence check. */
  childValues: Map<string, number>;
  /** A run-in lead standing alone over its list (see nextRunInLead): the section holds that list only. */
  listOnly?: boolean;
}

const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const SENTENCE_END = /[。；;！!？?]/;
const MAX_CJK_HEADING = 40;
const MAX_WORDS_HEADING = 12;
/** Run-in headings "（一）发展现状。正文……": the lead sentence must be this short. */
const MAX_RUN_IN = 24;
const MAX_RUN_IN_CLAUSES = 32;

/** True when the text after the numbering reads as a heading, not as a sentence. */
export function readsAsHeading(rest: string): boolean {
  const text = rest.trim().replace(/[：:]$/, '');
  if (!text) return false;
  // A test, not a count: only whether any CJK character is there matters (a long paragraph has hundreds).
  if (HAS_CJK.test(text)) {
    if (text.length > MAX_CJK_HEADING && text.replace(/\s/g, '').length > MAX_CJK_HEADING) return false;
    // (A numbered question asks what its section answers: 一、我們現在在哪裡？)
    const body = text.replace(/[。？?]$/, '');
    if (SENTENCE_END.test(body)) return false;
    // "（一）发展现状。" is a heading; "到2025年，……达到100%。" is a sentence.
    // (A gloss in brackets is no clause: "第四层：数字基础设施（网、设备、机房）。")
    const bare = body.replace(/[（(][^）)]*[）)]/g, '');
    if (body !== text && (/[，,、]/.test(bare) || bare.length > 16)) return false;
    return true;
  }
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > MAX_WORDS_HEADING) return false;
  if (/[.!;]$/.test(text) && words.length > 3) return false;
  return !/[.!?;]\s/.test(text);
}

// A paragraph typed as a list item (• Data model: …, as a Word list reads with its bullets rendered).
const TYPED_BULLET = /^\s*(?:•|·|▪|●|○|◦|◆|–|-)\s/;

// A paragraph that opens on a short run-in lead closed by a full stop (Business layer. The
// scenarios…; 业务层。面向…).
const RUN_IN_LEAD = /^(?:[A-Z][^.!?:;\n]{0,48}\.\s+\S|[^。！？：；\n]{1,16}。\s*\S)/;

/**
 * A bold line closed by a full stop right after a paragraph led the same way (or after the list of
 * the series' last such line) is the series' next lead, its body the list below: **Digital
 * infrastructure layer.** over its bullets, after **Application layer.** Applications are…. It
 * heads that list only, not the leads after it (**Security layer.** Described in 8.4.).
 */
function nextRunInLead(raw: string, previous: Block | null, afterLeadList: boolean): boolean {
  return /[.。]$/.test(raw) && (afterLeadList || (previous?.type === 'paragraph' && RUN_IN_LEAD.test(previous.text.trim())));
}

/** Strict form for numbers that break the sequence: short and free of punctuation. */
function readsStrictlyAsHeading(rest: string): boolean {
  const text = rest.trim();
  if (!text || text.length > 20) return false;
  return !/[，,。；;：:！!？?、%％]/.test(text) && !/\d{2,}/.test(text);
}

/** "（一）加快建设信息网络基础设施。建设高速泛在……": the lead sentence is the heading. */
function runInHeading(rest: string): { heading: string; consumed: number } | null {
  const m = /^([^。；;：:！!？?\s]{2,})[。：:]/.exec(rest);
  if (!m || !HAS_CJK.test(m[1]!)) return null;
  const lead = m[1]!;
  // "集中力量推进关键核心技术攻关，牢牢掌握数字经济发展自主权。" is a heading; a
  // sentence with figures ("到2025年，……达到100%。") is a target, not a heading.
  const clauses = /[，,、]/.test(lead);
  if (lead.length > (clauses ? MAX_RUN_IN_CLAUSES : MAX_RUN_IN) || (clauses && /\d/.test(lead))) return null;
  if (rest.length <= m[0].length) return null;
  return { heading: m[1]!, consumed: m[0].length };
}

function advance(start: Point, text: string, count: number): Point {
  let { line, column, offset } = start;
  for (let i = 0; i < count && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      column = 1;
    } else column++;
    offset++;
  }
  return { line, column, offset };
}

interface Candidate {
  rawHeading: string;
  heading: string;
  numbering: Numbering | null;
  key: string | null;
  explicitLevel?: number;
  source: HeadingSource;
  position: Position;
  /** Body text of a run-in heading, kept as the section's first paragraph. */
  remainder?: Paragraph;
  /** A run-in lead of a series standing alone over its list (see nextRunInLead). */
  listOnly?: boolean;
}

export function buildDocument(flat: FlatDocument, options: BuildOptions = {}): PlanDocument {
  const maxHeadings = options.maxHeadings ?? Infinity;
  const sections: Section[] = [];
  const preamble: Block[] = [];
  const stack: OpenSection[] = [];
  const rootValues = new Map<string, number>();
  const lastValue = new Map<string, number>();
  /** The last value of each numbering key left as body text (a list of indicators under a stage heading). */
  const lastBodyValue = new Map<string, number>();
  /** Order of first appearance of each numbering key: its rank in the hierarchy. */
  const rank = new Map<string, number>();
  let headingCount = 0;
  let title = flat.title;
  /** A plan without a title heading usually opens with its title line: short, no sentence ending. */
  let leadTitle: string | null = null;
  let lastBlock: Block | null = null;

  const rankOf = (key: string): number => (key === FRONT ? Infinity : key === BACK ? -1 : (rank.get(key) ?? rank.size));
  /**
   * A key's rank when it first heads a section: the next below all ranked so far, or, for a label's
   * number (策略一：, Goal 1:) first met under a numbered chapter, the next below that chapter's:
   * 肆、策略 / 策略一：… / 一、總體業務架構 nests the 一、 under the 策略一 though 一、 was met before.
   */
  const firstRank = (key: string, parent: OpenSection | undefined): number => {
    const above = parent && !parent.explicit && parent.key !== null ? rank.get(parent.key) : undefined;
    if (!key.startsWith('labelled:') || above === undefined) return rank.size;
    const below = Math.min(...[...rank.values()].filter((r) => r > above));
    return Number.isFinite(below) ? (above + below) / 2 : rank.size;
  };

  /** Where a numbering/bold heading with this key goes: the stack index it takes. */
  const placeOf = (key: string): number => {
    let lastExplicit = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.explicit) {
        lastExplicit = i;
        break;
      }
    }
    for (let i = stack.length - 1; i > lastExplicit; i--) if (stack[i]!.key === key) return i;
    // A promoted paragraph numbered like an explicit heading is that heading's sibling.
    for (let i = lastExplicit; i >= 0; i--) if (stack[i]!.explicit && stack[i]!.key === key) return i;
    const r = rankOf(key);
    for (let i = lastExplicit + 1; i < stack.length; i++) {
      const k = stack[i]!.key;
      if (k !== null && rankOf(k) > r) return i;
    }
    return stack.length;
  };

  const continuesSequence = (key: string, value: number): boolean => {
    const at = placeOf(key);
    const values = at === 0 ? rootValues : stack[at - 1]!.childValues;
    const prev = values.get(key);
    if (prev === undefined ? value === 1 : value === prev + 1) return true;
    // Some plans number on across parents: 1.–5. under （一）, 6.–8. under （二）.
    const last = lastValue.get(key);
    return last !== undefined && value === last + 1;
  };

  const open = (c: Candidate, at: number, explicit: boolean, sourceLevel: number): void => {
    headingCount++;
    if (headingCount > maxHeadings) {
      throw new PlanInputError('too-complex', `the document has more than ${maxHeadings} headings`);
    }
    stack.length = at;
    const parent = stack[at - 1];
    const section: Section = {
      type: 'section',
      heading: c.heading,
      rawHeading: c.rawHeading,
      level: at + 1,
      numbering: c.numbering,
      source: c.source,
      path: [...(parent?.section.path ?? []), c.heading],
      position: c.position,
      blocks: [],
      children: [],
    };
    (parent ? parent.section.children : sections).push(section);
    if (c.key !== null) {
      if (!explicit && !rank.has(c.key) && c.key !== FRONT && c.key !== BACK) rank.set(c.key, firstRank(c.key, parent));
      (parent ? parent.childValues : rootValues).set(c.key, c.numbering?.value ?? 0);
      lastValue.set(c.key, c.numbering?.value ?? 0);
      lastBodyValue.delete(c.key);
    }
    stack.push({ section, explicit, sourceLevel, key: c.key, childValues: new Map(), ...(c.listOnly ? { listOnly: true } : {}) });
    lastBlock = null;
    if (c.remainder) addBlock(c.remainder);
  };

  /** A lead's list has ended: the text after it is its parent's again. */
  const closeListOnly = (): void => {
    while (stack[stack.length - 1]?.listOnly) stack.pop();
  };

  const addBlock = (block: Block): void => {
    if (block.type !== 'listItem' && !(block.type === 'paragraph' && TYPED_BULLET.test(block.text))) closeListOnly();
    if (block.type === 'table' && lastBlock?.type === 'paragraph' && isCaption(lastBlock.text)) {
      block.caption = lastBlock.text.trim();
    }
    const top = stack[stack.length - 1];
    (top ? top.section.blocks : preamble).push(block);
    lastBlock = block;
  };

  const fromHeading = (h: FlatHeading): Candidate => {
    const parsed = parseNumbering(h.text);
    const raw = h.text.trim();
    return {
      rawHeading: raw,
      heading: parsed?.rest.trim() || raw,
      numbering: parsed?.numbering ?? null,
      key: parsed ? numberingKey(parsed.numbering) : null,
      explicitLevel: h.level,
      source: h.source,
      position: h.position,
    };
  };

  const promote = (p: FlatParagraph): Candidate | null => {
    if (p.listLevel !== undefined) return null;
    const raw = p.text.trim();
    const parsed: ParsedNumbering | null = parseNumbering(p.text);
    if (parsed) {
      const key = numberingKey(parsed.numbering);
      const continues = continuesSequence(key, parsed.numbering.value);
      const source: HeadingSource = p.bold ? 'bold' : 'numbering';
      const base = { numbering: parsed.numbering, key, source, position: p.position };
      if (readsAsHeading(parsed.rest) && (continues || p.bold || readsStrictlyAsHeading(parsed.rest))) {
        return { ...base, rawHeading: raw, heading: parsed.rest.trim().replace(/[。：:]$/, '') };
      }
      // A number that continues a list of body paragraphs ("1. 5G基站数：…" … "4. 设备联网率：…"
      // under "3. 2028年") is that list's next item, not the next heading with a run-in lead.
      const inBodyList = lastBodyValue.get(key) === parsed.numbering.value - 1;
      const runIn = continues && !inBodyList ? runInHeading(parsed.rest) : null;
      if (runIn) {
        const cut = parsed.restOffset + runIn.consumed;
        const lead = /^[\s\u3000]*/.exec(p.text.slice(cut))![0].length;
        const bodyStart = advance(p.position.start, p.text, cut + lead);
        const rawEnd = advance(p.position.start, p.text, cut);
        return {
          ...base,
          rawHeading: p.text.slice(0, cut).trim(),
          heading: runIn.heading,
          position: { ...p.position, end: rawEnd },
          remainder: {
            type: 'paragraph',
            text: p.text.slice(cut + lead).trim(),
            position: { ...p.position, start: bodyStart },
          },
        };
      }
      lastBodyValue.set(key, parsed.numbering.value);
      return null;
    }
    // A short line led by a labelled number (策略一：建構縣政數位藍圖, 行動方案1-2 資料架構與資料服務,
    // Goal 3: Connected places) heads what follows, its label kept: the label says what the section is.
    // (Only the line's opening is normalized: a label and its number are a few characters, and a
    // long plan has thousands of paragraphs.)
    const opening = p.text.slice(0, LABEL_OPENING);
    // (So does a numbered question: Q1：為什麼要轉型？ in a plan written as questions and answers.)
    const openingNorm = normalizeForMatch(opening) + p.text.slice(LABEL_OPENING);
    // (The outline's label words, 策略, 行動方案, Goal, and a question's, Q, 问题, normalized once a loaded vocabulary.)
    const plain = parseLabelled(p.text, openingNorm, normalizedList(vocabulary().outlineLabels));
    const question = plain ? null : parseQuestion(p.text, openingNorm, normalizedList(vocabulary().questionLabels));
    const labelled = plain ?? question;
    // (A bold one may close on a full stop: **Objective 4.1 – Give data clear ownership.** A question
    // asks, once or more: 誰來統籌？錢從哪裡來？)
    const rest = question ? question.rest.replace(/[？?]/g, ' ') : labelled && p.bold && !labelled.rest.includes('\n') ? labelled.rest.replace(CLOSING_STOP, '') : labelled?.rest;
    if (labelled && readsAsHeading(rest!)) {
      const key = numberingKey(labelled.numbering);
      if (continuesSequence(key, labelled.numbering.value) || p.bold) {
        return { numbering: labelled.numbering, key, source: p.bold ? 'bold' : 'numbering', position: p.position, rawHeading: raw, heading: raw.replace(HEADING_CLOSE, '') };
      }
    }
    // An annex's line titling a glossary or a list of references (附：名词解释, 附件  参考文献, Appendix A: Glossary)
    // heads a chapter of its own at the back, whatever was open above it.
    if (raw.length <= BACK_MATTER_LINE && !/[\n。；;]/.test(raw) && ANNEX_LABEL.test(normalizeForMatch(raw)) && isBackMatter(raw)) {
      return { rawHeading: raw, heading: raw, numbering: null, key: BACK, source: p.bold ? 'bold' : 'numbering', position: p.position };
    }
    if (p.bold && readsAsHeading(raw)) {
      const listOnly = nextRunInLead(raw, lastBlock, stack[stack.length - 1]?.listOnly === true);
      return { rawHeading: raw, heading: raw, numbering: null, key: isFrontMatter(raw) ? FRONT : 'bold', source: 'bold', position: p.position, ...(listOnly ? { listOnly } : {}) };
    }
    return null;
  };

  // Past a letterhead (××人民政府文件, 〔2023〕14号) the next short line is the title.
  let firstAt = 0;
  while (firstAt < 3 && flat.nodes[firstAt]?.type === 'paragraph' && isLetterhead((flat.nodes[firstAt] as FlatParagraph).text)) firstAt++;
  const first = flat.nodes[firstAt];
  // Markdown written as text often runs the title into the next line; a hard-wrapped
  // prose line is longer than a title and its words are no heading.
  const lines = first?.type === 'paragraph' ? first.text.trim().split('\n') : [];
  const firstLine = lines[0]?.trim() ?? '';
  if (readsAsTitle(firstLine) && !isFrontMatter(firstLine) && (lines.length === 1 || (firstLine.length <= 40 && !/[,，、]/.test(firstLine)))) leadTitle = firstLine;
  // An issuer's name often stands above the title (CITY OF MARLOW / DIGITAL GOVERNMENT
  // ACTION PLAN 2025–2027): among the opening short lines, the one naming a plan's genre.
  // (Not past a short line that is itself a genre's name, 討論文件 over the committee's date and the budget head
  // 總目710－電腦化計劃: the paper says what it is before naming the programme it asks money for.)
  if (leadTitle !== null && !namesPlanGenre(leadTitle) && !(leadTitle.length <= GENRE_LINE_CHARS && namesGenre(leadTitle))) {
    const opening = [...lines.slice(1, 3)];
    // (Three lines: a council's name, the committee's and the paper's number may stand above it.)
    for (let k = firstAt + 1; k < firstAt + 4 && flat.nodes[k]?.type === 'paragraph'; k++) opening.push((flat.nodes[k] as FlatParagraph).text.trim());
    const candidates = opening.map((l) => l.trim()).filter((l) => readsAsTitle(l) && l.length <= 80 && !l.includes('\n') && !isLetterhead(l));
    // An issuer's name over a report's title (沙田區議會 / …文件第18/2025號 / …推行進展) names no plan.
    const named = candidates.find(namesPlanGenre) ?? candidates.find(namesGenre);
    if (named) leadTitle = named;
    // An issuer's line over a first heading that names the plan (南川市科学技术局 / # 南川市数字化转型
    // 行动方案（2026—2028年）): the heading is the title, the line one of the opening.
    const next = flat.nodes[firstAt + 1];
    if (!named && lines.length === 1 && next?.type === 'heading' && next.level === 1 && namesPlanGenre(next.text)) leadTitle = null;
  }

  // An issuer's name set as a first heading over the plan's titled heading (# City of Alder
  // Springs / # Smart City Program Implementation Plan, FY2026–FY2028) is a line of the opening:
  // the second heading is the title, and the one root that holds every chapter.
  // (Also a level below it, # West Pennine Combined Authority / ## Digital Infrastructure and
  // Architecture Plan 2026–2030, when it states the plan's years and no other heading stands at
  // the issuer's level: ## Lot 2 – Smart City Strategy Development under a framework's name is a lot.)
  const [h1, h2] = [flat.nodes[firstAt], flat.nodes[firstAt + 1]];
  const below =
    h1?.type === 'heading' && h2?.type === 'heading' && h1.level === 1 && h2.level === 2 && !namesGenre(h1.text) && holdsRange(normalizeForMatch(h2.text)) && !flat.nodes.some((n) => n !== h1 && n.type === 'heading' && n.level === 1);
  const issuer =
    leadTitle === null && h1?.type === 'heading' && h2?.type === 'heading' && h1.level === 1 && (h2.level === 1 || below) && !namesPlanGenre(h1.text) && !isFrontMatter(h1.text) && namesPlanGenre(h2.text) ? h1 : null;

  for (const node of flat.nodes) {
    if (node === issuer) {
      addBlock({ type: 'paragraph', text: node.text, position: node.position });
      continue;
    }
    if (node.type === 'heading') {
      closeListOnly();
      const c = fromHeading(node);
      if (title === null && leadTitle === null && (node.level === 1 || (issuer !== null && node === h2)) && !isFrontMatter(c.rawHeading)) title = c.rawHeading;
      if (node.level !== undefined) {
        let at = stack.length;
        while (at > 0 && (!stack[at - 1]!.explicit || stack[at - 1]!.sourceLevel >= node.level)) at--;
        open(c, at, true, node.level);
      } else {
        const key = c.key ?? 'bold';
        open({ ...c, key }, placeOf(key), false, 0);
      }
      continue;
    }
    if (node.type === 'paragraph') {
      const c = promote(node);
      if (c) {
        closeListOnly();
        open(c, c.key === BACK ? 0 : placeOf(c.key!), false, 0);
        continue;
      }
      const { bold: _b, listLevel: _l, ...paragraph } = node;
      addBlock(paragraph);
      continue;
    }
    addBlock(node);
  }

  return {
    type: 'document',
    format: flat.format,
    title: title ?? leadTitle,
    characters: flat.characters,
    warnings: flat.warnings,
    preamble,
    sections,
  };
}

function isCaption(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && /^(表|附表|Table\s)\s*[\d一二三四五六七八九十]+/i.test(t);
}

/** Every section in document order (depth first). */
export function* walkSections(sections: Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walkSections(s.children);
  }
}

function readsAsTitle(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 80 && !/[。；：！？.;:!?，,]$/.test(t) && !/[。；！？]/.test(t);
}
