// The generic part-coverage fact: for each of the rule's parts, present (a
// heading names it, or a passage discusses it), mentioned (a passing mention),
// or missing — with evidence. Computed from the rule's own cue lists.
import type { Evidence, PartStatus } from '../check/result.ts';
import type { PartDefinition, RuleDefinition } from '../rules/rule-schema.ts';
import type { Table } from '../document/model.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';
import { mayReachByLength, similarAtLeast } from '../match/fuzzy.ts';
import { endsWithColon, evidenceOf, isBodyText, isListLike, sentenceSpans, sentences, titleHeading, titleSection, type FactContext, type FactOutput, type TextUnit } from './context.ts';
import { taskChaptersOf } from './task-chapters.ts';
import { isFrontMatter, walkSections } from '../document/build-tree.ts';
import { chineseNumeralValue } from '../document/outline-numbering.ts';
import { answeredPart, enumeratedPassages, sideLeadWords, foundByOpenings, labelledParts, leadsNaming, leadPhrase, namesSeveralConcepts, openingLabel, openingSentence, ownHeadingCue, partNamed, qualifierOf, rowLabel, sectionByChildren, sectionRunByChildren, selfNamedPart, isQuestion, underOtherPart } from './part-labels.ts';
import { conceptMatch, conceptTermCount, holdsTerm, namesConcept, TermSearch } from '../match/concepts.ts';
import { holdsRange } from '../match/years.ts';
import { vocabulary, wordsPattern } from '../match/vocabulary.ts';
import { blankWords } from '../text/blank-words.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

export interface PartFinding {
  name: string;
  status: PartStatus;
  evidence: Evidence[];
}

export interface PartsValue {
  found: number;
  present: number;
  mentioned: number;
  missing: number;
  total: number;
  /** present counts 1, mentioned ½, over total (0 when the rule has no parts). */
  share: number;
  missingNames: string[];
  byName: Record<string, PartStatus>;
  findings: PartFinding[];
  /** The rule's own sections (its sectionCues' or scopePart's), outermost first; [] when it has none. Where its missing parts are suggested (check/insertion.ts). */
  scopeRoots: FactContext['sections'];
}

export const name = 'parts';
export const perRule = true;
export const fields = ['found', 'present', 'mentioned', 'missing', 'total', 'share', 'byName'];

// A heading that names the part, fuzzy: short headings only, else any long
// heading would resemble some cue.
const HEADING_SIMILARITY = 0.93;
// How far into a paragraph a cue must start for the paragraph to be "about" it
// (a lead phrase such as "加强人才保障。" or "**资金保障**：").
const LEAD_CHARS = 16;
// Paragraphs with a hit needed to call scattered mentions a discussion.
const SPREAD = 3;

interface Hit {
  unit: TextUnit;
  at: number;
  cue: string;
}

// Each cue's hits over the whole plan, found once per document (a cue recurs
// across parts and rules) and shared by every rule; a scope (sectionCues) only
// filters them. The first hit per unit is all a unit needs, and it is the same
// whether the scan covers the plan or a scope. Over a thousand distinct cues
// meet a plan, so instead of one pass over the text per cue, the plan's text is
// indexed once by character pair and a cue only visits where its first pair is.
interface CueIndex {
  /** The units indexed (the plan's, not a scope's; or only the plan's headings). */
  units: TextUnit[];
  /** Their normalized text joined by NUL (no cue holds one, so no hit spans two units). */
  text: string;
  /** Offset of each unit in `text` (a unit's range runs to the next one's start, its NUL included). */
  starts: number[];
  /**
   * Character pair ((code << 16) | code) → its first offset and how often it
   * occurs, as an open-addressing table in one typed array, [key, offset + 1,
   * count] a slot (offset + 1 = 0: empty): a Map of the pairs cost ~10 ms a long
   * plan in hashing and garbage.
   */
  table: Int32Array;
  /** 32 − log2(slots): a slot is the hash's top bits (its low ones follow the second character only). */
  shift: number;
  /** Chains each offset to the next one with the same pair (-1: none). */
  next: Int32Array;
  hits: Map<string, number[]>; // cue → [unit index, offset in unit, …], every kind of unit
  /** Per unit, the last walk (by its stamp) a cue marked it in: units two cues hit, without sets. */
  marks: Int32Array | null;
  stamp: number;
  /** Which units hold a concept's or a cue list's terms (holdsTerm), found through the pair index. */
  terms: TermSearch | null;
  /** Unit → its index in `units`, for a scope's units. */
  positions: Map<TextUnit, number> | null;
}
/** Scoped unit lists → the plan's, so a scope finds the plan-wide index. */
const planUnits = new WeakMap<TextUnit[], TextUnit[]>();
const indexes = new WeakMap<TextUnit[], CueIndex>();
const headingTextIndexes = new WeakMap<TextUnit[], CueIndex>();
/** Units (a scope's, or the plan's) → a flag a plan unit: 1 where a passage may be found (in the units, not a heading or the title). */
const passageMasks = new WeakMap<TextUnit[], Uint8Array>();

function passageMask(index: CueIndex, units: TextUnit[]): Uint8Array {
  let mask = passageMasks.get(units);
  if (mask) return mask;
  mask = new Uint8Array(index.units.length);
  // A scope's units are the plan's in plan order (a filter of them): one walk pairs them.
  let k = 0;
  for (let i = 0; i < index.units.length && k < units.length; i++) {
    const unit = index.units[i];
    if (unit !== units[k]) continue;
    k++;
    if (isBodyText(unit)) mask[i] = 1;
  }
  passageMasks.set(units, mask);
  return mask;
}

