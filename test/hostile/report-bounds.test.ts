// What a report quotes is bounded: a plan with thousands of targets, projects
// and indicators, and headings of 100,000 characters, gives reports of a few
// tens of KB, with the full counts given.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { reportBounds } from '../../functions/core/check/bound.ts';
import { renderReport, reportFormats } from '../../functions/core/report/index.ts';

function manyFindings(n: number): Uint8Array {
  const lines = ['# 某市城市数字化转型规划（2021—2025年）', '', `## 发展目标${'的说明'.repeat(40_000)}`, '', '到2025年，数字经济核心产业增加值占GDP比重达到10%，政务服务事项网上可办率达到100%。', ''];
  for (let i = 0; i < n; i++) lines.push(`- 第${i}项：到2025年，5G基站数量达到${i}万个，数据共享率达到95%。`);
  lines.push('', '## 重点项目', '', '| 项目名称 | 建设内容 | 责任单位 | 完成时间 |', '|---|---|---|---|');
  for (let i = 0; i < n; i++) lines.push(`| 城市大脑${i}期 | 建设${'数据中台'.repeat(50)} | 市大数据局 | 2025年 |`);
  lines.push('', '## 发展指标', '', '| 指标 | 基期值 | 目标值 | 属性 |', '|---|---|---|---|');
  for (let i = 0; i < n; i++) lines.push(`| 指标${i}${'名称'.repeat(100)} | ${i} | ${i + 1} | 预期性 |`);
  return new TextEncoder().encode(lines.join('\n'));
}

describe('report size is bounded', () => {
  // 200 KB: each of the 42 findings may also say where its gap goes (insertAt, headings cut to reportBounds.heading).
  it('a 4 MB plan with 3,000 targets, projects and indicators: every report format under 200 KB, lists cut with their totals', async () => {
    const bytes = manyFindings(3000);
    expect(bytes.length).toBeGreaterThan(4_000_000);
    const result = await checkPlan({ bytes, filename: 'many.md' });
    for (const format of reportFormats) expect(renderReport(result, format).length).toBeLessThan(200_000);
    const measurable = result.results.find((r) => r.id === 'goals-measurable')!;
    expect((measurable.details!.targets as unknown[]).length).toBe(reportBounds.detailItems);
    expect(measurable.details!.targetsTotal).toBeGreaterThanOrEqual(3000);
    const projects = result.results.find((r) => r.id === 'implementation-key-projects')!;
    expect((projects.details!.projects as unknown[]).length).toBe(reportBounds.detailItems);
    expect(projects.details!.projectsTotal).toBeGreaterThanOrEqual(3000);
    for (const rule of result.results) {
      expect(rule.evidence.length).toBeLessThanOrEqual(reportBounds.evidence);
      for (const e of [...rule.evidence, ...rule.parts.flatMap((p) => p.evidence)]) {
        expect(e.quote.length).toBeLessThanOrEqual(reportBounds.quote);
        for (const heading of e.path) expect(heading.length).toBeLessThanOrEqual(reportBounds.text);
      }
    }
    // The 120,000-character heading is quoted, cut; shorter still in the outline and where gaps go.
    expect(JSON.stringify(result)).toMatch(/"发展目标(的说明)+[^"]{0,2}…"/);
    const places = result.results.flatMap((r) => [r.insertAt, ...r.parts.map((p) => p.insertAt)]).filter((p) => p !== undefined);
    expect(places.length).toBeGreaterThan(0);
    for (const heading of [...places.flatMap((p) => [...p.path, ...(p.after ?? [])]), ...result.outline!.flatMap((e) => [e.heading, ...e.path])]) {
      expect(heading.length).toBeLessThanOrEqual(reportBounds.heading);
    }
  }, 240_000);
});
