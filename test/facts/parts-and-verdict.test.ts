import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { miniPlan } from '../check/helpers/mini-plan.ts';
import { loadPlan, realDir } from '../check/helpers/load-plan.ts';
import { buildContext, titleSection } from '../../functions/core/facts/context.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import { factOutput } from '../../functions/core/facts/index.ts';
import type { PartsValue } from '../../functions/core/facts/parts.ts';
import type { PlanVerdictValue } from '../../functions/core/facts/plan-verdict.ts';
import { listRules } from '../../functions/core/rules/catalog.ts';
import { enumeratedPassages } from '../../functions/core/facts/part-labels.ts';

const rule = (id: string) => listRules().find((r) => r.id === id)!;
const partsOf = (md: string, id: string) => factOutput({ ...buildContext(miniPlan(md)), rule: rule(id) }, 'parts') as { value: PartsValue };

describe('parts fact', () => {
  it('present by heading, mentioned in passing, missing otherwise — with evidence', () => {
    const md = '# 规划\n## 保障措施\n### 加强人才保障\n引进数字人才。\n### 资金\n设立专项资金。\n数字化转型工作涉及多个部门，需要各方协同推进，并在其他方面给予政策支持。';
    const { value } = partsOf(md, 'support-measures');
    expect(value.byName).toEqual({ policy: 'mentioned', funding: 'present', talent: 'present', culture: 'missing' });
    expect(value).toMatchObject({ found: 3, present: 2, mentioned: 1, missing: 1, total: 4 });
    const talent = value.findings.find((f) => f.name === 'talent')!;
    expect(talent.evidence[0].path).toEqual(['规划', '保障措施', '加强人才保障']);
  });

  it('reads a title in two languages, on two top headings, as the title: it qualifies no lead under it', () => {
    // (The second line over every chapter would otherwise lend its Plan to **Approved by Council**: a council plan.)
    const md = '# City of Marlow — Smart City Operations Plan 2026–2028\n# Ville de Marlow — Plan d\'exploitation 2026-2028\n\n**Approved by Council**, 9 December 2025.\n\n## 1. Context\n\nThe national digital strategy asks cities to share data; cloud and AI costs keep falling.\n\n## 2. Targets\n\nBy 2028, 90% of sensors report every hour.';
    expect(partsOf(md, 'assessment-background').value.byName['city-strategy']).not.toBe('present');
    expect(titleSection(miniPlan(md))?.heading).toContain('Ville de Marlow');
  });

  it('places each enumerated lead where it stands, not where its words first occur', () => {
    // (The run-on paragraph's leads quote their own clause: 加大资金投入 also opens the paragraph.)
    const ctx = buildContext(miniPlan('# 方案\n\n加大资金投入很关键。为此：一是强化政策供给，出台办法；二是加大资金投入，设立专项资金。'));
    const unit = ctx.units.find((u) => u.kind === 'paragraph')!;
    const passages = enumeratedPassages(unit);
    expect(passages.map((p) => p.lead)).toEqual(['强化政策供给', '加大资金投入']);
    for (const p of passages) expect(unit.norm.slice(p.at, p.at + p.lead.length)).toBe(p.lead);
    expect(passages[1].at).toBeGreaterThan(unit.norm.indexOf('加大资金投入'));
  });

  it('counts 安全 only as a policy word (安全可控) as mentioned, not present', () => {
    const md = '# 规划\n## 总体架构\n### 数字基础设施\n建设政务云，确保安全可控。';
    expect(partsOf(md, 'architecture-layers').value.byName.security).toBe('mentioned');
  });

  it('matches traditional and full-width text against simplified cues, quoting the original', () => {
    const { value } = partsOf('# 規劃\n## 總體架構\n### 安全體系\n建立網絡安全防護體系。', 'architecture-layers');
    expect(value.byName.security).toBe('present');
    expect(value.findings.find((f) => f.name === 'security')!.evidence[0].quote).toBe('安全體系');
  });

  it('reads the layers from the overall-architecture chapter when the plan has one, not from tasks or the assessment', () => {
    const md =
      '# 规划\n## 第一章 发展基础\n数字基础设施持续完善，数据资源体系初步建立。\n## 第二章 总体架构\n### 一、业务架构\n梳理业务域。\n### 二、应用架构\n按应用域组织应用。\n## 第三章 主要任务\n### 一、建设网络安全防护体系\n加强安全体系建设。';
    const { value } = partsOf(md, 'architecture-layers');
    expect(value.byName).toEqual({ business: 'present', information: 'missing', application: 'present', infrastructure: 'missing', security: 'missing' });
  });

  it('keeps a nested heading that matches the scope cue as a part heading (outermost scope section only)', () => {
    const md = '# Plan\n## 3 Overall architecture\n### 3.1 Overall architecture: the business architecture\nServices.\n### 3.2 Data architecture\nA data lake.';
    const { value } = partsOf(md, 'architecture-layers');
    expect(value.byName.business).toBe('present');
    expect(value.byName.information).toBe('present');
  });

  it('finds no data-governance process in a plan without a data-governance section, only in one that has it or is about it', () => {
    const scattered = '## 需求分析\n政府侧需要数据共享，提升治理能力。\n## 重点工程\n建设目标：汇聚数据资源30亿条，数据共享需求满足率达到95%。';
    expect(partsOf(`# 某市数字化转型规划\n${scattered}`, 'governance-process').value.found).toBe(0);
    const withSection = `# 某市数字化转型规划\n${scattered}\n## 健全数据治理体系\n覆盖数据采集、汇聚、存储、共享交换、质量管控和风险处置全流程。`;
    expect(partsOf(withSection, 'governance-process').value.missing).toBe(0);
    const about = partsOf('# 某市公共数据治理专项规划\n## 管理流程\n### 归集\n统一归集。\n### 共享\n数据共享交换。', 'governance-process').value;
    expect(about.byName).toMatchObject({ collection: 'present', sharing: 'present' });
  });

  it('reads a point of view at the head of a clause (从政策看，…) as a label, quoting its words', () => {
    const md = '# 某市数字化转型规划（2026—2028年）\n## 一、面临的形势\n从政策层面看，国家和省相继出台数字经济促进条例。从技术角度看，人工智能加快普及。从本区战略来看，区委提出建设科创新城。\n## 二、发展水平\n全区数字化转型综合得分72分，位列全省第六。';
    const { value } = partsOf(md, 'assessment-background');
    const quote = (name: string) => value.findings.find((f) => f.name === name)!.evidence[0].quote;
    expect(value.byName).toMatchObject({ 'policy-environment': 'present', 'technology-trends': 'present', 'city-strategy': 'present' });
    expect(quote('policy-environment')).toMatch(/政策$/);
    expect(quote('technology-trends')).toMatch(/技术$/);
    expect(quote('city-strategy')).toMatch(/本区战略$/);
  });

  it('finds a part discussed in a paragraph that opens with it', () => {
    const { value } = partsOf('# 规划\n## 七、保障措施\n加强宣传引导，营造全社会参与的良好氛围。', 'support-measures');
    expect(value.byName.culture).toBe('present');
  });
});

