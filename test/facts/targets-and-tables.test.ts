import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { miniPlan } from '../check/helpers/mini-plan.ts';
import { loadPlan, realDir } from '../check/helpers/load-plan.ts';
import { buildContext } from '../../functions/core/facts/context.ts';
import '../../functions/core/facts/index.ts';
import * as targets from '../../functions/core/facts/targets.ts';
import * as indicators from '../../functions/core/facts/indicators.ts';
import * as stages from '../../functions/core/facts/stages.ts';
import * as projects from '../../functions/core/facts/projects.ts';

const ctxOf = (md: string) => buildContext(miniPlan(md));

describe('targets fact (7.4 b)', () => {
  it('reads value, unit, year and indicator of each target in a sentence', () => {
    const { value } = targets.compute(ctxOf('# 规划\n## 发展目标\n到2025年，政务服务事项网上可办率达到100%，全市5G基站达到3万个。'));
    expect(value.items.map((t) => [t.indicator, t.value, t.unit, t.year])).toEqual([
      ['政务服务事项网上可办率', 100, '%', 2025],
      ['全市5g基站', 3, '万个', 2025],
    ]);
    expect(value.items[0].quote).toContain('到2025年，政务服务事项网上可办率达到100%');
  });

  it('takes the figure a change from a baseline reaches, not its baseline (由35%提升至80%, from 40% to 75%)', () => {
    const { value } = targets.compute(ctxOf('# 规划\n## 发展目标\n到2027年，电子缴费比例由35%提升至80%。\n\nBy 2028, raise the share of online permits from 40% to 75%.'));
    expect(value.items.map((t) => [t.value, t.year])).toEqual([
      [80, 2027],
      [75, 2028],
    ]);
    expect(value.items[0].indicator).toBe('电子缴费比例');
    expect(value.items[1].indicator).toMatch(/share of online permits$/);
  });

  it('does not take achieved figures or vision sentences for targets', () => {
    const { value } = targets.compute(ctxOf('# 报告\n截至2022年6月，累计建成5G基站185万个。展望2035年，数字经济规模达到100万亿元。'));
    expect(value.count).toBe(0);
  });

  it('lists goal statements without numbers as vague', () => {
    const { value } = targets.compute(ctxOf('# 规划\n## 发展目标\n- 数字政府建设水平显著提升。\n- 营商环境持续优化。'));
    expect(value.count).toBe(0);
    expect(value.vague).toBe(2);
  });

  it('takes the prose of a goals section as vague goal statements and shows them as evidence when no target is found', () => {
    const out = targets.compute(ctxOf('# 规划\n## 四、发展目标\n数字基础设施进一步完善，政务服务能力明显提升。群众满意度不断提高。\n## 五、其他\n城市更加美好，生活更加便利。'));
    expect(out.value.count).toBe(0);
    expect(out.value.vague).toBe(2);
    expect(out.evidence.map((e) => e.quote)).toEqual(['数字基础设施进一步完善，政务服务能力明显提升。', '…群众满意度不断提高。']);
  });

  it('finds the 2027 and 2030 targets of the real district plan CN08', async () => {
    const { value } = targets.compute(buildContext(await loadPlan(join(realDir, 'CN08_shanghai_yangpu_district_innovation_zone_plan.md'))));
    expect(value.withDeadline).toBeGreaterThanOrEqual(3);
    expect(new Set(value.items.map((t) => t.year))).toEqual(new Set([2027, 2030]));
  });
});

describe('indicators fact (7.4 c)', () => {
  it('reads an indicator table with baseline, target and attribute columns', () => {
    const { value } = indicators.compute(
      ctxOf('# 规划\n| 序号 | 指标名称 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|---|\n| 1 | 网上可办率（%） | 90 | 100 | 约束性 |\n| 2 | 5G基站（万个） | 1.2 | 3 | 预期性 |'),
    );
    expect(value).toMatchObject({ found: true, tables: 1, rows: 2, withTarget: 2 });
    expect(value.items[1]).toMatchObject({ name: '5G基站（万个）', baseline: '1.2', target: '3', attribute: '预期性' });
  });

  it('ignores a table that is not about indicators', () => {
    const { value } = indicators.compute(ctxOf('# 规划\n| 单位 | 职责 |\n|---|---|\n| 市大数据局 | 统筹 |'));
    expect(value.found).toBe(false);
  });
});

