// Concept terms against a short text (a heading, a lead phrase, a column
// header, a sentence): where the concept's last-ending term ends in it. A term "A…B"
// lets modifiers stand between its pieces (产业…定位 in 产业布局定位); an English
// term matches a word with the same stem or the term as its prefix (policy ~
// policies, financ ~ financing), through natural's Porter stemmer.
import { normalizeForMatch } from './normalize.ts';
import { stemEnglish } from './english.ts';
import { vocabulary } from './vocabulary.ts';
import { contractedSeconds } from '../text/contractions.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** Characters of modifiers allowed between two pieces of a Chinese term. */
const CJK_WINDOW = 4;
/** Words allowed between two words of an English term. */
const WORD_WINDOW = 2;

interface Term {
  /** Its index among every concept term of the vocabulary (-1: a term of some other list). */
  id: number;
  /** A generic head word a single-piece term ends with (服务层: 层), left out of its head: 应用服务层 is application. */
  suffix: number;
  pieces: string[];
  english: boolean;
  /** English: per word, its stem (stemmed on first use: the piece index compiles every term of the vocabulary). */
  stems: string[] | null;
  /** A one-piece Chinese term ending on a head a list shares (管理平台: 管理 + 平台), matched in 采集、管理、服务平台 too. */
  shared: { item: string; head: string } | null;
  /** A one-piece Chinese term whose modifier a coordination may share (数据流通 in 数据开放与流通): its rest after the modifier. */
  rest?: string;
}