/** The slot of a pair key: its own, or the empty one where it would go. */
function slotOf(table: Int32Array, shift: number, key: number): number {
  const mask = (1 << (32 - shift)) - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> shift;
  while (table[3 * slot + 1] !== 0 && table[3 * slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

function pairTable(shift: number): Int32Array {
  return new Int32Array(3 << (32 - shift));
}

function buildCueIndex(all: TextUnit[]): CueIndex {
  const text = all.map((u) => u.norm).join('\u0000');
  const starts: number[] = [];
  let at = 0;
  for (const u of all) {
    starts.push(at);
    at += u.norm.length + 1;
  }
  const next = new Int32Array(Math.max(0, text.length - 1));
  const table = pairChains(text, next);
  const shift = Math.clz32(table.length / 3) + 1;
  return { units: all, text, starts, table, shift, next, hits: new Map(), marks: null, stamp: 0, terms: null, positions: null };
}

/**
 * The text's pair table (returned; its slots tell its shift) and chains (into `next`). Its own
 * function, of a string and an array, returning the table alone: the loop runs once a character
 * of the plan and is optimized while it runs, and the code after it is then code the optimizer
 * never saw run. Inside buildCueIndex (the index object built after the loop), or returning an
 * object, that sent it back to the interpreter at the end of every call, twice a check.
 */
function pairChains(text: string, next: Int32Array): Int32Array {
  // Sized for few distinct pairs (prose repeats them; a small table stays in
  // cache) and doubled whenever it is half full.
  let shift = 28;
  while (1 << (32 - shift) < text.length / 4) shift--;
  let table = pairTable(shift);
  let mask = (1 << (32 - shift)) - 1;
  let used = 0;
  // Chained from the end so every chain runs in text order; typed arrays, not a
  // list a pair, keep the garbage of a 200k-character plan small. The probe is
  // slotOf's, inline, and each character is read once (it is the next pair's
  // second).
  const n = text.length;
  let second = n > 0 ? text.charCodeAt(n - 1) : 0;
  for (let i = n - 2; i >= 0; i--) {
    const first = text.charCodeAt(i);
    const key = (first << 16) | second;
    second = first;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    while (table[3 * slot + 1] !== 0 && table[3 * slot] !== key) slot = (slot + 1) & mask;
    if (table[3 * slot + 1] === 0) {
      if (++used * 2 > mask + 1) {
        table = grown(table, --shift);
        mask = (1 << (32 - shift)) - 1;
        slot = slotOf(table, shift, key);
      }
      next[i] = -1;
    } else {
      next[i] = table[3 * slot + 1] - 1;
    }
    table[3 * slot] = key;
    table[3 * slot + 1] = i + 1;
    table[3 * slot + 2]++;
  }
  return table;
}

/** The pair table rehashed into twice the slots (`shift` already one less). */
function grown(old: Int32Array, shift: number): Int32Array {
  const table = pairTable(shift);
  for (let k = 0; k < old.length; k += 3) {
    if (old[k + 1] === 0) continue;
    const to = slotOf(table, shift, old[k]);
    table.set(old.subarray(k, k + 3), 3 * to);
  }
  return table;
}

function cueIndex(units: TextUnit[]): CueIndex {
  const all = planUnits.get(units) ?? units;
  let index = indexes.get(all);
  if (!index) indexes.set(all, (index = buildCueIndex(all)));
  return index;
}

/**
 * Whether units hold one of the terms, as holdsTerm(unit.norm, terms) says: each term's
 * units found once a document through the index, not by testing every unit per rule.
 */
function unitsHolding(units: TextUnit[], terms: readonly string[]): (unit: TextUnit) => boolean {
  const index = cueIndex(units);
  index.terms ??= new TermSearch(
    index.units.map((u) => u.norm),
    (needle) => {
      const hits = cueHits(index, needle);
      const out: number[] = [];
      for (let h = 0; h < hits.length; h += 2) out.push(hits[h]);
      return out;
    },
  );
  const mask = index.terms.mask(terms);
  if (!index.positions) {
    index.positions = new Map();
    index.units.forEach((u, i) => index.positions!.set(u, i));
  }
  const positions = index.positions;
  return (unit) => {
    const i = positions.get(unit);
    return i === undefined ? holdsTerm(unit.norm, terms) : mask[i] === 1;
  };
}

// Per terms list, one array per subset of it (holdsTerm compiles a list once, keyed by the array).
const heldSubsets = new WeakMap<readonly string[], Map<number, readonly string[]>>();

/**
 * The terms of the list each unit holds (those holdsTerm(unit.norm, [term]) finds), from each
 * term's units in the index; the whole list for a unit outside the plan's. Text cut from a unit
 * (a sentence: words and windows never cross its ends) holds only terms the unit holds, so
 * holdsTerm(sentence, termsHeld(unit)) is holdsTerm(sentence, terms) with fewer terms tried.
 */
function termsHeld(units: TextUnit[], terms: readonly string[]): (unit: TextUnit) => readonly string[] {
  if (terms.length > 30) return () => terms;
  unitsHolding(units, terms);
  const index = cueIndex(units);
  const bits = new Uint32Array(index.units.length);
  terms.forEach((term, k) => {
    for (const i of index.terms!.holding(term)) bits[i] |= 1 << k;
  });
  let subsets = heldSubsets.get(terms);
  if (!subsets) heldSubsets.set(terms, (subsets = new Map()));
  const positions = index.positions!;
  const bySubset = subsets;
  return (unit) => {
    const i = positions.get(unit);
    if (i === undefined) return terms;
    let subset = bySubset.get(bits[i]);
    if (!subset) bySubset.set(bits[i], (subset = terms.filter((_, k) => bits[i] & (1 << k))));
    return subset;
  };
}

// Per words list, one array per subset of it, as for termsHeld.
const heldWordSubsets = new WeakMap<readonly string[], Map<number, readonly string[]>>();

/**
 * words.filter((w) => w.includes(' ') || unit.norm.includes(w)) for each unit: each word's units
 * read from its hits in the index (a word never spans two units), not one scan of the unit a word
 * (topicSentences asks it of every unit naming a rule's topic, for each such rule). The filter as
 * it is for a unit outside the plan's, or a list too long for a bit a word.
 */
function wordsIn(units: TextUnit[], words: readonly string[]): (unit: TextUnit) => readonly string[] {
  const filter = (unit: TextUnit) => words.filter((w) => w.includes(' ') || unit.norm.includes(w));
  if (words.length > 30) return filter;
  const index = cueIndex(units);
  if (!index.positions) {
    index.positions = new Map();
    index.units.forEach((u, i) => index.positions!.set(u, i));
  }
  let always = 0;
  const bits = new Uint32Array(index.units.length);
  words.forEach((w, k) => {
    // (A word with a space is kept whatever the unit holds; so is '', which every text includes.)
    if (w.includes(' ') || !w) always |= 1 << k;
    else for (let h = 0, hits = cueHits(index, w); h < hits.length; h += 2) bits[hits[h]] |= 1 << k;
  });
  let subsets = heldWordSubsets.get(words);
  if (!subsets) heldWordSubsets.set(words, (subsets = new Map()));
  const positions = index.positions;
  const bySubset = subsets;
  return (unit) => {
    const i = positions.get(unit);
    if (i === undefined) return filter(unit);
    const held = (bits[i] | always) >>> 0;
    let subset = bySubset.get(held);
    if (!subset) bySubset.set(held, (subset = words.filter((_, k) => held & (1 << k))));
    return subset;
  };
}

/** The plan's heading units alone: which headings hold a cue, without visiting its hits in the body text. */
function headingTextIndex(units: TextUnit[]): CueIndex {
  const all = planUnits.get(units) ?? units;
  let index = headingTextIndexes.get(all);
  if (!index) headingTextIndexes.set(all, (index = buildCueIndex(all.filter((u) => u.kind === 'heading' && u.section))));
  return index;
}

/** The unit holding offset `pos` of the index's text. */
function unitOf(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The cue's rarest character pair: its first offset in the text (-1: none) and the pair's offset in the cue (two characters at least). */
function rarestPair({ table, shift }: CueIndex, cue: string): [number, number] {
  let slot = -1;
  let shift0 = 0;
  for (let j = 0; j + 1 < cue.length; j++) {
    const s = slotOf(table, shift, (cue.charCodeAt(j) << 16) | cue.charCodeAt(j + 1));
    if (slot < 0 || table[3 * s + 2] < table[3 * slot + 2]) {
      slot = s;
      shift0 = j;
    }
  }
  return [table[3 * slot + 1] - 1, shift0];
}

/** The first hit of the cue in every unit holding it (headings and the title included). */
function cueHits(index: CueIndex, cue: string): number[] {
  let hits = index.hits.get(cue);
  if (hits) return hits;
  if (cue.includes('…')) return windowHits(index, cue);
  hits = [];
  const { text, starts, next } = index;
  // Offsets come in ascending order: the unit is looked up (no per-offset
  // table: 800 KB a long plan) only when an offset passes the current unit's end.
  // (Inline, not a closure: a closure a cue is ~1,500 a long plan's check.)
  let last = -1;
  let unit = -1;
  let unitEnd = -1;
  if (cue.length < 2) {
    for (let pos = text.indexOf(cue); pos >= 0; pos = text.indexOf(cue, pos + 1)) {
      if (pos >= unitEnd) {
        unit = unitOf(starts, pos);
        unitEnd = unit + 1 < starts.length ? starts[unit + 1] : Infinity;
      }
      if (unit === last) continue;
      last = unit;
      hits.push(last, pos - starts[last]);
    }
  } else {
    // Walk the chain of the cue's rarest pair (数据 recurs thousands of times, 共享 far less in 数据共享).
    const [first, shift0] = rarestPair(index, cue);
    for (let pos = first; pos >= 0; pos = next[pos]) {
      const start = pos - shift0;
      if (start < 0) continue;
      if (start >= unitEnd) {
        unit = unitOf(starts, start);
        unitEnd = unit + 1 < starts.length ? starts[unit + 1] : Infinity;
      }
      if (unit === last || !text.startsWith(cue, start)) continue;
      last = unit;
      hits.push(last, start - starts[last]);
    }
  }
  index.hits.set(cue, hits);
  return hits;
}

/**
 * How often the cue occurs in the units' text joined by newlines (no cue holds one), counting
 * as a search that resumes after each occurrence does: through the pair index, which visits
 * only where the cue's rarest pair is, instead of a scan of the whole plan per cue. `limit`:
 * only the occurrences within the joined text's first `limit` characters count (an opening's).
 */
export function occurrences(units: TextUnit[], cue: string, limit = Infinity): number {
  const index = cueIndex(units);
  if (index.units !== units || cue.includes('\n') || cue.includes('\u0000') || !cue) {
    const joined = units.map((u) => u.norm).join('\n');
    const all = joined.length > limit ? joined.slice(0, limit) : joined;
    let n = 0;
    for (let at = all.indexOf(cue); at >= 0; at = all.indexOf(cue, at + cue.length)) n++;
    return n;
  }
  const { text, next } = index;
  let n = 0;
  if (cue.length < 2) {
    for (let at = text.indexOf(cue); at >= 0 && at + cue.length <= limit; at = text.indexOf(cue, at + cue.length)) n++;
    return n;
  }
  const [first, shift0] = rarestPair(index, cue);
  let free = 0;
  for (let pos = first; pos >= 0; pos = next[pos]) {
    const start = pos - shift0;
    // Offsets ascend: past the limit, every later one is too.
    if (start + cue.length > limit) break;
    if (start < free || !text.startsWith(cue, start)) continue;
    n++;
    free = start + cue.length;
  }
  return n;
}

/** Characters of modifiers a cue "A…B" allows between A and B (产业…定位: 产业布局定位). */
const CUE_WINDOW = 4;
const WINDOW_GAP = /[\u0000，,。；;：:、!！?？]/;

/** Hits of a cue "A…B": A's hits followed by B within the window, in the same clause. */
function windowHits(index: CueIndex, cue: string): number[] {
  const [first, ...rest] = cue.split('…').filter(Boolean);
  const hits: number[] = [];
  const { text, starts } = index;
  const base = cueHits(index, first);
  for (let h = 0; h < base.length; h += 2) {
    // The first hit of A in a unit may not be followed by B while a later one is: scan the unit.
    const unitStart = starts[base[h]];
    const unitEnd = base[h] + 1 < starts.length ? starts[base[h] + 1] - 1 : text.length;
    for (let at = unitStart + base[h + 1]; at >= 0 && at < unitEnd; at = text.indexOf(first, at + 1)) {
      let end = at + first.length;
      let ok = true;
      for (const piece of rest) {
        // The piece's first occurrence from `end`, looked for within the window only: a search
        // of the rest of the plan, for every hit of a common first piece (数据…定价 in a plan
        // without 定价), was quadratic in a long plan (~240 ms of the generated one's check).
        let next = -1;
        for (let k = end; k <= end + CUE_WINDOW; k++) {
          if (text.startsWith(piece, k)) {
            next = k;
            break;
          }
        }
        ok = next >= 0 && next + piece.length <= unitEnd && !WINDOW_GAP.test(text.slice(end, next));
        if (!ok) break;
        end = next + piece.length;
      }
      if (ok) {
        hits.push(base[h], at - unitStart);
        break;
      }
    }
  }
  index.hits.set(cue, hits);
  return hits;
}

/** The cues of a part a passage may be found with: their hit lists over the plan, and which plan units count (the scope's, not headings). */
interface PassageSearch {
  index: CueIndex;
  mask: Uint8Array;
  cues: string[];
  lists: number[][];
}

/**
 * Whether a passage stands in another part's own section (Data model under Data architecture),
 * as underOtherPart answers for a passage of the section; null for a rule of one part. Every
 * part of a rule asks it of every section its passages stand in: answered for all the plan's
 * sections at once (sectionsUnderOtherPart), then looked up by a unit's section.
 */
function inOtherPartsSection(ctx: FactContext, part: PartDefinition): ((unit: TextUnit) => boolean) | null {
  const parts = ctx.rule?.parts;
  if (!parts || parts.length < 2) return null;
  const headings = headingIndex(ctx);
  const under = sectionsUnderOtherPart(ctx, headings, part, parts);
  if (!under) {
    const bySection = new Map<Section | null, boolean>();
    return (unit) => {
      let other = bySection.get(unit.section);
      if (other === undefined) bySection.set(unit.section, (other = underOtherPart(ctx, unit, part, parts)));
      return other;
    };
  }
  return (unit) => {
    if (!unit.section) return false;
    const at = headings.order.get(unit.section);
    return at === undefined ? underOtherPart(ctx, unit, part, parts) : under[at] === 1;
  };
}

/**
 * Per section of the plan (headingIndex's order): 1 when underOtherPart holds for a passage
 * in it. Its walk up the headings, in one pass down the plan: a section's answer is its own
 * heading's, or else its parent's (sections come after their parents). A heading's own-cue
 * test is each part's heading cues searched once over every heading (TermSearch).
 */
function sectionsUnderOtherPart(ctx: FactContext, index: HeadingIndex, part: PartDefinition, parts: readonly PartDefinition[]): Uint8Array | null {
  // A part is asked again by each of its searches (its passages, its concept's passage, outside
  // its section): answered once a plan per part of a parts list.
  let byPart = underOtherMemo.get(index);
  if (!byPart) underOtherMemo.set(index, (byPart = new Map()));
  const known = byPart.get(part);
  if (known?.parts === parts) return known.under;
  const under = sectionsUnderOtherPartUncached(ctx, index, part, parts);
  byPart.set(part, { parts, under });
  return under;
}
const underOtherMemo = new WeakMap<HeadingIndex, Map<PartDefinition, { parts: readonly PartDefinition[]; under: Uint8Array | null }>>();

function sectionsUnderOtherPartUncached(ctx: FactContext, index: HeadingIndex, part: PartDefinition, parts: readonly PartDefinition[]): Uint8Array | null {
  const parents = parentIndexes(ctx, index);
  // (A bit a part: a list longer than that, which no rule has, walks up per section.)
  if (!parents || parts.length > 31) return null;
  const headings = partHeadings(index, parts);
  const self = parts.indexOf(part);
  const title = titleSection(ctx.doc);
  const out = new Uint8Array(index.sections.length);
  for (let i = 0; i < out.length; i++) {
    if (index.sections[i] === title) continue;
    const bits = headings.own[i];
    if (self >= 0 ? bits & (1 << self) : ownHeadingCue(part, index.heads[i])) continue;
    // (数字底座与应用体系 holds the base and the applications: a chapter over several.)
    if ((self >= 0 ? bits & ~(1 << self) : bits) !== 0 && !namesSeveralParts(headings, index, parts, i)) out[i] = 1;
    else if (parents[i] >= 0) out[i] = out[parents[i]];
  }
  return out;
}

/** Per section of the plan, for a parts list: a bit per part whose own heading cues its heading holds; whether it names two parts' concepts. */
interface PartHeadings {
  own: Int32Array;
  /** -1: not asked yet; 1: the heading names two parts' concepts or more. */
  several: Int8Array;
}
const partHeadingMemo = new WeakMap<HeadingIndex, Map<readonly PartDefinition[], PartHeadings | null>>();

function partHeadings(index: HeadingIndex, parts: readonly PartDefinition[]): PartHeadings {
  let byParts = partHeadingMemo.get(index);
  if (!byParts) partHeadingMemo.set(index, (byParts = new Map()));
  let headings = byParts.get(parts);
  if (headings) return headings;
  const own = new Int32Array(index.sections.length);
  parts.forEach((p, k) => {
    if (!p.headingCues?.length) return;
    const mask = index.terms.mask(normalizedList(p.headingCues));
    for (let i = 0; i < own.length; i++) if (mask[i] === 1) own[i] |= 1 << k;
  });
  headings = { own, several: new Int8Array(index.sections.length).fill(-1) };
  byParts.set(parts, headings);
  return headings;
}

function namesSeveralParts(headings: PartHeadings, index: HeadingIndex, parts: readonly PartDefinition[], i: number): boolean {
  if (headings.several[i] < 0) headings.several[i] = namesSeveralConcepts(index.heads[i], parts) ? 1 : 0;
  return headings.several[i] === 1;
}

// Each section's parent by the plan's numbering (-1: none), once a plan; null when a parent is
// not numbered before its child (not a tree walked in plan order: then each section walks up).
const parentMemo = new WeakMap<HeadingIndex, Int32Array | null>();
function parentIndexes(ctx: FactContext, index: HeadingIndex): Int32Array | null {
  let parents = parentMemo.get(index);
  if (parents !== undefined) return parents;
  const list = new Int32Array(index.sections.length);
  parents = list;
  for (let i = 0; i < list.length; i++) {
    const parent = ctx.parentOf?.get(index.sections[i]);
    const at = parent ? index.order.get(parent) : -1;
    if (at === undefined || at >= i) {
      parents = null;
      break;
    }
    list[i] = at;
  }
  parentMemo.set(index, parents);
  return parents;
}

/** The search without the units in another part's own section: those are that part's. */
function outsideOtherParts(ctx: FactContext, search: PassageSearch, part: PartDefinition): PassageSearch {
  const other = inOtherPartsSection(ctx, part);
  if (!other) return search;
  let mask: Uint8Array | null = null;
  for (let i = 0; i < search.mask.length; i++) {
    if (search.mask[i] === 0 || !other(search.index.units[i])) continue;
    mask ??= search.mask.slice();
    mask[i] = 0;
  }
  return mask ? { ...search, mask } : search;
}

function passageSearch(units: TextUnit[], cues: string[]): PassageSearch {
  const index = cueIndex(units);
  return { index, mask: passageMask(index, units), cues, lists: cues.map((cue) => cueHits(index, cue)) };
}

/** The first `limit` units (in plan order) holding any of the cues, each with its hits in order: a merge of the cues' hit lists (each in unit order). */
function firstUnitsWithHits({ index, mask, cues, lists }: PassageSearch, limit: number): Hit[][] {
  const out: Hit[][] = [];
  const next = lists.map(() => 0);
  while (out.length < limit) {
    let u = Infinity;
    for (let c = 0; c < lists.length; c++) {
      const list = lists[c];
      let p = next[c];
      while (p < list.length && mask[list[p]] === 0) p += 2;
      next[c] = p;
      if (p < list.length && list[p] < u) u = list[p];
    }
    if (u === Infinity) break;
    const hits: Hit[] = [];
    for (let c = 0; c < lists.length; c++) {
      const p = next[c];
      if (p >= lists[c].length || lists[c][p] !== u) continue;
      next[c] = p + 2;
      // One hit per cue a unit (the first); a cue listed twice counts once.
      if (!hits.some((x) => x.cue === cues[c])) hits.push({ unit: index.units[u], at: lists[c][p + 1], cue: cues[c] });
    }
    out.push(hits.sort((a, b) => a.at - b.at));
  }
  return out;
}

/** Characters a row's first cell may hold beside the part's word, to be that part's label (**Vision**, 战略定位：). */
const ROW_LABEL_SLACK = 4;
/** Characters the rest of a labelled row holds at least: what the label introduces, not a one-word value. */
const ROW_LABEL_TEXT = 20;
/**
 * A table row labelled by the part (Vision | A connected, fair and resilient Calloway…, 发展定位 | …) in a
 * table of labels and what they say (strategy on a page): the row is the part's passage, as a lead
 * phrase is. Not a header row, nor a row whose label is more than the part's word (an indicator,
 * a project name that holds it).
 */
function labelsRow(unit: TextUnit, cue: string): boolean {
  if (!unit.rowIndex) return false;
  const cut = unit.norm.indexOf(' | ');
  if (cut < 0) return false;
  const label = unit.norm.slice(0, cut).replace(/[*:：]/g, '').trim();
  return label.length <= cue.length + ROW_LABEL_SLACK && unit.norm.length - cut >= ROW_LABEL_TEXT;
}

// A sentence or clause that opens with the cue is about the part ("……；应用层建设……").
const opensClause = (unit: TextUnit, at: number) => /[。；;:：!！?？]\s*$/.test(unit.norm.slice(Math.max(0, at - 3), at));

/**
 * The first unit (not a table row, unless one labelled by the part) centred on the part: a hit within its lead
 * characters or opening a clause, or two different cues in it. Found per cue up
 * to the best unit so far, rather than by merging every hit of every cue (a
 * common cue has thousands in a long plan).
 */
function firstCentredUnit(search: PassageSearch): number {
  const { index, mask, cues, lists } = search;
  let best = Infinity;
  for (let c = 0; c < lists.length; c++) {
    const list = lists[c];
    for (let p = 0; p < list.length && list[p] < best; p += 2) {
      const unit = index.units[list[p]];
      if (mask[list[p]] === 0 || (unit.kind === 'row' && !(list[p + 1] === 0 && labelsRow(unit, cues[c])))) continue;
      if (list[p + 1] < LEAD_CHARS || opensClause(unit, list[p + 1])) {
        best = list[p];
        break;
      }
    }
  }
  index.marks ??= new Int32Array(index.units.length);
  const marks = index.marks;
  const stamp = ++index.stamp;
  const seen = new Set<string>();
  for (let c = 0; c < lists.length; c++) {
    if (seen.has(cues[c])) continue; // the same cue twice is one cue
    seen.add(cues[c]);
    const list = lists[c];
    for (let p = 0; p < list.length && list[p] < best; p += 2) {
      const u = list[p];
      if (mask[u] === 0 || index.units[u].kind === 'row') continue;
      if (marks[u] === stamp) {
        best = u;
        break;
      }
      marks[u] = stamp;
    }
  }
  return best;
}

/** The hits of the cues in unit `u`, in order (as firstUnitsWithHits gives them). */
function hitsIn({ index, cues, lists }: PassageSearch, u: number): Hit[] {
  const hits: Hit[] = [];
  for (let c = 0; c < lists.length; c++) {
    const list = lists[c];
    // Binary search over the (unit, offset) pairs.
    let lo = 0;
    let hi = list.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[2 * mid] < u) lo = mid + 1;
      else hi = mid;
    }
    if (2 * lo < list.length && list[2 * lo] === u && !hits.some((x) => x.cue === cues[c])) {
      hits.push({ unit: index.units[u], at: list[2 * lo + 1], cue: cues[c] });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

// Which headings name a cue, found once per document per cue (rules share
// cues) instead of once per part per section; a scope keeps the ones inside it.
// The fuzzy test only meets headings sharing a character with the cue, through
// a character → headings index: Jaro–Winkler is 0 without a common character.
type Section = FactContext['sections'][number];
/** Body rows a table needs for most of them to say what all are. */
const MIN_TABLE_ROWS = 3;
interface HeadingIndex {
  sections: Section[];
  heads: string[];
  /** Character code → per length (≤ FUZZY_MAX), the indices of the short headings of that length holding it. */
  shortByChar: Map<number, number[][]>;
  /** Section → its index in `sections`. */
  order: Map<Section, number>;
  /** Cue → indices of the sections it names, in order. */
  named: Map<string, number[]>;
  /** Per heading, the last cue (by its stamp) that visited it: no sets per cue. */
  seen: Int32Array;
  stamp: number;
  /** Which headings hold a cue list's terms (holdsTerm), each term's found once a document. */
  terms: TermSearch;
}
const FUZZY_MAX = 12;
const HAS_CJK = /[\u3400-\u9fff]/;
const planSections = new WeakMap<Section[], Section[]>();
const headingIndexes = new WeakMap<Section[], HeadingIndex>();
const sectionScopes = new WeakMap<Section[], Set<Section>>();

function headingIndex(ctx: FactContext): HeadingIndex {
  const all = planSections.get(ctx.sections) ?? ctx.sections;
  let index = headingIndexes.get(all);
  if (index) return index;
  const heads = all.map((s) => normalizedHeading(ctx, s));
  const shortByChar = new Map<number, number[][]>();
  heads.forEach((h, i) => {
    if (h.length > FUZZY_MAX) return;
    for (let k = 0; k < h.length; k++) {
      const c = h.charCodeAt(k);
      if (h.indexOf(h[k]) < k) continue; // each character once
      let byLength = shortByChar.get(c);
      if (!byLength) shortByChar.set(c, (byLength = Array.from({ length: FUZZY_MAX + 1 }, () => [])));
      byLength[h.length].push(i);
    }
  });
  index = { sections: all, heads, shortByChar, order: new Map(all.map((s, i) => [s, i])), named: new Map(), seen: new Int32Array(all.length), stamp: 0, terms: new TermSearch(heads) };
  headingIndexes.set(all, index);
  return index;
}

// The short heading lengths that may come near a cue of each length (the same for every cue of it).
const lengthsNear = new Map<number, number[]>();
function headingLengthsNear(cueLength: number): number[] {
  let lengths = lengthsNear.get(cueLength);
  if (!lengths) lengthsNear.set(cueLength, (lengths = Array.from({ length: FUZZY_MAX + 1 }, (_, n) => n).filter((n) => n > 0 && mayReachByLength(n, cueLength, HEADING_SIMILARITY))));
  return lengths;
}

function sectionsNamed(ctx: FactContext, index: HeadingIndex, cue: string): number[] {
  let named = index.named.get(cue);
  if (named) return named;
  const stamp = ++index.stamp;
  const { seen } = index;
  named = [];
  // Headings holding the cue: a heading unit's text is its section's heading, normalized alike.
  const units = headingTextIndex(ctx.units);
  const inUnits = cueHits(units, cue);
  for (let h = 0; h < inUnits.length; h += 2) {
    const unit = units.units[inUnits[h]];
    const i = unit.kind === 'heading' && unit.section ? index.order.get(unit.section) : undefined;
    if (i !== undefined && seen[i] !== stamp) {
      seen[i] = stamp;
      named.push(i);
    }
  }
  // Short headings sharing a character with the cue, each tried once: those of a length that
  // can come near the cue's (most lengths cannot reach the similarity whatever their characters).
  // Fuzzy only for Chinese: Latin words that share letters are other words (data layer, data lake).
  const lengths = HAS_CJK.test(cue) ? headingLengthsNear(cue.length) : [];
  for (let k = 0; k < cue.length && lengths.length; k++) {
    const byLength = index.shortByChar.get(cue.charCodeAt(k));
    if (!byLength) continue;
    for (const n of lengths) {
      for (const i of byLength[n]) {
        if (seen[i] === stamp) continue;
        seen[i] = stamp;
        // A heading that is only part of the cue (数据资源 of 数据资源体系) lacks what the cue names.
        // Nor one ending on another head noun: a Chinese compound is named by its last character
        // (数据管理机制, a mechanism, is no 数据管理机构), which a prefix-weighted likeness overlooks.
        const h = index.heads[i];
        if (!cue.includes(h) && h[h.length - 1] === cue[cue.length - 1] && similarAtLeast(h, cue, HEADING_SIMILARITY)) named.push(i);
      }
    }
  }
  named.sort((a, b) => a - b);
  index.named.set(cue, named);
  return named;
}

function firstNamingSection(ctx: FactContext, cues: string[]): Section | null {
  const index = headingIndex(ctx);
  let inScope: Set<Section> | null = null;
  if (index.sections !== ctx.sections) {
    inScope = sectionScopes.get(ctx.sections) ?? null;
    if (!inScope) sectionScopes.set(ctx.sections, (inScope = new Set(ctx.sections)));
  }
  // The plan's title heading names the document, none of its parts.
  const title = titleHeading(ctx.doc);
  let first = Infinity;
  for (const cue of cues) {
    for (const i of sectionsNamed(ctx, index, cue)) {
      if (i >= first) break;
      if ((inScope && !inScope.has(index.sections[i])) || index.sections[i] === title) continue;
      first = i;
      break;
    }
  }
  return first === Infinity ? null : index.sections[first];
}

/** The sections (and their text units) a rule's parts are looked for in: its sectionCues' sections when present. */
export function searchScope(
  ctx: FactContext,
  sectionCues: string[] | undefined,
  required = false,
  parts: readonly PartDefinition[] = [],
  scopePart?: ScopePart,
  notFoundIn?: readonly string[],
): FactContext {
  if (!sectionCues?.length && !scopePart) return ctx;
  sectionCues ??= [];
  // A plan on the topic itself (数据治理专项规划, Data Strategy and Governance Plan) is all
  // one such section: its chapters are the rule's sections.
  const whole = { ...ctx, scopeRoots: ctx.doc.sections };
  const planTitle = normalizeForMatch(ctx.doc.title ?? '');
  if (holdsTerm(planTitle, sectionCues)) return whole;
  // The plan's title may be a first heading under its issuer's name (City of Harbor Bend /
  // Data and Analytics Strategy, FY2027–FY2029): a first section whose heading carries a span
  // of years is the title line, not a chapter.
  // (Under a title heading that holds every chapter, its first child is that line.)
  const top = ctx.doc.sections[0];
  for (const first of top ? [top, top.children[0]] : []) {
    if (!required || !first || !ctx.sections.includes(first)) continue;
    const h = normalizedHeading(ctx, first);
    if (holdsRange(h) && holdsTerm(h, sectionCues)) return whole;
  }
  // Outermost matches only: under "3 Overall Architecture", "3.1 Business
  // Architecture" is a part's heading, not another scope root to skip.
  const roots: FactContext['sections'] = [];
  // A layer's section lies in the architecture's own, when the plan has one: 数据怎么管 in a
  // data-governance chapter names data but is not the information layer.
  const within = scopePart?.within?.(ctx);
  const headings = headingIndex(ctx);
  const inside = new SectionFlags(headings);
  const walk = (s: FactContext['sections'][number]) => {
    inside.add(s);
    s.children.forEach(walk);
  };
  const named = headings.terms.mask(sectionCues);
  // (For a rule found by its own words: a layer's rule is found by the layer's name.)
  const avoided = notFoundIn?.length && sectionCues.length ? avoidedSections(ctx, notFoundIn) : null;
  const deferred: Section[] = [];
  // The plan's own sections are numbered by their place: no lookup a section.
  const numbered = ctx.sections === headings.sections;
  for (let i = 0; i < ctx.sections.length; i++) {
    const s = ctx.sections[i];
    const at = numbered ? i : headings.order.get(s);
    if (at === undefined ? inside.has(s) : inside.hasAt(at)) continue;
    if (
      !(at === undefined ? holdsTerm(normalizedHeading(ctx, s), sectionCues) : named[at] === 1) &&
      !(
        scopePart &&
        (!within?.size || within.has(s)) &&
        (partNamed(normalizedHeading(ctx, s), scopePart.parts) ?? selfNamedPart(ctx, s, scopePart.parts))?.name === scopePart.name &&
        // (Digital infrastructure today in Where we are now is the state of things, not the layer: the
        // chapter above the heading says whose it is, also in a plan all of which is the architecture.)
        !(scopePart.ownerCues && ctx.parentOf?.get(s) && otherTopicsSection(ctx, ctx.parentOf.get(s)!, scopePart.ownerCues))
      )
    )
      continue;
    // (A section named for the topic in another topic's own chapter is that chapter's: Our Digital
    // Foundations under Where We Stand Today is the state of things, not the architecture.)
    // (Not a part that groups several topics' chapters: 第二篇 总体架构 over 第七章 数字经济发展, 第八章
    // 数据治理体系, 第九章 运营体系 holds each topic's own chapter.)
    const parent = required ? ctx.parentOf?.get(s) : undefined;
    if (parent && otherTopicsSection(ctx, parent, sectionCues) && !groupsTopics(ctx, parent, sectionCues)) continue;
    // (A section of a rule this one does not read (notFoundIn), beside one of its own: 第四章 核心业务架构设计
    // after 第三章 总体架构设计 is the core business's architecture, not the overall one.)
    if (avoided?.has(s)) {
      deferred.push(s);
      continue;
    }
    roots.push(s);
    walk(s);
  }
  // (Unless it is the only one.)
  if (!roots.length) for (const s of deferred) if (!inside.has(s)) (roots.push(s), walk(s));
  const words = ctx.rule?.chapterWords ? norm(ctx.rule.chapterWords) : null;
  // No section named for the topic, but a chapter named for its object (通血脉：让数据流起来、用起来)
  // whose sections name what is done to it (治理组织, 治理平台): read with the chapter's object word,
  // 数据治理组织, they are named for the topic.
  if (words && required && !scopePart) {
    const title = titleSection(ctx.doc);
    for (const s of ctx.sections) {
      const parent = ctx.parentOf?.get(s);
      if (!parent || parent === title || inside.has(s)) continue;
      const object = words.find((w) => normalizedHeading(ctx, parent).includes(w));
      if (!object || !holdsTerm(`${object}${/[a-z]$/.test(object) ? ' ' : ''}${normalizedHeading(ctx, s)}`, sectionCues)) continue;
      roots.push(s);
      walk(s);
    }
  }
  // No section named for the topic, but a section naming its object (Mission 4: Data for the common
  // good) whose paragraphs are led by the topic (**Managing data through its life.** …, beside Who is
  // responsible., Rules of the game., Roadmap.): that section is the topic's.
  if (words && required && !scopePart && !roots.length) {
    const leads = leadsNaming(ctx.units, sectionCues);
    for (const u of ctx.units) {
      const s = u.section;
      if (!s || (u.kind !== 'paragraph' && u.kind !== 'listItem') || inside.has(s) || !leads(u) || !holdsTerm(normalizedHeading(ctx, s), words)) continue;
      roots.push(s);
      walk(s);
    }
  }
  // A section named for the topic inside a chapter that names its object by an outcome (5 Data is
  // trusted, shared and protected / 5.2 How data is managed through its life): the chapter is the
  // topic's, its other sections (Who is responsible, The tools we need, Roadmap) the rule's too.
  if (words && !scopePart) {
    const title = titleSection(ctx.doc);
    for (let i = roots.length - 1; i >= 0; i--) {
      const parent = ctx.parentOf?.get(roots[i]);
      const grand = parent && ctx.parentOf?.get(parent);
      // (Or a goal among a part's goals: Part Three: Goals and Strategies / Goal 4: Make city data trusted…)
      const deeper = grand !== undefined && grand !== title;
      if (!parent || parent === title || (deeper && (ctx.parentOf?.get(grand) ?? title) !== title) || !holdsTerm(normalizedHeading(ctx, parent), words)) continue;
      // (Its sections already walked as roots of their own are the chapter's now.)
      if (inside.has(parent)) roots.splice(i, 1);
      else {
        roots[i] = parent;
        walk(parent);
      }
    }
  }
  // A topic split across sibling sections (搭建数据流通交易平台, 完善数据市场运行规则 under
  // 重点任务): a sibling whose heading names one of the rule's parts is that part's section
  // (开展市场监测和评估评价), its heading the part's label.
  // (So is a single section's next sibling that names a part: How we scored ourselves after Where
  // we stand today.)
  if (roots.length && parts.some((p) => p.concepts?.length)) {
    const shared = ctx.parentOf?.get(roots[0]);
    const siblings = shared ? roots.filter((r) => ctx.parentOf?.get(r) === shared).length : 0;
    if (shared && siblings >= 2) {
      // (The siblings right after the run that name its parts go on with it: a deck's Security framework
      // after its Business, Data, Application and Infrastructure architecture slides is the run's last
      // layer, and so the layer's section for a rule on that layer.)
      const last = Math.max(...roots.filter((r) => ctx.parentOf?.get(r) === shared).map((r) => shared.children.indexOf(r)));
      let next = last + 1;
      for (const [k, s] of shared.children.entries()) {
        if (inside.has(s) || !partNamed(normalizedHeading(ctx, s), parts)) continue;
        walk(s);
        if (k === next) (roots.push(s), next++);
      }
    } else if (shared && roots.length === 1 && shared !== titleSection(ctx.doc)) {
      for (const s of partSectionsAfter(ctx, roots[0], shared, parts)) {
        if (inside.has(s)) break;
        walk(s);
      }
    }
  }
  // So is a special plan checked under its step's profile (a Data and Analytics Plan under
  // data-governance) with no chapter named for the topic: a bare heading inside it that names
  // the topic (Data Governance Council) is not the rule's only place. A chapter named for it,
  // with sections of its own (a national plan's 充分发挥数据要素作用), stays the rule's section.
  // Several such chapters (資料管理作業流程, 資料管控機制, 資料治理平台架構) are the plan's own chapters on its topic: all of it is.
  // (So are two chapters named for it, with or without sections: 健全数据治理组织体系 and 完善数据管控机制.)
  if (required && ctx.specialStep === ctx.rule?.step) {
    // (And so is a special plan whose title names the topic's object: the Data and Digital Services
    // Plan under data-governance is all about data, though one chapter only is named for managing it.)
    if (words && holdsTerm(planTitle, words)) return whole;
    const title = titleSection(ctx.doc);
    const chapters = roots.filter((r) => (ctx.parentOf?.get(r) ?? title) === title).length;
    if (chapters >= 2 || roots.filter((r) => r.children.length).length !== 1) return whole;
  }
  // Verb-led task chapters (做强数字经济 / 建设数字社会) are the tasks a domain rule reads.
  if (ctx.rule?.taskChapters) {
    for (const s of taskChaptersOf(ctx)) {
      if (inside.has(s)) continue;
      roots.push(s);
      walk(s);
    }
  }
  // A section of the rule's that only points to a chapter of the plan (四、基础设施层 / 见第四章。,
  // 4.4 Security / See chapter 6.): that chapter is the rule's section too.
  for (const r of [...roots]) {
    for (const target of referencedSections(ctx, r)) {
      if (inside.has(target)) continue;
      roots.push(target);
      walk(target);
    }
  }
  // So is the chapter a short sentence in its section points to for one of its parts (经费之筹措与保障详见
  // 第六章。 after the policy, talent and culture items; Funding is set out in chapter 7.).
  if (roots.length && parts.length) {
    for (const { unit: u, section, at } of pointerUnits(ctx.units)) {
      if (!inside.has(section) || !parts.some((p) => namesPart(p, u.norm.slice(0, at)))) continue;
      for (const target of pointedSections(ctx, u.norm, section)) {
        if (inside.has(target)) continue;
        roots.push(target);
        walk(target);
      }
    }
  }
  // Structure first: a section whose sub-headings name the rule's parts is its
  // section, whatever its own title ("Part 4: How the pieces fit together" over
  // Services, Data, Applications…; 总体布局 over 业务层面, 数据层面…) — also beside a
  // heading that only holds a cue (Enabling mechanisms in the current state, 支撑机制 in 家底).
  // (An assessment's, too: the business layer's domains in the target architecture are no needs analysis.)
  const assessing = ctx.rule?.step === 'assessment-strategy';
  const structural = parts.length ? sectionByChildren(ctx, parts) : null;
  if (structural && !inside.has(structural) && (!within?.size || within.has(structural)) && !((required || scopePart?.ownerCues || assessing) && otherTopicsSection(ctx, structural, scopePart?.ownerCues ?? sectionCues))) {
    roots.push(structural);
    walk(structural);
  }
  // No such section, but sibling sections in a row each on another of the rule's parts (法规跟得上吗？,
  // 钱从哪里来？, 人从哪里来？ among a plan's chapters on other topics): the run is its section. A rule
  // that needs its topic's own section needs the run to name every part in turn: task chapters on
  // infrastructure, data and applications are no architecture, but chapters that are the layers of
  // the design path one by one (Services Built Around People, Data as a Shared Asset, Modern
  // Applications, Reliable Infrastructure, Security and Trust) are, though no heading names it.
  // (Four chapters at least: a rule of three parts has no such run; three in a row are too few to be a design.)
  if (!roots.length && !scopePart && parts.length) {
    for (const s of sectionRunByChildren(ctx, parts, required ? Math.max(parts.length, 4) : undefined)) {
      if (inside.has(s)) continue;
      roots.push(s);
      walk(s);
    }
  }
  // No such section, but paragraphs led by the rule's own words ("2.3 市民及業界的期望：…",
  // "**What we heard.** …"), or, for a part of another rule, its run-in paragraph in that
  // rule's section ("**安全层。** 管理规则：…" among the layers): those paragraphs are its section.
  // A rule that needs its topic's own section has one in a passage that names three of its
  // parts by their own terms (运行内容。涵盖业务运营…、数据运营…、平台运营…), under whatever
  // heading (运营哪些内容, 长效运行体系).
  if (!roots.length) {
    let passages = required
      ? inPlanOrder(ctx, partsCuedUnits(ctx, parts).concat(topicLedRuns(ctx, sectionCues)))
      : scopePart
        ? ledPart(ctx, scopePart)
        : withPartParagraphsAfter(ctx, leadPassages(ctx, sectionCues), parts).concat(enumeratedPartsUnits(ctx, parts), ledRunUnits(ctx, parts, sectionCues));
    // A layer's passage that names none of its parts (**Security layer.** Described in section
    // 8.4.) points elsewhere: to a section named for the layer outside the architecture (8.4
    // Security framework), else to the plan.
    if (scopePart && !required && passages.length && !passages.some((u) => parts.some((p) => namesPart(p, u.text)))) {
      passages = [];
      for (const s of ctx.sections) {
        if (inside.has(s) || partNamed(normalizedHeading(ctx, s), scopePart.parts)?.name !== scopePart.name) continue;
        roots.push(s);
        walk(s);
      }
    }
    if (passages.length && !required && !scopePart) passages = withPartSectionsAfter(ctx, passages, parts);
    if (passages.length) {
      planUnits.set(passages, planUnits.get(ctx.units) ?? ctx.units);
      const within = new Set(passages.map((u) => u.section));
      const sections = ctx.sections.filter((s) => within.has(s));
      planSections.set(sections, planSections.get(ctx.sections) ?? ctx.sections);
      return { ...ctx, sections: [], units: passages, scopeRoots: sections };
    }
  }
  // No such section: everywhere, unless the rule needs the topic's own section
  // (scattered 数据共享 in a needs analysis is no data governance process).
  // (Nor is a layer read from the whole of a plan that has no architecture: its scattered 安全 or
  // 应用 are no layer of one.)
  if (!roots.length) return required || (scopePart?.ownerCues && !within?.size) ? { ...ctx, sections: [], units: [] } : ctx;
  // The foreword before the rule's own chapter: the text above the first chapter and the
  // front-matter chapters (前言, Introduction) that come before it.
  // (Under a title heading that holds every chapter, the title's own paragraphs are the foreword.)
  const foreword = ctx.rule?.foreword === true;
  const above = new Set<Section>();
  if (foreword) {
    const first = ctx.sections.find((s) => roots.includes(s))!;
    // Its chapters from the top down to it.
    const path: Section[] = [];
    for (let s = ctx.parentOf?.get(first); s; s = ctx.parentOf?.get(s)) path.unshift(s);
    for (const level of [ctx.doc.sections, ...path.map((s) => s.children)]) {
      for (const s of level) {
        if (s === first || path.includes(s)) break;
        if (!inside.has(s) && isFrontMatter(normalizeForMatch(s.heading))) (roots.push(s), walk(s));
      }
    }
    for (const s of path) above.add(s);
  }
  const isProse = (u: TextUnit) => u.kind === 'paragraph' || u.kind === 'listItem';
  // A passage naming three of the parts by their own terms in the chapter that holds the rule's
  // section is the topic's (运营对象: 业务运营…；数据运营…；安全运营… beside 运营管理 in a chapter on
  // operations). Not in another chapter: a 发展基础 naming 数据资源 and 网络安全 is no architecture.
  const cued = required ? cuedInChapters(ctx, roots, parts) : null;
  const sectionOf = unitSections(ctx.units, headings);
  const units = ctx.units.filter((u, i) =>
    u.section
      ? (sectionOf[i] >= 0 ? inside.hasAt(sectionOf[i]) : inside.has(u.section)) || (above.size > 0 && above.has(u.section) && isProse(u)) || (!!cued?.size && cued.has(u))
      : foreword && isProse(u) && !u.letterhead,
  );
  // A run of numbered paragraphs elsewhere, each led by another of the rule's parts (9.7 Policy. /
  // 9.8 Funding. / 9.9 People and skills. / 9.10 Culture. in the delivery chapter, beside an
  // Enabling Arrangements chapter on organisation and standards), is the rule's too.
  if (!required && !scopePart) for (const u of ledRunUnits(ctx, parts, sectionCues)) if (!units.includes(u)) units.push(u);
  // A part of another rule keeps its run-in passage in that rule's section beside a section named
  // for it elsewhere (数据层，以交通数据湖为底座… in the architecture; 交通数据资源中心 among the projects).
  if (scopePart) for (const u of ledPart(ctx, scopePart)) if (!units.includes(u)) units.push(u);
  planUnits.set(units, planUnits.get(ctx.units) ?? ctx.units);
  // (A set: a task-chapter scope has a root a chapter, and every section was compared with each.)
  const isRoot = new Set(roots);
  const sections = ctx.sections.filter((s, i) => (numbered ? inside.hasAt(i) : inside.has(s)) && !isRoot.has(s));
  planSections.set(sections, planSections.get(ctx.sections) ?? ctx.sections);
  return { ...ctx, sections, units, scopeRoots: roots };
}

/** Characters a section's text may hold, at most, to be only a pointer to another chapter. */
const POINTER_CHARS = 40;
// (A pointer to annexes says what they hold first: 重点任务的分工、实施进度安排以及相应的支撑措施，详见附件1《…》和附件2《…》。
// English says it in twice the characters.)
const ANNEX_POINTER_CHARS = 80;
const annexPointerLimit = (text: string) => (/[\u3400-\u9fff]/.test(text) ? ANNEX_POINTER_CHARS : 2 * ANNEX_POINTER_CHARS);
// 见第四章, 详见第六章, 参见第3章, see chapter 6, described in Chapter 6, see section 8.
const CHAPTER_POINTER = /(?:见|参阅)第\s*([〇零一二两三四五六七八九十百\d]+)\s*[章篇部]|\b(?:see|in)\s+(?:chapter|section|part)\s+(\d+)\b/;
// 详见附件1, 见附表2, 列入附件二, see Annex A, set out in Appendix 2: each annex named.
const ANNEX_POINTER = /附[件表]\s*([〇零一二两三四五六七八九十\d]{1,3})|\b(?:annex|appendix)\s+([a-h]|\d{1,2})\b/g;
// An annex's own heading: 附件1 重点任务分工表, 附表2：…, Annex A: Delivery Plan, Appendix 2 — Projects.
const ANNEX_HEADING = /^附[件表]\s*([〇零一二两三四五六七八九十\d]{1,3})|^(?:annex|appendix)\s+([a-h]|\d{1,2})\b/;

/** The chapter or annexes a section with no sub-sections points to, when its text is only that pointer. */
function referencedSections(ctx: FactContext, s: Section): Section[] {
  if (s.children.length) return [];
  const text = shortTexts(ctx.units).get(s) ?? '';
  if (text.length > annexPointerLimit(text)) return [];
  if (text.length > POINTER_CHARS) return annexesNamed(ctx, text);
  return pointedSections(ctx, text, s);
}

/** The chapter (第四章, see chapter 6) or the annexes (附件1, Annex A) `text` points to: not `from`. */
function pointedSections(ctx: FactContext, text: string, from: Section): Section[] {
  const m = CHAPTER_POINTER.exec(text);
  const chapter = m ? chapterNumbered(ctx, m, from) : null;
  return chapter ? [chapter] : annexesNamed(ctx, text).filter((a) => a !== from);
}

/** The number an annex pointer or heading gives: 1, 二, or a letter (Annex B). */
function annexNumber(m: RegExpMatchArray): number | null {
  const n = m[1] ?? m[2];
  if (!n) return null;
  return /\d/.test(n) ? Number(n) : m[1] ? chineseNumeralValue(n) : n.charCodeAt(0) - 96;
}

/** The annexes `text` names (附件1…和附件2; Annex A), each the section its heading numbers so, outermost only. */
function annexesNamed(ctx: FactContext, text: string): Section[] {
  const wanted = new Set<number>();
  for (const m of text.matchAll(ANNEX_POINTER)) {
    const n = annexNumber(m);
    if (n) wanted.add(n);
  }
  if (!wanted.size) return [];
  const out = new Set<Section>();
  for (const c of ctx.sections) {
    const h = ANNEX_HEADING.exec(normalizeForMatch(c.rawHeading));
    const n = h ? annexNumber(h) : null;
    if (n && wanted.has(n) && !underAny(ctx, c, out)) out.add(c);
  }
  return [...out];
}

/** The chapter a pointer names by its number, nearest the top (第四章, 4.; not a 4.4 or a （四） within another): not `from`. */
function chapterNumbered(ctx: FactContext, m: RegExpExecArray, from: Section): Section | null {
  const n = m[1] ? (/\d/.test(m[1]) ? Number(m[1]) : chineseNumeralValue(m[1])) : Number(m[2]);
  if (!n) return null;
  const title = titleSection(ctx.doc);
  let best: Section | null = null;
  for (const c of ctx.sections) {
    if (c === from || c.numbering?.value !== n || !TOP_SCHEMES.has(c.numbering.scheme)) continue;
    // (A plan numbering its chapters 一、二、 or 壹、貳、 calls them 第六章 too: such a chapter at the top.)
    if (!CHAPTER_SCHEMES.has(c.numbering.scheme) && (ctx.parentOf?.get(c) ?? title) !== title) continue;
    if (!best || c.level < best.level) best = c;
  }
  return best;
}
// (One number, not dotted: a 4.4 points to no chapter.)
const CHAPTER_SCHEMES = new Set(['chapter', 'part', 'arabic-dot']);
const TOP_SCHEMES = new Set([...CHAPTER_SCHEMES, 'chinese-dun', 'capital']);

/** The plan's short paragraphs and items that point to a chapter or an annex (资金安排详见第五章。), with where the pointer starts: once a plan, not once a rule. */
const pointerMemo = new WeakMap<TextUnit[], { unit: TextUnit; section: Section; at: number }[]>();
function pointerUnits(units: TextUnit[]): { unit: TextUnit; section: Section; at: number }[] {
  let out = pointerMemo.get(units);
  if (out) return out;
  out = [];
  for (const unit of units) {
    if ((unit.kind !== 'paragraph' && unit.kind !== 'listItem') || unit.norm.length > annexPointerLimit(unit.norm) || !unit.section) continue;
    const m = unit.norm.length <= POINTER_CHARS ? CHAPTER_POINTER.exec(unit.norm) : null;
    const annex = m ? null : unit.norm.search(ANNEX_POINTER);
    if (m) out.push({ unit, section: unit.section, at: m.index });
    else if (annex !== null && annex >= 0) out.push({ unit, section: unit.section, at: annex });
  }
  pointerMemo.set(units, out);
  return out;
}

/** Each section's own text (not its heading's), up to just past twice ANNEX_POINTER_CHARS: once a plan, not once a rule's root. */
const shortTextMemo = new WeakMap<TextUnit[], Map<Section, string>>();
function shortTexts(units: TextUnit[]): Map<Section, string> {
  let texts = shortTextMemo.get(units);
  if (texts) return texts;
  texts = new Map();
  for (const u of units) {
    if (!u.section || u.kind === 'heading' || u.kind === 'title') continue;
    const t = texts.get(u.section) ?? '';
    if (t.length <= 2 * ANNEX_POINTER_CHARS) texts.set(u.section, t + u.norm);
  }
  shortTextMemo.set(units, texts);
  return texts;
}

/**
 * A section that lies in another topic's own chapter (named by the words of a rule that needs its
 * own section, of another step) and in none named by the rule's own words: What we operate under
 * Running digital services well lists Services, Data, Platforms, Infrastructure, Security as the
 * operations content, and a 发展基础 over 数字基础设施, 数据资源, 网络安全 is a state of things;
 * neither is the architecture a plan without one would lack.
 */
function otherTopicsSection(ctx: FactContext, s: Section, ownCues: string[]): boolean {
  const others = otherTopicsPattern(ctx.rules ?? [], ctx.rule?.step);
  if (!others) return false;
  const title = titleSection(ctx.doc);
  // The chapter highest up that names a topic decides: Our Digital Foundations under Where We
  // Stand Today is the state of things, 背景 under 总体架构 the architecture's.
  let other = false;
  for (let at: Section | undefined = s; at && at !== title; at = ctx.parentOf?.get(at)) {
    const heading = normalizedHeading(ctx, at);
    if (ownCues.length && holdsTerm(heading, ownCues)) other = false;
    else if (others.test(heading)) other = true;
  }
  return other;
}

/** Chapters a section holds named for distinct topics, at least, for it to be a group of topics' chapters. */
const GROUPED_TOPICS = 3;

/** Whether a section's sub-sections are several topics' own chapters (a 篇 over 数字经济, 数据治理, 运营 chapters). */
function groupsTopics(ctx: FactContext, s: Section, ownCues: string[]): boolean {
  if (s.children.length < GROUPED_TOPICS) return false;
  // (A topic is a step: the architecture's layers, each a rule of its own, are one.)
  const owners = (ctx.rules ?? []).filter((r) => r.sectionRequired && r.parts?.length && r.sectionCues?.length && r.step !== ctx.rule?.step);
  const topics = new Set<string>();
  for (const c of s.children) {
    const heading = normalizedHeading(ctx, c);
    if (holdsTerm(heading, ownCues)) topics.add(ctx.rule?.step ?? 'own');
    else for (const r of owners) if (holdsTerm(heading, r.sectionCues!)) topics.add(r.step);
  }
  return topics.size >= GROUPED_TOPICS;
}

// The words of the rules that need a section of their own, of each step's others: one pattern a rule set and step.
const otherTopicsPatterns = new WeakMap<readonly RuleDefinition[], Map<string | undefined, RegExp | null>>();
/**
 * Other topics' own words as written: a Chinese cue as a substring, an English one as whole words
 * (word for word: stemmed, operations would take Our target operating model, an architecture).
 */
function otherTopicsPattern(rules: readonly RuleDefinition[], step: string | undefined): RegExp | null {
  let bySteps = otherTopicsPatterns.get(rules);
  if (!bySteps) otherTopicsPatterns.set(rules, (bySteps = new Map()));
  let re = bySteps.get(step);
  if (re === undefined) {
    const cues = rules.filter((r) => r.sectionRequired && r.parts?.length && r.sectionCues?.length && r.step !== step).flatMap((r) => r.sectionCues!);
    const alternatives = [...new Set(cues.map(normalizeForMatch))].map((c) => {
      const escaped = escapeRegExp(c);
      return /[a-z]/.test(c) ? `\\b${escaped}\\b` : escaped;
    });
    bySteps.set(step, (re = alternatives.length ? new RegExp(alternatives.join('|')) : null));
  }
  return re;
}

/**
 * The sections a rule's scope takes, as a flag by the plan's numbering of its sections
 * (headingIndex's order): every rule's scope asks it of every section and unit of the plan,
 * where a set of sections cost a lookup each (~40 scopes a long plan's check).
 */
class SectionFlags {
  private readonly flags: Uint8Array;
  /** Sections the plan does not number (none, from a plan's own tree): kept by identity. */
  private other: Set<Section> | null = null;
  constructor(private readonly index: HeadingIndex) {
    this.flags = new Uint8Array(index.sections.length);
  }
  add(s: Section): void {
    const at = this.index.order.get(s);
    if (at === undefined) (this.other ??= new Set()).add(s);
    else this.flags[at] = 1;
  }
  has(s: Section): boolean {
    const at = this.index.order.get(s);
    return at === undefined ? (this.other?.has(s) ?? false) : this.flags[at] === 1;
  }
  hasAt(at: number): boolean {
    return this.flags[at] === 1;
  }
}

// Each unit's section by the plan's numbering (-1: none numbered), once per unit list.
const unitSectionMemo = new WeakMap<TextUnit[], { index: HeadingIndex; at: Int32Array }>();
function unitSections(units: TextUnit[], index: HeadingIndex): Int32Array {
  const memo = unitSectionMemo.get(units);
  if (memo?.index === index) return memo.at;
  const at = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) at[i] = units[i].section ? (index.order.get(units[i].section!) ?? -1) : -1;
  unitSectionMemo.set(units, { index, at });
  return at;
}

/**
 * The passages naming three of the parts (partsCuedUnits) inside a chapter that holds one of the
 * roots as a section (not the plan or its title heading). Most roots are chapters themselves:
 * then nothing is searched.
 */
function cuedInChapters(ctx: FactContext, roots: readonly Section[], parts: readonly PartDefinition[]): Set<TextUnit> {
  const title = titleSection(ctx.doc);
  const chapters = new Set(roots.map((r) => ctx.parentOf?.get(r)).filter((p): p is Section => p !== undefined && p !== title));
  const out = new Set<TextUnit>();
  if (!chapters.size) return out;
  for (const u of partsCuedUnits(ctx, parts)) {
    for (let s = u.section ?? undefined; s; s = ctx.parentOf?.get(s)) {
      if (chapters.has(s)) {
        out.add(u);
        break;
      }
    }
  }
  return out;
}

/** The plan with only its paragraphs, items and rows that name the rule's topic (outsideTopic). */
function topicalUnits(ctx: FactContext, cues: string[]): FactContext {
  const holds = unitsHolding(ctx.units, cues);
  const units = ctx.units.filter((u) => u.kind !== 'heading' && u.kind !== 'title' && holds(u));
  planUnits.set(units, planUnits.get(ctx.units) ?? ctx.units);
  return { ...ctx, sections: [], units };
}

/**
 * The scope with only the units (and sections) that name the rule's part topic (partTopic) in
 * their own text or in a heading above them: a platforms rule reads its platforms, not the steps
 * that share their function words.
 */
function withinPartTopic(ctx: FactContext, terms: string[], headingTerms: string[] = []): FactContext {
  const holds = unitsHolding(planUnits.get(ctx.units) ?? ctx.units, terms);
  const normalized = [...terms, ...headingTerms].map(normalizeForMatch);
  const bySection = new Map<Section, boolean>();
  const sectionHolds = (s: Section | null | undefined): boolean => {
    if (!s) return false;
    let v = bySection.get(s);
    if (v === undefined) bySection.set(s, (v = holdsTerm(normalizeForMatch(s.heading), normalized) || sectionHolds(ctx.parentOf?.get(s))));
    return v;
  };
  // A table lists things of one kind: when most of its rows name the topic (Data Intake Hub,
  // Analytics Workbench … reporting tools), so do the rest (Data Catalog and Inventory, Quality Monitor).
  const rows = new Map<Table, { topical: number; all: number }>();
  for (const u of ctx.units) {
    if (u.kind !== 'row' || !u.table || !u.rowIndex) continue;
    const n = rows.get(u.table) ?? { topical: 0, all: 0 };
    n.all++;
    if (holds(u)) n.topical++;
    rows.set(u.table, n);
  }
  const topicalTable = (u: TextUnit) => {
    const n = u.kind === 'row' && u.table && u.rowIndex ? rows.get(u.table) : undefined;
    return !!n && n.all >= MIN_TABLE_ROWS && n.topical * 2 > n.all;
  };
  const units = ctx.units.filter((u) => (u.kind !== 'heading' && holds(u)) || sectionHolds(u.section) || topicalTable(u));
  planUnits.set(units, planUnits.get(ctx.units) ?? ctx.units);
  return { ...ctx, units, sections: ctx.sections.filter(sectionHolds) };
}

/** Parts a passage names, each by one of its own cues (数据运营, 平台运营), not by a concept's looser terms. */
const MIN_PARTS_NAMED = 3;
/** The paragraphs and items (in a section) that name MIN_PARTS_NAMED of the parts. */
function partsCuedUnits(ctx: FactContext, parts: readonly PartDefinition[]): TextUnit[] {
  const holds = parts.map((p) => unitsHolding(ctx.units, norm(p.cues)));
  return ctx.units.filter((u) => {
    if ((u.kind !== 'paragraph' && u.kind !== 'listItem') || !u.section) return false;
    let n = 0;
    for (const h of holds) if (h(u)) n++;
    return n >= MIN_PARTS_NAMED;
  });
}

/** Led paragraphs a topic's run-in section holds after the one its own words lead, at most. */
const TOPIC_RUN = 6;

/**
 * An essay's run-in section: a paragraph led by the topic's own words (**Who governs data.**) in a
 * chapter of other things, with the led paragraphs right after it (**The rules of control.**,
 * **A data roadmap.**) until one names another topic (**Running the system.**) or states a lack.
 */
function topicLedRuns(ctx: FactContext, sectionCues: string[] | undefined): TextUnit[] {
  if (!sectionCues?.length) return [];
  const opens = leadsNaming(ctx.units, sectionCues);
  const others = otherTopicsPattern(ctx.rules ?? [], ctx.rule?.step);
  const led = ledUnits(ctx.units);
  const out: TextUnit[] = [];
  for (let i = 0; i < led.length; i++) {
    const { at, unit, deficit } = led[i];
    if (!unit.section || deficit || !opens(unit)) continue;
    out.push(unit);
    let last = at;
    for (let k = i + 1; k < led.length && k - i <= TOPIC_RUN; k++) {
      const next = led[k];
      if (next.at !== last + 1 || next.unit.section !== unit.section || next.deficit || opens(next.unit) || others?.test(next.lead)) break;
      out.push(next.unit);
      last = next.at;
    }
  }
  return out;
}

/** Units of the plan in its order, each once. */
function inPlanOrder(ctx: FactContext, units: TextUnit[]): TextUnit[] {
  if (units.length < 2) return units;
  const taken = new Set(units);
  return ctx.units.filter((u) => taken.has(u));
}

/**
 * A topic's passages with the sections right after theirs whose headings each name one of its parts
 * (A data market only works if… in The ground rules, then Keeping an eye on it): the topic goes on
 * there, though no heading names it.
 */
function withPartSectionsAfter(ctx: FactContext, passages: TextUnit[], parts: readonly PartDefinition[]): TextUnit[] {
  const after = new Set<Section>();
  for (const s of new Set(passages.map((u) => u.section))) {
    const parent = s && ctx.parentOf?.get(s);
    if (!s || !parent) continue;
    for (const d of walkSections(partSectionsAfter(ctx, s, parent, parts))) after.add(d);
  }
  return after.size ? inPlanOrder(ctx, passages.concat(ctx.units.filter((u) => u.section !== null && after.has(u.section)))) : passages;
}

/** The sections right after `s` under `parent` whose headings each name one of the parts, up to the first that names none. */
function partSectionsAfter(ctx: FactContext, s: Section, parent: Section, parts: readonly PartDefinition[]): Section[] {
  const out: Section[] = [];
  for (const next of parent.children.slice(parent.children.indexOf(s) + 1)) {
    if (!partNamed(normalizedHeading(ctx, next), parts)) break;
    out.push(next);
  }
  return out;
}

/** The paragraphs (in a section) led by the rule's own words, each with the list it opens. */
function leadPassages(ctx: FactContext, sectionCues: string[]): TextUnit[] {
  const leads = leadsNaming(ctx.units, sectionCues);
  // (Not in the current state, save for an assessment's rule: 2.2 Adoption of digital technologies among
  // SMEs remains uneven is where the topic stands, not what the plan will do.)
  const assessing = ctx.rule?.step === 'assessment-strategy';
  const current = vocabulary().sectionTopics['current-state'] ?? [];
  const inCurrentState = (u: TextUnit) => {
    for (let s = u.section; s; s = ctx.parentOf?.get(s) ?? null) if (holdsTerm(normalizedHeading(ctx, s), current)) return true;
    return false;
  };
  const opensOnTopic = (u: TextUnit) => {
    const subject = subjectOf(u);
    return subject !== '' && holdsTerm(subject, sectionCues) && (assessing || !inCurrentState(u));
  };
  return withListAfter(ctx, ctx.units.filter((u) => (u.kind === 'paragraph' || u.kind === 'listItem') && u.section && (leads(u) || opensOnTopic(u))));
}

// The words a numbered paragraph (6.6, 3.2.1) opens on, its number and a determiner aside: up to three
// English words, or the Chinese up to the first break.
const OPENING_SUBJECT = /^\s*\d{1,2}(?:\.\d{1,2})+\s+(?:(?:our|the|this|its)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}|[\u3400-\u9fff]{2,8})/;
const subjectMemo = new WeakMap<TextUnit, string>();
/**
 * A numbered paragraph whose opening sentence has the topic for its subject (6.6 Our business model will
 * bring together the Council, NHS partners…; 4.2 商业模式上，…) is the topic's passage, as a lead phrase
 * makes one: a chapter of numbered paragraphs names its topics so.
 */
function subjectOf(u: TextUnit): string {
  // (Once a unit, not once a rule: every rule with passages asks every paragraph.)
  let subject = subjectMemo.get(u);
  if (subject === undefined) subjectMemo.set(u, (subject = OPENING_SUBJECT.exec(u.norm)?.[1] ?? ''));
  return subject;
}

/**
 * Led passages, each with the paragraphs right after it in its section that name one of the rule's
 * parts: a chapter written in numbered paragraphs (8.6 Different operating models will apply… /
 * 8.7 Where assets generate income, benefits will be shared…) goes on about its topic without a
 * lead of its own.
 */
function withPartParagraphsAfter(ctx: FactContext, led: TextUnit[], parts: readonly PartDefinition[]): TextUnit[] {
  const named = parts.filter((p) => p.concepts?.length);
  if (!led.length || !named.length) return led;
  return withRunsAfter(ctx, led, (_, next) => next.kind === 'paragraph' && named.some((p) => namesConcept(next.norm, p.concepts!)));
}

/**
 * A paragraph enumerating the rule's parts by its leads, under whatever words (我们坚持的五条：一是民生为本，…；
 * 二是以技术为杠杆，…；三是先改制度、再上系统…), or by its clauses' side leads (政策上，…。资金上，…。人才上，…):
 * MIN_PARTS_NAMED of them, each led by its own. (Also in a plan of paragraphs under no heading at all.)
 */
function enumeratedPartsUnits(ctx: FactContext, parts: readonly PartDefinition[]): TextUnit[] {
  if (parts.filter((p) => p.concepts?.length).length < MIN_PARTS_NAMED) return [];
  const flat = ctx.doc.sections.length === 0;
  return ctx.units.filter((u) => {
    if ((u.kind !== 'paragraph' && u.kind !== 'listItem') || (!u.section && !flat)) return false;
    const enumerated = u.norm.includes('是') ? enumeratedPassages(u).map((p) => p.lead) : [];
    const named = new Set([...enumerated, ...sideLeadWords(u)].map((l) => partNamed(l, parts)?.name).filter(Boolean));
    return named.size >= MIN_PARTS_NAMED;
  });
}

/**
 * A run of paragraphs next to each other, each led by a different part (27. 加强制度和政策供给。… /
 * 28. 加大资金投入。… / 29. 强化人才队伍建设。… / 30. 营造全社会用数氛围。…, in a plan of numbered
 * paragraphs; 9.7 Policy. / 9.8 Funding. / 9.9 People and skills. / 9.10 Culture. among a delivery
 * chapter's paragraphs; On policy, … / On funding, … in a letter): the rule's parts one a paragraph, as
 * sub-headings would give them. Not a list of problems (Gaps in policy, Insufficient funding), and not
 * in another topic's chapter (`cues`: the rule's own), where a run of leads is that topic's.
 */
function ledRunUnits(ctx: FactContext, parts: readonly PartDefinition[], cues: string[]): TextUnit[] {
  if (parts.filter((p) => p.concepts?.length).length < MIN_PARTS_NAMED) return [];
  const out: TextUnit[] = [];
  let run: TextUnit[] = [];
  let named = new Set<string>();
  let last = -2;
  const close = () => {
    if (named.size >= MIN_PARTS_NAMED && !(run[0].section && otherTopicsSection(ctx, run[0].section, cues))) out.push(...run);
    run = [];
    named = new Set();
  };
  // (Paragraphs next to each other: a unit with no lead between two led ones ends the run.)
  for (const { at, unit, lead, deficit } of ledUnits(ctx.units)) {
    const part = deficit ? undefined : partNamed(lead, parts)?.name;
    if (!part || named.has(part) || at !== last + 1 || (run.length && run[run.length - 1]!.section !== unit.section)) close();
    last = at;
    if (!part) continue;
    run.push(unit);
    named.add(part);
  }
  close();
  return out;
}

/** The plan's led paragraphs and items, with their place among its units and whether they state a lack: once a plan, not once a rule. */
const ledUnitMemo = new WeakMap<TextUnit[], { at: number; unit: TextUnit; lead: string; deficit: boolean }[]>();
function ledUnits(units: TextUnit[]): { at: number; unit: TextUnit; lead: string; deficit: boolean }[] {
  let led = ledUnitMemo.get(units);
  if (led) return led;
  const deficit = wordsPattern(vocabulary().deficitWords, normalizeForMatch);
  led = [];
  for (let at = 0; at < units.length; at++) {
    const unit = units[at];
    if (unit.kind !== 'paragraph' && unit.kind !== 'listItem') continue;
    const lead = leadPhrase(unit);
    if (lead) led.push({ at, unit, lead, deficit: deficit.test(unit.norm) });
  }
  ledUnitMemo.set(units, led);
  return led;
}

/** Led paragraphs, each with the list its lead sentence opens (Our guiding principles are: / 1. … 2. …). */
function withListAfter(ctx: FactContext, led: TextUnit[]): TextUnit[] {
  const opensList = (u: TextUnit) => u.kind === 'paragraph' && endsWithColon(u.norm);
  // (A table right after the lead is its too, colon or not: 7.1 The key projects are listed below. | Project | … |.)
  return withRunsAfter(ctx, led, (lead, next) => next.kind === 'row' || (opensList(lead) && isListLike(next)));
}

/** Led units in the plan's order, each with the run right after it in its section, led by none, that `follows` takes. */
function withRunsAfter(ctx: FactContext, led: TextUnit[], follows: (lead: TextUnit, next: TextUnit) => boolean): TextUnit[] {
  const inLed = new Set(led);
  const out: TextUnit[] = [];
  for (let i = 0; i < ctx.units.length; i++) {
    const u = ctx.units[i];
    if (!inLed.has(u)) continue;
    out.push(u);
    for (let k = i + 1; k < ctx.units.length; k++) {
      const next = ctx.units[k];
      if (inLed.has(next) || next.section !== u.section || !follows(u, next)) break;
      out.push(next);
    }
  }
  return out;
}

/**
 * A part of another rule given as a run-in paragraph of that rule's section (the
 * architecture's layers as "**安全层。**…" paragraphs): the paragraph its lead names,
 * with the unlabelled paragraphs and items that follow it; or the row of a layer table.
 */
function ledPart(ctx: FactContext, scopePart: ScopePart): TextUnit[] {
  const section = sectionByChildren(ctx, scopePart.parts);
  if (!section || (scopePart.ownerCues && otherTopicsSection(ctx, section, scopePart.ownerCues))) return [];
  const opening = foundByOpenings(section);
  const out: TextUnit[] = [];
  let inPart = false;
  for (const u of ctx.units) {
    if (u.section !== section) continue;
    // A layer table's row (层次 | 主要内容 | 牵头部门): the row whose first cell names the part.
    if (u.kind === 'row') {
      if (u.rowIndex !== 0 && partNamed(rowLabel(u.norm), scopePart.parts)?.name === scopePart.name) out.push(u);
      continue;
    }
    if (u.kind !== 'paragraph' && u.kind !== 'listItem') continue;
    // The layers enumerated in one paragraph (一是业务层，…；二是数据层，…): the part's own passage of it.
    const passages = enumeratedPassages(u).map((p) => ({ ...p, part: partNamed(p.lead, scopePart.parts) })).filter((p) => p.part);
    if (passages.length >= 2) {
      out.push(...passages.filter((p) => p.part!.name === scopePart.name).map((p) => p.passage));
      inPart = false;
      continue;
    }
    const lead = leadPhrase(u) ?? (u.kind === 'paragraph' && opening ? openingLabel(u) : null);
    const named = lead ? partNamed(lead, scopePart.parts) : null;
    if (named) inPart = named.name === scopePart.name;
    if (inPart) out.push(u);
  }
  return out;
}

const normalizedCues = new WeakMap<string[], string[]>();
function norm(cues: string[]): string[] {
  let out = normalizedCues.get(cues);
  if (!out) normalizedCues.set(cues, (out = cues.map(normalizeForMatch)));
  return out;
}

function normalizedHeading(ctx: FactContext, s: FactContext['sections'][number]): string {
  let map = ctx.cache.get('parts:headings') as Map<unknown, string> | undefined;
  if (!map) ctx.cache.set('parts:headings', (map = new Map()));
  let h = map.get(s);
  if (h === undefined) map.set(s, (h = normalizeForMatch(s.heading)));
  return h;
}

// A cited document's title (《香港创新科技发展蓝图》) names the document: no words of change in running text.
const CITED_TITLE = /《[^《》]*》/g;
const withoutCitedTitles = (norm: string) => (norm.includes('《') ? norm.replace(CITED_TITLE, (t) => ' '.repeat(t.length)) : norm);

/** The first passage of the rule's own section naming the part's concept (conceptsInSection rules). */
function conceptPassage(scope: FactContext, part: PartDefinition): Evidence | null {
  const setting = scope.rule?.conceptsInSection;
  if (!setting || !scope.scopeRoots?.length || !part.concepts?.length) return null;
  const need = setting === true ? 1 : setting;
  const concepts = part.passageConcepts ?? part.concepts;
  const other = inOtherPartsSection(scope, part);
  const within = scope.passageSections ?? null;
  for (const unit of scope.units) {
    if (!isBodyText(unit) || (within && !within.has(unit.section!))) continue;
    // Text in another part's own section (Data Model under Data Architecture) is that part's.
    if (other?.(unit)) continue;
    for (const s of sentences(unit)) {
      const text = part.passageConcepts ? withoutCitedTitles(s.norm) : s.norm;
      const m = conceptMatch(text, concepts);
      if (m && (need === 1 || conceptTermCount(text, concepts, need) >= need)) return evidenceOf(unit, s.start + m.start, s.start + m.spanEnd);
    }
  }
  return null;
}

/**
 * A sub-section of the rule's own section under a heading that names no part (人从哪里来,
 * Bringing everyone along) is the one part its text names, when it names no other of the rule's.
 */
function unlabelledSubsection(scope: FactContext, part: PartDefinition): Evidence | null {
  const parts = scope.rule?.parts;
  if (!parts || !scope.scopeRoots?.length || !part.concepts?.length) return null;
  const headings = new Map(scope.units.filter((u) => u.kind === 'heading' && u.section).map((u) => [u.section, u]));
  for (const root of scope.scopeRoots) {
    // (So is a root asked as a question, one of a run of sibling sections: 市民會不會用？ after 人從哪裡來？.)
    const asked = isQuestion(headings.get(root)?.norm ?? '') ? [root] : [];
    for (const child of [...asked, ...root.children]) {
      const heading = headings.get(child);
      if (!heading || partNamed(heading.norm, parts)) continue;
      // (The run took the root for the one part its text names at all: that part it answers.)
      const answer = answeredPart(scope, heading, 0, parts, child === root ? 1 : undefined);
      if (answer?.part === part) return answer.evidence;
    }
  }
  return null;
}

/**
 * No section of the rule's own: a sentence that names both the rule's topic and the
 * part (从区内需求看，区级部门希望…: needs, of government) stands for one.
 */
function cuedPassage(scope: FactContext, part: PartDefinition): Evidence | null {
  const rule = scope.rule;
  if (!rule?.topicSentences || scope.scopeRoots?.length || !rule.sectionCues?.length || !part.concepts?.length) return null;
  for (const t of topicSentences(scope, Array.isArray(rule.topicSentences) ? rule.topicSentences : rule.sectionCues)) {
    const m = part.passageConcepts ? conceptMatch(withoutCitedTitles(t.rest), part.passageConcepts, withoutCitedTitles(t.norm)) : conceptMatch(t.rest, part.concepts, t.norm);
    if (m) return evidenceOf(t.unit, t.start + m.start, t.start + m.spanEnd);
  }
  return null;
}

// The sentences naming a rule's topic, each with the topic's own words blanked, found once per rule and plan.
interface TopicSentence {
  unit: TextUnit;
  start: number;
  norm: string;
  rest: string;
}
const topicMemo = new WeakMap<string[], WeakMap<TextUnit[], TopicSentence[]>>();
function topicSentences(scope: FactContext, cues: string[]): TopicSentence[] {
  let byUnits = topicMemo.get(cues);
  if (!byUnits) topicMemo.set(cues, (byUnits = new WeakMap()));
  let out = byUnits.get(scope.units);
  if (out) return out;
  out = [];
  const plain = norm(cues).filter((c) => !c.includes('…'));
  const holds = unitsHolding(scope.units, cues);
  const held = termsHeld(scope.units, cues);
  const wordsHeld = wordsIn(scope.units, plain);
  for (const unit of scope.units) {
    if (!isBodyText(unit) || !holds(unit)) continue;
    // Clauses joined by ；/; are one sentence: the topic its first clause names (从区内需求看，部门希望…；
    // 企业期待…；居民关注…) is the topic of each (a topic word inside a later clause of a list of
    // points, 运营流程覆盖需求受理…, is that clause's alone).
    const list = sentences(unit);
    const terms = held(unit);
    // The words blanked in its clauses: those the unit holds (a word without a space found in
    // none of the original text is in none of it blanked), and any with a space.
    const blanked = wordsHeld(unit);
    let from = 0;
    for (let i = 0; i < list.length; i++) {
      if (/[；;]\s*$/.test(list[i].norm)) continue;
      topicClauses(unit, list, from, i + 1, terms, blanked, out);
      from = i + 1;
    }
    topicClauses(unit, list, from, list.length, terms, blanked, out);
    // A sentence that names the topic and announces its items (Five principles guide every decision.
    // 本规划坚持以下原则。) leads the sentences after it in its paragraph, each one item.
    for (let i = 0; i < list.length - 1; i++) {
      if (!announcesTopic(list[i].norm, blanked) || !holdsTerm(list[i].norm, terms)) continue;
      for (let k = i + 1; k < list.length; k++) if (!holdsTerm(list[k].norm, terms)) out.push({ unit, start: list[k].start, norm: list[k].norm, rest: blankWords(list[k].norm, blanked) });
      break;
    }
  }
  byUnits.set(scope.units, out);
  return out;
}

// A count or a pointer just before the topic's word (five principles, the following principles, 以下原则,
// 五项原则), or a closing colon: a list of its items follows. (三大领域…识别需要变革的 counts fields, not needs.)
const ANNOUNCES = /(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|following)|以下|如下|下列|[二三四五六七八九十两]\s*(?:项|条|个|大|方面)?)\s*$/i;
/** Characters before the topic's word where the count or pointer announcing it may stand (the following ). */
const ANNOUNCE_REACH = 10;
/** Whether a sentence announces the topic's items: where a topic word starts (blanked by blankWords), or by its closing colon. */
function announcesTopic(sentence: string, topicWords: readonly string[]): boolean {
  if (/[：:]\s*$/.test(sentence)) return true;
  const rest = blankWords(sentence, topicWords);
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === sentence[i] || (i > 0 && rest[i - 1] !== sentence[i - 1])) continue;
    if (ANNOUNCES.test(sentence.slice(Math.max(0, i - ANNOUNCE_REACH), i))) return true;
  }
  return false;
}

