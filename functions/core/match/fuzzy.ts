// Fuzzy heading matching: Jaro–Winkler works on Chinese characters as well as
// on English letters, so "人才支撑" still meets the cue "人才保障" part-way.
import { normalizeForMatch } from './normalize.ts';

// natural's JaroWinklerDistance, re-stated with typed arrays: the parts fact
// calls it for every (short heading, cue) pair of every rule, and natural's
// version allocates two JS arrays a call. Same arithmetic, in the same order,
// so scores are bit-identical (test/facts/fuzzy.test.ts compares them).
function jaro(s1: string, s2: string): number {
  const n1 = s1.length;
  const n2 = s2.length;
  if (n1 === 0 || n2 === 0) return 0;
  const window = Math.floor(Math.max(n1, n2) / 2.0) - 1;
  const matched1 = new Uint8Array(n1);
  const matched2 = new Uint8Array(n2);
  let m = 0;
  for (let i = 0; i < n1; i++) {
    const c = s1.charCodeAt(i);
    const end = Math.min(i + window + 1, n2);
    for (let k = Math.max(0, i - window); k < end; k++) {
      if (matched2[k] || s2.charCodeAt(k) !== c) continue;
      matched1[i] = 1;
      matched2[k] = 1;
      m++;
      break;
    }
  }
  if (m === 0) return 0.0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < n1; i++) {
    if (!matched1[i]) continue;
    while (!matched2[k]) k++;
    if (s1.charCodeAt(i) !== s2.charCodeAt(k)) t++;
    k++;
  }
  t = t / 2.0;
  return (m / n1 + m / n2 + (m - t) / m) / 3.0;
}

function jaroWinklerOf(s1: string, s2: string): number {
  if (s1 === s2) return 1;
  const j = jaro(s1, s2);
  const p = 0.1;
  let l = 0;
  while (l < 4 && l < s1.length && l < s2.length && s1.charCodeAt(l) === s2.charCodeAt(l)) l++;
  return j + l * p * (1 - j);
}

/** Jaro–Winkler of two already-normalized strings (the hot path: no normalization). */
export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerOf(a, b);
}

export function similarity(a: string, b: string): number {
  return jaroWinklerOf(normalizeForMatch(a).toLowerCase(), normalizeForMatch(b).toLowerCase());
}

/**
 * The most Jaro–Winkler can be for this pair: at most as many matches as cue
 * characters found anywhere in the heading (and no more than the shorter
 * string's length), no transposition, and the prefix they really share.
 */
function upperBound(heading: string, cue: string, atLeast: number): number {
  // Lengths alone first (every character matched, a four-character prefix):
  // most pairs of a short heading and a cue of another length stop here,
  // before an indexOf a cue character. The margin keeps the decision the
  // exact bound's whatever the rounding.
  const byLength = lengthBound(heading.length, cue.length);
  if (byLength < atLeast - 1e-6) return byLength;
  let present = 0;
  for (let i = 0; i < cue.length; i++) if (heading.indexOf(cue[i]) >= 0) present++;
  const m = Math.min(present, heading.length, cue.length);
  if (m === 0) return 0;
  const j = (m / heading.length + m / cue.length + 1) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < heading.length && prefix < cue.length && heading.charCodeAt(prefix) === cue.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/** The most Jaro–Winkler can be for strings of these lengths: every character matched, a four-character prefix. */
function lengthBound(a: number, b: number): number {
  const most = Math.min(a, b);
  if (most === 0) return 0;
  const jMost = (most / a + most / b + 1) / 3;
  return jMost + 4 * 0.1 * (1 - jMost);
}

/** Whether strings of these lengths may score `atLeast` (false: similarAtLeast is false for any such pair but two equal strings). */
export function mayReachByLength(headingLength: number, cueLength: number, atLeast: number): boolean {
  return lengthBound(headingLength, cueLength) >= atLeast - 1e-6;
}

/**
 * Best similarity of a normalized heading to any of the normalized cues. With
 * `atLeast`, cues that provably cannot reach it are skipped (most of them: a
 * 10-character heading cannot come within 0.93 of a 4-character cue), so the
 * answer to "best ≥ atLeast?" and the best score when it is reached are unchanged.
 */
export function bestCueSimilarity(heading: string, cues: string[], atLeast = 0): { cue: string; score: number } | null {
  let best: { cue: string; score: number } | null = null;
  for (const cue of cues) {
    if (atLeast > 0 && heading !== cue && upperBound(heading, cue, atLeast) < atLeast - 1e-9) continue;
    const score = jaroWinklerOf(heading, cue);
    if (!best || score > best.score) best = { cue, score };
  }
  return best;
}

/** Whether two normalized strings score at least `atLeast` (the bound first, so most pairs cost a few indexOf calls). */
export function similarAtLeast(heading: string, cue: string, atLeast: number): boolean {
  if (heading !== cue && upperBound(heading, cue, atLeast) < atLeast - 1e-9) return false;
  return jaroWinklerOf(heading, cue) >= atLeast;
}