const LATIN = /^[a-z0-9 .&'-]+$/;
// Words that end a layer's or a system's name without naming what it is.
const GENERIC_HEADS = ['层面', '层', '体系', '架构', ' layer'];
const HAS_LATIN = /[a-z]/;
const compiled = new WeakMap<readonly string[], Term[]>();

// An English term written =word is not stemmed: natural's Porter stemmer takes terminal and
// termination, indicator and indicative, position and positive to one stem. It matches the
// words that start with it (terminals, positioning), as any term does.
const UNSTEMMED = '=';
/** A stem no word has: an unstemmed term's pieces match by their spelling only. */
const NO_STEM = '\u0000';

function compile(term: string): Term {
  const exact = term.startsWith(UNSTEMMED);
  const norm = normalizeForMatch(exact ? term.slice(1) : term);
  if (exact) {
    const pieces = norm.replace('…', ' ').split(/[\s-]+/).filter(Boolean);
    return { id: -1, pieces, english: true, stems: pieces.map(() => NO_STEM), suffix: 0, shared: null };
  }
  const english = LATIN.test(norm.replace('…', ''));
  // An English term's words as the text's words are cut (e-commerce: e, commerce; start-up: start, up).
  const pieces = english ? norm.replace('…', ' ').split(/[\s-]+/).filter(Boolean) : norm.split('…').filter(Boolean);
  const last = pieces.length === 1 ? pieces[0] : '';
  const suffix = GENERIC_HEADS.find((h) => last.endsWith(h) && last.length > h.length)?.length ?? 0;
  const head = english || pieces.length !== 1 ? undefined : sharedHeads().find((h) => last.endsWith(h) && last.length >= h.length + MIN_ITEM);
  const shared = head ? { item: last.slice(0, -head.length), head } : null;
  const rest = !english && pieces.length === 1 && last.length >= SHARED_MODIFIER + 2 ? last.slice(SHARED_MODIFIER) : undefined;
  return { id: -1, pieces, english, stems: null, suffix, shared, rest };
}

/** Characters of the modifier a coordination shares (数据 of 数据开放与流通). */
const SHARED_MODIFIER = 2;
// Between the shared modifier and the term's rest: one to three items of a word each, each followed
// by 与, 和, 及 or 、 (数据|开放与|流通, 政务|公开、办事和|服务).
const COORDINATED = /^(?:[^、，,。；;：:\s与和及]{1,4}(?:与|和|及|、)){1,3}$/;
const LIST_GOES_ON = /[、与和及]/;
/**
 * Start, end and head end of a one-piece term in a coordination sharing its modifier (数据开放与流通
 * holds 数据流通, as 数据采集、管理、服务平台 holds 管理平台 with its head shared), or NO_MATCH.
 */
function sharedModifierMatch(text: string, t: Term): readonly [number, number, number] {
  const rest = t.rest!;
  const modifier = t.pieces[0].slice(0, SHARED_MODIFIER);
  for (let at = text.indexOf(rest, SHARED_MODIFIER + 2); at >= 0; at = text.indexOf(rest, at + 1)) {
    const from = text.lastIndexOf(modifier, at - SHARED_MODIFIER - 2);
    const end = at + rest.length;
    // (The coordination's last noun: in 数据采集、管理、服务平台 the list goes on to the head it shares.)
    if (from < 0 || LIST_GOES_ON.test(text.slice(end, end + 1)) || !COORDINATED.test(text.slice(from + SHARED_MODIFIER, at))) continue;
    return [from, end, end - t.suffix];
  }
  return NO_MATCH;
}

/** The shortest list item a shared head is asked for (管理 of 管理平台; not 云 of 云平台). */
const MIN_ITEM = 2;
const sharedHeadLists = new WeakMap<readonly string[], string[]>();
/** The heads a Chinese list may share (vocabulary.json sharedHeads: 平台, 体系…), normalized. */
function sharedHeads(): string[] {
  const list = vocabulary().sharedHeads;
  let heads = sharedHeadLists.get(list);
  if (!heads) sharedHeadLists.set(list, (heads = list.map(normalizeForMatch)));
  return heads;
}

// A list sharing its head: 、-joined short items (the last maybe joined by 及), maybe a count (六大, 等),
// then the head (数据采集、管理、服务、应用六大平台 holds 管理平台), maybe as its parts (六大子平台, 三个分中心).
// Each item is a word or two, no clause. After a count, a word or two may qualify the head it ends
// the list on (蒐集、管理、服務…六類治理工具平臺).
const LIST_RUN = /^((?:、[^、，,。；;：:\s]{1,6}?){0,8})((?:及|和|与|以及)[^、，,。；;：:\s]{1,6}?)?(等?[两二三四五六七八九十\d]{1,2}(?:大|个|类|项|种)[^、，,。；;：:\s与和及的]{0,4}|等)?[子分]?$/;
/** Items a list needs without a count (数据管理、推进共享平台 is two clauses, not a list of platforms). */
const MIN_LIST_ITEMS = 3;
/** Start, end and head end of the term's item in a list sharing its head, or NO_MATCH. */
function sharedHeadMatch(text: string, t: Term): readonly [number, number, number] {
  const { item, head } = t.shared!;
  for (let from = text.indexOf(item); from >= 0; from = text.indexOf(item, from + 1)) {
    const after = from + item.length;
    const before = from > 0 && text.charCodeAt(from - 1) === LIST_MARK ? 1 : 0;
    if (text.charCodeAt(after) !== LIST_MARK && !before) continue;
    // The first head after the item that ends a run of items (the list's last item carries it).
    for (let end = text.indexOf(head, after); end >= 0 && end - after <= LIST_REACH; end = text.indexOf(head, end + 1)) {
      const run = LIST_RUN.exec(text.slice(after, end));
      if (!run) continue;
      const items = 1 + before + (run[1] ? run[1].split('、').length - 1 : 0) + (run[2] ? 1 : 0);
      if (items >= MIN_LIST_ITEMS || (run[3] !== undefined && items >= 2)) return [from, end + head.length, after];
      break;
    }
  }
  return NO_MATCH;
}
const LIST_MARK = 0x3001; // 、
const LIST_REACH = 60;

// Each concept's terms compiled once a process (a caller may build a new list of
// names per call: task-chapters asks one concept at a time), keyed by the loaded
// vocabulary's concepts.
const byConcept = new WeakMap<object, Map<string, Term[]>>();
function termsOfConcept(concepts: Record<string, string[]>, name: string): Term[] {
  let map = byConcept.get(concepts);
  if (!map) byConcept.set(concepts, (map = new Map()));
  let terms = map.get(name);
  if (!terms) map.set(name, (terms = (concepts[name] ?? []).map(compile)));
  return terms;
}

// Which Chinese terms can match a text: a term matches only where its first
// piece occurs. Every heading and lead is asked about every rule's parts (tens
// of thousands of texts × ~30 terms in a long plan), and most terms are absent:
// instead of an indexOf a term, the text is walked once, each position looking
// up the first pieces starting with its character pair (or its one character),
// and the terms whose piece is there are marked. Built from whatever the
// vocabulary holds, once a process.
interface PieceIndex {
  /** How many concept terms the vocabulary has (ids 0…count-1). */
  count: number;
  /** First character → [piece, ids of the terms it opens] for one-character pieces. */
  single: Map<number, [string, number[]][]>;
  /** First two characters → the longer pieces opening with them, and their terms. */
  pairs: Map<number, [string, number[]][]>;
  /** Per UTF-16 unit: ONE_PIECE if a one-character piece is it, PAIR_PIECE if a longer piece opens with it (most characters: neither, no lookup). */
  starts: Uint8Array;
  /** Whether some Chinese term has no piece (tried against every text: then any text may name a concept). */
  anyAlways: boolean;
  /** Whether some Chinese term's piece holds a space (a text with words blanked may then hold a piece its original lacks). */
  spacedPiece: boolean;
}
const ONE_PIECE = 1;
const PAIR_PIECE = 2;
const pieceIndexes = new WeakMap<object, PieceIndex>();
function pieceIndex(concepts: Record<string, string[]>): PieceIndex {
  let index = pieceIndexes.get(concepts);
  if (index) return index;
  const byPiece = new Map<string, number[]>();
  let count = 0;
  let anyAlways = false;
  let spacedPiece = false;
  for (const name of Object.keys(concepts)) {
    for (const t of termsOfConcept(concepts, name)) {
      t.id = count++;
      // English terms keep their own test (words and stems); a term with no piece is always tried.
      if (!t.english && !t.pieces.length) anyAlways = true;
      if (!t.english && t.pieces.some((p) => p.includes(' '))) spacedPiece = true;
      if (t.english || !t.pieces.length) continue;
      // (A term a list may hold with its head shared, under its item too: 管理 for 管理平台.)
      // (And one whose modifier a coordination may share, under its rest: 流通 for 数据流通.)
      for (const piece of [t.pieces[0], ...(t.shared ? [t.shared.item] : []), ...(t.rest ? [t.rest] : [])]) {
        const ids = byPiece.get(piece);
        if (ids) ids.push(t.id);
        else byPiece.set(piece, [t.id]);
      }
    }
  }
  index = { count, single: new Map(), pairs: new Map(), starts: new Uint8Array(0x10000), anyAlways, spacedPiece };
  for (const [piece, ids] of byPiece) {
    index.starts[piece.charCodeAt(0)] |= piece.length === 1 ? ONE_PIECE : PAIR_PIECE;
    const map = piece.length === 1 ? index.single : index.pairs;
    const key = piece.length === 1 ? piece.charCodeAt(0) : (piece.charCodeAt(0) << 16) | piece.charCodeAt(1);
    const list = map.get(key);
    if (list) list.push([piece, ids]);
    else map.set(key, [[piece, ids]]);
  }
  pieceIndexes.set(concepts, index);
  return index;
}

// The texts asked about: partNamed asks one text about each part in turn, and the
// same headings come back for every rule. Per text: the ids of the concept terms
// whose first piece occurs in it (Chinese terms), and whether it has Latin letters.
interface TextTerms {
  ids: number[];
  latin: boolean;
}
const textMemo = new Map<string, TextTerms>();
const TEXT_LIMIT = 5000;
let seen = new Int32Array(0);
let seenStamp = 0;
function textTerms(text: string, index: PieceIndex): TextTerms {
  let info = textMemo.get(text);
  if (info) return info;
  if (seen.length !== index.count) seen = new Int32Array(index.count);
  const stamp = ++seenStamp;
  const ids: number[] = [];
  // Indexed loops, not for…of: a process's first check runs this uncompiled, where every
  // step of an iterator is an object to collect.
  const mark = (list: number[]) => {
    for (let k = 0; k < list.length; k++) {
      const id = list[k];
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      ids.push(id);
    }
  };
  const { single, pairs, starts } = index;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const flags = starts[c];
    if (flags === 0) continue;
    if (flags & ONE_PIECE) {
      const one = single.get(c)!;
      for (let k = 0; k < one.length; k++) mark(one[k][1]);
    }
    if (!(flags & PAIR_PIECE) || i + 1 >= n) continue;
    const two = pairs.get((c << 16) | text.charCodeAt(i + 1));
    if (!two) continue;
    for (let k = 0; k < two.length; k++) {
      const piece = two[k][0];
      if (piece.length === 2 || text.startsWith(piece, i)) mark(two[k][1]);
    }
  }
  info = { ids, latin: HAS_LATIN.test(text) };
  if (textMemo.size >= TEXT_LIMIT) textMemo.clear();
  textMemo.set(text, info);
  return info;
}

