// Every word list the checker matches with lives in rules/vocabulary.json, not
// in code. It loads as strictly as the rules: an unknown or misspelt key, a
// concept with no terms or a regional word that changes the text's length is a
// load error naming the key, not a TypeError in the middle of a check.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z as Z } from 'zod';
import { firstIssue, validatedAtBuild } from '../rules/ruleset-version.ts';
import { withContractedForms } from '../text/contractions.ts';
import { lazily, zod } from '../rules/zod.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

export const rulesDir = fileURLToPath(new URL('../../../rules/', import.meta.url));
export const vocabularyPath = `${rulesDir}vocabulary.json`;

// The schema is built on first use (zod.ts): a bundle loading the vocabulary its build validated never needs it.
const vocabularyShape = <T extends Z.ZodType, L extends Z.ZodType>(z: typeof Z, terms: T, localized: L) => ({
  /** Unnumbered front and back matter (前言, 总则, Foreword): never a plan's title, never the parent of numbered chapters. */
  frontMatterHeadings: terms,
  /** A glossary or a list of references at the back (附：名词解释, 参考文献, Appendix A: Glossary): it defines or cites words and sets out nothing of the plan. */
  backMatterHeadings: terms,
  /** Words that label an outline number (策略一：, 行動方案1-1, Goal 2:): a short line led by one is a heading. */
  outlineLabels: terms,
  /** Words that label a numbered question (Q1：為什麼要轉型？, 问题二：, Question 3:): a question so led is a heading. */
  questionLabels: terms,
  /**
   * Words that put off what a sentence names to later or to another document (另行制定, 另案訂定, 本规划不作展开,
   * will be addressed in a separate…, not part of this plan): the sentence sets out none of it.
   */
  deferralCues: terms,
  /**
   * Words that put off what a short text's heading names when they are all it says (另案規劃。, 将另行开展专题研究。,
   * Subject to a separate business case., A culture strategy will follow in 2027.): broader than deferralCues, which
   * blank a sentence wherever it stands, so only a short text of nothing else is read as put off.
   */
  deferralOnlyCues: terms,
  /** What a table cell holds when it fills nothing in (—, 待定, TBD): a row of nothing else, or a column of nothing else, sets out no part. */
  placeholderCells: terms,
  /**
   * English contractions: a long form → its short one (we will → we'll). Every English word of the
   * vocabulary's and the rules' lists holding a long form holds its short form too, in both apostrophes
   * (What we will do is What we'll do).
   */
  englishContractions: z.record(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'a long form is lower-case words'), z.string().regex(/^[a-z]+'[a-z]+$/, "a short form is written with ' (as we'll)")),
  /**
   * Concept classes: a name → its terms in simplified Chinese and English (traditional
   * text is matched after conversion; regional wording through regionalWords). A term
   * "A…B" allows a few characters of modifiers between A and B (产业…定位 matches
   * 产业布局定位). An English term is stemmed unless written =word (=terminal: not termination).
   * A rule's part names the concepts it stands for.
   */
  concepts: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/, 'concept names are kebab-case'),
    z
      .array(
        z
          .string()
          .min(1)
          .regex(/^(?:[^=].*|=[a-z][a-z' -]*)$/, 'an unstemmed term is = and English words (=terminal)')
          // (The text's words are cut at an apostrophe, a possessive's 's kept: we'll is we and ll.)
          .regex(/^(?:[^'’]|['’]s\b)*$/, "a contraction never matches: write how we…do it, not how we'll do it"),
      )
      .min(1),
  ),
  /**
   * Words in which a concept's term means something else (安全生产 and 食品安全 are no data security, 家庭医生团队 no
   * operations team, shared services and the share of residents no data sharing): the concept is not matched inside them.
   */
  otherSenses: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'concept names are kebab-case'), z.array(z.string().min(1)).min(1)),
  /** Taiwan / Hong Kong wording → mainland wording of the same length (數位 → 数字), applied to traditional text. */
  regionalWords: z.record(z.string().min(2), z.string().min(2)),
  goalCues: terms,
  /** Verbs that make a number a target (达到, 不低于, reach, will). */
  targetVerbs: terms,
  /** Words of an achieved figure, not a target (截至, 累计, as of). */
  achievedCues: terms,
  /** Headings under which every statement is a goal. */
  goalHeadingCues: terms,
  /** A plan's own chapter headings (总体思路, 发展目标, 总体架构, 保障措施, Goals, Safeguards): a report carrying several carries the plan. */
  planChapterCues: terms,
  /** Words of a lack (人才缺乏, 意识不强, skills gap): an item stating one is a problem found, not a measure taken. */
  deficitWords: terms,
  /** Words of a sentence about this plan itself (本规划, this plan): a range there is its period. */
  planSelfWords: terms,
  /** Verbs and words with which a notice publishes a plan (印发, 关于). */
  publishWords: terms,
  /** A first column that lays out layers or parts (层级, layer, 保障, Support, Lever, 抓手). */
  layerColumnWords: terms,
  /** Heads a Chinese list shares (数据采集、管理、服务平台: each item a 平台): a term ending on one matches its item in such a list. */
  sharedHeads: terms,
  /** Words a sub-section opens on to say what it is (This is the…, 本层为…): under a plain-word heading (Tools we build), the part its opening names. */
  selfNamingOpeners: terms,
  /** A column of stages (阶段, phase). */
  stageColumnWords: terms,
  /** A first column headed by the year alone (Year | Main deliverables, 年度 | 重点任务): a row a year, a stage when it says what it delivers. */
  yearColumnHeaders: terms,
  /** Headings about indicators (指标, KPI). */
  indicatorHeadingCues: terms,
  stageCues: terms,
  visionCues: terms,
  /** The plan's own statement of its period (本规划期为, this plan covers). */
  periodCues: terms,
  /** A statement of the period that names the plan only by a pronoun (It covers…): the plan's own in its opening, where it introduces itself; later, the 'it' may be a plan the text speaks of. */
  periodOpeningCues: terms,
  /** Words naming a plan's near term just before a range in its title (纲要（2026—2035年，近期2026—2030年）): that range is the planning period. */
  nearTermCues: terms,
  /** Words that open a reference to another document (根据, 按照): a period after them is that document's. */
  citeLeads: terms,
  /**
   * Key projects (13.2): headings of a project list, a table's name column, heading and lead endings that
   * name one project (sectionSuffixes serves both), and the words of a numbered action in prose (行动方案1-1, Action 2.1).
   */
  /** kindColumns: words that make a projects' header cell a kind of project (项目类型, Project type): its rows are kinds, not projects. */
  projectCues: z.strictObject({ listHeadings: terms, nameColumns: terms, sectionSuffixes: terms, actionLeads: terms, kindColumns: terms }),
  projectFields: z.record(z.string(), z.strictObject({ zh: z.string().min(1), en: z.string().min(1), cues: terms })),
  indicatorHeaderCues: z.strictObject({ name: terms, baseline: terms, target: terms, attribute: terms, due: terms }),
  planGenreCues: terms,
  /** Words right before an English genre word that make it a verb (should plan, how to plan): a title that says how to plan names no plan. */
  planVerbLeads: terms,
  /** Words right before a study's genre word in a title with a period (战略研究报告（2026—2030年）): the study designs the plan. */
  strategyStudyWords: terms,
  /** Genre words that, followed at once by the document's own span of years (Operations Playbook 2027–2029, 白皮書（2026-2030）), name a plan for those years. */
  datedPlanGenreWords: terms,
  /** Words of a title in the first person singular (taught me, my lessons, 我的): a personal post, unless the title states a period. */
  personalTitleWords: terms,
  /** Words that make a heading a group's name (Digital Strategy Working Group, 数字化转型规划工作专班): its plan word names the group's subject, not the document's genre. */
  groupNameWords: terms,
  /** Words that lead a line of keywords (Keywords: …, 关键词：…): under a paper's abstract, a scholarly paper's mark; a plan lists none. */
  keywordLineWords: terms,
  /** Words of a subtitle that name only the form a text is given in (——专题汇报材料（文字稿）, Speaker notes for the briefing deck): under a plan's own title and years, the plan so delivered. */
  deliveryFormWords: terms,
  nonPlanGenreCues: terms,
  /** Bylines and reporting phrases of a news report (本报讯, 记者): a report about a plan, not the plan. */
  newsGenreCues: terms,
  /** Words a news report uses that a plan's opening uses too (published, said): they count only beside a byline. */
  newsGenreWeakCues: terms,
  /** A blog post's byline (posted by, 5 min read): two different ones in the opening make it a blog post, whatever its title says. */
  blogBylineCues: terms,
  /**
   * Genres that are not plans, each named in the verdict: cues in the title, and cues of its body.
   * bodyAlone: the body's marks decide without the title (第X条, 问：/答：, bylines); soft marks
   * (已完成, 建议) also fill a plan's review of the past, so they only confirm a title.
   */
  nonPlanGenres: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
    z.strictObject({ label: localized, titleCues: z.array(z.string().min(1)), bodyCues: z.array(z.string().min(1)), minBodyHits: z.number().int().positive(), bodyAlone: z.boolean() }),
  ),
  topicCues: terms,
  /**
   * A task chapter's shape (clause 7.5): headings that open on an action verb (推动…, 建设…, Build…),
   * bundles of measures by their count (五大范畴措施, Six big moves), and enumerated themes (Theme 1:).
   */
  taskVerbs: terms,
  taskBundleNouns: terms,
  themeLabels: terms,
  /**
   * Section cues several rules share, by topic: the five rules of clause 10 read the same data-governance
   * chapter, so they name it once (a rule's sectionTopic) rather than each carrying the same list.
   */
  sectionTopics: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'topic names are kebab-case'), terms),
  /** Title words of one step's special plan (数据治理…, 数字经济…, 运营…): the batch suggests that step's profile, the earliest in the title first. */
  profileTitleCues: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), terms),
});

