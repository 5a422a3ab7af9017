// Concept terms against a short text (a heading, a lead phrase, a column
// header, a sentence): where the concept's last-ending term ends in it. A term "A…B"
// lets modifiers stand between its pieces (产业…定位 in 产业布局定位); an English
// term matches a word with the same stem or the term as its prefix (policy ~
// policies, financ ~ financing), through natural's Porter stemmer.
import { normalizeForMatch } from './normalize.ts';
import { stemEnglish } from './english.ts';
import { vocabulary } from './vocabulary.ts';

/** Characters of modifiers allowed between two pieces of a Chinese term. */
const CJK_WINDOW = 4;
/** Words allowed between two words of an English term. */
const WORD_WINDOW = 2;

interface Term {
  /** A generic head word a single-piece term ends with (服务层: 层), left out of its head: 应用服务层 is application. */
  suffix: number;
  pieces: string[];
  english: boolean;
  /** English: per word, its stem. */
  stems: string[];
}

const LATIN = /^[a-z0-9 .&'-]+$/;
// Words that end a layer's or a system's name without naming what it is.
const GENERIC_HEADS = ['层面', '层', '体系', '架构', ' layer'];
const HAS_LATIN = /[a-z]/;
const compiled = new WeakMap<readonly string[], Term[]>();

function compile(term: string): Term {
  const norm = normalizeForMatch(term);
  const english = LATIN.test(norm.replace('…', ''));
  // An English term's words as the text's words are cut (e-commerce: e, commerce; start-up: start, up).
  const pieces = english ? norm.replace('…', ' ').split(/[\s-]+/).filter(Boolean) : norm.split('…').filter(Boolean);
  const last = pieces.length === 1 ? pieces[0] : '';
  const suffix = GENERIC_HEADS.find((h) => last.endsWith(h) && last.length > h.length)?.length ?? 0;
  return { pieces, english, stems: english ? pieces.map(stemEnglish) : [], suffix };
}

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
  for (const m of text.matchAll(/[a-z][a-z0-9]*/g)) words.push({ text: m[0], stem: stemEnglish(m[0]), start: m.index!, end: m.index! + m[0].length });
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
function termMatch(text: string, t: Term): [number, number, number] {
  if (t.english) {
    // A word that starts with the term or shares its stem holds their first letters:
    // without them, no need to cut and stem the text's words.
    if (!text.includes(t.pieces[0].slice(0, 3)) && !text.includes(t.stems[0].slice(0, 3))) return [-1, -1, -1];
    const words = wordsOf(text);
    for (let i = 0; i < words.length; i++) {
      if (!wordMatches(words[i], t.pieces[0], t.stems[0])) continue;
      let at = i;
      let ok = true;
      for (let k = 1; k < t.pieces.length && ok; k++) {
        ok = false;
        for (let j = at + 1; j <= at + 1 + WORD_WINDOW && j < words.length; j++) {
          if (wordMatches(words[j], t.pieces[k], t.stems[k])) {
            at = j;
            ok = true;
            break;
          }
        }
      }
      if (ok) return [words[i].start, words[at].end, words[i].end];
    }
    return [-1, -1, -1];
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
  return [-1, -1, -1];
}

/**
 * Where the concepts' last-ending term ends in the text, and the span it covers
 * (a window term covers its modifiers); null when none occurs.
 */
export function conceptMatch(text: string, names: readonly string[]): { end: number; length: number; start: number; spanEnd: number } | null {
  let best: { end: number; length: number; start: number; spanEnd: number } | null = null;
  const latin = HAS_LATIN.test(text);
  for (const t of conceptTerms(names)) {
    if (t.english && !latin) continue;
    const [start, spanEnd, head] = termMatch(text, t);
    if (head < 0) continue;
    if (!best || head > best.end || (head === best.end && head - start > best.length)) best = { end: head, length: head - start, start, spanEnd };
  }
  return best;
}

const termLists = new WeakMap<readonly string[], Term[]>();
/** Whether the text (normalized) holds any of these terms, windows and stems as for concepts. */
export function holdsTerm(text: string, terms: readonly string[]): boolean {
  let compiledTerms = termLists.get(terms);
  if (!compiledTerms) termLists.set(terms, (compiledTerms = terms.map(compile)));
  const latin = HAS_LATIN.test(text);
  return compiledTerms.some((t) => (latin || !t.english) && termEnd(text, t) >= 0);
}

/** How often the concepts' terms occur in the text (each term counted where it occurs, up to `cap`). */
export function conceptTermCount(text: string, names: readonly string[], cap = 2): number {
  let n = 0;
  const latin = HAS_LATIN.test(text);
  for (const t of conceptTerms(names)) {
    if (t.english && !latin) continue;
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
