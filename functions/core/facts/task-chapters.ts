// The plan's tasks by the shape of its headings (clause 7.5: strategic measures),
// when no heading says 主要任务 or "Key actions": a run of sibling sections that
// each open on an action verb (四、做强数字经济 五、建设数字社会 六、建设数字政府;
// 一、推动政务服务…升级), a heading that bundles measures by their count
// (五大範疇措施, Six big moves), or a run of enumerated themes (Theme 1: …).
// A safeguards chapter (加强组织领导, 加大资金投入) and an architecture chapter
// (构建数据底座) open on verbs too: a run whose headings mostly name safeguards or
// layers is not the plan's tasks.
import type { Section } from '../document/model.ts';
import { mayNameConcept, namesConcept } from '../match/concepts.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { vocabulary } from '../match/vocabulary.ts';
import { evidenceOf, type FactContext, type FactOutput, type TextUnit } from './context.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

export interface TaskChaptersValue {
  /** Runs of task headings and bundle headings found. */
  count: number;
  /** The first heading of each, as written. */
  headings: string[];
}

export const name = 'task-chapters';
export const fields = ['count'];

/** Where compute leaves every task chapter it found, for taskChaptersOf (not part of the fact's value, which rules read). */
const CHAPTERS_KEY = 'task-chapters:sections';

/** The plan's task chapters (四、做强数字经济 五、建设数字社会…): every section of each run, and the bundle headings. */
export function taskChaptersOf(ctx: FactContext): Section[] {
  ctx.read('task-chapters');
  return (ctx.cache.get(CHAPTERS_KEY) as Section[] | undefined) ?? [];
}

export function details(v: TaskChaptersValue): Record<string, unknown> {
  return { taskHeadings: v.headings };
}

/** A heading that opens on one year and a break before its words (2026年：打基础, 2027 – Scale up, 2028年度：深化应用). */
const YEAR_CHAPTER = /^\s*20\d\d\s*(?:年度?)?\s*[:：—–-]\s*\S/;

/** Sibling task headings in a row that make a plan's tasks. */
const MIN_RUN = 3;
const NUMBER_WORDS = '二三四五六七八九十两';
const ENGLISH_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
// Concepts of the chapters whose sub-headings open on verbs but are no tasks.
const SAFEGUARD_CONCEPTS = ['policy', 'funding', 'talent', 'culture', 'support-organization-body'];
const LAYER_CONCEPTS = ['business-layer', 'information-layer', 'application-layer', 'infrastructure-layer', 'security-layer'];

interface Patterns {
  verb: RegExp;
  bundle: RegExp;
  theme: RegExp;
}

let cached: { vocabulary: unknown; patterns: Patterns } | null = null;
function patterns(): Patterns {
  const v = vocabulary();
  if (cached?.vocabulary === v) return cached.patterns;
  const alt = (terms: string[]) => terms.map((t) => escapeRegExp(normalizeForMatch(t))).join('|');
  const nouns = alt(v.taskBundleNouns);
  const p: Patterns = {
    // A Chinese verb opens the heading; an English one is a whole word.
    verb: new RegExp(`^(?:${alt(v.taskVerbs.filter((t) => !/[a-z]/.test(t)))}|(?:${alt(v.taskVerbs.filter((t) => /[a-z]/.test(t)))})\\b)`),
    // 五大範疇措施, 从六个方面发力, 六件大事 anywhere in the heading; "Six big moves" opening it.
    bundle: new RegExp(`[${NUMBER_WORDS}\\d]+(?:大.{0,8}(?:${nouns})|个方面|件大?事)|^(?:(?:our|the)\\s+)?(?:${ENGLISH_NUMBERS.join('|')}|\\d+)\\s+(?:[a-z]+\\s+){0,2}(?:${nouns})\\b`),
    // Theme 1:, Pillar A –, Priority IV —.
    theme: new RegExp(`^(?:${alt(v.themeLabels)})\\s*(?:\\d{1,2}|[a-h]|[ivx]{1,4})\\s*[:：.–—-]`),
  };
  cached = { vocabulary: v, patterns: p };
  return p;
}