describe('stages fact (7.4 a)', () => {
  it('reads 近期/中期/远期 with content', () => {
    const { value } = stages.compute(ctxOf('# 规划\n近期（2021—2022年）：完成一期建设。\n\n中期（2023—2024年）：全面上线。\n\n远期：建成智慧城市，全面覆盖。'));
    expect(value.items.map((s) => s.name)).toEqual(['近期', '中期', '远期']);
    expect(value.withContent).toBe(3);
  });
  it('reads stages run on in one paragraph, traditional Chinese included, each sentence opening with one', () => {
    const { value } = stages.compute(ctxOf('# 規劃\n## 階段安排\n近期（2022—2023年）：夯實基礎，建成公共數據平台。中期（2024年）：全面推廣應用場景。遠期（2025年）：形成數字治理新格局。'));
    expect(value.items.map((s) => s.name)).toEqual(['近期', '中期', '远期']);
    expect(value.withContent).toBe(3);
  });

  it('does not take a stage word inside a later sentence for a stage (规划中期评估)', () => {
    const { value } = stages.compute(ctxOf('# 规划\n## 实施\n建立规划实施监测评估机制，定期通报进展情况。适时开展规划中期评估和远期展望研究工作。'));
    expect(value.count).toBe(0);
  });

  it('reads stages by year', () => {
    const { value } = stages.compute(ctxOf('# 规划\n到2023年，建成公共数据平台。\n\n到2025年，建成城市大脑。'));
    expect(value).toMatchObject({ count: 2, byYear: true });
  });
});

describe('projects fact (13.2)', () => {
  it('reads a project table and which of the six fields each row states', () => {
    const { value } = projects.compute(
      ctxOf('# 规划\n| 项目名称 | 建设内容 | 建设周期 | 投资估算（万元） | 牵头单位 |\n|---|---|---|---|---|\n| 城市大脑 | 建设中枢平台 | 2021-2023 | 5000 | 市大数据局 |\n| 一网通办 | 事项上网 |  |  | 市政务办 |'),
    );
    expect(value.count).toBe(2);
    expect(value.items[0].missing.sort()).toEqual(['goal', 'mode']);
    expect(value.items[1].missing).toContain('budget');
    expect(value.items[1].missing).toContain('period');
  });

  it('takes every leaf section under a key-projects heading for a project, whatever its name', () => {
    const { value } = projects.compute(
      ctxOf(
        '# Plan\n## 4 Key Projects\n### 4.1 City Data Platform\nGoal: 1 billion records shared. Content: data sharing. Mode: government-funded. Period: 2022–2024. Budget: USD 40 million. Lead: Digital Office.\n### 4.2 Smart Parking\nGoal: 20,000 bays online. Content: sensors and an app.\n## 5 Schedule\nPhased by priority.',
      ),
    );
    expect(value.items.map((p) => p.name.replace(/^[\d.]+\s*/, ''))).toEqual(['City Data Platform', 'Smart Parking']);
    expect(value.complete).toBe(1);
    expect(value.items[1].missing.sort()).toEqual(['budget', 'lead', 'mode', 'period']);
  });

  it('reads a two-column card of fields under a project heading as that one project', () => {
    const { value } = projects.compute(
      ctxOf(
        '# 方案\n## 重點項目\n### 項目1：智方便升級\n| 項目 | 內容 |\n|---|---|\n| 目標 | 2028年可辦理服務達800項 |\n| 推展期 | 2026年1月至2027年12月 |\n| 預算 | 約4.2億港元 |\n| 牽頭部門 | |\n### 項目2：數據共享平台\n| 項目 | 內容 |\n|---|---|\n| 目標 | 2027年接入60個部門 |\n| 預算 | 1.5億港元 |\n| 牽頭部門 | 數字政策辦公室 |',
      ),
    );
    expect(value.items.map((p) => p.name)).toEqual(['項目1：智方便升級', '項目2：數據共享平台']);
    // A field row left empty is missing; a field with no row is missing.
    expect(value.items[0].missing).toContain('lead');
    expect(value.items[0].missing).not.toContain('period');
    expect(value.items[1].missing).toContain('period');
  });
  it('takes a line that is only a project name for a project only when field lines follow it', () => {
    const { value } = projects.compute(
      ctxOf('# 方案\n## 三、主要任务\n- 城市大脑工程\n- 一网通办提质工程\n## 四、重点项目\n1. 社区服务平台项目\n   - 建设目标：覆盖120个社区。\n   - 投资估算：2600万元。'),
    );
    expect(value.items.map((p) => p.name)).toEqual(['社区服务平台项目']);
  });

  it('says it could read no project one by one when a plan names key projects without them', () => {
    const { value } = projects.compute(ctxOf('# 规划\n## 三、重点项目\n围绕软件产业园和算力中心布局一批项目，另行印发。'));
    expect(value.count).toBe(0);
    expect(value.gaps.zh).toMatch(/未能逐项识别/);
    expect(value.gaps.en).toMatch(/no project could be read/);
  });
});

describe('facts read through ctx.read', () => {
  it('are computed over the whole document, whichever narrowed view (a rule section) asks first', () => {
    const md = '# 规划（2021—2025年）\n## 保障措施\n加强组织领导。\n## 发展目标\n到2025年，网上可办率达到100%，5G基站达到3万个。';
    const whole = buildContext(miniPlan(md)).read<{ count: number }>('targets').value.count;
    const ctx = buildContext(miniPlan(md));
    const section = { ...ctx, units: ctx.units.filter((u) => u.path.includes('保障措施')) };
    expect(whole).toBe(2);
    expect(section.read<{ count: number }>('targets').value.count).toBe(whole);
    expect(ctx.read<{ count: number }>('targets').value.count).toBe(whole);
  });
});
