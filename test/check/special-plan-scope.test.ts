// A special plan checked under its own step's profile is all that step's section: a
// heading inside it that names the topic (Data Governance Council, 运维保障) is one of its
// sections, not the only place its rules look.
import { describe, expect, it } from 'vitest';
import { miniPlan } from './helpers/mini-plan.ts';
import { checkDocument } from '../../functions/core/check/check-plan.ts';

const dataPlan = miniPlan(
  [
    '# Millbrook Data and Insight Plan 2026–2028',
    '## Who decides',
    '### Data Governance Board',
    'Chaired by the Deputy Chief Executive; approves data standards and the yearly priorities.',
    '## Making data usable',
    'Every service publishes its datasets in one catalogue; quality checks run nightly.',
    '## Milestones',
    'The work runs in three phases: 2026, foundations and a catalogue; 2027, pilots in housing and waste; 2028, every service on the platform.',
  ].join('\n'),
);

const opsPlan = miniPlan(
  [
    '# 某市城市大脑运营方案（2026—2028年）',
    '## 一、运营对象',
    '业务运营：围绕一网通办、一网统管场景持续迭代服务流程。数据运营：开展数据资源编目、治理和授权开放。平台运营：城市大脑中枢平台版本迭代和用户支持。基础设施运营：政务云和城市物联感知网络的日常运行。安全运营：建设安全运营中心，7×24小时监测处置。',
    '## 二、运维团队',
    '组建不少于40人的专职运维团队，负责值班和故障处置。',
  ].join('\n'),
);

describe('a special plan under its own profile', () => {
  it.each([
    ['governance-roadmap', dataPlan, 'data-governance'],
    ['operations-content', opsPlan, 'operations'],
  ] as const)('%s reads the whole plan, past a heading inside it that names the topic', async (id, plan, profile) => {
    const full = (await checkDocument(plan)).results.find((r) => r.id === id)!;
    const special = (await checkDocument(plan, { profile })).results.find((r) => r.id === id)!;
    expect(full.status).not.toBe('pass');
    expect(special.status, special.message).toBe('pass');
  });
});
