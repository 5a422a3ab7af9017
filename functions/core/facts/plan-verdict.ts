// Whether the document reads as a digital-transformation plan at all, and if
// not, which genre it is: a scoring method, a regulation, a Q&A, a work
// summary, a tender, a vendor brief, an analysis report, a study note, a news
// article (vocabulary.json nonPlanGenres), or a plan on another subject. The
// title's own genre word decides first (the last one in a Chinese title, with
// cited 《…》 names set aside: 《…方案》解读 is an interpretation); then the
// body's marks of a genre (第X条, 问：/答：, 分值, bylines); then a plan's signs:
// a period, goals and the guide's topic at a plan's density.
import type { Localized, PlanVerdict } from '../check/result.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';
import { chapterOf, titleSection, type FactContext, type FactOutput, type TextUnit } from './context.ts';
import type { HorizonValue } from './horizon.ts';
import type { TargetsValue } from './targets.ts';
import { arabicYears, holdsRange } from '../match/years.ts';
import { occurrences } from './parts.ts';

export interface PlanVerdictValue extends PlanVerdict {
  reasonsLocalized: Localized[];
  topicDensity: number;
  genre: string;
  genreLocalized: Localized;
}

export const name = 'plan-verdict';
export const fields = ['isPlan', 'confidence', 'genre'];
export const dependencies = ['horizon', 'targets'];

/** Topic cue hits per 1,000 characters below which the text is off the guide's topic. */
export const MIN_TOPIC_DENSITY = 4;
const EARLY_UNITS = 30;
/** Different news cues in the opening that make it a news report (one alone, e.g. 获悉, may be a plan's wording). */
const NEWS_CUES = 2;
/** A notice publishing a plan shorter than this carries no plan text (a plan runs to thousands of characters). */
const NOTICE_MAX_CHARS = 2500;
/** Characters from the start in which a genre's body marks are counted. */
const GENRE_CHARS = 30_000;
/** Characters of text besides the title and links under which a page with a link is a stub. */
const STUB_CHARS = 200;
/** Lines under the title, the first with them, where a publisher's series line may stand. */
const SERIES_LINES = 3;
/** A line under a title this short can complete it (专家评审意见). */
const SUBTITLE_CHARS = 30;
/** An issue number in a series: 第2024-07號, 第5期, No. 14, Issue 3 (a notice's 〔2025〕37号 is no series). */
const ISSUE_MARK = /第\s*[0-9０-９一二三四五六七八九十〇-]+\s*[号號期]|[,，]?\s*\b(?:no\.?|number|issue)\s*\d+/i;
// A page of questions (What is…? 为什么要…？) asks in nearly all its headings; a plan written
// in plain words may ask in half of them (谁来运营？ 钱从哪里来？) or more, and states its period.
const MIN_QUESTIONS = 5;
const QUESTION_SHARE = 0.7;
const LINK = /(?:https?:)?\/\/(?:www\.)?[a-z0-9-]+\.[a-z]/;
const LINKS = /(?:https?:)?\/\/[^\s，。]+/g;
const PLAN: Localized = { zh: '规划', en: 'a plan' };
const OFF_TOPIC: Localized = { zh: '其他主题的文件', en: 'a document on another subject' };
const UNKNOWN: Localized = { zh: '未能识别为规划的文件', en: 'a document that does not read as a plan' };

/** The words that publish a document (印发, 发布, 公布): a notice's, or a headline's verb. */
const publishing = () => wordsPattern(vocabulary().publishWords, normalizeForMatch);
const wrapper = (text: string) => publishing().test(text);

/** Fewer than one character in twenty is Chinese. */
function isMostlyLatin(text: string): boolean {
  let cjk = 0;
  for (let i = 0; i < text.length; i += 7) if (text.charCodeAt(i) >= 0x3400 && text.charCodeAt(i) <= 0x9fff) cjk++;
  return cjk * 7 < text.length / 20;
}

/** Whether a title (or part of one) states a span of years, Minguo years too (白皮書（115-119年度）). */
const statesYears = (text: string) => holdsRange(text) || (/1[01]\d/.test(text) && holdsRange(arabicYears(text, true)));

function count(text: string, cues: readonly string[]): number {
  let n = 0;
  for (const c of cues) {
    let at = text.indexOf(c);
    while (at >= 0) {
      n++;
      at = text.indexOf(c, at + c.length);
    }
  }
  return n;
}

const WORD_CHAR = /[a-z0-9]/;

/**
 * Whether an English cue at `at` stands as a word (a plural s allowed): promotion holds no motion,
 * updated no update, PLAN7016 no plan. Chinese cues have no word bounds.
 */
function asWord(text: string, at: number, cue: string): boolean {
  if (WORD_CHAR.test(cue[0]) && at > 0 && WORD_CHAR.test(text[at - 1])) return false;
  if (!WORD_CHAR.test(cue[cue.length - 1])) return true;
  let end = at + cue.length;
  if (text[end] === 's') end++;
  return end >= text.length || !WORD_CHAR.test(text[end]);
}

