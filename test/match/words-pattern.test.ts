// A vocabulary list of plain words as one pattern: a … between words lets a few words stand
// there (this…plan is This Digital Plan too), a comma or a clause does not.
import { describe, expect, it } from 'vitest';
import { wordsPattern } from '../../functions/core/match/vocabulary.ts';
import { normalizeForMatch } from '../../functions/core/match/normalize.ts';

const list = ['this…plan', '本规划'];
const holds = (text: string) => wordsPattern(list, normalizeForMatch).test(normalizeForMatch(text));

describe('wordsPattern', () => {
  it.each(['This plan runs to 2029.', 'This Digital Plan runs to 2029.', 'This four-year digital plan runs to 2029.', '本规划期为2026—2030年。'])('finds the words in "%s"', (text) => {
    expect(holds(text)).toBe(true);
  });

  it.each(['This year, the plan was adopted.', 'This is a long story about a plan.', '本市规划'])('keeps them apart in "%s"', (text) => {
    expect(holds(text)).toBe(false);
  });
});
