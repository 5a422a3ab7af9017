// A partial finding's message names its gaps the way its parts do: a part named only in passing
// is said to be so, and never reads as the one part the plan has (仅提及文化 beside three parts present).
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';

const plan = `# 某市数字政府建设三年行动计划（2026—2028年）

## 一、目标

到2028年，政务服务事项全程网办率达到98%。

## 七、实施支撑

### 一、强化制度供给

制定公共数据授权运营等配套制度。

### 二、做好经费统筹

财政将建设经费纳入年度预算。

### 三、壮大专业队伍

各部门设立首席数据官，配齐信息化专职人员。

### 四、其他事项

通过新闻媒体开展宣传，及时解读改革举措。
`;

describe('a partial finding with parts named in passing', () => {
  it.each([
    ['zh', '保障措施不完整：仅顺带提及：文化与氛围保障。'],
    ['en', 'mentioned only in passing: Culture'],
  ] as const)('says so in %s', async (lang, expected) => {
    const r = await checkPlan({ bytes: Buffer.from(plan), filename: 'plan.md', lang });
    const rule = r.results.find((x) => x.id === 'support-measures')!;
    expect(rule.status).toBe('partial');
    expect(rule.parts.filter((p) => p.status === 'present').map((p) => p.name).sort()).toEqual(['funding', 'policy', 'talent']);
    expect(rule.parts.find((p) => p.name === 'culture')!.status).toBe('mentioned');
    expect(rule.message).toContain(expected);
  });
});