/** The clauses list[from…to) of one sentence that name the topic (all of them when its first does), each with the topic's words blanked. */
function topicClauses(unit: TextUnit, list: readonly { start: number; norm: string }[], from: number, to: number, cues: readonly string[], plain: readonly string[], out: TopicSentence[]): void {
  const led = to > from && holdsTerm(list[from].norm, cues);
  for (let k = from; k < to; k++) {
    const s = list[k];
    // The part named apart from the topic's own words (运营 in 建设运营 names no operating model).
    if (led || holdsTerm(s.norm, cues)) out.push({ unit, start: s.start, norm: s.norm, rest: blankWords(s.norm, plain) });
  }
}

export function assessPart(ctx: FactContext, part: PartDefinition, label?: Evidence): PartFinding {
  const cues = norm(part.cues);
  const headingCues = norm(part.headingCues ?? part.cues);
  // 1. A heading that names it: the first section whose heading holds a cue,
  // or, when short, comes near one.
  const s = firstNamingSection(ctx, headingCues);
  if (s) return { name: part.name, status: 'present', evidence: [{ path: s.path, quote: s.rawHeading, position: s.position }] };
  // 2. Inside the rule's own section, a sub-heading, lead phrase or column naming its concept
  // (or, for rules whose section is all about them, any passage naming it).
  if (label) return { name: part.name, status: 'present', evidence: [label] };
  if (part.foundBy) {
    const out = ctx.read<Record<string, unknown>>(part.foundBy.fact);
    const v = out.value[part.foundBy.field];
    if (typeof v === 'number' && v >= part.foundBy.min && out.evidence.length) return { name: part.name, status: 'present', evidence: out.evidence.slice(0, 3) };
  }
  const passage = conceptPassage(ctx, part) ?? cuedPassage(ctx, part) ?? unlabelledSubsection(ctx, part);
  if (passage) return { name: part.name, status: 'present', evidence: [passage] };
  // 2. Passages: the first unit centred on the part, else scattered mentions.
  const search = outsideOtherParts(ctx, passageSearch(ctx.units, cues), part);
  const ev = (hits: Hit[]): Evidence => evidenceOf(hits[0].unit, hits[0].at, hits[0].at + hits[0].cue.length);
  const centred = firstCentredUnit(search);
  if (centred !== Infinity) return { name: part.name, status: 'present', evidence: [ev(hitsIn(search, centred))] };
  const first = firstUnitsWithHits(search, SPREAD);
  if (!first.length) {
    const weak = part.mentionCues ? firstUnitsWithHits(passageSearch(ctx.units, norm(part.mentionCues)), 1)[0] : undefined;
    if (weak) return { name: part.name, status: 'mentioned', evidence: [evidenceOf(weak[0].unit, weak[0].at, weak[0].at + weak[0].cue.length)] };
    return { name: part.name, status: 'missing', evidence: [] };
  }
  if (first.length >= SPREAD) return { name: part.name, status: 'present', evidence: first.map(ev) };
  return { name: part.name, status: 'mentioned', evidence: first.map(ev) };
}

