import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizeRanges, toHalfWidth, toSimplified } from '../../functions/core/text/normalize.ts';

describe('normalize', () => {
  it('maps full-width digits, letters, punctuation and spaces to half-width', () => {
    expect(toHalfWidth('２０２５年ＡＩ（试点）　１００％')).toBe('2025年AI(试点) 100%');
  });
  it('folds dashes and range words between years into one form', () => {
    for (const s of ['2021—2025年', '2021–2025年', '2021－2025年', '2021~2025年', '2021～2025年', '2021至2025年', '2021到2025年']) {
      expect(normalizeRanges(s)).toBe('2021-2025年');
    }
    expect(normalizeRanges('2021年至2025年')).toBe('2021年-2025年');
    expect(normalizeRanges('直至完成')).toBe('直至完成');
    expect(normalizeRanges('到2025年')).toBe('到2025年');
  });
  it('converts traditional to simplified for matching', () => {
    expect(toSimplified('數字化轉型頂層設計')).toBe('数字化转型顶层设计');
    expect(toSimplified('城市數據資源體系')).toBe('城市数据资源体系');
  });
  it('keeps the length so offsets carry over', () => {
    const text = '（一）數字政府建設２０２１～２０２５年，Ｄigital　Ｇovernment—網上可辦率達到１００％。';
    const n = normalizeForMatch(text);
    expect(n.length).toBe(text.length);
    expect(n).toBe('(一)数字政府建设2021-2025年,digital government-网上可办率达到100%。');
    const at = n.indexOf('数字政府');
    expect(text.slice(at, at + 4)).toBe('數字政府');
  });
});
