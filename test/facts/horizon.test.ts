import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { miniPlan } from '../check/helpers/mini-plan.ts';
import { loadPlan, realDir } from '../check/helpers/load-plan.ts';
import { buildContext } from '../../functions/core/facts/context.ts';
import '../../functions/core/facts/index.ts';
import { compute } from '../../functions/core/facts/horizon.ts';

const horizonOf = (md: string) => compute(buildContext(miniPlan(md)));

describe('horizon fact (clause 4.2)', () => {
  it.each([
    ['# 某市数字化转型规划（2021—2025年）\n正文', 2021, 2025, 5],
    ['# 某市规划\n本规划期为2023-2025年。', 2023, 2025, 3],
    ['# 某市规划\n本规划期为2023年～2025年。', 2023, 2025, 3],
    ['# 某市规划\n规划期限：2021年到2025年。', 2021, 2025, 5],
    ['# “十四五”数字政府规划\n展望2035年，全面建成。', 2021, 2025, 5],
    ['# 某市“十三五”信息化规划\n正文', 2016, 2020, 5],
    ['# 某市“十五五”规划\n正文', 2026, 2030, 5],
    ['# 某市方案\n本方案规划期为二〇二三年至二〇二五年。', 2023, 2025, 3],
    ['# Plan\nThis plan covers 2021–2025.', 2021, 2025, 5],
    ['# Smart City Plan for the 14th Five-Year period\nText.', 2021, 2025, 5],
    ['# 規劃\n本規劃期為2021－2025年。', 2021, 2025, 5],
  ])('%s → %i–%i (%i years)', (md, start, end, years) => {
    const { value, evidence } = horizonOf(md);
    expect(value).toMatchObject({ found: true, start, end, years, withinRange: true });
    expect(evidence[0].quote.length).toBeGreaterThan(0);
  });

  it('counts 2021–2030 as 10 years, outside 3–5', () => {
    const { value } = horizonOf('# 某市规划\n本规划期限为2021年至2030年。');
    expect(value).toMatchObject({ found: true, years: 10, withinRange: false });
    expect(value.note.en).toContain('10 years');
  });

  it('takes the period of a plan named in the opening (a notice or report about it), not of one cited later', () => {
    const about = horizonOf('# 我市印发数字化转型规划\n近日，市政府印发《柳城市数字化转型规划（2021—2025年）》。\n到2025年，网上可办率达到100%。');
    expect(about.value).toMatchObject({ start: 2021, end: 2025, years: 5, withinRange: true });
    const filler = Array.from({ length: 8 }, (_, i) => `## 第${i + 1}节\n推进数字化转型。`).join('\n');
    const cited = horizonOf(`# 某市数字化转型方案\n${filler}\n## 衔接\n落实《某省信息化规划（2016—2020年）》。到2025年，网上可办率达到100%。`);
    expect(cited.value).toMatchObject({ start: null, end: 2025, endOnly: true });
  });

  it('never takes a long-range vision for the period', () => {
    const { value } = horizonOf('# 某市数字化转型总体设计\n展望2035年，建成数字城市，远景目标全面实现。');
    expect(value.found).toBe(false);
    expect(value.note.en).toBe('no planning period found');
  });

  it('prefers the title over a vision and a past period in the body', () => {
    const { value } = horizonOf('# 某市数字经济发展规划（2022—2025年）\n“十三五”时期（2016—2020年）成效显著。展望2035年，全面建成。');
    expect([value.start, value.end, value.source]).toEqual([2022, 2025, 'title']);
  });

  it('reports a deadline without a start as end-only', () => {
    const { value } = horizonOf('# 某市规划\n到2025年，建成城市大脑。');
    expect(value).toMatchObject({ found: true, start: null, end: 2025, endOnly: true, withinRange: false });
  });

  it('reads 十四五 in the real national plan CN07 with the quote kept original', async () => {
    const { value, evidence } = compute(buildContext(await loadPlan(join(realDir, 'CN07_national_14th5_digital_economy_plan.md'))));
    expect([value.start, value.end, value.years]).toEqual([2021, 2025, 5]);
    expect(evidence[0].quote).toContain('十四五');
  });

  it('does not take 2035 for the period of the district plan CN08', async () => {
    const { value } = compute(buildContext(await loadPlan(join(realDir, 'CN08_shanghai_yangpu_district_innovation_zone_plan.md'))));
    expect(value.end).not.toBe(2035);
    expect(value.found).toBe(true);
  });
});