/** An opening sentence this short, with no lead phrase of its own, may still name parts as a lead does (People, culture and money.). */
const PROMISE_CHARS = 40;
/** Words a piece of such an opening may run to (Digital skills, culture and money.). */
const PIECE_WORDS = 3;
/** What joins the parts a heading names: 与, 和, 及, 、, and, &, commas. (Not +: 三域+百景 is one name.) */
const JOINED = /\s*(?:[与和及、&＆/／，,；;]|以及|\band\b)\s*/;

interface HeadingPromise {
  unit: TextUnit;
  /** Its heading's words, or its lead's. */
  words: string;
  /** The rule's parts its heading or lead names, each by a piece of its own. */
  named: PartDefinition[];
  /** Where the text it heads takes up a part, or null. */
  takenUp(part: PartDefinition): Evidence | null;
  /** Whether the text it heads leaves a part it names out: takes up others, in every sentence, and not it. */
  unkept(part: PartDefinition): boolean;
  /** Whether it names a part by a piece of its own (资金 of 人才与资金保障), not in one phrase with another. */
  alone(part: PartDefinition): boolean;
}

/** The unit starting at an offset: units are in the plan's order, so a binary search finds it (every present part asks). */
function unitAt(units: TextUnit[], offset: number): TextUnit | undefined {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = units[mid].position.start.offset;
    if (at === offset) {
      // (The first of the units starting there: a heading before the paragraph a parser may start with it.)
      let i = mid;
      while (i > 0 && units[i - 1].position.start.offset === offset) i--;
      return units[i];
    }
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The heading or lead that made a part present (its evidence's unit), when it names several of the rule's parts. */
function promiseOf(ctx: FactContext, finding: PartFinding, part: PartDefinition, parts: readonly PartDefinition[]): HeadingPromise | null {
  const at = finding.status === 'present' && part.concepts?.length ? finding.evidence[0]?.position?.start.offset : undefined;
  const unit = at === undefined ? undefined : unitAt(ctx.units, at);
  return unit ? promiseAt(ctx, unit, part, parts) : null;
}

/**
 * A heading or lead that names several of the rule's parts, this one among them (人才与资金保障, People, culture
 * and money): a promise the text under it keeps part by part.
 */
function promiseAt(ctx: FactContext, unit: TextUnit, part: PartDefinition, parts: readonly PartDefinition[]): HeadingPromise | null {
  // (Each part the heading names asks for the same promise: made once a scope, a unit and a rule's parts.)
  let byUnit = promises.get(ctx.units);
  if (!byUnit) promises.set(ctx.units, (byUnit = new WeakMap()));
  let byParts = byUnit.get(unit);
  if (!byParts) byUnit.set(unit, (byParts = new Map()));
  let promise = byParts.get(parts);
  if (promise === undefined) byParts.set(parts, (promise = promiseOver(ctx, unit, parts)));
  return promise && promise.alone(part) ? promise : null;
}

const promises = new WeakMap<TextUnit[], WeakMap<TextUnit, Map<readonly PartDefinition[], HeadingPromise | null>>>();

function promiseOver(ctx: FactContext, unit: TextUnit, parts: readonly PartDefinition[]): HeadingPromise | null {
  let words: string;
  let lead = true;
  if (unit.kind === 'heading' && unit.section) words = unit.norm;
  else if (unit.kind === 'paragraph' || unit.kind === 'listItem') {
    const opening = openingSentence(unit);
    lead = leadPhrase(unit) !== null;
    // (In English only: a Chinese opening clause, 投资主体为市财政和社会资本，…, is a sentence, not a lead.)
    words = leadPhrase(unit) ?? (opening.length <= PROMISE_CHARS && !HAS_CJK.test(opening) ? opening.replace(/\.\s*$/, '') : '');
  } else return null;
  // (Parts joined in so many words, each named by a piece of its own: 人才与资金保障, Storage, sharing and quality.
  // One phrase whose words touch two concepts, 提升全民数字素养 or Checking the service works, names one thing.)
  if (!words || !JOINED.test(words)) return null;
  const pieces = words.split(JOINED).filter((w) => w.trim());
  if (pieces.length < 2) return null;
  const byPiece = pieces.map((w) => parts.filter((p) => p.concepts?.length && conceptMatch(w, p.concepts)));
  // (An opening sentence for a lead only when it is nothing but part names: People, culture and money.)
  if (!lead && byPiece.some((named, i) => !named.length || pieces[i].trim().split(/\s+/).length > PIECE_WORDS)) return null;
  const named = [...new Set(byPiece.flat())];
  // (Each part by a piece that names no other: 资金与人才保障, not 提升全民数字素养 naming talent and culture in one.)
  const alone = (p: PartDefinition) => byPiece.some((n) => n.length === 1 && n[0] === p);
  if (named.length < 2) return null;
  let body: { unit: TextUnit; from: number }[];
  if (unit.kind === 'heading') {
    const under = new Set(walkSections([unit.section!]));
    body = ctx.units.filter((x) => x !== unit && x.section && under.has(x.section)).map((x) => ({ unit: x, from: 0 }));
  } else body = [{ unit, from: unit.norm.indexOf(words) + words.length }];
  const takes = (text: string, p: PartDefinition) => conceptMatch(text, p.concepts!) !== null || holdsTerm(text, norm(p.cues));
  const seen = new Map<PartDefinition, Evidence | null>();
  const takenUp = (p: PartDefinition): Evidence | null => {
    if (seen.has(p)) return seen.get(p)!;
    let found: Evidence | null = null;
    for (const { unit: u, from } of body) {
      const text = u.norm.slice(from);
      const m = conceptMatch(text, p.concepts!);
      if (m || holdsTerm(text, norm(p.cues))) {
        // (Quoted from the text after the heading's words: a quote widened back over them would name the parts not taken up.)
        const rest = from ? ({ ...u, text: u.text.slice(from) } as TextUnit) : u;
        const e = m ? evidenceOf(rest, m.start, m.spanEnd) : evidenceOf(rest);
        found = from && !e.quote.startsWith('…') ? { ...e, quote: `…${e.quote}` } : e;
        break;
      }
    }
    seen.set(p, found);
    return found;
  };
  // (A sub-section's heading, 1.业务运营目标。 read as one, names what its text takes up.)
  const subHeadings = new Map(body.filter(({ unit: u }) => u.kind === 'heading' && u.section).map(({ unit: u }) => [u.section!, u.norm]));
  // Each of the text's sentences about another part, each paragraph led by another's name (**Storage.** …) or
  // under a sub-heading that names one: none is left that may speak of the part in words of its own.
  const unkept = (q: PartDefinition) => {
    if (!alone(q) || takenUp(q)) return false;
    const others = named.filter((p) => p !== q);
    if (!others.some((p) => takenUp(p))) return false;
    return body.every(({ unit: u, from }) => {
      const text = u.norm.slice(from);
      const led = from === 0 ? leadPhrase(u) : null;
      if (led && others.some((p) => takes(led, p))) return true;
      if (u.section && u.section !== unit.section && others.some((p) => takes(subHeadings.get(u.section!) ?? '', p))) return true;
      return sentenceSpans(text).every(([a, b]) => !/[\p{L}\p{N}]/u.test(text.slice(a, b)) || others.some((p) => takes(text.slice(a, b), p)));
    });
  };
  return { unit, words, named, takenUp, unkept, alone };
}

/** The context without a promise's heading (its section named by it no more), or with its lead blanked. */
function withoutPromise(ctx: FactContext, u: TextUnit, words: string): FactContext {
  if (u.kind === 'heading') return { ...ctx, units: ctx.units.filter((x) => x !== u), sections: ctx.sections.filter((s) => s !== u.section) };
  const at = u.norm.indexOf(words);
  const blanked: TextUnit = { ...u, norm: u.norm.slice(0, at) + ' '.repeat(words.length) + u.norm.slice(at + words.length) };
  return { ...ctx, units: ctx.units.map((x) => (x === u ? blanked : x)) };
}

/**
 * A part assessed, its heading or lead taken at its word only as far as the text under it keeps it: where a
 * heading names several parts and its text takes up some of them but not this one, the part is looked for
 * without that heading; where the text takes it up, it is quoted there (the heading names the others too).
 * (Where the text takes up none of them in words we know, it may speak of them in its own: the heading is trusted.)
 */
function assessKept(ctx: FactContext, part: PartDefinition, parts: readonly PartDefinition[], label?: Evidence): PartFinding {
  const finding = assessPart(ctx, part, label);
  if (finding.status !== 'present') return finding;
  const promise = promiseOf(ctx, finding, part, parts);
  if (!promise) return finding;
  if (promise.unkept(part)) return assessPart(withoutPromise(ctx, promise.unit, promise.words), part);
  const own = promise.takenUp(part);
  return own && promise.named.some((p) => promise.unkept(p)) ? { ...finding, evidence: [own] } : finding;
}

/**
 * A part named by a piece of a heading that names another of the rule's parts beside it, one found present
 * under that heading (People and culture, 队伍与氛围: words of its concept no heading cue holds alone), where
 * the text under the heading takes it up: present, quoted there.
 */
function jointHeading(ctx: FactContext, part: PartDefinition, parts: readonly PartDefinition[], findings: readonly PartFinding[]): PartFinding | null {
  if (!part.concepts?.length) return null;
  for (const u of ctx.units) {
    if (u.kind !== 'heading' || !u.section || !JOINED.test(u.norm) || !conceptMatch(u.norm, part.concepts)) continue;
    const promise = promiseAt(ctx, u, part, parts);
    const under = (f: PartFinding) => f.status === 'present' && f.evidence.some((e) => u.path.every((h, i) => e.path[i] === h));
    const anchored = promise?.named.some((p) => p !== part && under(findings[parts.indexOf(p)]));
    const own = anchored ? promise!.takenUp(part) : null;
    if (own) return { name: part.name, status: 'present', evidence: [own] };
  }
  return null;
}

interface ScopePart {
  parts: readonly PartDefinition[];
  name: string;
  /** The sections inside the other rule's own section (empty when it has none). */
  within?: (ctx: FactContext) => Set<Section>;
  /** The other rule's own words, when it needs a section of its own (the architecture's). */
  ownerCues?: string[];
}

function scopePartOf(ctx: FactContext, ref: string): ScopePart | undefined {
  const [id, name] = ref.split('/');
  const rule = ctx.rules?.find((r) => r.id === id);
  if (!rule?.parts) return undefined;
  return { parts: rule.parts, name, within: (c) => ruleSections(c, rule), ownerCues: rule.sectionRequired ? (rule.sectionCues ?? []) : undefined };
}

/** Whether a section lies inside one of `set` (its parent, or a parent's parent…, is one). */
function underAny(ctx: FactContext, s: Section, set: ReadonlySet<Section>): boolean {
  for (let at = ctx.parentOf?.get(s); at; at = ctx.parentOf?.get(at)) if (set.has(at)) return true;
  return false;
}

/**
 * The sections of the rules named (notFoundIn), as sectionsOfRules finds them, in one set. (A rule
 * whose own search asks for them again, through another's notFoundIn, finds none: no loop.)
 */
function avoidedSections(ctx: FactContext, ids: readonly string[]): Set<Section> {
  const busy = (ctx.cache.get('parts:avoiding') as Set<string> | undefined) ?? new Set<string>();
  ctx.cache.set('parts:avoiding', busy);
  const out = new Set<Section>();
  for (const id of ids) {
    if (busy.has(id)) continue;
    busy.add(id);
    try {
      for (const set of sectionsOfRules(ctx, [id])) for (const s of set) out.add(s);
    } finally {
      busy.delete(id);
    }
  }
  return out;
}

/** Another rule's own sections with their sub-sections, found once a plan. */
function ruleSections(ctx: FactContext, rule: RuleDefinition): Set<Section> {
  const key = `parts:within:${rule.id}`;
  let set = ctx.cache.get(key) as Set<Section> | undefined;
  if (set) return set;
  const scopePart = rule.scopePart ? scopePartOf(ctx, rule.scopePart) : undefined;
  set = new Set(walkSections(searchScope(ctx, rule.sectionCues, rule.sectionRequired, rule.parts, scopePart, rule.notFoundIn).scopeRoots ?? []));
  ctx.cache.set(key, set);
  return set;
}

// A part's cues of every kind, plain and windowed (A…B) apart, gathered once.
const partWords = new WeakMap<PartDefinition, { plain: string[]; windows: string[] }>();

/** The words that name a part: its cues of every kind and its concepts' terms. */
export function namesPart(part: PartDefinition, quote: string): boolean {
  let words = partWords.get(part);
  if (!words) {
    const cues = [...part.cues, ...(part.headingCues ?? []), ...(part.mentionCues ?? [])];
    words = { plain: cues.filter((c) => !c.includes('…')).map(normalizeForMatch), windows: cues.filter((c) => c.includes('…')) };
    partWords.set(part, words);
  }
  const q = normalizeForMatch(quote);
  // (A part named in running text only by words of change is not named by a cited title's words.)
  const qc = part.passageConcepts?.length ? withoutCitedTitles(q) : q;
  return words.plain.some((c) => q.includes(c)) || (words.windows.length > 0 && holdsTerm(q, words.windows)) || (part.concepts?.length ? namesConcept(qc, part.concepts) : false) || (part.passageConcepts?.length ? namesConcept(qc, part.passageConcepts) : false);
}

/**
 * Whether a label's quote names the part: by itself, or with the heading above it or its own
 * (Data under What we operate); a Chinese label joins the heading's head noun as one compound.
 */
function quoteNamesPart(part: PartDefinition, e: Evidence): boolean {
  if (namesPart(part, e.quote)) return true;
  const quote = e.quote.replace(/^…/, '');
  const joined = (words: string | undefined) => words !== undefined && [' ', ''].some((gap) => namesPart(part, `${quote}${gap}${qualifierOf(words).trim()}`));
  const withHeading = (heading: string | undefined) => heading !== undefined && (namesPart(part, `${e.quote} ${heading}`) || joined(heading));
  return (e.path.length > 1 && withHeading(e.path[e.path.length - 2])) || withHeading(e.path[e.path.length - 1]);
}

/**
 * A present part's quote names it (issue 8, class 10): a part found under a heading that names it
 * only through the concept matcher (a sub-section's heading beside its body) is quoted by the first
 * passage of that section that names it by the part's own words; with none, it is only mentioned.
 * (A list item's quote, …管理, is named with its list's opener, its paragraph's lead.)
 */
function quotesNamePresentParts(ctx: FactContext, parts: readonly PartDefinition[], findings: PartFinding[]): void {
  findings.forEach((f, i) => {
    const part = parts[i];
    if (f.status !== 'present' || part.foundBy || !f.evidence.length || f.evidence.some((e) => e.quote.startsWith('…') || quoteNamesPart(part, e))) return;
    const where = f.evidence[0].path.join('\u0000');
    const unit = ctx.units.find((u) => u.kind !== 'heading' && u.kind !== 'title' && u.path.join('\u0000') === where && namesPart(part, u.text));
    // (Quoted where it names the part: a long item's opening may not reach the words, …the data platform.)
    const m = unit && part.concepts?.length ? conceptMatch(unit.norm, part.concepts) : null;
    findings[i] = unit ? { ...f, evidence: [m ? evidenceOf(unit, m.start, m.spanEnd) : evidenceOf(unit)] } : { ...f, status: 'mentioned' };
  });
}

/**
 * A finding agrees with its own evidence: a part called missing while a quote
 * the same finding shows names it is at least mentioned, with that quote.
 */
function agreeWithQuotes(parts: readonly PartDefinition[], findings: PartFinding[]): void {
  findings.forEach((f, i) => {
    if (f.status !== 'missing') return;
    for (const other of findings) {
      const ev = other.evidence.find((e) => other !== f && namesPart(parts[i], e.quote));
      if (ev) {
        findings[i] = { name: f.name, status: 'mentioned', evidence: [ev] };
        return;
      }
    }
  });
}

/**
 * A lead inside another rule's own section that names one of that rule's parts is that rule's
 * (**Rules and policies:** under the security layer, **Rethink the rules.** among the principles),
 * not this rule's part found elsewhere.
 */
function claimedLead(ctx: FactContext, u: TextUnit, lead: string): boolean {
  if (!u.section) return false;
  return (ctx.rules ?? []).some((r) => r !== ctx.rule && r.parts?.length && partNamed(lead, r.parts) && ruleSections(ctx, r).has(u.section!));
}

/**
 * A rule's scope without what its peers (yieldsTo) set out under their own parts' names in their
 * own sections: in an operations plan all of whose chapters are the management's scope, 运营评价 >
 * 评价指标 (or 运营评价从以下维度设置评价指标：…) is the evaluation's, and its 指标 no operations goal.
 */
function withoutPeerSections(ctx: FactContext, scope: FactContext): FactContext {
  const ids = ctx.rule?.yieldsTo;
  if (!ids?.length || scope === ctx || !scope.scopeRoots?.length) return scope;
  const peers = (ctx.rules ?? []).filter((r) => ids.includes(r.id) && r.parts?.length);
  const theirs = peers.map((r) => ruleSections(ctx, r));
  // Per section of a peer, that peer's parts, and whether its heading names one of them (asked once a section).
  const headed = new Map<Section, boolean>();
  const peerPart = (u: TextUnit) => {
    const at = u.section ? theirs.findIndex((set) => set.has(u.section!)) : -1;
    if (at < 0) return false;
    const parts = peers[at].parts!;
    let named = headed.get(u.section!);
    if (named === undefined) headed.set(u.section!, (named = partNamed(normalizedHeading(ctx, u.section!), parts) !== null));
    const lead = named || u.kind === 'heading' ? null : leadPhrase(u);
    return named || (lead !== null && partNamed(lead, parts) !== null);
  };
  const units = scope.units.filter((u) => !peerPart(u));
  if (units.length === scope.units.length) return scope;
  planUnits.set(units, planUnits.get(scope.units) ?? scope.units);
  return { ...scope, units };
}

/**
 * The context without the sections of the named rules (notFoundIn), for a rule that has none of its
 * own; save those of the chapter its part lies in (`keep`: the architecture's, which a current state
 * found by its words, Our digital foundations, may share).
 */
function withoutSectionsOf(ctx: FactContext, ids: readonly string[] | undefined, keep?: Set<Section>): FactContext {
  const theirs = sectionsOfRules(ctx, ids);
  if (!theirs.length) return ctx;
  const outside = (s: Section | null | undefined) => !s || keep?.has(s) || !theirs.some((set) => set.has(s));
  return { ...ctx, units: ctx.units.filter((u) => outside(u.section)), sections: ctx.sections.filter(outside) };
}

/** Distinct parts a run-on paragraph's enumerated leads must name to stand for the rule's section. */
const RUN_ON_PARTS = 3;

/**
 * No section of the rule's own: a run-on paragraph whose enumerated leads name several of its parts
 * (为确保方案落到实处…：一是强化制度供给…二是加大财政投入…三是加强队伍建设…) is its section, each lead its part's.
 */
function runOnParts(ctx: FactContext, parts: readonly PartDefinition[], labels: Map<string, Evidence>): void {
  if (parts.length < RUN_ON_PARTS) return;
  for (const u of ctx.units) {
    // (In a paragraph, or in a table's cell: | **Principles** | 1. **Residents first.** … 2. … |.)
    if ((u.kind !== 'paragraph' && u.kind !== 'row') || (!u.norm.includes('是') && !/\d[.)]\s/.test(u.norm))) continue;
    const passages = enumeratedPassages(u);
    if (passages.length < RUN_ON_PARTS) continue;
    // (Each lead where it stands: its words may stand earlier in the paragraph too, 加大资金投入和壮大人才队伍都很关键。…二是加大资金投入.)
    const named = new Map<string, { lead: string; at: number }>();
    for (const { lead, at } of passages) {
      const part = partNamed(lead, parts);
      if (part && !named.has(part.name)) named.set(part.name, { lead, at });
    }
    if (named.size < RUN_ON_PARTS) continue;
    for (const [name, { lead, at }] of named) {
      if (labels.has(name)) continue;
      labels.set(name, evidenceOf(u, at, at + lead.length));
    }
    return;
  }
}

/** The sections of the named rules, each with its sub-sections (notLedIn, notFoundIn). */
function sectionsOfRules(ctx: FactContext, ids: readonly string[] | undefined): Set<Section>[] {
  return ids?.length ? (ctx.rules ?? []).filter((r) => ids.includes(r.id)).map((r) => ruleSections(ctx, r)) : [];
}

/** A paragraph anywhere whose lead phrase names the part (**Learning from peers.** …), for rules that look beyond their section. */
function ledAnywhere(ctx: FactContext, parts: readonly PartDefinition[], part: PartDefinition): PartFinding | null {
  if (!part.concepts?.length) return null;
  const peers = sectionsOfRules(ctx, ctx.rule?.notLedIn);
  for (const u of ctx.units) {
    if ((u.kind !== 'paragraph' && u.kind !== 'listItem') || u.letterhead || (u.section && peers.some((theirs) => theirs.has(u.section!)))) continue;
    const lead = leadPhrase(u);
    if (lead && partNamed(lead, parts) === part && !claimedLead(ctx, u, lead)) {
      const at = u.norm.indexOf(lead);
      return { name: part.name, status: 'present', evidence: [evidenceOf(u, at, at + lead.length)] };
    }
  }
  return null;
}

/** A (normalized) heading's words after its topic's, past its one colon or spaced dash (实施支撑条件②：经费安排, Enabler 2 — Funding). */
const TOPIC_THEN_PART = /^(?:[^:\s]|\s(?!-\s))+(?::|\s-\s)\s*((?:[^:\s]|\s(?!-\s))+)$/;

export function compute(ctx: FactContext): FactOutput<PartsValue> {
  const parts = ctx.rule?.parts ?? [];
  const scopePart = ctx.rule?.scopePart ? scopePartOf(ctx, ctx.rule.scopePart) : undefined;
  const partTopic = ctx.rule?.partTopic;
  const found = searchScope(ctx, ctx.rule?.sectionCues, ctx.rule?.sectionRequired, parts, scopePart, ctx.rule?.notFoundIn);
  const topicHeadings = ctx.rule?.partTopicHeadings;
  let scope = withoutPeerSections(ctx, partTopic && found !== ctx ? withinPartTopic(found, partTopic, topicHeadings) : found);
  // A plan on the topic is all the rule's section; but where one of its chapters has the rule's
  // parts for sub-headings (5. Managing data through its life cycle: collecting, storing, sharing,
  // risk), a part that chapter leaves out is not named by a passing sentence elsewhere (residents
  // expect the quality of…): only a heading or label of its own names it.
  if (scope.scopeRoots === ctx.doc.sections && ctx.rule?.conceptsInSection && parts.length) {
    // (All of them but the one: a chapter with fewer is another topic's that shares some words,
    // the life cycle's collecting and sharing beside the platforms for them.)
    const structural = sectionByChildren(ctx, parts);
    const named = new Set(structural?.children.map((c) => partNamed(normalizedHeading(ctx, c), parts)?.name).filter(Boolean));
    if (structural && named.size >= parts.length - 1) scope = { ...scope, passageSections: new Set(walkSections([structural])) };
  }
  const labels = labelledParts(scope, parts);
  if (scope === ctx && ctx.rule?.sectionCues?.length) runOnParts(ctx, parts, labels);
  // A section found by the rule's own words whose heading names one of its parts by the part's
  // concept (Where Ashcombe wants to stand: a heading cue inflected) is that part's place.
  if (found !== ctx && scope.scopeRoots?.length && scope.scopeRoots !== ctx.doc.sections) {
    const title = titleHeading(ctx.doc);
    // (A heading in the rule's own words names its topic, of which a part's concept may be a word
    // (壮大数字核心产业 is digital industrialization, not its industry positioning), unless the rule is one part.)
    const own = ctx.rule?.sectionCues ?? [];
    const roots = new Set(scope.scopeRoots);
    for (const root of scope.scopeRoots) {
      if (root === title) continue;
      const heading = normalizedHeading(ctx, root);
      // (Not a section inside another of the rule's: 7.2 Resources under What will make this plan
      // succeed is its funding, though resources is also a word for the whole chapter.)
      // (Unless the heading names a part after its topic's words, as each of a run of sibling sections does:
      // 实施支撑条件①：制度供给 / 实施支撑条件②：经费安排, Enabler 2 — Funding: the words after the break.)
      const tail = TOPIC_THEN_PART.exec(heading)?.[1] ?? '';
      const named = parts.length > 1 && holdsTerm(heading, own) && !underAny(ctx, root, roots) ? (tail && !holdsTerm(tail, own) ? tail : null) : heading;
      if (named === null) continue;
      const part = partNamed(named, parts);
      if (part && !labels.has(part.name)) labels.set(part.name, { path: root.path, quote: root.rawHeading, position: root.position });
    }
  }
  // Outside the rule's section, for some rules, only the passages that name its topic.
  const whole = partTopic ? withinPartTopic(ctx, partTopic, topicHeadings) : ctx;
  const subject = ctx.rule?.outsideTopicWithout;
  // (The topic is outsideTopic's words, else the rule's own: what names its section names its subject.)
  const topical = () => topicalUnits(ctx, ctx.rule!.outsideTopic ?? ctx.rule!.sectionCues!);
  const assessAll = (beyond: FactContext) => parts.map((p) => {
    const inScope = assessKept(scope === ctx ? beyond : scope, p, parts, labels.get(p.name));
    // A part the rule's own section lacks may still be discussed elsewhere, for rules
    // whose section is only where to look first (the context of an assessment).
    // (Not for a rule that needs its own section, when the plan has none: a plan with no background
    // chapter has no background, whatever its design chapters say of 部署 or 标杆.)
    // (Nor does a passing mention in the section keep a part set out elsewhere from counting:
    // 评估 in an operations chapter beside 打个分：我们处在哪一级 with its 评估模型 and score.)
    if (inScope.status === 'present' || scope === ctx || !ctx.rule?.alsoOutsideSection || (ctx.rule.sectionRequired && !scope.units.length)) return inScope;
    const outside = assessKept(beyond, p, parts);
    if (inScope.status === 'mentioned') return outside.status === 'present' ? outside : inScope;
    return outside.status === 'missing' ? (ledAnywhere(beyond, parts, p) ?? outside) : outside;
  });
  let findings = assessAll(ctx.rule?.outsideTopic && !subject ? topical() : withoutSectionsOf(whole, ctx.rule?.notFoundIn, scope === ctx ? scopePart?.within?.(ctx) : undefined));
  // A plan that never takes up the rule's subject has no key actions or safeguards of its own for
  // it: its general safeguards chapter (资金支持 for the software industry) counts for this rule
  // only where a passage names the subject.
  const subjectAt = subject ? parts.findIndex((p) => p.name === subject) : -1;
  if (subjectAt >= 0 && findings[subjectAt].status === 'missing') findings = assessAll(topical());
  findings = findings.map((f, i) => (f.status === 'present' ? f : (jointHeading(scope, parts[i], parts, findings) ?? f)));
  // A part that counts only with another: without it, it is at most mentioned.
  parts.forEach((p, i) => {
    const other = p.onlyWith ? findings[parts.findIndex((q) => q.name === p.onlyWith)] : undefined;
    if (other && other.status !== 'present' && findings[i].status === 'present') findings[i] = { ...findings[i], status: 'mentioned' };
  });
  agreeWithQuotes(parts, findings);
  quotesNamePresentParts(ctx, parts, findings);
  const count = (s: PartStatus) => findings.filter((f) => f.status === s).length;
  const present = count('present');
  const mentioned = count('mentioned');
  const total = parts.length;
  const value: PartsValue = {
    found: present + mentioned,
    present,
    mentioned,
    missing: count('missing'),
    total,
    share: total ? (present + mentioned / 2) / total : 0,
    missingNames: findings.filter((f) => f.status === 'missing').map((f) => f.name),
    byName: Object.fromEntries(findings.map((f) => [f.name, f.status])),
    findings,
    scopeRoots: scope.scopeRoots ?? [],
  };
  return { value, evidence: findings.flatMap((f) => f.evidence.slice(0, 1)) };
}