describe('plan verdict', () => {
  const verdictOf = async (file: string) => factOutput(buildContext(await loadPlan(join(realDir, file))), 'plan-verdict').value as PlanVerdictValue;
  it.each([
    ['CN07_national_14th5_digital_economy_plan.md', true],
    ['CN08_shanghai_yangpu_district_innovation_zone_plan.md', true],
    ['EN13_singapore_smart_nation_strategy_md', true],
    ['NEG13_national_14th5_emergency_system_plan_offtopic.md', false],
    ['NEG14_state_council_report_on_digital_economy_progress.md', false],
    ['NEG16_city_brain_framework_article.md', false],
  ])('%s → isPlan %s', async (file, isPlan) => {
    const v = await verdictOf(file);
    expect(v.isPlan).toBe(isPlan);
    if (!isPlan) expect(v.reasons.length).toBeGreaterThan(0);
  });

  const verdictOfText = (md: string) => factOutput(buildContext(miniPlan(md)), 'plan-verdict').value as PlanVerdictValue;
  const body = '到2025年，政务服务事项网上可办率达到100%，数字经济核心产业增加值占比达到10%，建成数字政府、数字社会和城市大脑，推进数据共享和数字化转型。';
  it('takes a news report about a plan (headline names the plan, byline opens it) for no plan', () => {
    const v = verdictOfText(`# 我市印发数字化转型规划（2021—2025年）\n本报讯（记者 李明）近日，市政府印发规划。据介绍，${body}`);
    expect(v.isPlan).toBe(false);
    expect(v.reasons.join(' ')).toContain('news report');
  });

  it('reads a plain line above the first heading as the title (a Markdown plan written as text)', async () => {
    // Through the real parser: the tree builder is what takes the opening line for the title.
    const doc = await parseDocument({ bytes: new TextEncoder().encode('南湖市城市数字化转型行动纲要\n为加快建设数字南湖，推进数字政府、数字社会、数字经济和数据共享，推进城市数字化转型。\n# 第一章 总体要求\n## 一、指导思想\n建设城市大脑，推进一网通办、一网统管，发展数字经济。'), filename: 'plan.md' });
    expect(doc.title).toBe('南湖市城市数字化转型行动纲要');
    const v = factOutput(buildContext(doc), 'plan-verdict').value as PlanVerdictValue;
    expect(v.isPlan).toBe(true);
  });

  it('keeps a plan that uses one reporting word (获悉) a plan', () => {
    expect(verdictOfText(`# 某市数字化转型规划（2021—2025年）\n## 发展目标\n经调研获悉需求旺盛。${body}`).isPlan).toBe(true);
  });
});