/** A list of concepts' terms, with where each vocabulary term stands in it. */
interface TermList {
  terms: Term[];
  /** Term id → its first position in `terms` (-1: not in the list). */
  positionOf: Int32Array;
  /** Positions tried whatever the text's Chinese holds: English terms (for Latin text), terms with no piece. */
  english: number[];
  always: number[];
}
const conceptLists = new WeakMap<readonly string[], TermList>();
// Lists built afresh per call (namesConcept(h, [c])) meet the one built for the same names.
const termListsByKey = new Map<string, TermList>();
function termList(names: readonly string[], index: PieceIndex): TermList {
  let list = conceptLists.get(names);
  if (list) return list;
  const key = names.join('\u0000');
  list = termListsByKey.get(key);
  if (!list) {
    const terms = conceptTerms(names);
    const positionOf = new Int32Array(index.count).fill(-1);
    const english: number[] = [];
    const always: number[] = [];
    terms.forEach((t, i) => {
      if (t.english) english.push(i);
      else if (!t.pieces.length) always.push(i);
      else if (positionOf[t.id] < 0) positionOf[t.id] = i;
    });
    list = { terms, positionOf, english, always };
    termListsByKey.set(key, list);
  }
  conceptLists.set(names, list);
  return list;
}

/** The compiled terms of the named concepts (every term of each). */
export function conceptTerms(names: readonly string[]): Term[] {
  // Keyed by the list itself: a part's concepts array lives as long as the rule set.
  let terms = compiled.get(names);
  if (!terms) {
    const concepts = vocabulary().concepts;
    terms = names.flatMap((n) => termsOfConcept(concepts, n));
    compiled.set(names, terms);
  }
  return terms;
}

