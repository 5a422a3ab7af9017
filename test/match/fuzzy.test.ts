// The typed-array Jaro–Winkler must score exactly as natural's (the rules'
// 0.93 heading threshold was calibrated on natural's scores), and the length
// bound must never skip a cue that would have reached the threshold.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bestCueSimilarity, jaroWinkler, similarAtLeast, similarity } from '../../functions/core/match/fuzzy.ts';
import { normalizeForMatch } from '../../functions/core/match/normalize.ts';
import { listRules } from '../../functions/core/rules/catalog.ts';

const require = createRequire(import.meta.url);
const natural = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string, o?: { ignoreCase?: boolean }) => number;

const cues = [...new Set(listRules().flatMap((r) => (r.parts ?? []).flatMap((p) => [...p.cues, ...(p.headingCues ?? [])]).map(normalizeForMatch)))];
const headings = [
  ...new Set(
    readFileSync(new URL('../../fixtures/real/CN07_national_14th5_digital_economy_plan.md', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#') || /^[（(][一二三四五六七八九十]+[)）]/.test(l))
      .map((l) => normalizeForMatch(l.replace(/^#+\s*/, '').slice(0, 14))),
  ),
];

describe('jaroWinkler', () => {
  it('scores every real heading against every rule cue exactly as natural does', () => {
    expect(cues.length).toBeGreaterThan(200);
    expect(headings.length).toBeGreaterThan(30);
    const differing: string[] = [];
    let compared = 0;
    for (const h of headings) {
      for (const c of cues) {
        if (jaroWinkler(h, c) !== natural(h, c, { ignoreCase: false })) differing.push(`${h} ~ ${c}`);
        compared++;
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(6000);
  });

  it('matches natural on the edge cases: empty, one character, equal, transposed, case', () => {
    const pairs: Array<[string, string]> = [['', ''], ['', 'a'], ['a', ''], ['a', 'a'], ['a', 'b'], ['ab', 'ba'], ['人才支撑', '人才保障'], ['martha', 'marhta'], ['dixon', 'dicksonx'], ['abc', 'abcd'], ['数据安全', '安全数据']];
    for (const [a, b] of pairs) expect(jaroWinkler(a, b)).toBe(natural(a, b, { ignoreCase: false }));
    expect(similarity('Talent Support', 'talent SUPPORT')).toBe(1);
    expect(similarity('人才支撐', '人才支撑')).toBe(1);
    expect(similarity('人才支撑', '人才保障')).toBe(natural('人才支撑', '人才保障'));
  });
});

describe('bestCueSimilarity with a threshold', () => {
  it('reaches the threshold exactly when the unbounded best does', () => {
    for (const threshold of [0.8, 0.9, 0.93]) {
      for (const h of [...headings, '人才支撑', '数据安全保障', '安全体系']) {
        const full = bestCueSimilarity(h, cues);
        const bounded = bestCueSimilarity(h, cues, threshold);
        expect(!!bounded && bounded.score >= threshold, `${h} at ${threshold}`).toBe(!!full && full.score >= threshold);
        if (full && full.score >= threshold) expect(bounded!.score).toBe(full.score);
      }
    }
  });

  it('finds a near heading and skips ones too long to be near', () => {
    expect(bestCueSimilarity('人才支撑', ['人才保障', '资金保障'], 0.5)).toEqual({ cue: '人才保障', score: natural('人才支撑', '人才保障') });
    expect(bestCueSimilarity('推进数字人才队伍建设工作', ['人才'], 0.93)).toBeNull();
  });
});

describe('similarAtLeast', () => {
  it('answers exactly as comparing the full score, for every real heading and rule cue', () => {
    const differing: string[] = [];
    let reached = 0;
    for (const threshold of [0.7, 0.93]) {
      for (const h of [...headings, '人才支撑', '安全体系']) {
        for (const c of cues) {
          const full = jaroWinkler(h, c) >= threshold;
          if (similarAtLeast(h, c, threshold) !== full) differing.push(`${h} ~ ${c} @ ${threshold}`);
          if (full) reached++;
        }
      }
    }
    expect(differing).toEqual([]);
    expect(reached).toBeGreaterThan(0);
  });
});