export const vocabularySchema = lazily(() => {
  const z = zod();
  return z.strictObject(vocabularyShape(z, z.array(z.string().min(1)).min(1), z.strictObject({ zh: z.string().min(1), en: z.string().min(1) })));
});

export type Vocabulary = Z.infer<ReturnType<typeof vocabularySchema>>;

export class VocabularyError extends Error {
  constructor(message: string) {
    super(`vocabulary.json: ${message}`);
    this.name = 'VocabularyError';
  }
}

/**
 * Parses and validates a vocabulary file's text; throws VocabularyError naming the key.
 * `validated`: the build already ran the schema over this very file (ruleset-version.ts).
 */
export function parseVocabulary(text: string, { validated = false }: { validated?: boolean } = {}): Vocabulary {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new VocabularyError(`not valid JSON (${(e as Error).message})`);
  }
  let data: Vocabulary;
  if (validated) data = json as Vocabulary;
  else {
    const parsed = vocabularySchema().safeParse(json);
    if (!parsed.success) throw new VocabularyError(firstIssue(parsed.error));
    data = parsed.data;
  }
  data = withContractedForms(data, data.englishContractions);
  for (const name of Object.keys(data.otherSenses)) {
    if (!Object.hasOwn(data.concepts, name)) throw new VocabularyError(`otherSenses.${name}: unknown concept (not in concepts)`);
  }
  for (const [from, to] of Object.entries(data.regionalWords)) {
    if (from.length !== to.length) throw new VocabularyError(`regionalWords.${from}: "${to}" must have the same length (offsets are shared with the original text)`);
  }
  return data;
}

/** One word of a list as a pattern: a … between its words allows a few words there (this…plan is This Digital Plan too). */
function wordPattern(word: string): string {
  const gap = /[a-z]/.test(word) ? '(?:\\s+[\\w-]+){0,2}\\s+' : '[^。，；,;]{0,6}';
  const pieces = word.split('…');
  return pieces.map((piece) => escapeRegExp(pieces.length > 1 ? piece.trim() : piece)).join(gap);
}

const patterns = new WeakMap<readonly string[], RegExp>();
/** A vocabulary list as one regular expression of its normalized words (cached per list). */
export function wordsPattern(list: readonly string[], normalize: (s: string) => string = (s) => s): RegExp {
  let re = patterns.get(list);
  if (!re) {
    const words = [...new Set(list.map(normalize))].sort((a, b) => b.length - a.length);
    patterns.set(list, (re = new RegExp(words.map(wordPattern).join('|'))));
  }
  return re;
}

let cached: Vocabulary | null = null;
export function vocabulary(): Vocabulary {
  cached ??= parseVocabulary(readFileSync(vocabularyPath, 'utf8'), { validated: validatedAtBuild(rulesDir) });
  return cached;
}
