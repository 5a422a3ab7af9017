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
    // The plan's own period, not the periods it cites (issue 8, class 6).
    ['# 某市数字化转型规划\n根据国家“十四五”规划和《某省数字经济发展规划（2021—2035年）》，编制本规划。本规划期限为2026—2028年。', 2026, 2028, 3],
    ['# 某市数字化转型实施方案（2025—2027年）\n依据《某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制。', 2025, 2027, 3],
    ['# 某县数字乡村建设规划\n贯彻落实《数字乡村发展行动计划（2022—2025年）》。按照“十四五”部署，本方案实施期为2024年至2026年。', 2024, 2026, 3],
    // Minguo years, two-digit fiscal years, financial years.
    ['# 嘉義縣數位治理中程計畫（民國115年度至118年度）\n正文', 2026, 2029, 4],
    ['# IT Modernization Roadmap FY26–FY30\nText.', 2026, 2030, 5],
    ['# 智慧社區發展計劃（2025/26至2028/29年度）\n正文', 2025, 2028, 4],
    // Financial years with a dash, a range cut short, and periods given as dates.
    ['# Digital Roadmap 2025–26 to 2027–28\nText.', 2025, 2027, 3],
    ['# Digital Strategy 2026–30\nText.', 2026, 2030, 5],
    ['# Plan\nThis plan covers the period 1 July 2025 to 30 June 2028.', 2025, 2028, 3],
    ['# 某市规划\n本规划实施期为2025年7月至2028年6月。', 2025, 2028, 3],
    ['# Plan\nThis strategy covers April 2025 to March 2030.', 2025, 2030, 5],
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