describe('plan verdict: genres that are not plans (issue 8, class 7)', () => {
  const verdict = (md: string) => factOutput(buildContext(miniPlan(md)), 'plan-verdict').value as PlanVerdictValue;
  const topic = '推进数字政府、数字经济、数字社会建设，推动城市数字化转型，建设城市大脑，促进数据共享和数据开放，发展智慧城市。';
  it.each([
    ['scoring-method', `# 某市数字化转型工作年度考评办法\n一、考评内容（满分100分）\n数字政府建设，分值30分，得分按完成率计算。数据共享，分值20分；扣分情形如下。加分项目：${topic}`],
    ['regulation', `# 某市公共数据管理办法\n第一条 为规范公共数据管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 ${topic}\n第四条 数据局负责。\n第五条 本办法自发布之日起施行。`],
    ['interpretation', `# 《某市数字化转型实施方案（2024—2026年）》政策解读\n问：方案的期限是什么？\n答：2024—2026年。到2026年，网上可办率达到100%。\n问：主要任务？\n答：${topic}`],
    ['minutes', `# 市数字化转型工作领导小组第三次会议纪要\n会议听取了规划编制情况汇报。会议指出，${topic}会议强调，到2027年网上可办率达到100%。会议要求各部门抓好落实。出席：各成员单位。`],
    ['drafting-work-plan', `# 某市数字化转型规划编制工作方案\n为做好规划编制工作，制定本方案。编制工作分前期研究、起草、征求意见、送审四个阶段。${topic}`],
    ['study-note', `# 学习《城市数字化转型顶层设计指南》的心得体会\n通过学习，我认为${topic}笔者体会到，规划期应为3至5年。`],
    ['news-article', `# 我市印发数字化转型规划（2025—2027年）\n本报讯（记者 王芳）近日，市政府印发规划。据了解，到2027年，${topic}`],
  ])('%s', (genre, md) => {
    const v = verdict(md);
    expect(v.isPlan).toBe(false);
    expect(v.genre).toBe(genre);
    expect(v.reasonsLocalized[0].en).toMatch(/not a plan/);
  });

  it('a short notice that publishes a plan without its text is not the plan (through the real parser)', async () => {
    const doc = await parseDocument({ bytes: new TextEncoder().encode(`关于印发《某市数字化转型实施方案（2025—2027年）》的通知\n\n各区县人民政府：现将方案印发给你们，请认真贯彻执行。${topic}\n`), filename: 'notice.md' });
    expect(factOutput(buildContext(doc), 'plan-verdict').value).toMatchObject({ isPlan: false, genre: 'notice' });
  });

  it('a plan whose title is a plan stays a plan, and an English strategy with a period and outcomes is one', () => {
    expect(verdict(`# 某市城市数字化转型规划（2025—2027年）\n## 发展目标\n到2027年，政务服务事项网上可办率达到100%。${topic}`).isPlan).toBe(true);
    expect(verdict('# Riverton Digital Strategy 2025–2028\n## Our goals\nBy 2028, 90% of council services will be available online, and we will publish 300 open data sets. Digital services, data sharing and smart city infrastructure for every resident. Digital inclusion and digital skills.').isPlan).toBe(true);
  });
});
