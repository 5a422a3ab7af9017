// Text as matching sees it. Every mapping is one UTF-16 unit to one, so an
// offset in the normalized text is the same offset in the original: quotes and
// positions are always taken from the original text.
import { Converter, Locale } from 'opencc-js/t2cn';
import { vocabulary } from '../match/vocabulary.ts';
import { decodeIncreasing, encodeIncreasing, precompiled } from './precompiled.ts';
import { unitBuffer, unitsToString } from './unit-buffer.ts';

let converter: ((s: string) => string) | null = null;

/** Full-width ASCII (！…～) and the ideographic space → half-width. */
export function toHalfWidth(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && !isFullWidth(text.charCodeAt(i))) i++;
  if (i === n) return text;
  // Chinese prose has a full-width comma every dozen characters: pieced together, the copy was a
  // rope of slices to flatten later (~8 bytes of garbage a character, unit-buffer.ts).
  const units = unitBuffer(n);
  if (!units) return toHalfWidthPieced(text);
  for (let j = 0; j < n; j++) {
    const code = text.charCodeAt(j);
    units[j] = code === 0x3000 ? 0x20 : code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  }
  return unitsToString(n);
}

const isFullWidth = (code: number): boolean => (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;

function toHalfWidthPieced(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let ch: string | null = null;
    if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) ch = ' ';
    if (ch !== null) {
      out += text.slice(from, i) + ch;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * text.toLowerCase(), without its copy of a text it leaves as it is (V8 copies a two-byte
 * string, so every Chinese paragraph): a text of characters toLowerCase never changes, alone
 * or in context (ASCII but A–Z, Latin-1 punctuation, general and CJK punctuation, CJK
 * ideographs, full-width punctuation; no surrogate), is its own lower case.
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) if (!caseless(text.charCodeAt(i))) return text.toLowerCase();
  return text;
}

function caseless(c: number): boolean {
  if (c < 0xc0) return c < 0x41 || c > 0x5a;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xff01 && c <= 0xff20) || (c >= 0xff3b && c <= 0xffef);
}

const DASHES = /[\u2010-\u2015\u2212\uff0d~\uff5e\u301c]/g;
// 至 / 到 between years or numbers ("2021至2025年", "2021年到2025年") is a range.
const RANGE_WORD = /(?<=\d年?)[至到](?=\d)/g;

/** The many dashes and range words between numbers → "-". */
export function normalizeRanges(text: string): string {
  const dashed = text.replace(DASHES, '-');
  // (The range words' look-behind runs at every character: most texts hold neither word.)
  return dashed.includes('至') || dashed.includes('到') ? dashed.replace(RANGE_WORD, '-') : dashed;
}

// Converter({ from: 't', to: 'cn' }) runs OpenCC's t2s dictionaries. A text in
// which no key the converter would change occurs comes back unchanged, and most
// plans are simplified: so one pass over the text (a table lookup a character)
// decides whether the converter, ~10× slower, needs to run at all. Multi-character
// keys are caught by their first two characters. Keys OpenCC maps to themselves
// (有序 → 有序: 416 of t2s's, phrases that shield their characters) are left out:
// where only they occur the converter returns the text as it is, and 有序 alone
// made a third of simplified plans load and run it.
const SINGLE_KEY = 1;
const PAIR_START = 2;
let keyTable: { bmp: Uint8Array; astral: Map<number, number>; pairs: Set<number> } | null = null;

type Dict = string | readonly (readonly [string, string])[] | readonly Dict[];

function addKeys(dict: Dict | undefined, add: (key: string) => void): void {
  if (!dict) return;
  if (typeof dict === 'string') {
    for (const entry of dict.split('|')) add(entry.split(' ')[0]);
    return;
  }
  for (const item of dict) {
    // A [source, replacement] pair, not a group of two dictionaries ("k v|k v").
    const pair = Array.isArray(item) && item.length === 2 && item.every((x) => typeof x === 'string' && !/[ |]/.test(x));
    if (pair) add(item[0] as string);
    else addKeys(item as Dict, add);
  }
}

interface T2sConfig {
  normalizationChain?: unknown;
  segmentation?: unknown;
  conversionChain: unknown;
}

/**
 * OpenCC's t2s tries as its converter loads them, in chain order: a group of
 * dictionaries is one trie, loaded last to first (so the first dictionary's
 * entry for a key wins). null for a shape other than groups of "k v|k v"
 * strings, or with a segmentation step: then every key counts.
 */
function t2sTries(config: T2sConfig): Map<string, string>[] | null {
  if (config.segmentation) return null;
  const tries: Map<string, string>[] = [];
  for (const chain of [config.normalizationChain ?? [], config.conversionChain]) {
    if (!Array.isArray(chain)) return null;
    for (const group of chain as unknown[]) {
      if (!Array.isArray(group) || !group.every((d) => typeof d === 'string' && d.includes(' '))) return null;
      const trie = new Map<string, string>();
      for (const dict of [...(group as string[])].reverse()) {
        for (const entry of dict.split('|')) {
          const [key, value] = entry.split(' ');
          trie.set(key, value);
        }
      }
      tries.push(trie);
    }
  }
  return tries;
}

/** A character pair as one number (code points). */
const pairKey = (first: number, second: number) => first * 0x110000 + second;

/**
 * The keys the t2s converter may change a text at: single characters, and the
 * first two characters of each longer key (pairKey), each list increasing and
 * encoded (encodeIncreasing). Computed by the build for a bundle
 * (precompiled.ts), else once a process.
 */
