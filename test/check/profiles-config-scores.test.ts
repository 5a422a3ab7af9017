import { describe, expect, it } from 'vitest';
import { miniPlan } from './helpers/mini-plan.ts';
import { checkDocument } from '../../functions/core/check/check-plan.ts';
import { parseConfig, resolveProfile } from '../../functions/core/rules/config.ts';
import { computeScores, ruleScore } from '../../functions/core/rules/scores.ts';
import { isPlanInputError } from '../../functions/core/errors.ts';
import type { RuleResult } from '../../functions/core/check/result.ts';

const plan = miniPlan(
  '# 某市数字化转型规划（2021—2025年）\n## 发展目标\n到2025年，网上可办率达到100%，5G基站达到3万个，数据开放数据集超过3000个。\n## 保障措施\n### 政策保障\n完善政策。\n### 资金保障\n设立专项资金。\n### 人才保障\n引进人才。\n### 营造氛围\n加强宣传引导。',
);

describe('profiles', () => {
  it('full is the default and has all eight steps', async () => {
    const r = await checkDocument(plan);
    expect(r.profile.name).toBe('full');
    expect(r.profile.steps).toHaveLength(8);
    expect(r.results.find((x) => x.id === 'architecture-layers')!.status).not.toBe('not-applicable');
  });
  it('a special plan for data governance keeps horizon, goals-* and support-measures but not architecture-layers', async () => {
    const r = await checkDocument(plan, { profile: 'data-governance' });
    const status = Object.fromEntries(r.results.map((x) => [x.id, x.status]));
    expect(status['architecture-layers']).toBe('not-applicable');
    for (const id of ['horizon', 'goals-measurable', 'goals-indicator-system', 'goals-staged', 'support-measures']) expect(status[id]).not.toBe('not-applicable');
    expect(r.summary.notApplicable).toBe(r.results.filter((x) => x.status === 'not-applicable').length);
  });
  it('strategy covers steps 1, 2 and 8', () => {
    expect(resolveProfile('strategy').steps).toEqual(['assessment-strategy', 'overall-architecture', 'implementation']);
  });
  it('an unknown profile is a clear input error', async () => {
    await expect(checkDocument(plan, { profile: 'nope' })).rejects.toThrow(/unknown profile "nope"/);
  });
  it('a custom profile from the config', async () => {
    const r = await checkDocument(plan, { config: { profile: 'mine', profiles: [{ name: 'mine', steps: ['implementation'] }] } });
    expect(r.profile).toEqual({ name: 'mine', steps: ['implementation'] });
  });
});

describe('config', () => {
  it('waives a rule with its reason and stops it counting as an error', async () => {
    const before = await checkDocument(plan);
    expect(before.results.find((x) => x.id === 'architecture-layers')!.status).toBe('fail');
    const r = await checkDocument(plan, { config: { waivers: [{ rule: 'architecture-layers', reason: '架构另行专项设计' }] } });
    const waived = r.results.find((x) => x.id === 'architecture-layers')!;
    expect(waived.status).toBe('waived');
    expect(waived.waiver).toEqual({ reason: '架构另行专项设计' });
    expect(r.summary.waived).toBe(1);
    expect(r.summary.errors).toBe(before.summary.errors - 1);
  });
  it('overrides a severity', async () => {
    const r = await checkDocument(plan, { config: { severity: { 'architecture-layers': 'info' } } });
    expect(r.results.find((x) => x.id === 'architecture-layers')!.severity).toBe('info');
    expect(r.summary.errors).toBe(r.results.filter((x) => x.severity === 'error' && (x.status === 'fail' || x.status === 'partial')).length);
  });
  it.each([
    [{ profle: 'full' }, /profle: unknown key/],
    [{ lang: 'fr' }, /lang/],
    [{ waivers: [{ rule: 'horizon' }] }, /waivers\.0\.reason/],
    [{ waivers: [{ rule: 'no-such-rule', reason: 'x' }] }, /unknown rule id "no-such-rule"/],
    [{ severity: { horizon: 'fatal' } }, /severity\.horizon/],
  ])('rejects a bad config %j', (config, message) => {
    let error: unknown;
    try {
      parseConfig(config, '.plancheck.json', new Set(['horizon']));
    } catch (e) {
      error = e;
    }
    expect(isPlanInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
  it('reports in English on request', async () => {
    const r = await checkDocument(plan, { lang: 'en' });
    expect(r.results.find((x) => x.id === 'horizon')!.message).toBe('planning period 2021–2025, 5 years.');
  });
});

describe('scores (Annex B.1.2: weighted averages upward)', () => {
  const result = (id: string, step: RuleResult['step'], status: RuleResult['status'], score: number, weight: number) =>
    ({ id, step, stage: 1, status, score, weight }) as RuleResult & { weight: number };
  it('rule score: pass 1, fail 0, partial = share of parts', () => {
    expect([ruleScore('pass', null), ruleScore('fail', 0.5), ruleScore('partial', 0.625), ruleScore('partial', null)]).toEqual([1, 0, 0.625, 0.5]);
  });
  it('step = weighted mean of its rules, stage = mean of steps, overall = mean of stages; n/a and waived left out', () => {
    const s = computeScores(
      [
        result('a', 'assessment-strategy', 'pass', 1, 3),
        result('b', 'assessment-strategy', 'fail', 0, 1),
        result('c', 'overall-architecture', 'partial', 0.5, 2),
        result('d', 'data-governance', 'not-applicable', 0, 2),
        result('e', 'implementation', 'waived', 0, 2),
        result('f', 'implementation', 'pass', 1, 1),
      ],
      ['assessment-strategy', 'overall-architecture', 'implementation'],
    );
    const step = (id: string) => s.stages.flatMap((x) => x.steps).find((x) => x.step === id)!;
    expect(step('assessment-strategy').score).toBe(75);
    expect(step('overall-architecture').score).toBe(50);
    expect(step('data-governance').score).toBeNull();
    expect(step('data-governance').inScope).toBe(false);
    expect(step('implementation').score).toBe(100);
    expect(s.stages.map((x) => x.score)).toEqual([75, 50, 100]);
    expect(s.overall).toBe(75);
  });
});
