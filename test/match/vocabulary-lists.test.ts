// Matching reads every word of the vocabulary normalized (simplified, American spelling, lower
// case): a traditional or a British spelling beside its word adds nothing to find, and where terms
// are counted (a genre's body marks, a part's term hits) it counts one word twice.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../functions/core/match/normalize.ts';
import { vocabularyPath } from '../../functions/core/match/vocabulary.ts';

/** Each list of words in the vocabulary, by its key path. */
function lists(value: unknown, path: string, out: [string, string[]][] = []): [string, string[]][] {
  if (Array.isArray(value)) {
    if (value.every((x) => typeof x === 'string')) out.push([path, value]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) lists(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/** The words of a list that normalize to one already in it, as "first = again". */
function repeats(words: string[]): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  for (const w of words) {
    const key = normalizeForMatch(w);
    if (seen.has(key)) found.push(`${seen.get(key)} = ${w}`);
    else seen.set(key, w);
  }
  return found;
}

describe('vocabulary lists', () => {
  const all = lists(JSON.parse(readFileSync(vocabularyPath, 'utf8')), '');

  it('finds a word spelt two ways', () => {
    expect(repeats(['財政年度', '财政年度', 'operations centre', 'operations center', 'budget'])).toEqual(['財政年度 = 财政年度', 'operations centre = operations center']);
  });

  it('reads every list of words', () => {
    expect(all.map(([path]) => path)).toEqual(expect.arrayContaining(['concepts.culture', 'yearColumnHeaders', 'nonPlanGenres.interpretation.bodyCues']));
  });

  it('holds no word twice in one list once normalized', () => {
    expect(all.flatMap(([path, words]) => repeats(words).map((r) => `${path}: ${r}`))).toEqual([]);
  });
});