export function openccKeyLists(): { single: string; pairs: string } {
  const config = (Locale.configs as unknown as Record<string, T2sConfig>).t2s;
  const single = new Set<number>();
  const pairs = new Set<number>();
  const add = (key: string) => {
    const cps = [...key].map((c) => c.codePointAt(0)!);
    if (cps.length === 1) single.add(cps[0]);
    else if (cps.length > 1) pairs.add(pairKey(cps[0], cps[1]));
  };
  const tries = t2sTries(config);
  if (tries) {
    for (const trie of tries) for (const [key, value] of trie) if (key !== value) add(key);
  } else {
    const c = config as { normalizationChain?: Dict; segmentation?: Dict; conversionChain: Dict };
    for (const dict of [c.normalizationChain, c.segmentation, c.conversionChain]) addKeys(dict, add);
  }
  const increasing = (set: Set<number>) => encodeIncreasing([...set].sort((a, b) => a - b));
  return { single: increasing(single), pairs: increasing(pairs) };
}

function keys(): NonNullable<typeof keyTable> {
  if (keyTable) return keyTable;
  const table = { bmp: new Uint8Array(0x10000), astral: new Map<number, number>(), pairs: new Set<number>() };
  const flag = (cp: number, bit: number) => {
    if (cp <= 0xffff) table.bmp[cp] |= bit;
    else table.astral.set(cp, (table.astral.get(cp) ?? 0) | bit);
  };
  const lists = precompiled()?.openccKeys ?? openccKeyLists();
  for (const cp of decodeIncreasing(lists.single)) flag(cp, SINGLE_KEY);
  for (const key of decodeIncreasing(lists.pairs)) {
    flag(Math.floor(key / 0x110000), PAIR_START);
    table.pairs.add(key);
  }
  keyTable = table;
  return table;
}

/** Whether some OpenCC t2s key may occur in the text (false: the converter would return it unchanged). */
export function mayHaveTraditional(text: string): boolean {
  const { bmp, astral, pairs } = keys();
  const n = text.length;
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const flags = width === 1 ? bmp[cp] : (astral.get(cp) ?? 0);
    if (flags & SINGLE_KEY) return true;
    if (flags & PAIR_START && i + width < n && pairs.has(pairKey(cp, text.codePointAt(i + width)!))) return true;
    i += width;
  }
  return false;
}

/**
 * Traditional → simplified, character for character. OpenCC's phrase tables can
 * change length (rare); where they would, the characters are converted one by one.
 */
export function toSimplified(text: string): string {
  return mayHaveTraditional(text) ? toSimplifiedAlways(text) : text;
}

/** Simplified, and Taiwan / Hong Kong wording as the mainland's where the text was traditional. */
function toMainland(text: string): string {
  const simplified = toSimplified(text);
  return simplified === text ? text : regionalToMainland(simplified);
}

// Taiwan and Hong Kong wording (數位, 資訊, 網路, 數碼) → the mainland word of the
// same length, so one vocabulary serves all three. Only traditional text needs it.
let regional: { pattern: RegExp; map: Map<string, string> } | null = null;
function regionalToMainland(text: string): string {
  if (!regional) {
    const words = vocabulary().regionalWords;
    const keys = Object.keys(words).sort((a, b) => b.length - a.length);
    regional = { pattern: new RegExp(keys.join('|'), 'g'), map: new Map(Object.entries(words)) };
  }
  const { pattern, map } = regional;
  return text.replace(pattern, (m) => map.get(m) ?? m);
}

// British spellings → American of the same length (organisation → organization,
// centre → center, licence → license), so one English term matches both. Matching text only.
const BRITISH = /(?<=[a-z]{2})(is)(?=e\b|ed\b|es\b|ing\b|ation|ations\b|er\b|ers\b)|(?<=[a-z]{2}l)(ys)(?=e\b|ed\b|es\b|ing\b)|(?<=\bcent|\bmet|\blit|\bfib)(re)(?=\b|s\b|d\b)|(?<=\blicen|\bdefen|\boffen)(c)(?=e\b|es\b|ed\b)/g;
export function americanSpelling(lower: string): string {
  if (!/is|ys|re|nce/.test(lower)) return lower;
  return lower.replace(BRITISH, (m) => (m === 'is' ? 'iz' : m === 'ys' ? 'yz' : m === 'c' ? 's' : 'er'));
}

/** toSimplified without the shortcut: always through OpenCC (the shortcut's test oracle). */
export function toSimplifiedAlways(text: string): string {
  const convert = (converter ??= Converter({ from: 't', to: 'cn' }));
  const out = convert(text);
  if (out.length === text.length) return out;
  let chars = '';
  for (const ch of text) {
    const c = convert(ch);
    chars += c.length === ch.length ? c : ch;
  }
  return chars;
}

// Headings, cells and cue lists are normalized again and again (per rule, per
// fact): short strings are remembered, within a bound.
const SHORT = 48;
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();
/** Simplified, half-width, one dash, lower case; same length as the input. */
export function normalizeForMatch(text: string): string {
  if (text.length > SHORT) return americanSpelling(lowerCase(toMainland(normalizeRanges(toHalfWidth(text)))));
  let out = memo.get(text);
  if (out === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    out = americanSpelling(lowerCase(toMainland(normalizeRanges(toHalfWidth(text)))));
    memo.set(text, out);
  }
  return out;
}

// The vocabulary's word lists are normalized by every check that reads them (a genre's title
// cues once per title tried): each list's normalized copy is kept with the list. Shared: read-only.
const lists = new WeakMap<readonly string[], readonly string[]>();
/** normalizeForMatch of every word of a list that lives as long as the vocabulary (not a list built per call). */
export function normalizedList(list: readonly string[]): readonly string[] {
  let out = lists.get(list);
  if (!out) lists.set(list, (out = list.map(normalizeForMatch)));
  return out;
}

/** Offsets carry over unchanged: kept as a function so callers do not assume it silently. */
export function originalOffset(normalizedOffset: number): number {
  return normalizedOffset;
}