/** A heading's words, its numbering and an enumerated label (Theme 1:) aside. */
function words(s: Section): string {
  return normalizeForMatch(s.heading).replace(/^[\s\d.、)）(（]+/, '').trim();
}

// One list a concept, kept: a concept list's compiled terms are looked up by the list itself.
const singles = new Map<string, string[]>();
function single(concept: string): string[] {
  let list = singles.get(concept);
  if (!list) singles.set(concept, (list = [concept]));
  return list;
}

/**
 * Whether a run's headings mostly name the concepts, and enough distinct ones to be that chapter:
 * a safeguards chapter names three of policy, funding, talent, culture, organisation; an
 * architecture four of the five layers. Themes named "Services built around people", "Decisions
 * informed by data" and "Secure, modern technology" name three layers in passing.
 */
function mostlyNames(headings: string[], concepts: string[], distinct: number): boolean {
  // (A heading with no concept's term names none of these: a long plan's task runs are asked ten times a heading.)
  const named = headings.map((h) => (mayNameConcept(h) ? concepts.filter((c) => namesConcept(h, single(c))) : []));
  return named.filter((n) => n.length).length * 2 >= headings.length && new Set(named.flat()).size >= distinct;
}

export function compute(ctx: FactContext): FactOutput<TaskChaptersValue> {
  const p = patterns();
  const found: Section[] = [];
  // Every task chapter of every run, for rules that read the tasks' domains (taskChaptersOf).
  const chapters: Section[] = [];
  const siblingsOf = new Map<Section | null, Section[]>();
  // Each heading's words, once (every section is tested three times).
  const wordsOf = new Map<Section, string>();
  for (const s of ctx.sections) {
    const parent = ctx.parentOf?.get(s) ?? null;
    const list = siblingsOf.get(parent);
    if (list) list.push(s);
    else siblingsOf.set(parent, [s]);
    const w = words(s);
    wordsOf.set(s, w);
    if (p.bundle.test(w)) found.push(s);
  }
  // A chapter a year, each over sections of its own (2026年：打基础、补短板 / 数字政府, 数字社会…; 2027: Scale / …):
  // the plan's tasks laid out year by year, whatever words follow the year.
  const yearChapter = (s: Section) => s.children.length > 0 && YEAR_CHAPTER.test(normalizeForMatch(s.heading));
  for (const siblings of siblingsOf.values()) {
    for (const test of [(s: Section) => p.verb.test(wordsOf.get(s)!), (s: Section) => p.theme.test(wordsOf.get(s)!), yearChapter]) {
      let run: Section[] = [];
      const close = () => {
        const heads = run.map((s) => wordsOf.get(s)!);
        if (run.length >= MIN_RUN && !mostlyNames(heads, SAFEGUARD_CONCEPTS, 3) && !mostlyNames(heads, LAYER_CONCEPTS, 4)) {
          found.push(run[0]);
          chapters.push(...run);
        }
        run = [];
      };
      for (const s of siblings) {
        if (test(s)) run.push(s);
        else close();
      }
      close();
    }
  }
  const heads = new Map<Section, TextUnit>();
  for (const u of ctx.units) if (u.kind === 'heading' && u.section) heads.set(u.section, u);
  const sections = [...new Set(found)].sort((a, b) => a.position.start.offset - b.position.start.offset);
  ctx.cache.set(CHAPTERS_KEY, [...new Set([...chapters, ...found])]);
  return {
    value: { count: sections.length, headings: sections.map((s) => s.rawHeading) },
    evidence: sections.slice(0, 3).flatMap((s) => {
      const u = heads.get(s);
      return u ? [evidenceOf(u)] : [];
    }),
  };
}