/** End offset and length of the last-ending cue in text, or null. */
function lastCue(text: string, cues: readonly string[]): { end: number; length: number } | null {
  let best: { end: number; length: number } | null = null;
  for (const c of cues) {
    let at = text.lastIndexOf(c);
    while (at >= 0 && !asWord(text, at, c)) at = at > 0 ? text.lastIndexOf(c, at - 1) : -1;
    if (at < 0) continue;
    const end = at + c.length;
    if (!best || end > best.end || (end === best.end && c.length > best.length)) best = { end, length: c.length };
  }
  return best;
}

/** A short span in quotation marks: a word the title quotes (「藍圖」, “规划”), not its genre. */
const QUOTED_WORD = /「[^」]{1,6}」|『[^』]{1,6}』|“[^”]{1,6}”/g;

// Built once a loaded list: titleGenre is asked of a document's title and first lines.
const verbPatterns = new WeakMap<readonly string[], RegExp>();
/** plan after one of the words that make it a verb (should plan, how to plan), to blank out. */
function planAsVerb(leads: readonly string[]): RegExp {
  let re = verbPatterns.get(leads);
  if (!re) verbPatterns.set(leads, (re = new RegExp(`\\b(?:${normalizedList(leads).join('|')})\\s+plan\\b`, 'g')));
  return re;
}

/** The genre a title names: 'plan', a non-plan genre id, or null (no genre word). */
function titleGenre(title: string): string | null {
  const v = vocabulary();
  const planCues = normalizedList(v.planGenreCues);
  // A cited document's name is not this document's genre, unless the title only wraps it.
  const quoted = /《[^》]*》/.test(title);
  // (Nor is a word the title quotes: 從「藍圖」走向「日常」 speaks of a blueprint, it is none.)
  const bare = title.replace(/《[^》]*》/g, ' ').replace(QUOTED_WORD, (q) => ' '.repeat(q.length));
  // Notices that publish or consult on a plan (关于印发《…规划》的通知) are the plan itself.
  // (Not when the title names another genre of its own: 《…规划》征求意见采纳情况的说明 reports on the consultation.)
  const ownGenre = Object.values(v.nonPlanGenres).some((g) => lastCue(bare, normalizedList(g.titleCues)));
  if (quoted && !ownGenre && wrapper(bare) && /通知|公告|意见稿|征求意见/.test(bare)) {
    const inner = title.replace(/.*《|》.*/g, '');
    // The published document's own genre decides, its own quotes (〈〉) set aside as cited:
    // 《〈…总体规划〉编制工作方案》 is the work plan for drafting a plan, not the plan.
    const published = titleGenre(inner.replace(/〈([^〉]*)〉/g, '《$1》'));
    if (published && published !== 'plan') return published;
    if (planCues.some((c) => inner.includes(c))) return 'plan';
  }
  const english = !/[\u3400-\u9fff]/.test(bare);
  let best: { genre: string; end: number; length: number } | null = null;
  // (An English genre word after a modal or to is a verb: How cities should plan their transformation.)
  const plan = lastCue(english ? bare.replace(planAsVerb(v.planVerbLeads), (m) => ' '.repeat(m.length)) : bare, planCues);
  if (plan) best = { genre: 'plan', ...plan };
  for (const [id, g] of Object.entries(v.nonPlanGenres)) {
    const m = lastCue(bare, normalizedList(g.titleCues));
    if (!m) continue;
    // English titles put the genre anywhere ("Progress report: Digital Strategy 2023–2027"): a non-plan word wins.
    if (english && best?.genre === 'plan') {
      best = { genre: id, ...m };
      continue;
    }
    if (!best || m.end > best.end || (m.end === best.end && m.length > best.length)) best = { genre: id, ...m };
  }
  // A Chinese title led by another genre's word and a colon or dash (教学笔记：某市…规划的制定与实施,
  // 案例分析——…规划为何推进缓慢) is that genre's paper about the plan it goes on to name.
  if (!english && best?.genre === 'plan') {
    const lead = leadingGenre(bare);
    if (lead) return lead;
  }
  // A study of the city's strategy for a span of years (战略研究报告（2026—2030年）, Strategy Study
  // 2026–2029) is the strategy itself, as the assessment and strategy steps of a top-level design.
  // (So is the strategy with its years over the study's name in brackets: 战略（2026—2030年）（研究报告·送审稿）.)
  if (best?.genre === 'analysis-report' && statesYears(bare)) {
    const before = bare.slice(0, best.end - best.length).replace(STUDY_BRACKETS, '').trimEnd();
    if (normalizedList(v.strategyStudyWords).some((w) => before.endsWith(w))) return 'plan';
  }
  // A handbook, playbook or white paper for its own span of years (Smart Operations Playbook 2027–2029,
  // 智慧城市數位治理白皮書（2026-2030）) says how the city will work over it: a plan. Guidance for writing a
  // plan names the plan's years before its own word (…规划（2026—2030年）编制指南), if at all, and a
  // vendor's white paper none.
  if (best && best.genre !== 'plan' && statesYears(bare.slice(best.end, best.end + RANGE_AFTER))) {
    const word = bare.slice(best.end - best.length, best.end);
    if (normalizedList(v.datedPlanGenreWords).includes(word)) return 'plan';
  }
  return best?.genre ?? null;
}