interface Word {
  text: string;
  stem: string;
  start: number;
  end: number;
}
const wordsMemo = new Map<string, Word[]>();
function wordsOf(text: string): Word[] {
  let words = wordsMemo.get(text);
  if (words) return words;
  words = [];
  const contracted = contractedSeconds(vocabulary().englishContractions);
  // A possessive stays in its word (the city's data: govern…data within two words, not three).
  for (const m of text.matchAll(/[a-z][a-z0-9]*(?:['’]s\b)?/g)) {
    // A contraction's second word is the word it stands for (what we'll do: what we will do), where it stands.
    const full = m.index! > 0 && /['’]/.test(text[m.index! - 1]!) ? (contracted.get(m[0]) ?? m[0]) : m[0];
    words.push({ text: full, stem: stemEnglish(full), start: m.index!, end: m.index! + m[0].length });
  }
  if (wordsMemo.size > 5000) wordsMemo.clear();
  wordsMemo.set(text, words);
  return words;
}

// A word that starts with a term of three letters or fewer is mostly another word (app:
// applying, approach; it: items; new: news): such a term matches itself, its plural or its stem.
const SHORT_TERM = 3;
function wordMatches(w: Word, piece: string, stem: string): boolean {
  return w.stem === stem || (w.text.startsWith(piece) && (piece.length > SHORT_TERM || /^(?:s|es)?$/.test(w.text.slice(piece.length))));
}

/** No match (one array for every miss: most terms tried miss). */
const NO_MATCH: readonly [number, number, number] = [-1, -1, -1];

// English names a compound's head first as readily as last: rules of the market is market rules,
// quality of the data data quality.
const OF_BETWEEN = /^\s+of\s+(?:(?:the|a|an|our|its|their|this|that)\s+)?$/;
/** A two-word term as "B of (the) A" (its head word the second, after of). */
function invertedMatch(text: string, words: Word[], pieces: string[], stems: string[]): readonly [number, number, number] {
  if (!text.includes(' of ')) return NO_MATCH;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!wordMatches(words[i], pieces[1], stems[1])) continue;
    for (let j = i + 2; j <= i + 3 && j < words.length; j++) {
      if (wordMatches(words[j], pieces[0], stems[0]) && OF_BETWEEN.test(text.slice(words[i].end, words[j].start))) return [words[i].start, words[j].end, words[j].end];
    }
  }
  return NO_MATCH;
}

/** End offset of the term's first match in `text` (normalized), or -1. */
function termEnd(text: string, t: Term): number {
  return termMatch(text, t)[1];
}

/**
 * Start, end and head end of the term's first match, or [-1, -1, -1]. The head end
 * is where its first piece ends: in a window term (数据…体系) the concept's own word
 * is the first piece and the rest only qualifies it, so in 网络和数据防护体系 the
 * head is 防护, not 数据 stretched to 体系.
 */
function termMatch(text: string, t: Term): readonly [number, number, number] {
  if (t.english) {
    const stems = (t.stems ??= t.pieces.map(stemEnglish));
    // A word that starts with the term or shares its stem holds their first letters:
    // without them, no need to cut and stem the text's words.
    if (!text.includes(t.pieces[0].slice(0, 3)) && !text.includes(stems[0].slice(0, 3))) return NO_MATCH;
    const words = wordsOf(text);
    for (let i = 0; i < words.length; i++) {
      if (!wordMatches(words[i], t.pieces[0], stems[0])) continue;
      let at = i;
      let ok = true;
      for (let k = 1; k < t.pieces.length && ok; k++) {
        ok = false;
        for (let j = at + 1; j <= at + 1 + WORD_WINDOW && j < words.length; j++) {
          if (wordMatches(words[j], t.pieces[k], stems[k])) {
            at = j;
            ok = true;
            break;
          }
        }
      }
      if (ok) return [words[i].start, words[at].end, words[i].end];
    }
    return t.pieces.length === 2 ? invertedMatch(text, words, t.pieces, stems) : NO_MATCH;
  }
  for (let from = text.indexOf(t.pieces[0]); from >= 0; from = text.indexOf(t.pieces[0], from + 1)) {
    if (t.pieces.length === 1) return [from, from + t.pieces[0].length, from + t.pieces[0].length - t.suffix];
    let end = from + t.pieces[0].length;
    let ok = true;
    for (let k = 1; k < t.pieces.length && ok; k++) {
      const next = text.indexOf(t.pieces[k], end);
      ok = next >= 0 && next - end <= CJK_WINDOW && !/[，,。；;：:、]/.test(text.slice(end, next));
      if (ok) end = next + t.pieces[k].length;
    }
    if (ok) return [from, end, from + t.pieces[0].length];
  }
  if (t.shared) {
    const m = sharedHeadMatch(text, t);
    if (m[0] >= 0) return m;
  }
  return t.rest ? sharedModifierMatch(text, t) : NO_MATCH;
}

const otherSenseMemo = new WeakMap<object, WeakMap<readonly string[], RegExp | null>>();
/** One pattern of the words in which these concepts' terms mean something else (安全生产, shared service), or null. */
function otherSensesOf(names: readonly string[]): RegExp | null {
  const vocab = vocabulary();
  let byNames = otherSenseMemo.get(vocab);
  if (!byNames) otherSenseMemo.set(vocab, (byNames = new WeakMap()));
  let re = byNames.get(names);
  if (re !== undefined) return re;
  const words = [...new Set(names.flatMap((n) => vocab.otherSenses[n] ?? []).map(normalizeForMatch))].sort((a, b) => b.length - a.length);
  // (Longest first; unanchored, as a term is: shared service holds services, 食品安全 stands inside 食品安全监管.)
  re = words.length ? new RegExp(words.map(escapeRegExp).join('|'), 'g') : null;
  byNames.set(names, re);
  return re;
}

/**
 * Where the concepts' last-ending term ends in the text, and the span it covers
 * (a window term covers its modifiers); null when none occurs. `blankedFrom`: the
 * text the text is, with some words blanked by spaces (a topic sentence without its
 * topic's words): the terms that may match are taken from it, once for every rule that
 * blanks other words, since blanking adds no term's first piece (none holds a space)
 * and a term it removes just fails to match.
 */
export function conceptMatch(text: string, names: readonly string[], blankedFrom?: string): { end: number; length: number; start: number; spanEnd: number } | null {
  let best: { end: number; length: number; start: number; spanEnd: number } | null = null;
  // (A term inside a word of another sense is no match: blanked, so offsets still hold.)
  const senses = otherSensesOf(names);
  if (senses) {
    senses.lastIndex = 0;
    if (senses.test(text)) text = text.replace(senses, (w) => ' '.repeat(w.length));
  }
  const index = pieceIndex(vocabulary().concepts);
  const { terms, positionOf, english, always } = termList(names, index);
  const { ids, latin } = textTerms(blankedFrom !== undefined && !index.spacedPiece ? blankedFrom : text, index);
  // The terms that can match, in the list's order (the first of equal matches wins):
  // those whose first piece the text holds, English ones in Latin text, and any with no piece.
  const candidates = latin ? [...english, ...always] : [...always];
  for (let k = 0; k < ids.length; k++) {
    const at = positionOf[ids[k]];
    if (at >= 0) candidates.push(at);
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => a - b);
  for (let k = 0; k < candidates.length; k++) {
    const t = terms[candidates[k]];
    const m = termMatch(text, t);
    const head = m[2];
    if (head < 0) continue;
    const start = m[0];
    const spanEnd = m[1];
    if (!best || head > best.end || (head === best.end && head - start > best.length)) best = { end: head, length: head - start, start, spanEnd };
  }
  return best;
}

/**
 * Whether any concept's term may match the text (conceptMatch finds nothing without one):
 * a Chinese term's first piece in it, or Latin letters for an English term. Most headings
 * and leads of a long plan name no concept, and every rule asks them about its parts.
 */
export function mayNameConcept(text: string): boolean {
  const index = pieceIndex(vocabulary().concepts);
  if (index.anyAlways) return true;
  const { ids, latin } = textTerms(text, index);
  return latin || ids.length > 0;
}

const termLists = new WeakMap<readonly string[], Term[]>();
/** Whether the text (normalized) holds any of these terms, windows and stems as for concepts. */
export function holdsTerm(text: string, terms: readonly string[]): boolean {
  let compiledTerms = termLists.get(terms);
  if (!compiledTerms) termLists.set(terms, (compiledTerms = terms.map(compile)));
  // Whether the text has Latin letters only matters for an English term, and a long paragraph is scanned for them only then.
  let latin: boolean | undefined;
  // (A loop, not some(): asked of every sentence by every rule, a closure a call added up.)
  for (let k = 0; k < compiledTerms.length; k++) {
    const t = compiledTerms[k];
    if ((!t.english || (latin ??= HAS_LATIN.test(text))) && termEnd(text, t) >= 0) return true;
  }
  return false;
}

/** How often the concepts' terms occur in the text (each term counted where it occurs, up to `cap`). */
export function conceptTermCount(text: string, names: readonly string[], cap = 2): number {
  let n = 0;
  let latin: boolean | undefined;
  for (const t of conceptTerms(names)) {
    if (t.english && !(latin ??= HAS_LATIN.test(text))) continue;
    for (let from = 0; n < cap; ) {
      const end = termEnd(text.slice(from), t);
      if (end < 0) break;
      n++;
      from += end;
    }
    if (n >= cap) break;
  }
  return n;
}

/** Whether the text names any of the concepts. */
export function namesConcept(text: string, names: readonly string[]): boolean {
  return conceptMatch(text, names) !== null;
}

// A term compiled once a process by its text, for searches over many texts.
const termByText = new Map<string, Term>();
function compiledTerm(term: string): Term {
  let t = termByText.get(term);
  if (!t) termByText.set(term, (t = compile(term)));
  return t;
}

/**
 * Many texts (a plan's headings, its paragraphs) asked which of them hold a term, as
 * holdsTerm would answer for each. A term matches only a text holding its first piece
 * (an English term: the first letters of its first word or of its stem), so the texts
 * are searched for those once, by `find` over all of them, and only the texts found are
 * tested: per term and list of texts, once, instead of one test per text and rule.
 */
export class TermSearch {
  private readonly byTerm = new Map<string, number[]>();
  private readonly byList = new WeakMap<readonly string[], Uint8Array>();
  private joined: { text: string; starts: number[] } | null = null;

  /** `find(needle)`: the indices, ascending and each once, of the texts holding the needle (by default a scan of the texts joined). */
  constructor(
    readonly texts: readonly string[],
    private readonly find?: (needle: string) => number[],
  ) {}

  /** The indices, ascending, of the texts that hold the term. */
  holding(term: string): number[] {
    let out = this.byTerm.get(term);
    if (out) return out;
    const t = compiledTerm(term);
    let needles: string[] | null = null;
    if (t.pieces.length) {
      if (t.english) {
        const stems = (t.stems ??= t.pieces.map(stemEnglish));
        needles = [...new Set([t.pieces[0].slice(0, 3), (stems[0] === NO_STEM ? t.pieces[0] : stems[0]).slice(0, 3)])];
      } else needles = t.shared ? [t.pieces[0], t.shared.item, ...(t.rest ? [t.rest] : [])] : [t.pieces[0]];
      if (needles.some((n) => !n)) needles = null;
    }
    let candidates: number[];
    if (!needles) candidates = this.texts.map((_, i) => i);
    else if (needles.length === 1) candidates = this.lookup(needles[0]);
    else candidates = [...new Set(needles.flatMap((n) => this.lookup(n)))].sort((a, b) => a - b);
    // A one-piece Chinese term matches exactly the texts holding the piece, and those holding its rest
    // in a coordination sharing its modifier (数据开放与流通).
    if (!t.english && t.pieces.length === 1 && !t.shared) {
      out = candidates;
      if (t.rest) {
        const exact = new Set(candidates);
        const shared = this.lookup(t.rest).filter((i) => !exact.has(i) && sharedModifierMatch(this.texts[i], t)[0] >= 0);
        if (shared.length) out = [...candidates, ...shared].sort((a, b) => a - b);
      }
    } else out = candidates.filter((i) => (!t.english || HAS_LATIN.test(this.texts[i])) && termEnd(this.texts[i], t) >= 0);
    this.byTerm.set(term, out);
    return out;
  }

  /** Per text, 1 when it holds one of the terms (holdsTerm(text, terms)). */
  mask(terms: readonly string[]): Uint8Array {
    let mask = this.byList.get(terms);
    if (mask) return mask;
    mask = new Uint8Array(this.texts.length);
    for (const term of terms) for (const i of this.holding(term)) mask[i] = 1;
    this.byList.set(terms, mask);
    return mask;
  }

  private lookup(needle: string): number[] {
    if (this.find && !needle.includes('…')) return this.find(needle);
    this.joined ??= (() => {
      const starts: number[] = [];
      let at = 0;
      for (const t of this.texts) {
        starts.push(at);
        at += t.length + 1;
      }
      return { text: this.texts.join('\u0000'), starts };
    })();
    const { text, starts } = this.joined;
    const out: number[] = [];
    let k = 0;
    for (let pos = text.indexOf(needle); pos >= 0; pos = text.indexOf(needle, pos + 1)) {
      while (k + 1 < starts.length && starts[k + 1] <= pos) k++;
      // A needle never spans two texts: no term holds the NUL that joins them.
      if (out[out.length - 1] !== k) out.push(k);
    }
    return out;
  }
}
