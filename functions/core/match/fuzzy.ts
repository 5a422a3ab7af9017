// Fuzzy heading matching: Jaro–Winkler works on Chinese characters as well as
// on English letters, so "人才支撑" still meets the cue "人才保障" part-way.
import { createRequire } from 'node:module';
import { normalizeForMatch } from './normalize.ts';

const require = createRequire(import.meta.url);
const JaroWinklerDistance = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (
  a: string,
  b: string,
  options?: { ignoreCase?: boolean },
) => number;

/** Jaro–Winkler of two already-normalized strings (the hot path: no normalization). */
export function jaroWinkler(a: string, b: string): number {
  return JaroWinklerDistance(a, b, { ignoreCase: false });
}

export function similarity(a: string, b: string): number {
  return JaroWinklerDistance(normalizeForMatch(a), normalizeForMatch(b), { ignoreCase: true });
}

/** Best similarity of a normalized heading to any of the normalized cues. */
export function bestCueSimilarity(heading: string, cues: string[]): { cue: string; score: number } | null {
  let best: { cue: string; score: number } | null = null;
  for (const cue of cues) {
    const score = jaroWinkler(heading, cue);
    if (!best || score > best.score) best = { cue, score };
  }
  return best;
}
