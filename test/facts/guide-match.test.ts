import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { miniPlan } from '../check/helpers/mini-plan.ts';
import { loadPlan, realDir } from '../check/helpers/load-plan.ts';
import { buildContext } from '../../functions/core/facts/context.ts';
import { factOutput } from '../../functions/core/facts/index.ts';
import { clauseIds, type GuideMatchValue } from '../../functions/core/facts/guide-match.ts';
import { guideClauses } from '../../functions/core/match/guide-clauses.ts';
import { tokens } from '../../functions/core/match/segment.ts';
import type { RuleDefinition } from '../../functions/core/rules/rule-schema.ts';

const match = (ctx: ReturnType<typeof buildContext>, clause: string) =>
  factOutput({ ...ctx, rule: { id: `t-${clause}`, clause } as RuleDefinition }, 'guide-match').value as GuideMatchValue;

describe('segmentation', () => {
  it('keeps domain words whole and stems English', () => {
    expect(tokens('推进一网通办和城市大脑建设')).toEqual(expect.arrayContaining(['一网通办', '城市大脑']));
    expect(tokens('Digital services for citizens')).toEqual(['digit', 'servic', 'citizen']);
  });
});

describe('guide clauses and TF-IDF (guide-match fact)', () => {
  it('reads the guide clauses 4–13 with titles', () => {
    const byId = new Map(guideClauses().map((c) => [c.id, c.title]));
    expect(byId.get('4.2')).toBe('规划期限');
    expect(byId.get('13.5')).toBe('保障措施规划');
    expect(byId.get('8.1')).toBe('总体架构设计');
  });
  it('maps a clause reference to clause ids', () => {
    expect(clauseIds('7.4 b')).toEqual(['7.4']);
    expect(clauseIds('6.3.1, 8.1.5.2, 11.3.4')).toEqual(['6.3.1', '8.1.5', '11.3.4']);
  });
  it('finds the safeguards of the real plan CN07 for clause 13.5', async () => {
    const v = match(buildContext(await loadPlan(join(realDir, 'CN07_national_14th5_digital_economy_plan.md'))), '13.5');
    expect(v.found).toBe(true);
    expect(v.path!.join('/')).toContain('保障措施');
  });
  it('finds the standards section of the article NEG16 for clause 12.4', async () => {
    const v = match(buildContext(await loadPlan(join(realDir, 'NEG16_city_brain_framework_article.md'))), '12.4');
    expect(v.path).toEqual(['标准规范体系']);
  });
  it('finds a section whose heading uses none of the guide words', () => {
    const ctx = buildContext(
      miniPlan('# 某市规划\n## 一、我们的底气\n完善政策制度，加大财政资金投入，强化人才培养引进，营造良好氛围，保障规划落实。\n## 二、城市面貌\n城市绿化覆盖率提高，公园数量增加。'),
    );
    const v = match(ctx, '13.5');
    expect(v.found).toBe(true);
    expect(v.path).toEqual(['某市规划', '一、我们的底气']);
  });
});
