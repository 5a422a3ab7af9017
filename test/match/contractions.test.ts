import { describe, expect, it } from 'vitest';
import { holdsTerm } from '../../functions/core/match/concepts.ts';
import { vocabulary } from '../../functions/core/match/vocabulary.ts';
import { withContractions } from '../../functions/core/text/contractions.ts';

const table = { 'we will': "we'll", 'we are': "we're", 'do not': "don't" };

describe('English contractions', () => {
  it('gives a word list the short forms of its long ones, right after each, in both apostrophes', () => {
    expect(withContractions(['what we will do', '数据', 'where we are now'], table)).toEqual([
      'what we will do', "what we'll do", 'what we’ll do', '数据', 'where we are now', "where we're now", 'where we’re now',
    ]);
  });
  it('contracts whole words only, and leaves a list with no long form as it is', () => {
    const list = ['we willingly share', 'sweet', 'rules we are not bound by'];
    expect(withContractions(list.slice(0, 2), table)).toEqual(list.slice(0, 2));
    expect(withContractions(list, table)).toContain("rules we're not bound by");
  });
  it('holds the short forms in the loaded vocabulary and rules', () => {
    expect(vocabulary().sectionTopics['current-state']).toEqual(expect.arrayContaining(['where we are now', "where we're now", 'where we’re now']));
  });
  it("reads a contraction's second word as the word it stands for in a term's words", () => {
    expect(holdsTerm("7. what we'll publish each month", ['we will publish'])).toBe(true);
    expect(holdsTerm('how we’ve changed', ['we have changed'])).toBe(true);
    expect(holdsTerm("we'll publish", ['we shall publish'])).toBe(false);
  });
});