/** What may stand between a strategy's name and the study's word: its span of years (in brackets or not), and the bracket that opens the study's name with a word or two (（课题研究报告）. */
const STUDY_BRACKETS = /(?:\s*(?:[(（【\[][^()（）【】\[\]]*\d{4}[^()（）【】\[\]]*[)）】\]]|\d{4}\s*[-–—~至到]+\s*\d{2,4}年?))*\s*(?:[(（【\[][^()（）【】\[\]]{0,4})?$/;

/** The non-plan genre whose title word opens a title before a colon or dash (the longest such word). */
function leadingGenre(title: string): string | null {
  const head = title.trimStart();
  let best: { genre: string; length: number } | null = null;
  for (const [id, g] of Object.entries(vocabulary().nonPlanGenres)) {
    for (const c of normalizedList(g.titleCues)) {
      if (head.startsWith(c) && LEAD_BREAK.test(head.slice(c.length)) && (!best || c.length > best.length)) best = { genre: id, length: c.length };
    }
  }
  return best?.genre ?? null;
}

/** What ends a title's leading genre word: a colon or a dash. */
const LEAD_BREAK = /^\s*[：:—–-]/;

/** A subtitle line led by a dash (——《…》宣讲稿, — talking points on…): what follows the dash. */
const DASH_SUBTITLE = /^\s*(?:——|—|–|-{1,2})\s*(.+)$/;

/** Characters a paper's genre word may end before the dash of its subtitle (白皮書》——, Paper: —). */
const GENRE_WORD_SLACK = 2;

/** Characters after a title's genre word that may hold the span of years it covers: （2026—2028年）, FY2027–FY2029. */
const RANGE_AFTER = 16;

/**
 * The non-plan genre a masthead line opens with: a short line, not a sentence, led by a genre's
 * title words (the longest that leads it). A heading is a masthead only when the words are all it
 * says before a dash or colon (Study Guide — Week 6): a plan's first heading may open with Summary.
 */
function mastheadGenre(line: string, heading: boolean): string | null {
  const text = line.trim();
  // (Up to a long line: Case study prepared for the Municipal Technology Leaders Forum, Session 4B: "…".)
  if (text.length > SUBTITLE_CHARS * 6 || /[。．.；;]$/.test(text)) return null;
  // A line numbering the document in a publisher's series (維港政策研究所 研究報告第2024-07號,
  // Public Sector Insight Series, No. 14), set bold or plain, makes it one issue of a publication:
  // the genre its series word names, else a paper.
  const issue = ISSUE_MARK.exec(text);
  const byPublisher = !heading && /^an?\s/.test(text);
  const lead = heading ? text.split(/\s*(?:——|—|–|--|:|：|\|)\s*|\s-\s/)[0] : text;
  if (heading && lead === text && !issue) return null;
  const field = !heading && /[|｜]/.test(text) ? text.split(/\s*[|｜]\s*/)[0] : null;
  let best: { id: string; length: number } | null = null;
  for (const [id, g] of Object.entries(vocabulary().nonPlanGenres)) {
    for (const c of normalizedList(g.titleCues)) {
      // (Or ends a line that names it as one of a publisher's: A Meridian Spatial Systems White Paper.)
      // (Or is the first field of a masthead set in fields: OPINION | The Westmoor Gazette | 9 March 2026.)
      const leads = heading ? lead === c : (text.startsWith(c) && asWord(text, 0, c)) || (byPublisher && text.endsWith(c) && asWord(text, text.length - c.length, c)) || field === c.replace(/[:：]$/, '');
      const numbers = issue !== null && text.slice(0, issue.index).trimEnd().endsWith(c);
      if ((leads || numbers) && (!best || c.length > best.length)) best = { id, length: c.length };
    }
  }
  if (!best && issue && /\bseries\b/.test(text.slice(0, issue.index))) return 'analysis-report';
  return best?.id ?? null;
}

/** A year and the words that make it a year's (2026年度, FY2026, Annual … 2026, 2026 Year 2), set aside from a report's name. */
const REPORT_YEAR = /(?:\bfy\s?)?\d{4}(?:\s*[-–—/~至]\s*\d{2,4})?\s*(?:年度|年|財年|财年)?|\bannual\b|\byear\s+\d+\b|年度/g;

/** Characters before a Chinese genre word that say what a year's report reports on (推行, 实施, 工作). */
const REPORTED_CHARS = 4;
const HAN_WORD = /^[\u3400-\u9fff]+$/;

/**
 * The genre of a year's report a heading names and nothing else (2026年度進度報告, Annual Progress Report 2026):
 * set under a plan's own name, it reports on the plan.
 */
function datedReportGenre(heading: string): string | null {
  const text = heading.trim();
  if (!/\d{4}/.test(text) || text.length > SUBTITLE_CHARS) return null;
  const rest = text.replace(REPORT_YEAR, ' ').replace(/[\s:：—–-]+/g, ' ').trim();
  if (!rest) return null;
  for (const [id, g] of Object.entries(vocabulary().nonPlanGenres)) {
    // (Or a Chinese genre word after a word or two of what is reported: 推行情况报告, 实施进展报告.)
    if (normalizedList(g.titleCues).some((c) => rest === c || rest === `${c}s` || (HAN_WORD.test(c) && c.length >= 3 && rest.endsWith(c) && rest.length - c.length <= REPORTED_CHARS))) return id;
  }
  return null;
}

/** Whether a line leads with a keywords label (Keywords:, 关键词：), as a journal sets it under an abstract. */
function keywordLine(line: string): boolean {
  const text = line.trim();
  return normalizedList(vocabulary().keywordLineWords).some((w) => text.startsWith(w) && /^\s*[:：]/.test(text.slice(w.length)));
}

const distinctCues = new WeakMap<readonly string[], readonly string[]>();
/**
 * A genre's body cues, normalized, each once: two spellings of one mark (问： and 问:, 供讨论 and
 * 供討論, benefits realised and realized) are one cue, and one occurrence counts once.
 */
function bodyCuesOf(g: { bodyCues: readonly string[] }): readonly string[] {
  let cues = distinctCues.get(g.bodyCues);
  if (!cues) distinctCues.set(g.bodyCues, (cues = [...new Set(normalizedList(g.bodyCues))]));
  return cues;
}

/**
 * The non-plan genre the body's own marks point to (第X条, 问：, 分值), when they are many enough:
 * counted in the opening (`inOpening`: a cue's occurrences there), a news report's in its first units.
 */
function bodyGenre(inOpening: (cue: string) => number, early: string): string | null {
  let best: { id: string; hits: number; ratio: number } | null = null;
  for (const [id, g] of Object.entries(vocabulary().nonPlanGenres)) {
    if (!g.bodyAlone) continue;
    const cues = bodyCuesOf(g);
    const counts = id === 'news-article' ? cues.map((c) => count(early, [c])) : cues.map(inOpening);
    let hits = 0;
    let distinct = 0;
    for (const n of counts) (hits += n), (distinct += n > 0 ? 1 : 0);
    if (hits < g.minBodyHits || distinct < 2) continue;
    const ratio = hits / g.minBodyHits;
    if (!best || ratio > best.ratio) best = { id, hits, ratio };
  }
  return best?.id ?? null;
}

/** Chapters a plan has at least, for marks in one of them to be that chapter's own. */
const MIN_CHAPTERS = 3;
/** A plan's own chapters a report carries when it carries the plan: its aims, design, tasks, steps, safeguards. */
const CARRIED_PLAN_CHAPTERS = 4;

/**
 * Whether every unit holding one of the cues lies in a few chapters of a plan of several: one, or
 * up to a third of them (an evaluation chapter's score table and the operator's fee paid by that
 * score in the operating model's).
 */
function fewChaptersHold(ctx: FactContext, cues: readonly string[]): boolean {
  // Under a title heading that holds every chapter, the chapters are its children.
  const chapters = chapterCount(ctx);
  if (chapters < MIN_CHAPTERS) return false;
  const holding = new Set<string | undefined>();
  // (Marks under the title heading, above its first chapter, are the cover's: Report to: Cabinet, Key
  // decision: Yes over a plan's fourteen chapters is the report that puts the plan to the cabinet, the
  // plan its text.)
  const cover = titleSection(ctx.doc);
  for (const u of ctx.units) if ((!cover || u.section !== cover) && cues.some((c) => u.norm.includes(c))) holding.add(chapterOf(ctx.doc, u));
  return holding.size <= Math.max(1, Math.floor(chapters / 3)) && !holding.has(undefined);
}

/** The chapters of a plan: under a title heading that holds every chapter, its children. */
function chapterCount(ctx: FactContext): number {
  return (titleSection(ctx.doc)?.children ?? ctx.doc.sections).length;
}

/** The chapters whose headings are a plan's own (总体思路, 发展目标, 保障措施): a report on its progress has none or one. */
function planChapters(ctx: FactContext): number {
  const own = wordsPattern(vocabulary().planChapterCues, normalizeForMatch);
  return (titleSection(ctx.doc)?.children ?? ctx.doc.sections).filter((s) => own.test(normalizeForMatch(s.heading))).length;
}

/**
 * Whether a Chinese title is a headline: a subject, then a word that publishes (发布, 公布, 印发), then the
 * plan it names, which it does not quote (关于印发《…》的通知 is a notice, asked for elsewhere).
 */
function publishedInHeadline(title: string): boolean {
  if (/[《〈]|关于/.test(title)) return false;
  const plan = lastCue(title, normalizedList(vocabulary().planGenreCues));
  if (!plan) return false;
  const verb = publishing().exec(title.slice(0, plan.end - plan.length));
  return verb !== null && verb.index >= 2 && /[\u3400-\u9fff]/.test(title.slice(0, verb.index));
}

/** Genres whose marks are a form a plan's own text may take, under its own title and years. */
const PLAN_TEXT_FORMS = new Set(['interpretation', 'minutes', 'business-case']);

/** Whether a subtitle names the form its text is given in (汇报材料, 文字稿), and no genre besides. */
function namesOnlyItsForm(subtitle: string): boolean {
  const forms = normalizedList(vocabulary().deliveryFormWords);
  let rest = subtitle;
  let named = false;
  for (let m = lastCue(rest, forms); m; m = lastCue(rest, forms)) {
    named = true;
    rest = rest.slice(0, m.end - m.length) + ' '.repeat(m.length) + rest.slice(m.end);
  }
  // (A year in it dates a report: ——2026年度汇报材料 reports on that year's work.)
  return named && titleGenre(rest) === null && !/(?:19|20)\d\d/.test(rest);
}

/** Whether most headings ask a question, the answers under them: a Q&A without 问：/答： marks. */
function asksInHeadings(ctx: FactContext): boolean {
  const heads = ctx.units.filter((u) => u.kind === 'heading');
  const asked = heads.filter((u) => /[?？]\s*$/.test(u.norm)).length;
  return asked >= MIN_QUESTIONS && asked >= heads.length * QUESTION_SHARE;
}

/** Whether every section of the document under its title is a glossary or a list of references (read by no fact). */
function backMatterOnly(ctx: FactContext): boolean {
  const title = titleSection(ctx.doc);
  return ctx.doc.sections.length > 0 && ctx.sections.every((s) => s === title) && ctx.doc.sections.some((s) => s !== title || s.children.length > 0);
}

export function compute(ctx: FactContext): FactOutput<PlanVerdictValue> {
  const v = vocabulary();
  const topicCues = normalizedList(v.topicCues);
  const newsCues = normalizedList(v.newsGenreCues);
  // The tree builder takes a short opening line above the first heading for the title.
  const rawTitle = ctx.doc.title ?? ctx.units.find((u) => u.kind === 'heading')?.text ?? '';
  const title = normalizeForMatch(rawTitle);
  const early = ctx.units.slice(0, EARLY_UNITS).map((u) => u.norm).join('\n');
  const all = ctx.units.map((u) => u.norm).join('\n');
  // A genre shows in its first pages (articles, questions, score items): the body's marks are counted
  // there, in the text joined as `all` is, through the plan's pair index (a scan of the opening per cue
  // took ~3 ms of a long plan's check).
  const inOpening = (cue: string) => occurrences(ctx.units, cue, GENRE_CHARS);
  const horizon = ctx.read<HorizonValue>('horizon').value;
  const targets = ctx.read<TargetsValue>('targets').value;
  const genres = v.nonPlanGenres;

  const reasons: Localized[] = [];
  let score = 0;
  let genre: string | null = null;
  let fromTitle = titleGenre(title);
  // A title in the first person singular (What our last strategy taught me) is a personal post
  // about a plan; a plan speaks for its issuer (My Kingsford: Digital Strategy 2026–2029 states a period).
  const personal = (fromTitle === null || fromTitle === 'plan') && !statesYears(title) && lastCue(title, normalizedList(v.personalTitleWords)) !== null;
  if (personal) fromTitle = 'blog-post';
  // The line that names the genre, quoted in the reason: the title, a masthead or a first heading, as
  // the document writes it (立法會參考資料摘要, not the normalized 立法会参考数据摘要): normalizing keeps
  // a text's length, so a span of the normalized line is the same span of its own.
  let shown = rawTitle;
  const own = (u: TextUnit, span: string) => {
    const at = u.norm.indexOf(span);
    return at < 0 ? span : u.text.slice(at, at + span.length);
  };
  // Whether the genre came from the document's title, not from a heading under an issuer's name.
  // (A plan's title under an issuer's line set above it, # Westbridge City Council / # Digital Inclusion
  // Strategy, may be a committee report's subject too: the body tells at the usual count.)
  const above = ctx.doc.preamble[0];
  const root = titleSection(ctx.doc);
  const issuerAbove = above?.type === 'paragraph' && root !== undefined && above.position.start.offset < root.position.start.offset && above.text.trim().length <= SUBTITLE_CHARS * 2 && !/[。.；;]$/.test(above.text.trim());
  const ownTitle = fromTitle !== null && !issuerAbove;
  // A masthead under the title names a publication's series (Policy Brief No. 14 | …, 研究简报 2026年第5期),
  // whatever the title speaks of (Five Things Every City Digital Plan Needs).
  const firstLine = ctx.units.find((u) => u.kind !== 'title' && u.norm.trim() && normalizeForMatch(u.text) !== title);
  // A title that states a span of years is a plan's own (Digital Strategy 2026–2029): the line
  // under it (Update — what has changed, Analysis: where we start) is its first section, no masthead.
  let masthead = firstLine && !statesYears(title) ? mastheadGenre(firstLine.norm, firstLine.kind === 'heading') : null;
  if (masthead) {
    fromTitle = masthead;
    shown = firstLine!.text;
  }
  // (A series line may stand a line or two lower, under a subtitle: ### Eight recommendations… / Published by the
  // Northern Policy Forum — Policy Paper No. 12. Lower down, only a line that numbers the issue.)
  if (!masthead && firstLine && !statesYears(title)) {
    const at = ctx.units.indexOf(firstLine);
    for (const u of ctx.units.slice(at + 1, at + SERIES_LINES)) {
      masthead = u.kind === 'paragraph' && ISSUE_MARK.test(u.norm) ? mastheadGenre(u.norm, false) : null;
      if (!masthead) continue;
      fromTitle = masthead;
      shown = u.text;
      break;
    }
  }
  // Under a plan's own name, a heading that names only a year's report (## 2026年度進度報告, ## Annual Progress
  // Report 2026, ## 2024-25年度推行情況報告 under a name with no years) is the document's name: a report on the
  // plan, measuring its targets.
  const dated = firstLine?.kind === 'heading' ? datedReportGenre(firstLine.norm) : null;
  if (dated && (fromTitle === null || fromTitle === 'plan')) {
    fromTitle = dated;
    shown = firstLine!.text;
  }
  // A line of keywords in the opening (Keywords: …, 关键词：…), as a journal sets it under an abstract, makes the
  // document a scholarly paper, whatever plans its title speaks of: a plan lists none.
  const keywords = statesYears(title) ? undefined : ctx.units.slice(0, EARLY_UNITS).find((u) => keywordLine(u.norm));
  if (keywords && (fromTitle === null || fromTitle === 'plan')) {
    fromTitle = 'analysis-report';
    shown = keywords.text;
  }
  // A long title wraps onto a second short line that may end in the genre (…推動計畫委託專業服務案 /
  // 期中報告審查會議紀錄): read as one title, the genre is the last line's.
  // (A paragraph of both lines under a title taken from its first starts with that title.)
  const second = firstLine?.kind === 'paragraph' ? firstLine.norm.trim().replace(title.trim(), '').trim() : '';
  const wrapped = !masthead && second && second.length <= SUBTITLE_CHARS && !/[。．.；;，,：:]/.test(second) ? titleGenre(`${title.trim()}${second}`) : null;
  // A plan's own title stating its years over a subtitle that names only the form it is given in
  // (——专题汇报材料（文字稿）, the text of the briefing deck that puts it to the leaders) is that plan, as a
  // report carrying it is, on a text that carries it: its period and its dated targets. (Not a subtitle
  // naming a report on it, ——2026年度实施情况汇报: with its form words blanked, such a subtitle still names
  // a genre, or no form word is in it. Nor a speech that deploys it, ——在…大会上的讲话: the speaker's.)
  const delivered = () => fromTitle === 'plan' && statesYears(title) && horizon.found && targets.count > 0 && namesOnlyItsForm(second);
  if (wrapped && wrapped !== 'plan' && (fromTitle === null || fromTitle === 'plan') && !delivered()) {
    fromTitle = wrapped;
    shown = own(firstLine!, second);
  }
  // (So is a title whose span of years stands on the line under it, as Word title blocks set it:
  // 江州市…现状评估与战略研究报告 / （2026—2030年） is the strategy study of a plan, as on one line.)
  else if (wrapped === 'plan' && fromTitle && fromTitle !== 'plan' && statesYears(second)) fromTitle = 'plan';
  // A title that is only the issuer's name (Northwold City Council): the first headings name the genre.
  // (One that states its own span of years, Digital Northbrook 2024–2027, is named by the line right
  // under it, Our digital strategy – plan on a page: a playbook or a guide in a later heading,
  // The Service Playbook under Enabling the work, is one of its parts.)
  if (!fromTitle) {
    const heads = statesYears(title) ? (firstLine?.kind === 'heading' ? [firstLine] : []) : ctx.units.filter((u) => u.kind === 'heading').slice(0, 3);
    // (A group's name, Digital Strategy Working Group, names its subject: the heading under it, Minutes of
    // the meeting…, names the document.)
    const groups = normalizedList(v.groupNameWords);
    for (const u of heads) {
      if (lastCue(u.norm, groups) !== null) continue;
      const g = titleGenre(u.norm);
      if (g) {
        fromTitle = g;
        shown = u.text;
        break;
      }
    }
  }
  // A title that only names another document (《…规划》（送审稿）) leaves the genre to the line
  // under it: 专家评审意见, 政策解读.
  if (/^《[^》]*》\s*(?:[（(][^)）]{1,10}[)）])?$/.test(title.trim())) {
    const g = firstLine && firstLine.norm.length <= SUBTITLE_CHARS ? titleGenre(firstLine.norm) : null;
    if (g) {
      fromTitle = g;
      shown = firstLine!.text;
    }
  }
  // A subtitle after a dash says what a titled paper is (桐港市數位轉型白皮書 / ——…施政計畫（115至118年度）):
  // a white paper or a report subtitled as a plan is that plan.
  if (fromTitle && fromTitle !== 'plan') {
    // (The subtitle of the paper's own genre word: in Consultation response: Connected Places — a
    // National Strategy, the dash is inside the name of the document responded to.)
    const dash = /(?:——|—|\s[-–]\s)(.+)$/.exec(title);
    const head = dash ? title.slice(0, dash.index).trimEnd() : '';
    const word = dash ? lastCue(head, normalizedList(genres[fromTitle].titleCues)) : null;
    const inline = word && word.end >= head.length - GENRE_WORD_SLACK ? dash![1] : undefined;
    const below = firstLine && firstLine.norm.length <= SUBTITLE_CHARS * 2 ? DASH_SUBTITLE.exec(firstLine.norm)?.[1] : undefined;
    // (A subtitle with the plan's years: Project Charter — Brookfield Smart City Strategy, or a talk's title in
    // quotes, names the plan the paper is about, not what the paper is.)
    const planFor = (sub: string | undefined) => sub !== undefined && titleGenre(sub) === 'plan' && statesYears(sub);
    if (planFor(inline) || planFor(below)) fromTitle = 'plan';
  }
  // A slogan for a title that uses a plan word loosely and states no years (读懂规划 用好规划, Our Plan, Your
  // City) over a dash subtitle naming another genre (——《…规划》宣讲稿, — talking points on…): the
  // subtitle names the document, set as its own line or as the next line of the title's paragraph.
  if (fromTitle === 'plan' && !statesYears(title) && firstLine) {
    const rest = firstLine.norm.trim().startsWith(title.trim()) ? firstLine.norm.trim().slice(title.trim().length) : firstLine.norm;
    const line = rest.trim().split('\n')[0];
    const sub = line.length <= SUBTITLE_CHARS * 3 ? DASH_SUBTITLE.exec(line)?.[1] : undefined;
    const g = sub ? titleGenre(sub) : null;
    if (g && g !== 'plan') {
      fromTitle = g;
      shown = own(firstLine, line);
    }
  }
  // A question for a title, with no years (What should a city digital strategy actually contain?), asks about
  // plans in general: the line under it names what the document is (Policy essay · Centre for…).
  if (fromTitle === 'plan' && !statesYears(title) && /[?？]\s*$/.test(title) && firstLine && firstLine.norm.length <= SUBTITLE_CHARS * 3) {
    const g = titleGenre(firstLine.norm);
    if (g && g !== 'plan') {
      fromTitle = g;
      shown = firstLine.text;
    }
  }
  // A notice that publishes a plan (关于印发《…方案》的通知) and is short has left the plan out.
  if (fromTitle === 'plan' && /《[^》]*》/.test(title) && wrapper(title.replace(/《[^》]*》/g, ' ')) && ctx.doc.characters < NOTICE_MAX_CHARS) fromTitle = 'notice';
  // A Chinese headline whose subject publishes the plan (运输署公布数码转型计划　推动…, 东原市发布数字经济规划)
  // reports the news of it; a web page under such a headline that carries the plan's text has its chapters,
  // its period and its targets.
  if (fromTitle === 'plan' && publishedInHeadline(title) && !(horizon.found && targets.count > 0 && chapterCount(ctx) >= MIN_CHAPTERS)) fromTitle = 'news-article';
  // A report on a plan's drafting that carries the plan itself (关于《…战略（2026—2030年）》编制情况的汇报 over
  // its nine chapters, its own period and its targets: the plan presented in the form of a report) is that plan.
  if (fromTitle === 'work-summary' && /《[^》]*》/.test(title) && horizon.found && targets.count > 0 && planChapters(ctx) >= CARRIED_PLAN_CHAPTERS) fromTitle = 'plan';
  // A plan's annex on its own (市政服務署數碼轉型計劃 / 附錄丙：詞彙表及縮寫一覽): a glossary or a list of references is
  // all its text under the plan's name, and it explains the plan's words.
  if ((fromTitle === 'plan' || !fromTitle) && backMatterOnly(ctx)) fromTitle = 'interpretation';
  const questions = asksInHeadings(ctx) && !horizon.found;
  // (A guide for residents written as questions and their answers is a Q&A: the form says what it is.)
  if (questions && fromTitle === 'guidance') fromTitle = 'interpretation';
  const fromBody = questions ? 'interpretation' : bodyGenre(inOpening, early);
  // A page that is a title and a link (a download stub) holds no plan, whatever its title says.
  const stub = LINK.test(all) && all.replace(LINKS, '').replace(title, '').replace(/\s/g, '').length < STUB_CHARS;
  // A headline may name the plan (我市印发数字化转型规划); the opening's byline tells a news report.
  // (A plan's opening says "published" or "updated" too: such words count only beside a byline.)
  const bylines = newsCues.filter((c) => early.includes(c)).length;
  const news = bylines > 0 && bylines + normalizedList(v.newsGenreWeakCues).filter((c) => early.includes(c)).length >= NEWS_CUES;
  // A blog's byline (Posted by … · 7 minute read) says the piece is someone's post about a plan.
  const blog = !news && normalizedList(v.blogBylineCues).filter((c) => early.includes(c)).length >= NEWS_CUES;
  const shortTitle = shown.trim().slice(0, 30);
  if (stub) genre = 'link-stub';
  else if (news) genre = 'news-article';
  else if (blog) genre = 'blog-post';
  else if (fromTitle && fromTitle !== 'plan') genre = fromTitle;
  else if (fromTitle === 'plan' && fromBody && fromBody !== 'analysis-report' && fromBody !== 'work-summary' && fromBody !== 'vendor-brief') {
    // A plan's title over a regulation's articles, a Q&A or a score sheet: the body tells. A plan
    // named only in a heading under an issuer's name (a committee report on the strategy) is the
    // document's subject, not its genre: the body's marks tell at their usual count.
    // A plan's own chapter may hold such marks (an evaluation chapter's score table: 权重（分）,
    // 评分标准): marks in a few chapters of a plan of several are those chapters'.
    // A plan titled as its own with its span of years may be written as questions and answers
    // (問一：本計畫的期程多長？ 答：…), or as the decisions of the meeting that adopted it (会议议定…):
    // the form of its text, not an interpretation of another's or the minutes of a meeting about it; so may
    // it be set in a business case's five cases (Strategic case … Management case).
    // (Under an issuer's line too, # Wrexford City Council / # Digital Transformation Plan 2026–2030: a
    // report on a plan names it without its form's marks.)
    const qaForm = PLAN_TEXT_FORMS.has(fromBody) && statesYears(title) && !title.includes('《');
    const g = genres[fromBody];
    const cues = bodyCuesOf(g);
    if (questions || (!qaForm && cues.reduce((n, c) => n + inOpening(c), 0) >= (ownTitle ? 2 : 1) * g.minBodyHits && !fewChaptersHold(ctx, cues))) genre = fromBody;
  } else if (!fromTitle && fromBody) {
    // A title naming no genre but its own span of years (…现状评估与发展战略研究（2026—2030年）) is a plan's:
    // score marks in a few of its chapters (a maturity score in its assessment) are those chapters'.
    if (!(statesYears(title) && fewChaptersHold(ctx, bodyCuesOf(genres[fromBody])))) genre = fromBody;
  }
  if (genre) {
    score -= 3;
    const g = genres[genre];
    const why = news
      ? { zh: '开头是新闻报道（本报讯、记者等），报道的是规划而不是规划本身', en: 'the opening reads as a news report about a plan (byline, reporter), not the plan itself' }
      : stub
        ? { zh: '除标题外只有链接，没有正文', en: 'besides its title it holds only links, no text' }
      : blog
        ? { zh: '开头有博客的署名行（发布者、阅读时长），是对规划的评述而不是规划本身', en: 'its opening carries a blog byline (posted by, reading time): a post about a plan, not the plan itself' }
      : personal && genre === 'blog-post'
        ? { zh: `标题以第一人称写成（${shortTitle}），是个人文章而不是规划本身`, en: `the title speaks in the first person (${shortTitle}): a personal post about a plan, not the plan itself` }
      : fromTitle === genre && shown === rawTitle
        ? { zh: `标题表明是${g.label.zh}（${shortTitle}）`, en: `the title names ${g.label.en} (${shortTitle})` }
      : fromTitle === genre
        ? { zh: `题头或首个标题表明是${g.label.zh}（${shortTitle}）`, en: `the line under the title names ${g.label.en} (${shortTitle})` }
        : { zh: `正文具有${g.label.zh}的特征`, en: `the body reads as ${g.label.en}` };
    reasons.push({ zh: `这是${g.label.zh}，不是规划：${why.zh}`, en: `This is ${g.label.en}, not a plan: ${why.en}` });
  } else if (fromTitle === 'plan') score += 2;
  else if (count(early, normalizedList(v.planGenreCues)) >= 2 && count(early, normalizedList(v.nonPlanGenreCues)) < 3) score += 1;
  else reasons.push({ zh: '标题和开头未表明是规划、方案或计划', en: 'neither the title nor the opening says it is a plan or strategy' });
  if (horizon.found) score += 1;
  else reasons.push({ zh: '未找到规划期', en: 'no planning period found' });
  if (targets.count > 0) score += 1;
  else reasons.push({ zh: '未找到量化目标', en: 'no quantitative goals found' });
  // (Counted through the plan's pair index, which the parts fact builds anyway: a scan of the whole text per cue took ~5 ms.)
  let topicHits = 0;
  for (const c of topicCues) topicHits += occurrences(ctx.units, c);
  const density = all.length ? (topicHits * 1000) / all.length : 0;
  const titleTopic = topicCues.some((c) => title.includes(c));
  // English words run five letters to a Chinese word's two characters: the same share
  // of topic words is half the density per 1,000 characters.
  const min = isMostlyLatin(all) ? MIN_TOPIC_DENSITY / 2 : MIN_TOPIC_DENSITY;
  const onTopic = density >= min || (titleTopic && density >= min / 2);
  if (onTopic) score += 2;
  else reasons.push({ zh: `数字化转型主题词密度低（每千字${density.toFixed(1)}次），主题不是城市数字化转型`, en: `little of the guide's topic vocabulary (${density.toFixed(1)} per 1,000 characters): not about digital transformation` });
  const isPlan = score >= 4 && onTopic && !genre;
  const genreId = isPlan ? 'plan' : (genre ?? (onTopic ? 'unknown' : 'off-topic'));
  const genreLocalized = isPlan ? PLAN : genre ? genres[genre].label : onTopic ? UNKNOWN : OFF_TOPIC;
  // Confidence: distance of the score from the decision line, on the 6-point scale.
  const confidence = Math.min(1, Math.round((0.5 + Math.abs(score - 3.5) / 7) * 100) / 100);
  const value: PlanVerdictValue = {
    isPlan,
    confidence,
    reasons: reasons.map((r) => r.en),
    reasonsLocalized: reasons,
    topicDensity: Math.round(density * 10) / 10,
    genre: genreId,
    genreLocalized,
  };
  return { value, evidence: [] };
}
