// A special plan checked under its own step's profile is all that step's section: a
// heading inside it that names the topic (Data Governance Council, 运维保障) is one of its
// sections, not the only place its rules look.
import { describe, expect, it } from 'vitest';
import { miniPlan } from './helpers/mini-plan.ts';
import { checkDocument } from '../../functions/core/check/check-plan.ts';

const dataPlan = miniPlan(
  [
    '# Millbrook Insight and Evidence Plan 2026–2028',
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

// Several chapters named for the topic (資料管理作業流程, 資料管控機制, 資料治理平台架構) are the special
// plan's own chapters: its roadmap (推動路徑) stands in a chapter of its own, not under any of them.
const chaptersPlan = miniPlan(
  [
    '# 某縣數位治理及資料應用計畫（116-119年度）',
    '## 壹、推動組織',
    '### 一、數位治理推動會',
    '由副縣長召集，統籌重大事項。',
    '### 二、資料治理諮詢委員會',
    '由學者專家組成，提供諮詢。',
    '## 貳、資料管理作業流程',
    '### 一、蒐集與彙整',
    '依資料目錄蒐集，統一彙整至縣資料平台。',
    '## 參、資料管控機制',
    '### 一、開放共享',
    '除法令限制外，資料以開放為原則。',
    '## 肆、推動路徑',
    '| 年度 | 工作重點 |',
    '|---|---|',
    '| 116年 | 衛生、觀光資料上架 |',
    '| 117-118年 | 擴及各局處 |',
    '| 119年 | 全面推動並檢討成效 |',
  ].join('\n'),
);

// A plan on the data's basic institutions (数据基础制度) is a data-governance plan by its title.
const institutionsPlan = miniPlan(
  [
    '# 某市数据基础制度建设实施方案（2026—2028年）',
    '## 一、完善数据管控制度',
    '### （一）推进开放共享',
    '建立公共数据开放清单。',
    '## 二、分步推进',
    '坚持“试点探索—总结提炼—全面推广”，2026年在医疗、交通领域试点，2027年扩大到10个领域，2028年全面推开。',
  ].join('\n'),
);

describe('a special plan whose chapters name its topic', () => {
  it.each([
    ['several data chapters', chaptersPlan],
    ['数据基础制度 in the title', institutionsPlan],
  ] as const)('governance-roadmap reads the whole plan: %s', async (_name, plan) => {
    const special = (await checkDocument(plan, { profile: 'data-governance' })).results.find((r) => r.id === 'governance-roadmap')!;
    expect(special.status, special.message).toBe('pass');
  });
});

// Two chapters named for the topic, only one with sections of its own (健全数据管理组织 beside
// 完善数据治理机制): they are the plan's chapters on its topic, not one chapter the rule keeps to;
// its platforms stand in a chapter named for none of it (夯实技术底座, Tools we will build).
const twoChaptersZh = miniPlan(
  [
    '# 某区公共数据共享开放工作方案（2026—2027年）',
    '## 一、健全数据管理组织',
    '区数据局统筹全区公共数据工作，各部门明确一名首席数据官。',
    '## 二、完善数据治理机制',
    '### （一）共享机制',
    '实行“按需共享、无条件共享为原则”。',
    '### （二）开放机制',
    '编制年度开放清单，分级分类开放。',
    '## 三、夯实技术底座',
    '建设数据归集系统、目录管理系统、共享交换平台、分析应用平台、质量核验工具和安全审计系统，统一部署在区政务云。',
  ].join('\n'),
);
const twoChaptersEn = miniPlan(
  [
    '# Ashby Open Data Plan 2026–2028',
    '## 1. Who looks after our data',
    'A Data Board chaired by the Director of Resources meets every quarter.',
    '## 2. Data governance',
    '### 2.1 Sharing',
    'Data is shared between services by default unless the law prevents it.',
    '### 2.2 Publishing',
    'Open datasets are released under the Open Government Licence.',
    '## 3. Tools we will build',
    'An ingestion platform to collect data from every system, a catalogue with metadata for each dataset, an API portal for sharing, analytics dashboards for officers, a quality validation tool and a security audit system.',
  ].join('\n'),
);

describe('a special plan with two chapters named for its topic, one without sections', () => {
  it.each([
    ['zh', twoChaptersZh],
    ['en', twoChaptersEn],
  ] as const)('governance-platforms reads the whole plan: %s', async (_name, plan) => {
    const special = (await checkDocument(plan, { profile: 'data-governance' })).results.find((r) => r.id === 'governance-platforms')!;
    expect(special.status, special.message).toBe('pass');
  });
});

// A special plan whose title names the topic's object (Data and Insight Services Plan, 公共数据赋能
// 行动方案) is all about it, though only one chapter, with sections, is named for managing it: its
// roadmap stands in a chapter of its own.
const dataTitledEn = miniPlan(
  [
    '# Wexley Data and Insight Services Plan 2026–2028',
    '## 1. Who is responsible',
    'The Insight Board, chaired by the Chief Executive, sets priorities.',
    '## 2. How we will manage data through its life',
    '### 2.1 Collecting data',
    'Each service records its datasets in one catalogue.',
    '### 2.2 Keeping data accurate',
    'Quality checks run every night.',
    '## 3. Timeline',
    '2026: a catalogue and named owners. 2027: pilots in housing and highways. 2028: every service on the shared platform.',
  ].join('\n'),
);
const dataTitledZh = miniPlan(
  [
    '# 某区公共数据赋能三年行动方案（2026—2028年）',
    '## 一、组织保障',
    '区数据局统筹推进，各部门明确数据专员。',
    '## 二、加强数据管理',
    '### （一）采集汇聚',
    '按目录统一采集，汇聚至区级平台。',
    '### （二）质量管控',
    '建立数据质量问题闭环整改机制。',
    '## 三、推进步骤',
    '2026年完成数据资源普查，2027年开展授权运营试点，2028年全面推广。',
  ].join('\n'),
);

describe('a special plan whose title names data', () => {
  it.each([
    ['en', dataTitledEn],
    ['zh', dataTitledZh],
  ] as const)('governance-roadmap reads the whole plan, past its one data-management chapter: %s', async (_name, plan) => {
    const special = (await checkDocument(plan, { profile: 'data-governance' })).results.find((r) => r.id === 'governance-roadmap')!;
    expect(special.status, special.message).toBe('pass');
  });
});
