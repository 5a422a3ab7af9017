// Product decision (issue 8, class 7): when a document is not a plan, the report
// says so first and the headline rules fail with that reason — a news article
// about a plan does not inherit the plan's period or goals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { renderReport } from '../../functions/core/report/index.ts';

const fixture = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));

describe('a document that is not a plan', () => {
  it('fails the headline rules with the genre, in the report language', async () => {
    const r = await checkPlan({ bytes: fixture('hard/news-article-about-plan.md'), filename: 'news.md', lang: 'en' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'news-article' });
    for (const id of ['horizon', 'goals-measurable', 'goals-indicator-system', 'goals-staged', 'architecture-layers', 'support-measures']) {
      const rule = r.results.find((x) => x.id === id)!;
      expect(rule.status, id).toBe('fail');
      expect(rule.message).toMatch(/^Not a plan \(a news article\): /);
      expect(rule.parts.every((p) => p.status === 'missing')).toBe(true);
    }
    // The other rules still run, so a reviewer sees what the document holds.
    expect(r.results.some((x) => !['horizon', 'goals-measurable', 'goals-indicator-system', 'goals-staged', 'architecture-layers', 'support-measures'].includes(x.id) && x.status !== 'fail')).toBe(true);
    const md = renderReport(r, 'md');
    expect(md.indexOf('[!WARNING]')).toBeLessThan(md.indexOf('## Findings'));
  });

  it('a plan keeps its own findings', async () => {
    const r = await checkPlan({ bytes: fixture('plans/p01-linhu-complete.md'), filename: 'p01.md', lang: 'en' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
    expect(r.results.find((x) => x.id === 'horizon')!.status).toBe('pass');
  });

  // A blueprint or a roadmap is a plan by its title (藍圖, 路线图), as a 规划 or 方案 is.
  it.each([
    ['數碼政府發展藍圖（2026-2030）', '## 一、目標\n\n至2030年，九成服務可於網上辦理。'],
    ['某市数字化转型路线图（2025—2027年）', '## 一、目标\n\n到2027年，政务服务事项全程网办率达到95%。'],
  ])('a title naming a blueprint or roadmap reads as a plan: %s', async (title, body) => {
    const r = await checkPlan({ bytes: Buffer.from(`# ${title}\n\n${body}\n`), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });

  // An architecture design for a span of years (the guide's overall-architecture profile) is a plan by its title.
  it.each([
    ['某县城市数字化转型总体架构设计（2026—2028年）', '## 第一章 业务架构\n\n梳理一级业务42项。\n\n## 第二章 基础设施架构\n\n建设县级云计算中心，2027年前部门机房全部迁移上云。'],
    ['Eastbrook Digital Target Architecture 2026–2029', '## 1. Application architecture\n\nA common digital case management platform replaces eleven service systems by 2028.\n\n## 2. Infrastructure architecture\n\nFull fibre reaches every council building by 2027.'],
  ])('a title naming an architecture design reads as a plan: %s', async (title, body) => {
    const r = await checkPlan({ bytes: Buffer.from(`# ${title}\n\n${body}\n`), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });

  // Other words of the same classes as the real NEG01 (a wire story) and NEG03 (a download stub).
  it.each([
    ['wire story', '# 某市印发数字化转型三年行动计划\n\n中新社杭州3月1日电 记者从某市政府获悉，该市近日印发《某市数字化转型三年行动计划（2025—2027年）》。《行动计划》提出，到2027年，政务服务事项全程网办率达到98%。\n', 'news-article'],
    ['download stub', '# Digital Strategy 2025–2029\n\nDownload the strategy (PDF, 2 MB): https://www.example.gov/digital-strategy-2025-2029.pdf\n', 'link-stub'],
    ['stub with a bare link', '# 某市数字政府建设规划（2025—2027年）\n\n//www.example.gov.cn/pdf/viewer.html?file=plan.pdf\n', 'link-stub'],
  ])('%s: not a plan', async (_name, text, genre) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre });
  });

  // A plan's opening may say "published", "updated" or "said": without a byline that is no news report.
  it.each([
    '# Harbourside Digital Strategy 2025–2028\n\nPublished by Harbourside Council, March 2025. Last updated June 2025.\n\nThe Leader said the strategy sets our course to 2028.\n\n## Our goals\n\nBy 2028, 90% of council transactions will be online.\n',
    '# County Data Strategy 2026–2029\n\nFirst published January 2026; updated each April.\n\n## Targets\n\nBy 2029, 300 datasets published on the open data portal.\n',
  ])('a plan whose opening says published or updated stays a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict.genre).not.toBe('news-article');
  });
  // A press release (新闻稿) and a review opinion (专家评审意见) report on a plan; an opinion piece
  // argues about a plan it quotes (its period, its targets); a report under a title of its own
  // (…执行报告, 年度绩效報告, Performance Report) accounts for a year's work under a plan: its
  // plan-like figures are results. None of them is the plan.
  it.each([
    ['# 某市政府新闻稿\n\n市政府今日召开常务会议，审议通过《某市数字化转型规划（2025—2027年）》。规划提出，到2027年政务服务全程网办率达到98%。\n', 'news-article'],
    ['# Press release: Council adopts Digital Strategy 2025–2029\n\nThe council today adopted its digital strategy. By 2029, 90% of services will be online.\n', 'news-article'],
    ['《某县数字乡村建设规划（2025—2027年）》（征求意见稿）\n\n专家评审意见\n\n评审组听取了编制单位的汇报，认为规划目标明确，建议进一步细化重点工程。\n', 'review-opinion'],
    ['# 关于《某市数据要素市场化配置改革方案》的专家评审意见\n\n评审组认为方案思路清晰。评审组建议补充数据交易规则。评审意见：原则通过，修改完善后报批。\n', 'review-opinion'],
    // A project's acceptance (竣工验收意见, 驗收報告, an acceptance report) says what was built and that it passed: it plans nothing.
    ['# 某县数字乡村综合服务平台项目\n\n初验意见\n\n县大数据中心组织召开初步验收会，验收组由5名专家组成。验收组听取了承建单位的汇报，查看了试运行情况，同意该项目通过初步验收，并建议在2027年前完成二期建设，推进数字政府和智慧城市应用。\n', 'acceptance'],
    ['# 北濱市智慧停車系統建置案驗收報告\n\n## 壹、驗收經過\n\n本府於115年3月辦理驗收，驗收小組檢視系統功能與試運行紀錄，監理單位提出報告。\n\n## 貳、驗收結論\n\n系統符合契約規範，同意驗收通過；預計於116年擴充至全市路段，推動智慧城市與數據共享。\n', 'acceptance'],
    ['# 本报评论员：数字化转型要让群众真正受益\n\n日前印发的《某市数字化转型行动方案（2026—2028年）》提出，到2028年政务服务事项全程网办率达到95%。目标令人振奋，但落实更为关键。数字政府建设不能只看上线了多少系统，更要看群众办事是否真正方便；数据共享要打破部门壁垒，智慧城市建设要把钱花在刀刃上。\n', 'news-article'],
    ['# Commentary: the county\'s smart-city plan forgets the people it serves\n\n*Jordan Reyes is a senior fellow at the Midstate Policy Institute.*\n\nThe county\'s Smart County Plan 2026–2029 promises that 95% of permits will be online by 2029 and that fibre will reach every town by 2028. Those are fine targets. But digital services, data sharing and smart infrastructure mean little to residents who cannot afford a connection.\n', 'news-article'],
    ['# 南湖区智慧城市建设三年行动计划2026年度执行报告\n\n## 一、总体进展\n\n2026年，全区列入行动计划的38个项目中，31个按期完成，政务服务事项全程网办率达到91%，较上年提高6个百分点。\n\n## 二、资金使用\n\n年度安排资金1.2亿元，支出率94%。\n\n## 三、下一步\n\n到2027年底前，完成城市运行管理平台二期建设，推进数据共享和数字政府建设。\n', 'work-summary'],
    ['# 北濱縣政府113年度數位治理成效報告\n\n## 壹、年度成果\n\n本年度完成智慧路燈換裝4,200盞，線上申辦案件比率達72%，數據開放資料集新增85項。\n\n## 貳、預算執行\n\n年度預算新臺幣1.8億元，執行率93%。\n\n## 參、未來精進\n\n預計於115年前完成全縣智慧防災感測布建，持續推動數位政府與資料治理。\n', 'work-summary'],
    ['# Eastmoor Borough Council Digital Programme: Annual Performance Report 2026\n\n## Summary\n\nIn 2026 the programme moved 42 services online; 88% of transactions are now digital, up from 79%. By 2027 we expect to retire the last two legacy systems.\n\n## Spend\n\nThe programme spent £3.1m of its £3.4m budget on digital services, data sharing and smart infrastructure.\n', 'work-summary'],
    // A masthead under a title of any subject names a publication's series: a brief advising cities is an analysis.
    ['# Five Things Every City Digital Plan Needs\n\nIssue Brief · Northlake Civic Institute · March 2026\n\nCities that publish digital strategies often leave out funding and skills. We recommend that councils set a three-year window, publish measurable targets such as 90% of transactions online by 2028, and fund shared data platforms, digital services and smart infrastructure.\n', 'analysis-report'],
    ['# 城市数字化转型要补齐三块短板\n\n研究简报 2026年第5期（总第41期）\n\n课题组梳理了28个城市的数字化转型规划，研究发现，多数规划缺少量化指标和资金安排。建议各地明确规划期，到2027年政务服务事项全程网办率达到95%，推进数据共享、数字政府和智慧城市建设。\n', 'analysis-report'],
    // A regulator's questions and guidance, a reporter's feature, a consultant's pitch: each speaks of plans.
    ['# Preparing a smart city plan: frequently asked questions\n\n## What period should the plan cover?\n\nThree to five years, for example 2026–2029, with targets such as 90% of services online by 2029.\n\n## Must the plan include funding?\n\nYes: the plan should say how digital services, data platforms and infrastructure will be paid for.\n', 'interpretation'],
    ['# Digital strategies: a guidance note for councils\n\nCouncils must publish a digital strategy covering three to five years, with measurable targets (for example, 90% of transactions online by 2028), a data and technology architecture, and the policy, funding and skills that will deliver it.\n', 'regulation'],
    ["# Inside Riverside's plan to wire every street\n\n**By Sam Ortiz, Staff Writer**\n\nRIVERSIDE — The city's Digital Plan 2026–2029 promises free public Wi-Fi on every main street by 2028 and 95% of permits online by 2029, officials said on Tuesday. Council members asked who would pay for the sensors and the data platform.\n", 'news-article'],
    ["# A closer look at the county's digital strategy\n\n*Maria Chen, Local Government Correspondent*\n\nThe county's strategy for 2026–2030 sets out to connect every village to gigabit broadband by 2029 and to move 80% of council services online, the cabinet member for digital said. Opposition councillors said the data and skills plans were thin.\n", 'news-article'],
    ['# Statement of Qualifications\n\n**Submitted to:** City of Lakemont, Department of Innovation\n\nOur team has written digital strategies for 14 cities. For Lakemont we propose a three-year plan, 2026–2028, with targets such as 90% of services online by 2028, a shared data platform, smart infrastructure and a skills programme.\n', 'vendor-brief'],
    ['# Capability Statement: Digital Transformation Advisory\n\nWe help cities plan their digital transformation: current-state assessment, strategy with measurable targets for 2026–2029, architecture of data, applications and infrastructure, and the funding and talent to deliver it.\n', 'vendor-brief'],
    // A scrutiny review (a council's overview and scrutiny committee, a 人大 inspection) reports what members
    // found of a plan's delivery and what they recommend: its figures are the plan's, reviewed.
    ['Westmoor Borough Council\n\n## Overview and Scrutiny Committee\n\n### Smart Places Programme: review of delivery so far\n\n## 1. Why we looked at this\n\nMembers wanted to know whether the Smart Places Programme 2025–2028 is on course to put 80% of transactions online by 2028.\n\n## 2. What we found\n\nThe data platform is six months late. Digital services, data sharing and smart infrastructure are each behind plan.\n\n## 3. Recommendations\n\nThe Cabinet should publish a revised timetable by March.\n', 'scrutiny-review'],
    ['# Scrutiny Panel Report: the City Digital Strategy 2026–2030 after one year\n\nThe panel took oral evidence from the Chief Digital Officer and written evidence from four directorates. The strategy aims for 90% of services online by 2030; the panel found it at 61%, with the shared data platform and fibre roll-out behind schedule.\n', 'scrutiny-review'],
    ['# 关于全市数字政府建设规划实施情况的视察报告\n\n市人大常委会视察组于2026年5月对《某市数字政府建设规划（2025—2027年）》实施情况进行了视察。规划提出到2027年政务服务事项全程网办率达到95%，目前为86%。视察组建议加快数据共享和智慧城市项目建设。\n', 'scrutiny-review'],
    // A drafting explanation (起草说明, 編制說明, explanatory memorandum) tells how a plan was drafted and
    // sums up its contents for those who review it: it is about the plan, not the plan.
    ['# 青溪县数字乡村发展规划（2026—2028年）编制说明\n\n## 一、编制背景\n\n县委县政府要求编制全县数字乡村发展规划。\n\n## 二、编制过程\n\n编制组走访12个乡镇，书面征求28个部门意见，召开专家论证会一次。\n\n## 三、主要内容\n\n规划提出，到2028年，行政村5G覆盖率达到95%，建成县级农业大数据平台，推进数字政府和智慧城市建设。\n', 'drafting-explanation'],
    ['# 《北港市智慧城市中長程計畫（116-119年度）》修訂說明\n\n## 壹、修訂緣由\n\n原計畫執行屆滿二年，依審議意見辦理滾動修正。\n\n## 貳、修訂重點\n\n目標年改為119年，新增119年前市民數位服務使用率達80%之指標，調整資料治理與智慧交通計畫經費。\n', 'drafting-explanation'],
    // A government's brief to its legislature on one programme (LegCo Brief, 立法會參考資料摘要) sets out
    // the decision, its costs and its staffing: a paper for the council, not a plan.
    ['# LegCo Brief\n\n## Smart Lampposts Expansion Programme\n\n### Introduction\n\nAt the meeting of the Executive Council on 10 March 2026, the Council advised and the Chief Executive ordered that the Government should expand the smart lamppost network by 2,000 posts by 2029.\n\n### Justifications\n\nThe 400 posts installed since 2019 collect traffic, air quality and weather data for digital services and data sharing across departments.\n\n### Financial and Staffing Implications\n\nThe non-recurrent cost is estimated at $612 million over 2026-27 to 2028-29. Eight time-limited posts will be created.\n\n### Economic Implications\n\nThe programme will support smart city applications by local technology firms.\n\n### Public Consultation\n\nThe Legislative Council Panel on Information Technology and Broadcasting was consulted in January 2026.\n\n### Publicity\n\nA press release will be issued.\n\n### Enquiries\n\nEnquiries may be directed to the Digital Policy Office.\n', 'committee-report'],
    ['# 立法會參考資料摘要\n\n## 政府資料中心大樓第三期計劃\n\n### 建議\n\n行政長官會同行政會議於2026年4月決定，政府應興建政府資料中心大樓第三期，於2029年落成，為各政策局及部門提供雲端及數據共享服務。\n\n### 理由\n\n現有兩座資料中心的使用率已達九成，未能應付數字政府及智慧城市應用的增長。\n\n### 對財政及公務員的影響\n\n工程費用估計為18億元，分四個財政年度支付；所需人手由現有資源調配。\n\n### 對經濟的影響\n\n計劃可為本地建造業創造約600個職位。\n\n### 對環境及可持續發展的影響\n\n大樓會達到綠建環評金級。\n\n### 公眾諮詢\n\n我們已於2026年2月諮詢立法會發展事務委員會，委員支持計劃。\n\n### 宣傳安排\n\n我們會發出新聞稿。\n\n### 查詢\n\n如有查詢，請聯絡建築署。\n', 'committee-report'],
    // An application for funding asks for one project's money; it plans no city's transformation.
    ['# 2026年度省级数字经济发展专项资金项目申报书\n\n**项目名称：** 城区智慧停车诱导系统\n**申报单位：** 某市城市运行管理中心\n\n## 一、项目概况\n\n项目拟在中心城区建设停车诱导屏40块，接入公共停车场车位数据，项目总投资800万元，申请省级资金400万元，建设期12个月。\n\n## 二、项目负责人\n\n张某，高级工程师。\n\n## 三、预期成效\n\n项目建成后，高峰时段寻找车位时间缩短30%。\n', 'application'],
    ['# Funding Application: Harbourside Smart Parking Pilot\n\n**Applicant:** Harbourside City Council\n**Amount requested:** £380,000 (match funding £120,000 from the council)\n\n## Project summary\n\nWe will fit 600 bays with sensors and publish live availability to drivers through the council app, over 14 months from April 2026.\n\n## Outcomes\n\nA 20% cut in time spent searching for a space in the town centre.\n', 'application'],
    // A paper on how cities should plan names planning as its subject, not itself as a plan.
    ['# Planning Smarter Places\n\n## How councils should plan their data and digital services\n\n### Summary\n\nWe reviewed 40 council digital strategies published since 2020 and interviewed 25 digital leaders. Most set out aims but few say by when, at what cost or who is accountable.\n\n### What good plans do\n\nThey start from an honest assessment, set out a target architecture, set measurable targets with dates and review progress in public.\n\n### Recommendations\n\nCouncils should publish a costed roadmap, name an owner for each target and report to members every year.\n', 'guidance'],
    ['# Lessons from Ten Cities\n\n## How to plan a city-wide digital transformation\n\n### Introduction\n\nThis note draws on the digital plans of ten mid-sized cities to show what makes a plan usable by the people who must deliver it.\n\n### The lessons\n\nSet a three- to five-year horizon. Tie every goal to an indicator with a baseline and a target. Describe the business, data, application, infrastructure and security layers together.\n', 'guidance'],
    ['# Explanatory Memorandum to the Draft Digital Strategy 2026–2030\n\n## Purpose of this memorandum\n\nThis memorandum explains how the draft strategy was prepared and what it proposes, for members considering it at Cabinet.\n\n## What the draft proposes\n\nBy 2030, 90% of council transactions online, a shared data platform and a digital skills offer in every library.\n', 'drafting-explanation'],
    // A teaching note or case for a class tells students what a city's plan did: it plans nothing. So does a
    // Chinese title led by another genre's word and a colon or dash (教学笔记：…规划的制定与实施).
    ["# Teaching Case: Riverton's Digital Plan 2021–2025 and After\n\n*Prepared for the MPA core course on public sector innovation. For classroom use only.*\n\n## Case summary\n\nIn 2021 Riverton City published a Digital Plan for 2021–2025 with targets such as 90% of permits online by 2025 and a shared data platform. By 2024 the data platform was late and the skills budget had been cut.\n\n## Questions for discussion\n\n1. Were the plan's targets measurable?\n2. How should the city fund its next plan?\n\n## Suggested teaching plan\n\nOpen with a poll; close with a role-play of the cabinet meeting.\n", 'study-note'],
    ["# 教学笔记：某市数字化转型规划（2021—2025年）的制定与实施\n\n本案例供公共管理硕士（MPA）课程课堂讨论使用，不评价案例中有关做法的得失。\n\n## 一、案例概要\n\n2021年，某市印发数字化转型规划，提出到2025年政务服务事项全程网办率达到95%，建成城市大数据平台。2023年，平台建设延期，人才政策调整。\n\n## 二、教学目的\n\n帮助学员理解规划目标、资金保障与组织机制之间的关系。\n\n## 三、讨论问题\n\n1．该市规划的目标是否可衡量？\n2．下一轮规划应如何安排资金？\n\n## 四、课堂安排\n\n建议用90分钟，分组讨论后汇报。\n", 'study-note'],
    ["# 案例分析——某县数字乡村发展规划（2024—2026年）为何推进缓慢\n\n课题组于2025年赴某县调研，访谈干部32人。研究发现，规划提出到2026年行政村5G覆盖率达到95%，但资金未落实，人才不足。\n\n## 一、主要问题\n\n数据平台建设滞后，部门协同不够。\n\n## 二、原因分析\n\n规划缺少分年度资金安排。\n", 'analysis-report'],
  ])('%s', async (text, genre) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre });
  });

  // The reason quotes the line that names the genre as the document writes it: a drafter finds her own
  // words (立法會參考資料摘要, LegCo Brief), not the checker's normalized reading of them (立法会参考数据摘要, legco brief).
  it.each([
    ['# 立法會參考資料摘要\n\n## 智慧燈柱擴展計劃\n\n### 對財政及公務員的影響\n\n所需開支約3億元。\n', '立法會參考資料摘要'],
    ['# LegCo Brief\n\n## Smart Lampposts\n\n### Financial and Staffing Implications\n\nThe cost is $300 million.\n', 'LegCo Brief'],
    ['臺北市政府資訊局\n\n# 會議紀錄\n\n## 數位轉型推動小組第三次會議\n\n出席：各局處資訊主管。決議：資料治理專案於2027年前完成。\n', '會議紀錄'],
  ])('quotes the genre line in the document’s own characters: %s', async (text, quoted) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict.isPlan).toBe(false);
    expect(r.verdict.reasons[0]).toContain(`（${quoted}）`);
  });

  // Plans that stay plans, whatever genre word they hold.
  it.each([
    // Under a title that states the plan's years, a first line or heading that opens with a genre's
    // word is the plan's own first section, not a masthead.
    ['masthead', '# Harbourside Digital Strategy 2026–2029\n\n## Update — what has changed since 2025\n\nThis refresh keeps our goals. By 2029, 90% of council transactions will be online and every library will offer digital skills support.\n'],
    ['masthead', '# Kestrel Smart District Plan 2026–2028\n\n## Analysis: where we start\n\nOnly 40% of services are online today. By 2028, 85% of services will be online and 200 datasets published on the open data portal.\n'],
    // An English genre word counts as a word: promotion holds no motion, updated no update.
    ['word bound', '# Digital Promotion Plan 2026–2028\n\n## Goals\n\nBy 2028, 90% of council services will be online and every small business in the district will be offered digital skills support.\n'],
    ['word bound', '# Smart City Strategy 2026–2029 (updated June 2027)\n\n## Our targets\n\nBy 2029, 95% of residents will reach gigabit broadband and 300 datasets will be published on the open data portal.\n'],
    // A plan's evaluation chapter may score its measures (权重（分）, 评分标准, Points available): the
    // marks of a scoring method, all in that one chapter, are the plan's own.
    ['score table', '# 某区智慧社区运营方案（2026—2027年）\n\n## 一、目标\n\n到2027年，智慧社区覆盖率达到90%，推进数据共享和数字政府建设。\n\n## 二、运营内容\n\n平台运营、数据运营和服务运营由区数据局统筹。\n\n## 三、考核评价\n\n| 考核指标 | 分值 | 评分标准 |\n|---|---|---|\n| 平台可用率 | 20 | 达到99%得满分，每低1个百分点扣2分 |\n| 数据更新及时率 | 20 | 达到95%得满分，低于90%不得分 |\n| 居民满意度 | 10 | 90分以上得满分，按得分折算 |\n| 事件处置率 | 20 | 达到98%得满分，超期未处置每件扣分0.5分 |\n| 安全运营 | 10 | 发生安全事件不得分，漏洞超期未修复扣分 |\n'],
    ['score table', '# Smart Campus Operating Plan 2026–2028\n\n## 1. Goals\n\nBy 2028, 95% uptime for digital services and every building on the shared data platform.\n\n## 2. Running the service\n\nThe digital team runs the platform, data and security operations.\n\n## 3. Evaluation\n\n| Measure | Points available | Scoring criteria |\n|---|---|---|\n| Platform uptime | 30 | Maximum score at 99.5%; marks awarded pro rata below |\n| Data quality | 30 | Maximum score when 95% of records pass checks |\n| User satisfaction | 20 | Weighting by survey response; maximum score at 90% satisfied |\n| Incident response | 20 | Maximum score when 98% of incidents close on time; points available pro rata |\n'],
    // Its fee paid by that score, in another chapter (绩效服务费按运营评价得分核拨; the operator's fee cut on points),
    // leaves the marks in a few of its chapters: still the plan's evaluation, not a scoring method.
    ['score table and a fee by score', '# 某县城市运行中心运营规划（2026—2028年）\n\n## 一、总体要求\n\n到2028年，事件按时处置率达到98%，推进数据共享和数字政府建设。\n\n## 二、运营管理\n\n县城运中心统筹日常运营。\n\n## 三、运营内容\n\n平台运营、数据运营和安全运营。\n\n## 四、运营模式\n\n政府购买服务，绩效服务费按年度评价得分核拨，低于70分扣除全部绩效服务费。\n\n## 五、运营评价\n\n| 评价指标 | 分值 | 评分标准 |\n|---|---|---|\n| 平台可用性 | 30 | 达到99.9%得满分，每低0.1个百分点扣2分 |\n| 事件按时处置率 | 30 | 达到98%得满分，每低1个百分点扣1分 |\n| 数据质量 | 10 | 问题闭环率100%得满分，每低1个百分点扣分1分 |\n| 安全运营 | 10 | 发生较大安全事件不得分，演练每年2次得满分 |\n| 满意度 | 20 | 按问卷得分折算，满分20分 |\n\n## 六、保障措施\n\n县财政每年安排运营经费。\n'],
    ['score table and a fee by score', '# Harbour District Smart Operations Plan 2026–2028\n\n## 1. Goals\n\nBy 2028, 99.9% platform uptime and every incident closed within its target time, with shared data and digital services for residents.\n\n## 2. Who runs it\n\nThe district data office manages the contract.\n\n## 3. What is run\n\nPlatform, data and security operations.\n\n## 4. Paying the operator\n\nA fixed fee plus a performance fee paid on the yearly evaluation: below 70 points, the performance fee is withheld; maximum score earns it in full.\n\n## 5. Evaluation\n\n| Measure | Points available | Scoring criteria |\n|---|---|---|\n| Platform uptime | 30 | Maximum score at 99.9%; marks awarded pro rata below |\n| Incident response | 30 | Maximum score when 98% of incidents close on time |\n| Data quality | 10 | Maximum score when every issue is closed; points available pro rata |\n| Security | 10 | Maximum score with no major incident; marks awarded for two exercises a year |\n| User satisfaction | 20 | Weighting by survey response; maximum score at 90% satisfied |\n\n## 6. Making it happen\n\nThe council funds operations from its digital budget.\n'],
  ])('%s: stays a plan', async (_name, text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });

  // A study of the city's own strategy for a span of years is that strategy (the assessment and
  // strategy steps of a top-level design); a study that evaluates a past plan stays a report.
  it.each([
    ['# 某区数字化转型战略研究报告（2026—2028年）\n\n## 一、总体目标\n\n到2028年，政务服务事项全程网办率达到95%，数据共享率达到90%，建成城市运行管理平台，推进数字政府和智慧城市建设。\n', 'plan'],
    ['# Kingsbridge Digital Strategy Study 2026–2029\n\n## Our goals\n\nBy 2029, 90% of council transactions will be online, 300 datasets published on the open data portal, and every library offering digital skills support for residents.\n', 'plan'],
    // (The span of years may stand on the line under the title, as a Word title block sets it.)
    ['江州市数字化转型现状评估与战略研究报告\n（2026—2030年）\n\n第一章 发展目标\n\n到2030年，政务服务事项全程网办率达到95%，数据共享率达到90%，建成城市运行管理平台，推进数字政府和智慧城市建设。\n', 'plan'],
    ['Harrowgate Digital Strategy Study\n2026–2029\n\n## Our goals\n\nBy 2029, 90% of council transactions will be online, 300 datasets published on the open data portal, and every library offering digital skills support for residents.\n', 'plan'],
    // (So is the strategy with its years over the study's name in brackets, on its line or the title's.)
    ["# 江州市数字经济发展战略（2026—2030年）\n\n（研究报告）\n\n受市政府委托，课题组开展本研究。\n\n## 一、发展目标\n\n到2030年，数字经济核心产业增加值占GDP比重达到12%，建成城市数据资源平台，推进数字政府和智慧城市建设。\n\n## 二、保障措施\n\n强化政策、资金、人才和数字文化保障。\n", 'plan'],
    ["# Eastholm Digital Strategy 2026–2029 (Research Report)\n\nPrepared by the University of Eastholm's Centre for Urban Data for Eastholm City Council.\n\n## Our goals\n\nBy 2029, 90% of council transactions will be online, 300 datasets published on the open data portal, and every library offering digital skills support for residents.\n", 'plan'],
    ["# 南屿市城市数字化转型战略（2026—2030年）\n\n（课题研究报告·终稿）\n\n## 一、战略目标\n\n到2030年，政务服务事项全程网办率达到95%，数据共享率达到90%，建成城市运行管理平台，推进数字政府和智慧城市建设。\n", 'plan'],
    ['# 某市数字化转型规划（2021—2025年）实施情况中期评估报告\n\n## 一、总体进展\n\n规划实施以来，全市政务服务事项全程网办率达到88%。评估发现，数据共享仍有短板。建议加快推进数字政府和智慧城市建设。\n', 'analysis-report'],
  ])('a study with a period: %s', async (text, genre) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict.genre).toBe(genre);
  });

  // A genre word the title quotes (从“规划”到“落地”, 走出「藍圖」之後) is what the paper speaks of: the
  // heading under it names what it is.
  it.each([
    '# 从“规划”到“落地”：城市数字化转型的三点观察\n\n## 调研报告\n\n### 一、调研背景\n\n近年来各地陆续出台数字化转型规划，但落地成效参差不齐。本报告基于对六个城市的走访，分析规划执行中的共性问题。\n\n### 二、主要发现\n\n多数城市的规划目标缺少分年度安排，数据共享仍是最大短板。\n\n### 三、政策建议\n\n建议建立规划实施年度评估机制。\n',
    '# 走出「藍圖」之後：臺灣縣市數位治理的下一步\n\n## 研究報告摘要\n\n### 一、研究緣起\n\n各縣市近年陸續提出智慧城市藍圖，惟推動成效不一。本研究訪談十二個縣市，歸納推動困境。\n\n### 二、主要發現\n\n跨機關資料介接仍是最大瓶頸，專業人力普遍不足。\n\n### 三、政策建議\n\n建議中央設立地方數位治理輔導機制。\n',
  ])('a quoted genre word in a title is no genre: %s', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });

  // A subtitle heading that is a genre's name (Lecture Notes — Week 3, 课程讲义——第三讲) names what a
  // course text is, whatever plan or strategy its title speaks of.
  it.each([
    '# URBS 2040 Smart Cities and Data Strategy\n\n## Lecture Notes — Week 3\n\nThis week we read how a city sets a three-to-five-year horizon for its digital strategy, with measurable targets such as 90% of services online by 2028, an architecture of data, applications and infrastructure, and safeguards of policy, funding and skills.\n',
    '# 城市数字化转型规划编制方法\n\n## 课程讲义——第三讲\n\n本讲介绍城市数字化转型顶层设计的方法：规划期一般为3至5年，目标要可量化，如到2028年政务服务全程网办率达到95%；总体架构包括业务、数据、应用、基础设施和安全；保障措施包括政策、资金、人才和文化。\n',
  ])('a subtitle heading names a course text: %s', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'study-note' });
  });

  // A council officer's report asking a committee to adopt a strategy reports on the plan.
  it.each([
    '# Northwold District Council\n\n## Report to: Cabinet\n\n## Title: Adoption of the Digital Strategy 2025–2029\n\n### 1. Purpose of the report\n\n1.1 This report asks Members to adopt the Digital Strategy 2025–2029 (Appendix A).\n\n### 2. Recommendations\n\n2.1 That Members adopt the strategy.\n\n### 3. Financial implications\n\nThe strategy costs £1.2m over four years.\n\n### 4. Legal implications\n\nNone.\n',
    '# Committee report: Smart City Roadmap 2026–2030\n\nReport author: Head of ICT. Key decision: yes. Wards affected: all.\n\n## Recommendations\n\nMembers are asked to approve the roadmap. By 2030, 80% of services will be online.\n\n## Financial implications\n\n£2m capital.\n',
  ])('a committee report on a plan is not the plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'report.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'committee-report' });
  });
  // A press release's masthead (新闻稿, media contact) above a headline that names the plan.
  it.each([
    '南湖区人民政府新闻稿\n\n发稿时间：2025年3月4日　媒体联系人：王女士\n\n区政府常务会议审议通过南湖区数字化转型实施方案（2025—2027年）\n\n会议指出，到2027年全区政务服务事项网上可办率达到100%，建成5G基站1200个。区长表示，要抓好方案落实。\n',
    'MEDIA RELEASE\n\nFor immediate release · Media contact: press office, 01632 960 000\n\n# Digital Plan 2025–2028 sets course for a smarter Riverbend\n\nRiverbend City Council has set out its Digital Plan 2025–2028. By 2028, 85% of transactions will be completed online and every library will offer free gigabit Wi-Fi.\n',
  ])('a press release under its masthead is a news article', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'release.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'news-article' });
  });

  // A committee report whose title is the council's name and whose first heading names the strategy.
  it.each([
    '**Eastmoor Borough Council**\n\nReport to: Cabinet · Key decision: yes · Wards affected: all\n\n# Smart City Roadmap 2026–2030\n\n## Purpose of the report\n\nTo seek approval of the roadmap at Appendix 1.\n\n## Recommendations\n\nThat Cabinet approves the roadmap. By 2030, 80% of services will be online.\n\n## Financial implications\n\nThe roadmap costs £2m over five years, met from the capital programme.\n\n## Legal implications\n\nNone arising.\n',
    '# Westbridge City Council\n\n# Digital Inclusion Strategy 2025–2028\n\nMeeting: Scrutiny Committee, 3 June 2025. Report author: Head of Digital.\n\n## Recommendations\n\nMembers are asked to endorse the strategy before it goes to Cabinet.\n\n## Equality implications\n\nThe strategy improves access for older residents.\n\n## Financial implications\n\n£300,000 a year from the revenue budget.\n',
  ])('a committee report under the council name is not the plan it names', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'report.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'committee-report' });
  });
  // A council paper in its local form: a US staff or agenda report (Meeting Date, Agenda Item, It is
  // recommended that, Fiscal Impact), a Hong Kong district council paper （供討論） asking members' views.
  it.each([
    '# TOWN OF CEDAR BLUFF\n\n## AGENDA REPORT\n\n**Meeting Date:** March 3, 2026\n\n**Agenda Item:** 7.A\n\n**Subject:** Approval of the Digital Services Roadmap 2026–2030\n\n### RECOMMENDATION\n\nIt is recommended that the Town Council approve the Digital Services Roadmap, which aims to put 90% of permits online by 2030.\n\n### BACKGROUND\n\nThe roadmap was developed with residents and staff over eight months.\n\n### FISCAL IMPACT\n\n$220,000 from the General Fund in FY 2026–27.\n',
    '沙田區議會\n\n社區建設委員會\n\n文件第 9/2026 號\n\n（供討論）\n\n在沙田區推行數碼共融措施的建議\n\n目的\n\n本文件向委員簡介在區內推行長者數碼共融措施的建議，並徵詢委員的意見。\n\n建議\n\n2. 我們建議於2026至2028年間在區內12個社區會堂設立數碼支援站，為5,000名長者提供培訓。\n\n徵詢意見\n\n3. 請委員就上述建議提出意見。\n',
  ])('a council paper in its local form is not the plan it puts forward', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'paper.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'committee-report' });
  });
  // An audit of a programme reports on the plan and its delivery: an analysis, not the plan.
  it.each([
    '# Performance Audit: Digital Transformation Programme\n\nOffice of the City Auditor, Report No. 2025-04\n\n## Findings\n\nThe programme set a target of 80% of services online by March 2027 and had reached 52% by June 2025. Spending was $3.1m against a $2.4m budget.\n\n## Recommendations\n\nThe department should publish quarterly progress against each target.\n',
    '# 关于智慧城市建设项目的绩效审计报告\n\n市审计局\n\n一、基本情况\n\n该项目计划到2026年建成感知终端5万个，截至2025年6月已建成2.1万个，资金使用率为62%。\n\n二、发现的问题\n\n部分子项目建设滞后。\n\n三、审计建议\n\n加快建设进度，规范资金管理。\n',
  ])('an audit report is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'audit.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });

  // A council paper under its issuer and paper number reports progress to members: the report's
  // own title, not the issuer's name, says what it is.
  it.each([
    ['北岸区人大常委会\n\n会议文件第 7/2026 号\n\n关于全区智慧社区建设推进情况的汇报\n\n一、基本情况\n\n截至2026年6月，全区已建成智慧社区42个，接入视频终端3100路。\n\n二、下一步工作\n\n区政府将于2026年底前完成其余18个社区的改造，请各位委员审议。\n', '关于全区智慧社区建设推进情况的汇报'],
    ['Millbrook Town Council\n\nPaper No. 12/2026\n\nSmart Town Initiatives: Progress Update\n\nPurpose\n\nTo update members on the smart-town initiatives. Of the 40 smart bins planned, 28 are installed; free Wi-Fi now covers 6 of 9 parks, with the rest due by December 2026.\n', 'Smart Town Initiatives: Progress Update'],
    // 推展進度 / 推进进度 / 实施进度: a scheme's progress reported, as 进展情况 is (…計劃的推展進度: 計劃 names the scheme, not the paper).
    ['灣仔區議會\n\n發展、規劃及交通委員會\n\n文件第 9/2026 號\n\n智慧泊車計劃在灣仔區的推展進度\n\n一、目的\n\n本文件向委員匯報智慧泊車計劃的最新情況。\n\n二、最新情況\n\n截至 2026 年 1 月，區內已有 1,200 個咪錶泊車位裝設感應器，餘下 300 個將於 2026 年底前完成。\n', '智慧泊車計劃在灣仔區的推展進度'],
    ['南湖区人大常委会\n\n会议文件第 3/2026 号\n\n全区城市运行管理平台建设项目实施进度\n\n一、总体情况\n\n截至2026年3月，平台一期已完成接入部门系统18个，二期计划于2026年底前上线。\n\n二、下一步\n\n加快推进数据共享和数字政府建设。\n', '全区城市运行管理平台建设项目实施进度'],
  ])('a council paper reporting progress is a progress report, titled by its own title', async (text, title) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'paper.md' });
    expect(r.document.title).toBe(title);
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A white paper or blue book (白皮书, 蓝皮书) describes trends across cities: an analysis.
  it.each([
    '# 数字城市发展蓝皮书（2026）\n\n城市治理研究中心\n\n## 一、总体态势\n\n课题组对86个城市的监测显示，2025年城市数据开放平台覆盖率为71%，较上年提高6个百分点。\n\n## 二、建议\n\n到2030年，各城市宜将公共数据开放率提高到90%以上。\n',
    '# 城市数据要素流通白皮书（2025年）\n\n某数据产业协会\n\n### 发展现状\n\n问卷显示，58%的企业已使用公共数据产品。全国已有40余个城市设立数据交易机构。\n\n### 趋势展望\n\n预计到2028年数据交易规模将突破3000亿元。\n',
  ])('a white paper or blue book is an analysis, not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'book.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });

  // A white paper subtitled as a plan (白皮书 / ——…规划) is that plan: the subtitle says what it is.
  it.each([
    '# 智慧湖城白皮书\n\n## ——湖城市智慧城市发展规划（2025—2028年）\n\n## 一、发展目标\n\n到2028年，政务服务事项全程网办率达到95%，建成城市感知终端8万个，数据共享需求满足率达到98%。\n',
    '# Connected Valley White Paper — Our Digital Plan 2026–2029\n\n## Our goals\n\nBy 2029, 90% of council transactions will be online and 2,000 residents will have had digital skills training.\n',
  ])('a white paper subtitled as a plan is a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });

  // A deputy's motion or a member's notice of motion asks for a plan: it is not one.
  it.each([
    '市十六届人大三次会议议案\n\n关于加快推进数字乡村建设的议案\n\n领衔代表：李明　附议人：王芳、张强、赵磊\n\n案由：我市乡村数字基础设施薄弱，截至2024年底行政村千兆光网覆盖率仅为61%。\n\n建议：市政府尽快制定数字乡村建设三年行动计划，到2027年实现行政村千兆光网全覆盖，设立专项资金，加强人才培训。\n',
    '# Notice of Motion: A Digital Inclusion Plan for Eastvale\n\nProposer: Cllr J. Patel. Seconder: Cllr M. Rowe.\n\nThis Council notes that 18% of Eastvale residents have never used the internet, and that the current digital strategy ends in 2025.\n\nThis Council resolves to ask officers to bring forward a digital inclusion plan for 2026–2029, with targets, funding and a training offer, by March 2026.\n',
  ])('a motion asking for a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'motion.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'proposal' });
  });

  // A plan names the contractors, suppliers and response times it works with: those are not a
  // tender's marks. A tender's are the roles of a bid (bidder, tenderer, 投标人, 响应文件).
  it.each([
    '# Harrow Vale Housing Association\n\n## Estate Digital Plan 2026–2029\n\n## Where we are\n\nOur repairs contractor handles 41,000 jobs a year; our lift contractor and our cleaning contractor each keep their own systems. Suppliers send paper invoices. Contractor visits are booked by phone.\n\n## Our goals\n\nBy 2028, 80% of repairs will be reported online; by 2029, every contractor will receive work orders through one digital platform, and 95% of supplier invoices will arrive as e-invoices.\n\n## How we will get there\n\nWe will build a data platform for asset data, connect contractor systems through open APIs, and train staff in digital skills. Our contractor framework will require data sharing.\n',
    '# 某区12345热线数字化提升方案（2026—2028年）\n\n## 一、现状\n\n热线平均响应时间为45秒，应急响应依赖人工派单，供应商各自建设系统，数据未打通。\n\n## 二、目标\n\n到2027年，热线平均响应时间缩短至20秒；到2028年，工单数字化流转率达到100%，智能客服应答率达到60%，数据共享率达到95%。\n\n## 三、主要任务\n\n建设统一工单平台和数据中台，推动供应商系统接口开放，实现快速响应、闭环处置；完善应急响应联动机制，推动政务数据共享和数字化应用。\n',
  ])('a plan naming its contractors and response times is a plan, not a tender', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });

  // A review of a plan's progress names the plan in its title, then what it is: 期中管考報告,
  // 执行情况期中报告, mid-term review. The last genre word of the title is its genre.
  it.each([
    '# 臺中市智慧城市推動計畫（112-115年）113年度執行成果報告\n\n## 一、執行概況\n\n本計畫113年度編列經費3.2億元，執行率92%，22項子計畫中18項如期完成。\n\n## 二、落後項目\n\n智慧路燈汰換進度落後，預計114年第2季完成。\n',
    '# 某市“十四五”数字经济发展规划执行情况期中报告\n\n## 一、总体进展\n\n规划实施以来，数字经济核心产业增加值占GDP比重由2020年的7.1%提高到2023年的9.4%，主要指标总体符合预期。\n\n## 二、存在问题\n\n数据要素市场培育滞后，部分重大项目进度偏慢。\n',
    '# Harbourside Digital Strategy 2024–2027: Mid-term Review\n\n## Summary\n\nTwo years into the strategy, 61 of 90 services are online (target 80 by 2027). Broadband coverage reached 94%.\n\n## What has slipped\n\nThe data platform is nine months late.\n',
  ])('a review of a plan\'s progress is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'review.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });

  // A UK public procurement's papers (a framework lot, a call-off specification) name a strategy
  // as the service bought: contracting authority, invitation to tender, call-off, framework agreement.
  it.each([
    '# Northern Councils Digital Services Framework\n\n## Lot 2 – Smart City Strategy and Roadmap Development\n\nThe contracting authority is the Northern Councils Procurement Hub. This lot covers consultancy to help member councils write digital strategies, data strategies and smart city roadmaps.\n\n## Scope\n\nCall-off contracts under this framework agreement may include current-state assessment of digital services, data platforms and cloud infrastructure, target architecture design and funding options.\n\n## How to take part\n\nRead the invitation to tender and the call-off terms. Questions close ten days before the tender notice deadline.\n',
    '# Call-off Specification: Digital Transformation Strategy for Westmere District Council\n\n## 1. Background\n\nWestmere District Council, the contracting authority, wishes to commission a digital transformation strategy covering digital services, data, cloud infrastructure and cyber security.\n\n## 2. Requirement\n\nThe appointed consultancy will assess the council\'s digital maturity, engage residents and staff, and draft a strategy for 2027–2030 with measurable targets.\n\n## 3. Terms\n\nThis call-off is made under the Public Sector Digital Services framework agreement. The invitation to tender sets out the evaluation criteria and the call-off terms.\n',
  ])('a UK procurement paper for a strategy is a tender, not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'lot.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'tender' });
  });

  // A blog's byline under the title (Posted by … · 5 min read) makes the piece a post about a plan,
  // however much of the plan — its period, its targets — it retells.
  it.each([
    '# Our Digital Roadmap 2024–2027, one year in\n\n_Posted by Priya Shah, Head of Digital · 5 min read_\n\nOur roadmap set three goals: by 2027, 80% of transactions online, every library offering digital skills sessions and one shared data platform. A year in, 62% of transactions are online.\n\n## What worked\n\nMoving the contact centre onto the cloud platform freed staff for service redesign, and the data platform now serves four departments.\n',
    '# Smart District Strategy 2025–2028: the numbers so far\n\nPosted on 14 April 2026 in Digital Services. Reading time: 4 minutes.\n\nThe strategy promised sensors on every main road by 2028 and 95% of permits online by 2027. So far 40% of roads have sensors, and 71% of permits are online.\n\n## Next year\n\nThe data platform and the resident app come next, with funding already agreed.\n',
  ])('a blog byline under the title makes a post about a plan, not the plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'post.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'blog-post' });
    expect(r.verdict.reasons[0]).toMatch(/博客的署名行/);
  });

  // A title in the first person singular is a personal post about a plan, however much of the
  // plan's topic its body holds; a plan speaks for its issuer, and one titled My… states its period.
  it.each([
    '# Ten years of smart city work: my lessons for the next strategy\n\nWhen I joined the council in 2016 our digital services were a patchwork. Data sharing between departments depended on goodwill, the data platform was a spreadsheet, and cloud meant nothing to most of us.\n\n## Infrastructure first\n\nWe moved our applications to the cloud and rebuilt the network. That platform carried digital services through the floods of 2023.\n\n## Data is about people\n\nThe data team learned that open data matters less than data quality and data governance that service managers trust.\n',
    '# The county\'s digital roadmap and me: a year as its first data officer\n\nA year ago I started as Northdale County\'s first chief data officer, charged with the digital roadmap\'s data platform, data sharing and open data work.\n\n## What went well\n\nSix departments now share data through the new platform, and digital services for permits run on shared cloud infrastructure.\n\n## What I would change\n\nI would spend more on data skills and less on software licences, and involve residents in digital service design from the start.\n',
    '# 我的数字化转型规划编制手记\n\n去年春天，我参与了市里数字化转型规划的编制。调研中我们走访了二十多个部门，看到数据共享难、数字基础设施分散、数字政府应用重复建设等问题。\n\n## 一、数据要素是关键\n\n编制组反复讨论数据共享开放、公共数据授权运营和数据安全，最后把数据治理放在突出位置。\n\n## 二、数字化转型离不开人\n\n数字化人才队伍建设和数字素养提升，是规划能否落地的根本。\n',
  ])('a title in the first person is a personal post, not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'post.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'blog-post' });
    expect(r.verdict.reasons[0]).toMatch(/标题以第一人称写成/);
  });
  // A body mark the vocabulary spells two ways (问： and 问:) is one mark: one question and one answer
  // are two marks, short of a Q&A's three, not four.
  it('a body mark in two spellings counts once', async () => {
    const text = '# 河湾市数字化转型工作简况\n\n全市已建成政务云和公共数据平台。\n\n问：下一步重点是什么？答：推进数据共享。\n';
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict.genre).not.toBe('interpretation');
  });

  it('a plan titled in the first person with its period stays a plan', async () => {
    const text = '# My Kingsford: Digital Strategy 2026–2029\n\n## Our goals\n\nBy 2029, 90% of council transactions will be online, 300 datasets will be open and every library will offer digital skills sessions.\n\n## How we will get there\n\nWe will build a data platform, move services to the cloud and train staff in digital skills.\n';
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });

  // A page of questions about a plan, each heading a question and the answer under it, with no
  // 问：/答： marks and a title that names the plan: a Q&A, not the plan. A plan that asks in its
  // headings (谁来运营？) still states its own period and targets, and stays a plan.
  it.each([
    '# 《滨江区数字化转型行动计划》市民关心的几件事\n\n## 这个行动计划是做什么的？\n\n行动计划提出用数字技术改进政务服务、社区治理和城市管理，由区政府办公室牵头编制。\n\n## 以后办事还要跑窗口吗？\n\n窗口会保留，老年人和不方便上网的居民仍可到现场办理。\n\n## 我的个人信息安全吗？\n\n区里将落实个人信息保护要求，数据使用须经授权。\n\n## 企业能参与吗？\n\n欢迎企业参与应用场景建设，具体办法另行公布。\n\n## 有意见向哪里反映？\n\n可拨打12345热线或在区政府网站留言。\n\n## 什么时候开始实施？\n\n计划印发后即开始实施，区里每年向社会通报进展。\n',
    '# Smart Kingsford: a guide for residents\n\n## Why is the borough doing this?\n\nSmart Kingsford is the borough\'s programme for using data and technology in its services.\n\n## Will my data be shared?\n\nOnly as the law allows, and never sold. Our data protection officer reviews every new use.\n\n## Do I have to use the app?\n\nNo. You can still phone or visit the customer centre.\n\n## How much will it cost?\n\nThe programme is funded from the borough\'s existing technology budget.\n\n## Who can I talk to?\n\nEmail the digital team or come to one of our open sessions at the library.\n\n## When will I notice a difference?\n\nThe first online services change this winter.\n',
  ])('a page of questions in its headings is a Q&A, not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'faq.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });

  // A reply to a deputy's suggestion, a member's proposal or a petition retells the plan it
  // answers (its period, its targets) to the person who wrote in: 收悉, 答复如下, Thank you for your petition.
  it.each([
    '# 关于市政协十五届三次会议第0087号提案的答复\n\n李华委员：\n\n您提出的《关于以数据赋能推动智慧城市建设的提案》收悉。经研究，现答复如下：\n\n## 一、关于统筹建设城市数据平台\n\n我市已将城市数据平台列入《数字化转型三年行动计划（2026—2028年）》，到2028年，公共数据按需共享率达到95%。\n\n## 二、关于加强人才培养\n\n市人社局将会同高校开展数字技能培训，每年培训5000人次。\n\n感谢您对我市数字化转型工作的关心和支持。\n\n联系单位：市数据局\n',
    '# 东江市人民政府办公室\n\n## 对市人大代表第112号建议的办理意见\n\n王强代表：\n\n您关于加快城市数字化转型的建议收悉，现将办理情况答复如下。\n\n## 一、规划编制\n\n《东江市城市数字化转型规划（2026—2030年）》正在编制，提出到2030年建成全市统一的数字底座。\n\n## 二、下一步\n\n我们将认真吸收您的意见，感谢您对政府工作的支持。\n',
    '# Response to Petition: Free Wi-Fi in Every Library\n\nDear Petitioners,\n\nThank you for your petition, signed by 1,240 residents, asking the council to provide free public Wi-Fi in all eleven libraries.\n\n## Our response\n\nThe council\'s Digital Strategy 2026–2029 commits to free Wi-Fi in every library by 2027, funded from the digital inclusion budget.\n\n## What happens next\n\nThe Digital Services Committee will consider this response on 4 March. Thank you for your interest in this matter.\n\nYours sincerely,\n\nHead of Digital Services\n',
  ])('a reply to a suggestion, proposal or petition is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'reply.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'reply' });
  });

  // An impact assessment weighs a plan's effects (on protected groups, on personal data) and
  // recommends mitigations: it assesses the plan, it is not one.
  it.each([
    '# Data Protection Impact Assessment: Resident Account and Identity Platform\n\n## 1. Processing described\n\nThe Smart City Programme 2026–2028 introduces a single resident account for council services, holding names, addresses and service history.\n\n## 2. Risks identified\n\n| Risk | Likelihood | Severity | Residual risk |\n|---|---|---|---|\n| Unauthorised access to accounts | Possible | Significant | Low after mitigation |\n| Excessive retention | Probable | Minimal | Low |\n\n## 3. Measures to reduce risk\n\nMulti-factor authentication, role-based access and a seven-year retention limit.\n\n## 4. Sign-off\n\nApproved by the Data Protection Officer.\n',
    '# 《滨海市城市数字化转型规划（2026—2030年）》个人信息保护影响评估\n\n## 一、评估对象\n\n规划提出建设城市数据平台和“一码通城”应用，到2028年汇聚人口、法人等基础数据。\n\n## 二、风险识别\n\n| 风险点 | 可能性 | 影响程度 | 风险等级 |\n|---|---|---|---|\n| 个人信息过度采集 | 中 | 高 | 高 |\n| 数据共享越权使用 | 中 | 中 | 中 |\n\n## 三、缓解措施\n\n坚持最小必要原则，建立数据分类分级授权机制。\n\n## 四、评估结论\n\n落实缓解措施后，剩余风险可接受。\n',
  ])('an impact assessment of a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'assessment.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'impact-assessment' });
  });

  // A plan's own title may respond to something (Our response to the digital age) and a plan may
  // thank those who took part: no reply or assessment for that.
  it.each([
    '# Our Response to the Digital Age: Digital Strategy 2026–2030\n\nThank you for your views on the draft; this strategy reflects them.\n\n## Goals\n\nBy 2030, 90% of council transactions will be online and every library will offer digital skills support.\n\n## Delivery\n\nThree stages: foundations in 2026–2027, scale in 2028–2029, review in 2030.\n',
    '# 某市城市数字化转型规划（2026—2030年）\n\n## 一、发展目标\n\n到2030年，政务服务事项全程网办率达到98%，数据共享需求满足率达到95%。\n\n## 二、风险评估与应对\n\n开展数据安全风险评估，明确风险等级和缓解措施，降低剩余风险。\n',
  ])('a plan that answers or assesses in passing stays a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });

  // A summary of what a consultation on a draft plan heard (who responded, what they said, what
  // was taken up) reports on the plan's drafting: it is not the plan.
  it.each([
    '# Harrowgate District Council\n\n## You Said, We Did: Smart District Strategy Engagement 2026\n\n## How we listened\n\nWe ran an online questionnaire, four drop-in sessions and two focus groups between May and July; 912 respondents took part.\n\n## What you told us\n\n68% of respondents agreed or strongly agreed that more services should be online, and many asked us to keep phone lines open.\n\n## What we changed\n\nThe final strategy keeps a phone route for every service and adds digital skills sessions in libraries.\n',
    '# 关于《南湖市数字政府建设三年行动计划（2026—2028年）（征求意见稿）》公众意见采纳情况的说明\n\n2026年3月1日至31日，市数据局通过政府网站公开征求意见，共收到反馈意见46条。\n\n## 一、已采纳的意见\n\n关于增加适老化服务的建议已采纳，在第三章增加相关内容。\n\n## 二、部分采纳的意见\n\n关于提高网办率目标的建议部分采纳。\n\n## 三、未采纳的意见及理由\n\n关于取消线下窗口的建议未采纳，理由是需保障不使用智能手机的群众办事。\n',
    '# 某区城市数字化转型规划编制公众参与意见汇总\n\n## 一、意见征集情况\n\n区发展改革局通过问卷、座谈会收集反馈意见120条，受访企业35家。\n\n## 二、主要意见\n\n受访居民普遍希望加快社区数字化服务，企业希望开放更多公共数据。\n\n## 三、处理情况\n\n已采纳58条，部分采纳21条，未采纳41条。\n',
  ])('a summary of consultation responses on a draft plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'consultation.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'consultation-summary' });
  });

  // The same, titled by its engagement or feedback (Draft Smart City Plan: Summary of Feedback;
  // …（草案）意见反馈情况): the draft's name in the title does not make it the plan.
  it.each([
    '# Draft Smart City Plan 2026–2030: Summary of Feedback\n\n## Who took part\n\n640 respondents completed the questionnaire; we also held three focus groups with older residents and traders.\n\n## What people told us\n\nMost respondents wanted more services online but a human to talk to when things go wrong. People told us broadband in the villages is poor.\n\n## Next steps\n\nThe final plan will go to Cabinet in June.\n',
    '# 《西岭市数字化转型规划（2026—2030年）（草案）》意见反馈情况\n\n## 一、基本情况\n\n通过网上问卷和座谈会共收到反馈意见85条，受访市民412人、企业26家。\n\n## 二、主要意见\n\n受访市民希望保留线下办事渠道；企业建议加快开放公共数据。\n\n## 三、采纳情况\n\n已采纳37条，部分采纳20条，未采纳28条。\n',
  ])('a summary of engagement feedback on a draft plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'feedback.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'consultation-summary' });
  });

  // A speech, a talk or testimony to a hearing speaks about a plan to an audience (Good morning;
  // 同志们; thank you for the opportunity to testify): what it retells of the plan is not the plan.
  it.each([
    '# Testimony of the Chief Technology Officer before the Committee on Technology\n\n## Oversight hearing: the Digital Strategy 2026–2029\n\nChair Alvarez and members of the committee, thank you for the opportunity to testify. I am joined by our Chief Data Officer.\n\n## What the strategy commits us to\n\nBy 2029, 90% of city services will be available online, and every agency will publish its data on the open data portal.\n\n## Funding\n\nThe strategy is funded through the capital plan and federal grants. I am happy to answer your questions.\n',
    '# 在全市城市数字化转型推进大会上的讲话\n\n同志们：\n\n今天召开全市城市数字化转型推进大会，主要任务是贯彻落实《城市数字化转型规划（2026—2030年）》。\n\n## 一、充分认识数字化转型的重大意义\n\n到2030年，全市政务服务事项全程网办率要达到98%，数字经济核心产业增加值占GDP比重达到12%。\n\n## 二、加强组织领导\n\n各区各部门要把数字化转型摆上重要议事日程，主要负责同志亲自抓。\n\n同志们，让我们撸起袖子加油干！谢谢大家。\n',
    '# Keynote Remarks: Building a Smarter Harbour City\n\nGood morning, ladies and gentlemen, and thank you for having me.\n\nOur Smart City Strategy 2026–2030 sets out where we want to be: by 2030, every household connected to gigabit broadband and 95% of permits issued online.\n\n## Three lessons\n\nFirst, start with residents. Second, fund the foundations. Third, measure what matters.\n\nThank you.\n',
  ])('a speech, talk or testimony about a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'speech.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'speech' });
  });

  // A questionnaire asks residents about a draft plan (tick one box, strongly agree, 非常同意):
  // it carries the draft's summary, not the plan.
  it.each([
    '# Smart City Strategy Survey 2026\n\nTell us what you think of the draft Smart City Strategy 2026–2030. It takes ten minutes.\n\n## About the draft\n\nBy 2030 the strategy aims to put 90% of council services online and connect every school to full fibre.\n\n## Your views\n\nQ1. How far do you agree with the priorities? (tick one box) Strongly agree / Agree / Disagree / Strongly disagree\n\nQ2. Which services should go online first? Please tick all that apply.\n\nQ3. Anything else we should consider?\n',
    '# 《某市城市数字化转型规划（2026—2030年）》公众意见调查问卷\n\n尊敬的市民朋友：为使规划更好地反映群众需求，请您抽出几分钟填写本问卷。\n\n## 一、基本情况\n\n1. 您的年龄：（单选）□18岁以下 □18—40岁 □41—60岁 □60岁以上\n\n## 二、意见建议\n\n2. 您对规划提出的“到2030年政务服务全程网办率达到98%”的目标是否认同？（单选）□非常同意 □同意 □不同意\n\n3. 您最希望优先数字化的服务是：（多选）□社保 □医疗 □交通 □教育\n',
  ])('a questionnaire on a draft plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'survey.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'questionnaire' });
  });

  // An event's programme (the launch of a strategy: registration, sessions, speakers) announces the
  // plan's day, not its content.
  it.each([
    '# Smart Valley Strategy 2026–2030 Launch\n\n## Agenda and Speakers\n\n09:00 Registration and coffee\n\n09:30 Welcome from the Leader of the Council\n\n10:00 Keynote: why data matters for the valley\n\n11:00 Panel discussion with residents and businesses\n\n12:30 Lunch and demonstrations\n\n## Speaker biographies\n\nDr Ana Ruiz leads the council\'s digital team. Tom Hale chairs the Chamber of Commerce.\n',
    '# 《某市城市数字化转型规划（2026—2030年）》发布会会议手册\n\n## 会议议程\n\n09:00—09:30 签到\n\n09:30 主持人介绍到会嘉宾\n\n09:40 市领导致辞\n\n10:00 规划主要内容介绍：到2030年政务服务全程网办率达到98%\n\n10:40 茶歇\n\n11:00 企业代表发言\n\n12:00 午餐\n\n## 嘉宾介绍\n\n张明，市数据局局长。\n',
  ])('an event programme for a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'event.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'event-programme' });
  });

  // Guidance on how to write a plan speaks to its readers about their plans (your strategy,
  // 各地应当): it is advice for drafters, not a city's plan.
  it.each([
    '# How to Write a Smart City Strategy: a Toolkit for Local Authorities\n\n## 1. Set a time frame\n\nYour strategy should cover three to five years, for example 2026–2030, with a review each year.\n\n## 2. Set measurable goals\n\nWe recommend that your council sets targets such as 90% of transactions online by 2030.\n\n## 3. Plan the safeguards\n\nYour authority should name its funding, skills and governance arrangements.\n',
    '# 城市数字化转型规划编制指南\n\n## 一、总体要求\n\n各地编制城市数字化转型规划，规划期一般为3—5年，应当明确到规划期末的发展目标。\n\n## 二、主要内容\n\n规划应当包括现状评估、战略目标、总体架构、重点任务和保障措施。各地可结合实际增减章节。\n\n## 三、编制程序\n\n规划编制应当广泛征求意见，经专家论证后报本级人民政府批准。\n',
  ])('guidance on writing a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'guidance.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'guidance' });
  });

  // A handbook or playbook for its own span of years says how the city will work over those years: a
  // plan, though its genre word is guidance's. A guide to writing a plan names the plan's years before its word.
  it.each([
    ['# Riverside Digital Services Handbook 2026–2028\n\n## 1. Purpose\n\nThis handbook sets out how the council will run its digital services over the three years from April 2026.\n\n## 2. Targets\n\nBy March 2028, 95% of service requests will be resolved within five working days.\n', true, 'plan'],
    ['# 某市城市运行管理平台运营工作指引（2026—2028年）\n\n## 一、总体要求\n\n本指引明确2026年至2028年全市城市运行管理平台和城市数据资源的运营目标、组织和流程，支撑城市数字化转型和智慧城市建设。\n\n## 二、运营目标\n\n到2028年，平台事件按期处置率达到98%。\n', true, 'plan'],
    ['# 某市数字化转型规划（2026—2030年）编制指南\n\n## 一、总体要求\n\n各地编制规划时，应当明确规划期和发展目标，可结合实际确定章节。\n\n## 二、主要内容\n\n规划应当包括现状评估、战略目标和保障措施。\n', false, 'guidance'],
    ['# 某縣智慧治理白皮書（2026-2029）\n\n## 壹、計畫期程\n\n本白皮書推動期程自2026年至2029年，作為本縣數位轉型之施政藍圖。\n\n## 貳、目標\n\n2029年前，線上申辦案件比率達到85%，並完成資料平台建置與資安防護。\n', true, 'plan'],
    ['# Eastport Digital City White Paper 2026–2030\n\n## 1. What this paper sets out\n\nThis white paper is the city\'s plan for its digital transformation over five years, from 2026 to 2030.\n\n## 2. Targets\n\nBy 2030, 90% of city services will be available online, on a shared data platform with cyber security monitoring.\n', true, 'plan'],
    ['# Smart City Platforms: A White Paper\n\n## Why cities need a platform\n\nOur platform connects sensors, data and services. Cities that deploy it cut costs by 20%. Contact our sales team for a demonstration.\n', false, 'vendor-brief'],
  ])('a handbook for its own years is a plan, a guide to writing one is not: %#', async (text, isPlan, genre) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan, genre });
  });

  // A budget under its own modifiers (Adopted Operating Budget, Capital Budget), an evaluation of a finished
  // programme (Independent Evaluation of …, 2019–2024), a legislature's background brief or information paper:
  // each reports on plans and money, none is a plan.
  it.each([
    ['# Town of Harlow Springs — Proposed Capital Budget FY2026–27\n\n## Information Technology Projects\n\n| Project | FY2026–27 | FY2027–28 |\n|---|---|---|\n| Fiber ring extension | $1,200,000 | $800,000 |\n| ERP replacement | $2,500,000 | $1,000,000 |\n\nThe digital strategy aims for 90% of permits online by 2028; these appropriations fund its first projects.\n', 'budget'],
    ['# Northfield Borough Council Annual Budget 2026/27: Digital Services\n\n## Revenue budget\n\nThe digital service budget is £4.2m, including £0.6m for the data platform and £0.3m for staff training. The Digital Strategy 2026–2029 targets 85% of transactions online by 2029.\n', 'budget'],
    ['# Final Evaluation of the Connected Harbour Programme, 2018–2023\n\n## Summary of findings\n\nThe programme set out in 2018 to put 80% of port services online by 2023 and reached 74%. Its data platform, sensor network and security operations centre were delivered; the skills fund was underspent.\n\n## Lessons\n\nFuture digital strategies should fund skills from the start.\n', 'analysis-report'],
    ['# 某市新型智慧城市试点项目（2019—2023年）项目后评价\n\n## 一、项目概况\n\n试点项目2019年启动，计划到2023年建成城市数据平台，政务服务全程网办率达到90%。\n\n## 二、评价结论\n\n数据平台按期建成，全程网办率实际达到86%，人才培养和资金保障不足。\n', 'analysis-report'],
    ['立法會CB(1)233/2026(03)號文件\n\n# 立法會發展事務委員會\n\n## 2026年3月24日會議\n\n## 立法會秘書處擬備的背景資料簡介\n\n## 智慧出行措施的推行情況\n\n### 背景\n\n政府於2017年公布《香港智慧城市藍圖》，提出到2025年在主要幹道安裝交通探測器。\n\n### 委員的關注\n\n委員關注數據開放和網絡安全。\n', 'committee-report'],
    ['# Legislative Council Panel on Information Technology and Broadcasting\n\n## Information Paper\n\n## Progress of the Smart City Blueprint\n\n### Purpose\n\nThis paper updates Members on the Smart City Blueprint, which targets 100% of government services online by 2027, a big data analytics platform, cloud infrastructure and cyber security measures.\n', 'committee-report'],
  ])('a budget, an evaluation of a finished programme or a legislature\'s paper is not a plan: %#', async (text, genre) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre });
  });

  // A page of common questions (常见问题, 問與答, 答疑) answers about a plan or scheme: an interpretation.
  it.each([
    '# 数字政府服务常见问题\n\n## 一、什么是“一网通办”？\n\n“一网通办”是指企业群众办事只进一张网。根据规划，到2027年全程网办率达到90%。\n\n## 二、个人数据如何保护？\n\n平台按照数据安全法有关要求落实分类分级保护。\n',
    '# 智慧路燈計劃問與答\n\n## 智慧路燈會收集甚麼數據？\n\n路燈只收集交通流量及天氣數據，不會收集個人資料。\n\n## 計劃何時完成？\n\n政府計劃於2027年前在主要路段安裝400支智慧路燈。\n',
  ])('a page of common questions is not a plan: %#', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });

  // A risk register lists a programme's risks, owners and mitigations: it manages a plan, it is none.
  it.each([
    '# Digital Harbour Programme Risk Register\n\n| Risk | Owner | Rating | Mitigation |\n|---|---|---|---|\n| Data platform delivered late | Head of Digital | Amber | Weekly supplier reviews |\n| Skills shortage in the data team | HR Director | Red | Two apprenticeships in 2026 |\n',
    '# 某市数字化转型重点项目风险台账\n\n| 风险事项 | 责任单位 | 风险等级 | 应对措施 |\n|---|---|---|---|\n| 城市数据中枢工程进度滞后 | 市数据局 | 中 | 按周调度 |\n| 资金到位不及时 | 市财政局 | 高 | 分期拨付 |\n',
  ])('a risk register is not a plan: %#', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'impact-assessment' });
  });

  // A plan's summary for the public (… on a page, … at a glance, 一页纸读懂…) points to the plan: it is not one.
  it.each([
    '# Harbourside Council\n\n## Our Data Strategy at a Glance\n\n### What we want\n\nData that is shared safely, used well and open by default.\n\n### What we will do\n\n- Join up our information about people and places.\n- Publish more open data.\n- Train every manager to use data in decisions.\n\n### How we will know\n\nWe will report progress to councillors each year. The full strategy is on our website.\n',
    '# 一页纸读懂《某区数字政府建设方案》\n\n## 为什么要做\n\n群众办事还要多头跑、反复交材料。\n\n## 要做哪些事\n\n- 建好区级数据平台，让数据多跑路；\n- 推出“一件事一次办”；\n- 加强网络安全防护。\n\n## 怎么保障\n\n区里成立工作专班，资金纳入年度预算。完整方案请见区政府网站。\n',
  ])('a plan summarised on a page is not a plan: %#', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'doc.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });

  // Taiwan's and Hong Kong's procurement wording (決標, 履約, 廠商, 招標機關; 投標者, 承辦商):
  // a tender for a plan's platform, whatever plan it serves.
  it.each([
    '# 某縣政府「智慧縣政數據平臺建置及維運案」需求說明書\n\n主辦機關：某縣政府資訊處\n\n決標方式：最有利標\n\n## 壹、計畫緣起\n\n為落實本縣數位轉型計畫（116-119年度），建置全縣數據平臺。\n\n## 貳、履約期限\n\n自決標次日起至117年12月31日止，廠商應分三階段交付。\n\n## 參、廠商應辦事項\n\n廠商應提供平臺建置、資料介接及維運服務，並於履約期間每月提交進度報告。\n',
    '# 智慧社區數碼平台服務合約：承辦商須知\n\n## 1. 背景\n\n本署推行《智慧社區計劃（2026-2028）》，需委聘承辦商建立社區數碼平台。\n\n## 2. 服務範圍\n\n承辦商須於合約期內提供平台開發、數據整合及保安支援。\n\n## 3. 投標須知\n\n投標者須於截標日期前遞交標書，逾期標書概不受理。\n',
  ])('a Taiwan or Hong Kong tender is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'tender.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'tender' });
  });

  // A long title wraps onto a second line that ends in the genre (…委託專業服務案 / 期中報告審查會議紀錄):
  // the two lines are one title, and a meeting's record (会议记录, 會議紀錄) is minutes.
  it.each([
    '# 某市智慧城市建设规划编制项目\n\n专家评审会会议记录\n\n一、时间：2026年5月12日上午\n\n二、主持人：市数据局副局长\n\n三、会议内容\n\n编制单位汇报了规划初稿，提出到2030年政务服务全程网办率达到98%。专家组建议补充分阶段目标和重点项目投资估算。\n',
    '臺南市智慧城市推動計畫（116-119年度）\n工作小組第二次會議紀錄\n\n一、時間：115年6月3日下午2時\n\n二、主席：副市長（記錄人：陳○○）\n\n三、決議：各局處於7月底前提報子計畫，119年前完成全部子計畫。\n',
  ])('a record of a meeting under a wrapped title is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'minutes.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'minutes' });
  });

  it('a plan whose title wraps onto a second line stays a plan', async () => {
    const text = '某市数字化转型\n三年行动计划（2026—2028年）\n\n## 一、发展目标\n\n到2028年，政务服务事项全程网办率达到95%，数据共享交换量年均增长20%。\n\n## 二、重点任务\n\n建设城市数据底座。\n';
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });

  // A business case argues for an investment (options appraised, a preferred option, the five cases);
  // a 可行性研究报告 does the same for a project: neither is the plan it would fund.
  it.each([
    '# Smart Streets Programme: Full Business Case\n\nPrepared for the Investment Board, May 2026.\n\n## The strategic case\n\nThe programme supports the Digital Strategy 2025–2029, which aims for sensors on 90% of main roads by 2029.\n\n## The economic case\n\nFour options were appraised; the preferred option has a benefit-cost ratio of 2.4 and a net present value of £6.1m.\n\n## The commercial case\n\nA framework call-off is proposed.\n\n## The financial case\n\nCapital of £3.2m over three years.\n\n## The management case\n\nA programme board will oversee delivery.\n',
    '# 某市城市运行管理中心二期工程可行性研究报告（摘要）\n\n## 一、项目概况\n\n项目建设期2026—2027年，总投资1.2亿元，到2027年接入城市运行指标300项。\n\n## 二、方案比选\n\n对自建、租用、混合三种方案进行比选，推荐方案为混合模式。\n\n## 三、投资估算与资金筹措\n\n工程费用9800万元，资金来源为市级财政。\n\n## 四、经济效益分析与社会效益分析\n\n项目财务评价内部收益率为6.2%，社会效益显著。\n',
  ])('a business case or feasibility study is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'case.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'business-case' });
  });

  // A decision adopting a plan (a council resolution's whereas clauses, a cabinet decision notice,
  // a 批复) records that the plan was approved; the plan is another document.
  it.each([
    '# Record of Decision: Adoption of the Digital Strategy 2026–2030\n\nDecision taken by: Cabinet, 9 February 2026\n\n## Decision\n\nCabinet adopted the Digital Strategy 2026–2030, which sets targets such as 90% of transactions online by 2030.\n\n## Reasons for the decision\n\nThe strategy supports the Council Plan.\n\n## Alternative options considered\n\nNot adopting a strategy was rejected.\n\n## Call-in\n\nThis decision may be called in until 16 February 2026.\n',
    '# 某省人民政府关于《某市城市数字化转型规划（2026—2030年）》的批复\n\n某市人民政府：\n\n你市《关于报请审批〈某市城市数字化转型规划（2026—2030年）〉的请示》收悉。经研究，批复如下：\n\n一、原则同意《某市城市数字化转型规划（2026—2030年）》，请认真组织实施。\n\n二、到2030年，你市数字化转型要取得明显成效，政务服务全程网办率达到98%。\n',
  ])('a decision or resolution adopting a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'decision.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'decision' });
  });

  // A report of what a plan has delivered (benefits realised, a 绩效自评 of its projects) looks back
  // on the plan: a progress report, not the plan.
  it.each([
    '# Smart Harbour Strategy 2023–2027: Benefits Realization Statement\n\nPrepared for the Programme Board, September 2026.\n\n## Summary\n\nOf 28 benefits, 17 have been realized to date. The programme aimed for 90% of permits online by 2027; 74% are online now.\n\n## Savings\n\nValidated savings total $1.9m against a profile of $2.2m.\n',
    '# 某市数字化转型三年行动计划（2024—2026年）绩效自评\n\n## 一、计划概况\n\n计划提出到2026年建成城市运行管理平台，接入部门40个。\n\n## 二、绩效目标完成情况\n\n平台接入部门32个，为目标的80%。\n\n## 三、自评得分\n\n综合自评得分92分。\n',
  ])('a report of benefits or performance achieved under a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'report.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });

  // A case study tells what a pilot or a city did and learned, for peers: an analysis of the past,
  // not a plan, whatever targets it quotes.
  it.each([
    '# Lights On: How Brackley Rebuilt Its Street Lighting Network\n\n*Case study written for the 2026 Smart Places Conference*\n\n## What we did\n\nBetween 2023 and 2025 the council replaced 9,000 lamps with connected LEDs and cut energy use by 58%.\n\n## What we learned\n\nStart with the asset data; the network was the easy part. The next phase aims for full coverage by 2028.\n',
    '# 某区“一网统管”建设案例分析\n\n## 一、背景\n\n2023年起，某区建设城市运行管理平台，接入部门28个。\n\n## 二、主要做法\n\n统一事件分拨，建立“发现—处置—反馈”闭环。到2027年计划覆盖全部街道。\n\n## 三、启示\n\n数据先行、流程再造是关键。\n',
  ])('a case study of a pilot is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'case.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });

  // Teaching material about plans (a lecture handout, a training course's slides) explains how plans
  // are written, with made-up periods and targets: a study note, not a plan.
  it.each([
    '# GEOG 2210: Smart and Digital Cities\n\n**Lecture 4 handout: writing a digital strategy**\n\nLecturer: Dr A. Moreno · Semester 2\n\n## Key ideas\n\nA strategy usually covers three to five years, for example 2026–2030, with targets such as 90% of services online by 2030.\n\n## Reading list\n\nStudents should read two council strategies before the seminar.\n',
    '# 城市数字化转型专题培训课件\n\n授课人：某市数据局 张某\n\n## 一、什么是顶层设计\n\n规划期一般为3—5年，例如2026—2030年，到2030年政务服务全程网办率达到98%。\n\n## 二、课后思考\n\n请学员结合本单位实际，思考数字化转型的重点任务。\n',
  ])('teaching material about plans is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'handout.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'study-note' });
  });

  // A budget document (单位预算, a budget book's department chapter) states what a year costs, line by
  // line: not the plan it may fund.
  it.each([
    '某市数据局\n\n2026年部门预算\n\n一、部门主要职责\n\n负责全市数字化转型规划的组织实施，到2028年政务服务全程网办率达到95%。\n\n二、预算编列说明\n\n本年度预算数1.2亿元，比上年度预算增加8%。其中基本支出3000万元，项目支出9000万元。\n',
    '# Proposed Budget FY2027: Department of Information Technology\n\n## Mission\n\nDeliver the Digital City Strategy 2025–2029, including 90% of permits online by 2029.\n\n## Expenditure by program\n\n| Program | FY2025 prior year actual | FY2026 adopted | FY2027 proposed |\n|---|---|---|---|\n| Infrastructure | 4.1m | 4.3m | 4.6m |\n| Applications | 3.2m | 3.4m | 3.5m |\n\n## Line item detail\n\nPersonnel, contracts and equipment, with budget variance notes.\n',
  ])('a budget document is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'budget.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'budget' });
  });

  // A call for applications or proposals (征集, 申报通知, guidance for applicants) asks others to apply
  // under a programme: its years and targets are the programme's, and it is not the plan.
  it.each([
    '# 某省工业和信息化厅关于组织申报2026年度数字化转型促进中心的通知\n\n各市工业和信息化主管部门：\n\n为落实全省数字化转型三年行动（2026—2028年），到2028年培育数字化转型促进中心50家，现组织开展申报工作。\n\n## 一、申报条件\n\n申报单位应为在本省注册的独立法人。\n\n## 二、申报材料\n\n申报书一式三份。\n\n## 三、申报时间\n\n截止时间为2026年5月30日。\n',
    '# Smart Streets Fund 2026–2028: Guidance for Applicants\n\n## About the fund\n\nThe fund supports the council\'s Digital Strategy 2025–2030, which aims for 500 connected streetlights by 2028.\n\n## Who can apply\n\nEligible applicants are community groups and small businesses in the borough.\n\n## How to apply\n\nComplete the online form. The closing date is 30 April 2026.\n',
  ])('a call for applications is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'call.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'call' });
  });

  // A periodic performance report (a dashboard's commentary, a quarter's update, 季度报告) looks back
  // on a strategy's measures: a progress report, whatever targets it tracks.
  it.each([
    '# Connected Eastholme: Performance Dashboard, April to June 2026\n\n## Summary\n\nOf 18 measures, 11 are green, 5 amber and 2 red. The strategy aims for 85% of transactions online by 2028; we reached 69% this quarter.\n\n## Off track\n\nThe housing repairs portal has slipped to the autumn.\n',
    '# 某市数字化转型运行监测季报（2026年第二季度）\n\n## 一、主要指标\n\n本季度政务服务全程网办率达到76%，规划目标为2028年达到95%。\n\n## 二、下季度安排\n\n加快区县数据归集。\n',
  ])('a dashboard or quarterly report on a strategy is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'quarter.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });

  // 年报 / 年報: a body's annual report, its IT chapter full of the year's figures, is a report on the year.
  it.each([
    '# 临港市大数据中心2025年年报\n\n## 一、年度工作概况\n\n2025年，中心完成政务云扩容，上云系统达到312个，较上年增长18%。\n\n## 二、数据共享\n\n全年提供数据接口调用1.2亿次。\n\n## 三、2026年工作思路\n\n到2026年底，推动公共数据开放数据集达到1500个。\n',
    '# 新北市政府資訊中心 113 年年報\n\n## 壹、年度施政成果\n\n113 年完成市民卡系統升級，線上申辦案件占比達 72%，較 112 年提升 9 個百分點。\n\n## 貳、資安防護\n\n全年完成資安演練 4 次。\n\n## 參、未來展望\n\n預計 114 年底前完成雲端機房汰換。\n',
  ])('an annual report (年报) is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'annual.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });

  // A reply to a request for information (FOI, public records, 政府信息公开申请) sets out past spending
  // and the plan it was asked about: a reply, whatever figures it tables.
  it.each([
    '# Public Records Request Response\n\nCity of Alder Falls, Office of the City Clerk\n\nRequest No. PRR-2026-0412\n\nDear Ms. Ortiz,\n\nThank you for your request of March 3, 2026 for records of the city\'s spending on its digital services strategy.\n\n## Records provided\n\n| Item | FY2024 | FY2025 |\n|---|---|---|\n| Software | $1.2 million | $1.4 million |\n| Contractors | $0.6 million | $0.4 million |\n\nThe Digital Services Strategy 2026–2029 aims for 80% of permits online by 2028.\n\nSincerely,\n\nRecords Officer\n',
    '# 关于政府信息公开申请的告知书\n\n申请人张某：\n\n本机关于2026年3月5日收到您提出的政府信息公开申请，要求获取本市数字化转型专项资金使用情况。\n\n## 一、公开内容\n\n2025年专项资金安排1.8亿元，已拨付1.5亿元。根据《某市数字化转型规划（2026—2030年）》，到2030年政务服务全程网办率达到95%。\n\n## 二、救济途径\n\n如对本告知不服，可在收到之日起60日内申请行政复议。\n',
  ])('a reply to a request for information is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'foi.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'reply' });
  });

  // A public consultation paper sets out ideas and asks the public for views: no decision, no plan.
  it.each([
    '# 《智慧出行新構思》公眾諮詢文件\n\n運輸及物流局\n\n## 第一章　引言\n\n1.1　本文件載述政府對智慧出行的初步構思，現諮詢公眾意見，諮詢期為三個月。政府尚未作出決定。\n\n## 第二章　初步構思\n\n2.1　政府考慮在2027年前於主要幹道設置智慧交通燈。\n\n## 第三章　諮詢問題\n\n問題一：你是否支持上述構思？歡迎各界提出意見。\n',
    '# Smarter Streets: A Consultation Paper\n\nCity of Ashcombe, Transport and Digital Team\n\n## Why we are asking\n\nWe would like to hear your views on ideas for sensors, smart parking and real-time bus information. No decisions have been made.\n\n## Ideas\n\nSmart parking bays in the town centre by 2028.\n\n## Questions for consultation\n\n1. Which idea matters most to you?\n\nThe consultation closes on 30 June 2026.\n',
  ])('a public consultation paper is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'consult.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'consultation-paper' });
  });

  // A consultancy's bid to draft a plan (服务建议书, Proposal for Services) describes the plan it would
  // write, its method and its price: a vendor's offer, not the plan.
  it.each([
    '# 东湖市数字化转型顶层设计咨询服务项目\n\n技术建议书\n\n投标人：某咨询有限公司\n\n## 一、项目理解\n\n规划期为2026—2030年，须覆盖现状评估、总体架构和实施路径。\n\n## 二、工作方法\n\n我公司将访谈部门30个，到2026年6月提交送审稿。\n\n## 三、服务报价\n\n服务费合计人民币98万元。\n',
    '# Proposal for Services: City of Rowan Falls Digital Strategy 2027–2030\n\nSubmitted by Northgate Advisory LLC\n\n## Our understanding\n\nThe City seeks a four-year digital strategy with measurable targets.\n\n## Our approach\n\nWe will interview 25 departments and deliver a draft strategy by June 2026. Our team has written strategies for 14 cities; our customers include three state capitals.\n\n## Fee\n\nA fixed fee of $185,000.\n',
  ])('a proposal for services to draft a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'bid.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'vendor-brief' });
  });

  // A plan's summary published on its own points to the full plan for its goals, projects and budget:
  // a summary, not the plan (its own words say so: this summary, the full strategy, 完整文本).
  it.each([
    '# Summary\n\n## Smart Halden: Digital Plan 2026–2029\n\nThis summary sets out the headlines of Smart Halden. The full plan, with its targets, projects and budget, is published separately; this summary is not a substitute for it.\n\n### What we will do\n\nMove most council services online and share data across departments.\n\n### Find out more\n\nRead the full document at halden.gov.uk/digital.\n',
    '# 《青川市数字化转型规划（2026—2030年）》摘要\n\n本摘要概述规划的主要内容，规划全文已在市政府网站公布。\n\n## 一、总体思路\n\n以数据赋能城市治理和产业发展。\n\n## 二、主要任务\n\n建设城市数据底座，推进政务服务一网通办。\n\n完整文本详见附件下载链接。\n',
  ])('a plan\'s summary published on its own is not the plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'summary.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'plan-summary' });
  });

  // An easy-read or plain version of a strategy (Easy Read, 简明版) retells the plan for readers who
  // need it simpler and points to the full version: a summary, not the plan.
  it.each([
    '# Digital Strategy 2026 to 2029: Easy Read\n\nLakeside Borough Council\n\nThis is an easy read version of a longer document. You can ask us for the full version.\n\n## What we want\n\nWe want more people to use our services online by 2029.\n\n## How we will help\n\nWe will run free computer classes in libraries.\n',
    '# 《南岸区数字化转型行动方案（2026—2028年）》简明版\n\n本简明版用通俗的话介绍方案的主要内容，方案全文请见区政府网站。\n\n## 我们要做什么\n\n到2028年，大部分政务服务事项可以在网上办。\n\n## 怎么做\n\n在社区开设智能手机培训班。\n',
  ])('an easy-read version of a plan is not the plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'easy.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'plan-summary' });
  });
  // A notice publishing a document about a plan (关于印发《〈…规划〉编制工作方案》的通知): the published
  // document's own genre decides, the plan it names in 〈〉 is cited, not published.
  it.each([
    ['# 西陵区人民政府办公室关于印发《〈西陵区数字经济发展规划（2026—2030年）〉起草工作方案》的通知\n\n各街道办事处，区政府各部门：\n\n现将《〈西陵区数字经济发展规划（2026—2030年）〉起草工作方案》印发给你们，请抓好落实。\n\n## 一、起草分工\n\n区发展改革局牵头起草，区数据局配合，委托第三方开展调研。\n\n## 二、时间安排\n\n2025年6月底前完成调研，9月底前形成征求意见稿，12月底前报区政府审议。\n', 'drafting-work-plan'],
    ['# 关于印发《枫林市智慧城市建设规划编制工作安排》的通知\n\n市直各单位：\n\n经研究，现将《枫林市智慧城市建设规划编制工作安排》印发给你们。\n\n## 一、组织方式\n\n成立规划编制领导小组，下设编制组。\n\n## 二、进度\n\n2025年8月完成初稿并组织专家论证，10月送审，11月报批。\n', 'drafting-work-plan'],
  ])('a notice publishing a work plan for drafting a plan is not the plan', async (text, genre) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'drafting.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre });
  });

  // A line under the title numbering the document in a publisher's series (研究報告第2024-07號,
  // Briefing Series, No. 7) makes it an issue of a publication, whatever plan it discusses.
  it.each([
    '# 數碼政府藍圖的下一步：檢視與建議\n\n**海港公共政策中心 研究報告第 2025-03 號**\n\n## 摘要\n\n政府的數碼政府計劃涵蓋多項措施。本中心透過訪問及問卷，檢視措施成效。\n\n## 主要發現\n\n市民對一站式服務的滿意度為 71%。\n\n## 建議\n\n我們建議政府設立數據共享平台，並加強數碼人才培訓。\n',
    '# What Makes a City Digital Plan Stick\n\nHarbour Policy Institute – Local Government Briefing Series, No. 7\n\n## Summary\n\nWe reviewed twelve published city roadmaps and interviewed their authors.\n\n## What we found\n\nPlans with a named owner for each goal were twice as likely to be delivered.\n\n## What we recommend\n\nEvery plan should publish a yearly scorecard.\n',
  ])('an issue of a publication series is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'series.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });

  // A title naming no genre but its own span of years is a plan's: score marks in one of its chapters
  // (the maturity score of its assessment, a target score) are that chapter's, not a score sheet's.
  it.each([
    '# 南溪市数字化发展路径研究（2026—2030年）\n\n## 一、发展基础\n\n经第三方测评，我市数字化发展水平综合得分为61.5分（满分100分），其中数据资源维度得分最低，为48分，基础设施维度得分72分。\n\n## 二、形势与需求\n\n企业和市民对一网通办、数据开放的需求日益迫切。\n\n## 三、总体思路\n\n坚持统筹集约、数据驱动、安全可控。\n\n## 四、发展目标\n\n到2030年，综合得分达到80分以上，政务服务全程网办率达到95%。\n\n## 五、主要任务\n\n建设城市数据底座，推进政务服务一网通办，发展数字产业。\n\n## 六、支撑措施\n\n市财政每年安排专项资金2亿元，引进数字人才300名。\n',
    '# Harbourside Digital Futures 2026–2030\n\n## Where we start\n\nAn independent maturity review gave us 52 points out of a maximum score of 100; the weighting favoured data, where we scored lowest. The scoring criteria are in the annex, and the marks awarded by theme are in the table below.\n\n## Our goals\n\nBy 2030 we will reach 75 points and move 80% of services online.\n\n## What we will do\n\nBuild a shared data platform and a single customer account.\n\n## Making it happen\n\nA capital budget of £6 million and a digital skills programme for staff.\n',
  ])('a plan titled with its years is not a score sheet for its assessment chapter\'s scores', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A job posting (a vacancy for a chief digital officer, 招聘公告) describes the strategy the post
  // will lead, with its period and targets: a vacancy, not the plan.
  it.each([
    '# Director of Digital Services\n\nCounty of Maple Ridge, Human Resources\n\n| | |\n|---|---|\n| Job number | 26-0193 |\n| Salary | $148,000 to $181,000 |\n| Employment type | Full-time, exempt |\n| Closing date | April 30, 2026 |\n\n## The role\n\nYou will lead the county\'s Digital Services Strategy 2026–2029, which aims to put 90% of permits online by 2028.\n\n## Minimum qualifications\n\nTen years of experience in public-sector technology.\n\n## How to apply\n\nSubmit an application online. The County is an equal opportunity employer.\n',
    '# 青州市数据局2026年公开选聘首席数据官公告\n\n## 一、岗位情况\n\n首席数据官1名，负责统筹实施《青州市数字化转型规划（2026—2030年）》，到2030年建成城市数据底座。\n\n## 二、应聘条件\n\n具有10年以上信息化工作经历。\n\n## 三、薪酬待遇\n\n实行年薪制，年薪40万元至55万元。\n\n## 四、报名方式\n\n报名时间为2026年3月1日至3月20日，应聘者将材料发送至指定邮箱。\n',
  ])('a job posting is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'job.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'job-posting' });
  });

  // A service catalogue (服务目录, Catalogue of Services) lists what a department offers and its service
  // levels, however many targets and years those levels carry: an offer, not a plan.
  it.each([
    '# 云川市政务云服务目录（2026年版）\n\n云川市大数据中心\n\n## 一、说明\n\n本目录列明市政务云向各部门提供的服务内容、服务级别和申请方式，每年随预算更新。\n\n## 二、计算服务\n\n云主机：按需提供2核至64核规格。服务级别：可用性不低于99.9%。申请方式：通过政务云管理平台提交工单。\n\n## 三、存储服务\n\n对象存储和块存储。服务时限：工单受理后2个工作日内开通。\n\n## 四、服务台\n\n7×24小时服务台，故障响应时间不超过15分钟。\n',
    "# Catalogue of Digital Services 2026/27\n\nBarrowford Borough Council, ICT Shared Service\n\n## About this catalogue\n\nThese are the services the ICT Shared Service offers to council teams, with the service level for each and how to request it.\n\n## Hosting\n\nVirtual servers in the council's cloud tenancy. Service level: 99.5% availability. How to request: raise a request with the Service Desk. Chargeable above two servers a team.\n\n## Collaboration\n\nEmail, calendars and video meetings for every member of staff. Response target: four working hours.\n\n## Devices\n\nA laptop for every member of staff, replaced every four years.\n",
  ])('a service catalogue is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'catalogue.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'service-catalogue' });
  });

  // A year's investment plan (2027年度投资计划, Annual Capital Programme 2026/27) allocates one year's money
  // to projects already chosen, with their totals and spend to date: a budget for the year, not a plan.
  it.each([
    '# 江屿区2027年度信息化项目投资计划\n\n江屿区发展改革局　江屿区大数据中心\n\n## 一、总体安排\n\n2027年安排信息化项目9个，总投资4.2亿元，其中续建项目6个、新开工项目3个，年度计划投资1.6亿元。\n\n## 二、项目清单\n\n| 序号 | 项目名称 | 总投资（万元） | 累计完成投资（万元） | 2027年计划投资（万元） |\n|---|---|---|---|---|\n| 1 | 区政务云扩容 | 8000 | 3000 | 2500 |\n| 2 | 城市运行中心二期 | 12000 | 5000 | 4000 |\n\n## 三、工作要求\n\n各项目单位按月报送投资完成情况。\n',
    "# Annual Capital Programme 2026/27: Digital and ICT\n\nThornby District Council\n\n## Summary\n\nThis programme sets the capital allocation for digital and ICT schemes in 2026/27. Schemes approved in earlier years carry forward with their spend to date.\n\n## Schemes\n\n| Scheme | Total budget | Spend to date | 2026/27 allocation |\n|---|---|---|---|\n| Network refresh | £1.2m | £0.4m | £0.5m |\n| Customer portal | £0.8m | £0.1m | £0.4m |\n\n## Monitoring\n\nIn-year spend is reported to Cabinet each quarter.\n",
  ])('a year’s investment plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'annual.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'annual-investment-plan' });
  });

  // A blog's furniture under the title (Posted by … with its tags, Filed under …) makes the piece a
  // post about a plan, whatever its title says.
  it.each([
    '# Three months into our new data strategy\n\nPosted by Tom Rees, Data Lead\n\nTags: data, strategy, culture\n\nWe are three months into the Data Strategy 2026–2029. We said we would publish 40 open datasets by 2027 and we have published 12 so far.\n\n## What is going well\n\nTeams are asking for data earlier.\n\n## What is hard\n\nOld systems.\n',
    '# Why our digital plan starts with people\n\nFiled under: Digital, Workforce | Posted by Ana Silva\n\nOur Digital Plan 2026–2030 sets a goal of training 1,000 staff in digital skills by 2028. Here is why we put people first.\n\n## Skills before systems\n\nTechnology is the easy part.\n\n## What comes next\n\nA skills survey in the spring.\n',
  ])('a post under a blog byline is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'post.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'blog-post' });
  });
  // A look back on a strategy's first years (one year on, a year on, 一周年回顾) reports what was done: a
  // progress report, whatever the strategy's own period and goals it restates.
  it.each([
    '# Our Data Strategy, Two Years On\n\nLakemoor City Council\n\nTwo years ago we set out our Data Strategy 2024–2028. It aimed to publish 200 open datasets by 2027. So far we have published 140.\n\n## What went well\n\nThe new data platform went live in 2025.\n\n## What comes next\n\nWe will finish moving the last reports onto the platform.\n',
    '# Smart Dunmore, a year on\n\nBy the Smart Dunmore team\n\nIt is a year since the county adopted Smart Dunmore 2025–2029, with its aim of 60 connected sensors in every town by 2028. Thirty towns now have them.\n\n## Highlights\n\nFree public wifi in five town centres.\n\n## Looking ahead\n\nThe sensor network reaches the last ten towns next year.\n',
  ])("a look back on a strategy's first years is not the plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'lookback.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A board's or a leading group's terms of reference (Terms of Reference, 工作规则, 议事规则) say who sits
  // on it and how it decides, naming the strategy it oversees: rules of a body, not the plan.
  it.each([
    '# Digital Transformation Steering Group: Terms of Reference\n\nHolmfirth Town Council\n\n## 1. Purpose\n\nThe Steering Group oversees delivery of the Digital Strategy 2026–2029, which aims to move 80% of transactions online by 2028.\n\n## 2. Membership\n\nThe Chief Executive (chair), the Head of Digital and three service directors.\n\n## 3. Meetings\n\nThe Group meets monthly; three members make a quorum.\n',
    '# 某市数字化转型工作领导小组工作规则\n\n第一条　领导小组负责统筹推进《某市数字化转型规划（2026—2030年）》实施，到2030年建成数字城市。\n\n第二条　领导小组组长由市长担任，成员单位包括市发展改革委、市数据局等。\n\n第三条　领导小组每季度召开一次全体会议，由组长或其委托的副组长召集。\n',
  ])("a board's terms of reference is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'tor.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'terms-of-reference' });
  });
  // A body's response to another's consultation (Consultation response, 反馈意见) answers a draft plan
  // it quotes, whatever that plan's name says after a dash; the paper's own subtitle follows its genre word.
  it.each([
    "# Consultation response: Smart Regions — a Strategy for Connected Places 2026–2030\n\nSubmitted by Ashby Vale District Council\n\n## Introduction\n\nThe council welcomes the opportunity to comment on the draft strategy. We would ask that district councils are named as delivery partners.\n\n## Our comments\n\nWe would urge the department to fund shared broadband work over five years. The consultation asks about data sharing: we support model agreements.\n",
    '# 关于《某省数字化转型规划（2026—2030年）（征求意见稿）》的反馈意见\n\n省发展改革委：\n\n经研究，我市对征求意见稿提出如下意见：\n\n一、第三章第二节，建议修改为“统筹建设市级政务云”。\n\n二、第五章，建议增加“支持地市建设城市运行管理中心”的内容。\n\n三、附件1指标表，原文“到2027年5G基站达到10万个”，建议删除“10万个”的具体数字。\n',
  ])("a response to another body's consultation is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'response.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'consultation-response' });
  });
  // A dated plan genre word followed by Minguo years (白皮書（115-119年度）, 手冊（116至118年度）) names a
  // plan for those years, as with 2026-2030: a Taiwan city's white paper for its term is its plan.
  it.each([
    '# 北嶺市智慧城市白皮書（116-119年度）\n\n北嶺市政府\n\n## 壹、計畫期程\n\n本白皮書推動期程為民國116年至119年。\n\n## 貳、目標\n\n119年底前線上申辦比率達80%。\n\n## 參、推動策略\n\n建置市民數位服務平臺。\n\n## 肆、推動配套\n\n每年編列預算新臺幣2億元，培訓數位人才500人。\n',
    '# 東華縣數位治理操作手冊（116至118年度）\n\n## 一、期程\n\n本手冊適用於116年至118年。\n\n## 二、目標\n\n118年前完成80項服務線上化。\n\n## 三、作法\n\n建置縣府資料平臺，並由各局處依手冊推動。\n\n## 四、配套\n\n編列專款1億元。\n',
  ])('a dated genre word with Minguo years names a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'roc.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A line under the title naming the document as one of a publisher's (A Meridian Spatial Systems White
  // Paper, An Arden Cities Policy Brief) says its genre, whatever the title speaks of.
  it.each([
    '# Twins for Every Town: Getting Value from Urban Digital Twins\n\n*A Northgate Geospatial White Paper*\n\n## Executive summary\n\nMost cities already hold the data a twin needs: infrastructure, applications and data platforms. A city that starts in 2026 can have a twin of its centre by 2028 and cut flood response times by 30%.\n\n## A three-year path, 2026–2028\n\nYear one: capture the city in 3D. Year two: connect sensors and business systems. Year three: run simulations for planning, flooding and traffic.\n\n## What it takes\n\nFunding of about $2 million, a small team with GIS and data skills, and a data governance policy.\n',
    '# Fixing the Front Door: What Cities Should Do Next\n\nAn Arden Cities Institute Policy Brief\n\n## Summary\n\nCities should put their ten most used services online by 2027 and reach 90% online take-up by 2029, with shared data platforms, applications and secure infrastructure.\n\n## Stages\n\nBy 2027: the top ten services online. By 2029: every service online.\n\n## What it needs\n\nA digital budget, trained staff, clear policy and a culture of testing with residents.\n',
  ])("a line naming the document as a publisher's paper gives its genre", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'paper.md' });
    expect(r.verdict).toMatchObject({ isPlan: false });
  });
  // A member's question in a legislature and the minister's written reply (立法會十五題, Following is a
  // question by the Hon … and a written reply by …) answers for the city's measures: a reply, not a plan.
  it.each([
    '# 市人大常委会会议询问：加快数字政府建设\n\n以下是市人大常委会会议上李明委员的提问和市政务服务和数据管理局局长的书面答复：\n\n问题：\n\n全市政务服务“一网通办”已推行三年，部分事项网上办理率仍然偏低。请问到2027年网上办理率能否达到90%，准备采取哪些措施？\n\n答复：\n\n感谢李明委员的关注。现就提问答复如下：\n\n一、到2027年，我市依申请政务服务事项网上可办率将达到95%，全程网办率达到80%。\n\n二、我们将加大财政投入，每年安排专项资金1亿元，并加强数字人才培训。\n',
    '# LegCo Question 9: Smart city data sharing\n\nFollowing is a question by the Hon Wong Ka-ming and a written reply by the Secretary for Innovation, Technology and Industry in the Legislative Council today:\n\nQuestion:\n\nWill the Government inform this Council of the number of departments connected to the data exchange platform, and its target for 2027?\n\nReply:\n\nPresident,\n\nBy 2027, all 70 bureaux and departments will be connected to the platform, up from 45 today. Funding of $300 million has been earmarked, and training will be provided to 2,000 staff.\n',
  ])("a member's question and its written reply is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'reply.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'reply' });
  });
  // Titled for the scheme it answers on (立法會九題：智慧政府資訊站計劃), a plan's word in its title,
  // a written reply is told by its body: the member's question, 書面答覆, 主席：, 現回覆如下.
  it.each([
    '# 立法會九題：智慧政府資訊站計劃\n\n以下是今日在立法會會議上陳議員的提問和數字政策專員的書面答覆：\n\n## 問題：\n\n政府可否告知本會，資訊站計劃的使用情況及未來擴展安排？\n\n## 答覆：\n\n主席：\n\n就陳議員的提問，現回覆如下：\n\n（一）截至2025年底，全港已設置資訊站120個，每月使用約三萬人次。\n\n（二）政府計劃於2027年前在新發展區再增設80個資訊站。\n',
    '# 立法會二十題：中小企科技券計劃\n\n以下是今日（三月五日）在立法會會議上黃議員的提問和創新科技及工業局局長的書面答覆：\n\n問題：\n\n計劃推出至今，共有多少企業獲資助？政府會否提高資助上限？\n\n答覆：\n\n主席：\n\n經諮詢相關部門後，綜合回覆如下：\n\n截至2025年12月，計劃共批出約二萬宗申請，資助總額約十五億元。政府會在2026年內檢討資助上限。\n',
  ])('a written reply titled for the scheme it answers on is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'reply.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'reply' });
  });
  // A course's syllabus (its instructor, office hours, learning objectives, 授课教师, 课程目标) teaches
  // about city plans and may set a class project's dates and targets: a syllabus, not a plan.
  it.each([
    '# URBS 512: Digital Cities\n\n**Instructor:** Dr. Amy Chen · Office hours: Fridays 10–12\n\n## Course description\n\nWe read city digital strategies for 2026–2030 and ask how they set goals, such as 90% of services online by 2028, and how they fund platforms, data and security.\n\n## Learning objectives\n\nStudents will be able to critique a digital strategy and draft one for a real city.\n\n## Schedule\n\nWeek 1: smart city history. Week 2: data governance. Week 3: infrastructure and funding.\n',
    '# 《智慧城市规划》课程教学大纲\n\n课程编号：URB3021　学分：2　授课教师：李华\n\n## 一、课程目标\n\n使学生掌握城市数字化转型顶层设计方法，能够分析城市规划（2026—2030年）中的目标体系，如到2028年政务服务网上可办率达到100%。\n\n## 二、教学内容\n\n第1周：数字化转型概述；第2周：总体架构设计；第3周：数据治理与保障措施。\n\n## 三、考核方式\n\n平时作业占40%，期末课程设计占60%。\n',
  ])('a course syllabus is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'syllabus.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'course-syllabus' });
  });
  // An analyst's market forecast (Market Forecast: … Spending, 2025–2029; 智慧城市市场规模预测（2026—2030年）)
  // sizes what cities will buy over its years: an analysis, though its title states a span of years.
  it.each([
    '# Market Forecast: European Smart Mobility Spending, 2026–2030\n\n**Northlight Analytics | Cities Practice**\n\n## Key takeaways\n\nCity spending on mobility platforms will reach €9.1 billion by 2030, up from €5.2 billion, with data platforms and cybersecurity growing fastest.\n\n## Drivers\n\nFunding from national recovery programmes and talent shortages in city IT teams.\n\n## Methodology\n\nSurveys of 120 city IT leaders.\n',
    '# 中国智慧城市市场规模预测（2026—2030年）\n\n某某咨询研究院\n\n## 一、核心结论\n\n预计到2030年，我国智慧城市相关投资规模将达到3.2万亿元，年均增长12%，其中数据平台和网络安全增长最快。\n\n## 二、驱动因素\n\n专项债券资金、数字人才供给和数据要素政策。\n\n## 三、研究方法\n\n基于对300个城市的调研数据建模。\n',
  ])("an analyst's market forecast is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'forecast.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });
  // A form for responding to a draft plan (Consultation Response Form, 意见反馈表) asks what people think of
  // the plan's themes: a questionnaire, though its title names the draft and its years.
  it.each([
    '# Draft Smart District Strategy 2026–2029: Consultation Response Form\n\n**Eastfield Borough Council**\n\n## About this consultation\n\nThe draft sets out our goals, such as 90% of services online by 2028, with a shared data platform, digital infrastructure and a skills programme.\n\n## Section A: About you\n\nAre you responding as a resident, a business or an organisation?\n\n## Section B: Your views\n\nQ1. How far do you agree with our five priorities?\n\nQ2. What else should the strategy do?\n',
    '# 《某市数字化转型规划（2026—2030年）》（征求意见稿）意见反馈表\n\n填表单位（个人）：＿＿＿＿　联系电话：＿＿＿＿\n\n## 一、总体意见\n\n规划提出到2028年政务服务事项网上可办率达到100%，建设统一数据平台和数字基础设施，请提出您的意见。\n\n## 二、具体修改建议\n\n| 序号 | 章节 | 原文 | 修改建议 | 理由 |\n|---|---|---|---|---|\n| 1 | | | | |\n',
  ])('a response form on a draft plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'form.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'questionnaire' });
  });
  // A list of the year's tasks by lead unit (重点工作任务分工方案, 工作要点), published by notice or alone,
  // allocates work under a plan: no plan of its own, though its title ends in 方案.
  it.each([
    '# 关于印发《南湖市2026年数字政府建设重点任务分工方案》的通知\n\n各区人民政府，市政府各部门：\n\n现将《南湖市2026年数字政府建设重点任务分工方案》印发给你们，请认真抓好落实。\n\n## 一、推进政务服务提质\n\n1. 2026年底前政务服务事项网上可办率达到100%。牵头单位：市政务服务局；配合单位：各区政府。\n\n2. 建成统一数据共享平台。牵头单位：市数据局。\n\n## 二、夯实数字基础设施\n\n3. 新建5G基站2000个。牵头单位：市通信管理办。\n',
    '# 北川县2026年城市数字化转型工作要点\n\n## 一、总体要求\n\n以数字化转型整体驱动生产方式、生活方式和治理方式变革，到2026年底，县域数字化水平明显提升。\n\n## 二、重点任务\n\n（一）建设县域数据平台，2026年9月底前上线。（责任单位：县大数据中心）\n\n（二）推进政务服务“一网通办”，全程网办率达到85%。（责任单位：县行政审批局）\n\n## 三、保障措施\n\n县财政安排专项资金3000万元，加强数字人才培训。\n',
  ])('a task allocation or annual work list is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'tasks.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'task-allocation' });
  });
  // A page answering residents' questions about a strategy (Your questions answered, Your questions about…)
  // is a Q&A, though it states the strategy's period and aims.
  it.each([
    '# The new data strategy: your questions answered\n\n*Page last updated: 2 March 2026*\n\n## What is it?\n\nThe strategy runs for four financial years, from April 2026 to March 2030. It aims to publish 200 datasets by 2029.\n\n## Who pays for it?\n\nA £1.2 million budget from the transformation fund.\n\n## How can I get involved?\n\nJoin our data users group.\n',
    '# Smart Kingsbridge 2026–2029: your questions about the plan\n\n## Why does the city need it?\n\nTo move 80% of requests online by 2028 and give staff better tools.\n\n## What will change for me?\n\nYou can report issues and track them online.\n\n## Where can I read it?\n\nAt every library and on our website.\n',
  ])("a page of residents' questions about a strategy is not the plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'faq.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });
  // A professional body's good practice guide or practice note on writing digital strategies advises
  // its readers how to set a plan's period, goals and safeguards: guidance, not a plan.
  it.each([
    '# Strategies That Deliver: A Good Practice Guide for Council Digital Leaders\n\n*Society of Digital Leaders, March 2026*\n\n## 1. Pick a sensible period\n\nThree to five years suits most councils.\n\n## 2. Set measurable goals\n\nFor example, 80% of transactions online by 2028.\n\n## 3. Name what delivery depends on\n\nPolicy, funding, skills and culture.\n',
    '# Practice Note 9: Writing a Data Strategy for a Housing Association\n\n## Purpose\n\nThis note helps housing associations write a data strategy for the next three to five years.\n\n## What good looks like\n\nA data governance board, clear owners for every dataset, and targets such as 95% complete tenant records by 2028.\n\n## Checklist\n\nPeriod, goals, governance, funding, skills.\n',
  ])('a good practice guide on writing strategies is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'guide.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'guidance' });
  });
  // A special plan on one step titled by the guide's own design object (…核心业务架构设计（2026—2028年）,
  // Business Architecture for Resident Services 2026–2028) is on the guide's topic, though its
  // text is about the services it designs (养老, 助餐, 就医) more than digital words.
  it.each([
    '# 南湖市养老服务核心业务架构设计（2026—2028年）\n\n## 一、业务现状\n\n全市有养老机构120家，居家养老服务由街道分别组织，流程各异。\n\n## 二、目标\n\n到2028年，养老服务申请办理时限压缩50%，助餐服务覆盖80%的社区。\n\n## 三、业务架构\n\n一级业务为养老服务；二级业务分为机构养老、居家养老、助餐助浴；三级业务细化为申请、评估、派单、回访等环节。\n\n## 四、应用架构\n\n养老服务平台支撑申请、评估和派单。\n\n## 五、保障措施\n\n市财政每年安排专项资金，加强养老服务人员培训。\n',
    '# Eastfield Business Architecture for Adult Social Care 2026–2028\n\n## 1. Where we are\n\nCare assessments take 28 days on average and every locality works differently.\n\n## 2. Goals\n\nBy 2028, assessments will take 14 days and 90% of carers will be offered support within a week.\n\n## 3. Levels\n\nLevel 1: adult social care. Level 2: assessment, support planning, review. Level 3: the steps of each.\n\n## 4. Systems and information\n\nOne case management system and a shared record of each person\u2019s needs.\n\n## 5. Making it happen\n\nA budget of £1.5 million and training for every social worker.\n',
  ])("a special plan titled by the guide's own design object is a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'business-architecture.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A bid's technical part (投标文件·技术方案, 响应文件之技术方案, …项目技术方案) proposes how a supplier
  // would build one project for the buyer: a vendor's proposal, though its title ends in 方案.
  it.each([
    '北湖区智慧社区综合服务平台采购项目\n响应文件之技术方案\n\n供应商：云启数智科技有限公司\n\n一、需求理解\n\n采购人希望将辖区12个社区的服务事项接入统一平台。\n\n二、系统组成\n\n1. 居民服务子系统。\n2. 网格管理子系统。\n\n三、实施计划\n\n合同签订后180日内完成部署，质保期三年。\n',
    '# 东川县数据中心扩容项目技术方案\n\n## 一、项目理解\n\n本项目由县大数据中心作为采购人，我公司作为投标人，拟新增服务器机柜40个。\n\n## 二、技术路线\n\n采用云原生架构，兼容国产操作系统。\n\n## 三、工期与服务\n\n中标后90日内完成交付，提供三年运维服务。\n',
  ])("a bid's technical proposal is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'bid.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'vendor-brief' });
  });
  // A newsletter's feature on a strategy (Staff Newsletter, Issue 47) reports it to its readers,
  // quoting its period and aims: a news article, not the plan.
  it.each([
    '# Council Connect: the staff newsletter, June 2026\n\n## Our new digital strategy explained\n\n*By the internal communications team*\n\nCabinet approved the Digital Strategy 2026–2030 last month. It aims to move 80% of transactions online by 2029, says the head of digital.\n\n## What changes for you\n\nNew laptops, training sessions and a single sign-in.\n',
    '# Digital Matters newsletter — Autumn 2026 edition\n\n## Spotlight: the Smart Harbour Strategy 2026–2029\n\nThe strategy sets targets for 2029, including free public Wi-Fi along the whole seafront. Our project lead explains what happens next.\n\n## Dates for your diary\n\nDrop-in sessions every Thursday in October.\n',
  ])("a newsletter's feature on a strategy is not the plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'newsletter.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'news-article' });
  });
// A plan titled as its own with its span of years may be written as questions and answers
  // (問一：期程多長？ 答：…; Q1. How long does this plan run?): its form, not an interpretation.
  it.each([
    '# 北岸市数据共享推进计划（2026—2028年）\n\n本计划采用问答形式编写，便于各部门理解。\n\n## 问题一：本计划管多长时间？\n\n答：本计划实施期为2026年至2028年。\n\n## 问题二：要达到什么目标？\n\n答：到2028年，市级部门数据共享需求满足率达到95%，新增开放数据集300个。\n\n## 问题三：谁来负责？\n\n答：市数据局牵头，各部门设数据专员，市财政每年安排专项资金，并开展数字技能培训。\n\n## 问题四：分几步走？\n\n答：2026年建目录，2027年建平台，2028年全面应用。\n',
    '# Harlow Vale Digital Services Plan 2026–2029\n\nWe have written this plan as questions and answers so that residents can find what matters to them.\n\n## How long does the plan run?\n\nQ: Is this a one-year plan?\nA: No. It runs from April 2026 to March 2029.\n\n## What will be different?\n\nQ: What will residents notice by 2029?\nA: 85% of council transactions will be completed online, and every library will offer free digital skills help.\n\n## Who pays?\n\nQ: Where does the money come from?\nA: A digital investment budget of £4 million, with the digital team leading delivery.\n\n## In what order?\n\nQ: What happens first?\nA: Year one: the new website. Year two: online payments. Year three: retiring old systems.\n',
  ])('a plan written as questions and answers is a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'qa-plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A compilation of policy documents (政策文件汇编, a policy compendium) lists the plans and rules
  // it collects, with their periods: a collection of regulations, not a plan.
  it.each([
    '# 西江市数据要素政策文件汇编（2026年版）\n\n市数据局 编\n\n## 编印说明\n\n为方便各部门查阅，现将近年数据要素领域的主要文件汇编成册。\n\n## 目录\n\n1. 西江市公共数据管理办法 …… 1\n2. 西江市数字经济发展规划（2026—2030年） …… 12\n3. 西江市公共数据授权运营实施细则 …… 40\n4. 西江市数据交易场所管理暂行办法 …… 55\n',
    '# Northcliffe Council Digital Policy Compendium 2026\n\n## About this compendium\n\nThis compendium brings together the council\u2019s current digital and data policies in one place for staff.\n\n## Contents\n\n1. Information Security Policy (2025)\n2. Digital Strategy 2026–2030 (summary)\n3. Acceptable Use Policy\n4. Data Retention Schedule\n',
  ])('a compilation of policy documents is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'compendium.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'regulation' });
  });
  // A glossary of a strategy's terms (术语表, 名词解释, jargon buster) explains its words, not its aims.
  it.each([
    '# 东湖区数字化转型常用名词解释\n\n区数据局 2026年3月\n\n**数据要素**：指参与社会生产经营活动、为使用者带来经济效益的数据资源。\n\n**一网通办**：指政务服务事项通过统一平台在线办理。\n\n**城市大脑**：指城市运行管理的数字化中枢平台，到2028年覆盖全区。\n',
    '# Jargon buster: the words in our Digital Plan 2026–2029\n\n**Cloud**: computing services we rent rather than run in our own building.\n\n**API**: a way for two systems to pass information to each other automatically.\n\n**Digital inclusion**: making sure everyone can use online services, with targets for 2029 set in the plan itself.\n',
  ])("a glossary of a strategy's terms is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'glossary.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });
  // Minutes under a group's name that holds a plan word (Digital Strategy Working Group, 规划编制工作专班):
  // the group's name says what it works on, the heading under it what the document is.
  it.each([
    '# Borough of Elmstead\n\n## Smart City Strategy Task Force\n\n### Minutes of the meeting held on 3 March 2026, Council Chamber\n\n**Present:** Cllr Hughes (Chair), Cllr Patel, the Head of Digital.\n\n### 1. Apologies\n\nApologies were received from Cllr Moore.\n\n### 2. Progress report\n\nThe Head of Digital reported that the draft strategy for 2026–2030 will go to Cabinet in June. Members asked for targets for online transactions.\n\n### 3. Date of next meeting\n\n2 June 2026.\n',
    '# 南山市人民政府办公室\n\n## 数字化转型规划编制工作专班\n\n### 第三次会议纪要\n\n2026年4月8日，工作专班在市政府第二会议室召开第三次会议。\n\n### 一、规划编制进展\n\n规划期拟定为2026—2030年，初稿已完成，到2030年数字经济核心产业增加值占比达到12%。\n\n### 二、下一步安排\n\n各单位于4月底前反馈修改意见。\n',
  ])("minutes under a group's name that holds a plan word are not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'minutes.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'minutes' });
  });
  // A long line under the title that opens with the genre (Case study prepared for the … Forum, Session 4B:
  // "…"): the genre the line names, however long the line.
  it.each([
    '# Lessons from the Chatbot Pilots in Three Councils\n\nStudy written for the Local Digital Network spring conference on resident-facing services, Workshop 2: "What residents actually use and why"\n\n## Background\n\nThree councils tried a chatbot on their websites in 2024. By 2026 two kept it and one switched it off.\n\n## What we found\n\nResidents used the chatbot for bin days and council tax; the platform cut calls by 12% where it was kept.\n',
    '# From Counter to Phone: Resident Apps in Mid-Sized Cities\n\nCase studies compiled for the Association of Municipal IT Directors autumn workshop on resident apps, Track C: "Lessons from ten cities that went first"\n\n## Summary\n\nTen cities launched a resident app between 2021 and 2024. Seven saw more than 30% of service requests move to the app within two years.\n\n## Lessons\n\nStart with the three requests residents make most, and publish how fast they are closed.\n',
  ])('a long line under the title that opens with a non-plan genre names the document', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'case-study.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });
  // An operations plan for a contact platform speaks of its platform, portal, CRM and software rather
  // than of digital or data: it is on the guide's topic.
  it.each([
    '# Westfield Borough Council\n\n# Customer Platform Operating Plan 2026–2028\n\nThis plan covers April 2026 to March 2028.\n\n## Purpose\n\nThe customer platform joins the contact centre, the web portal, the mobile app and the CRM. This plan sets how we run it for the next two years.\n\n## Where we are\n\nThe platform handled 640,000 contacts in 2025; 58% by phone. The CRM software is three years old and the chatbot answers 20% of web questions.\n\n## Targets\n\n- By March 2027, 45% of contacts through the portal or the app.\n- By March 2028, 90% of cases closed within the promised time.\n\n## How we will run it\n\nA platform team of twelve, a monthly release of the CRM and the portal, and a yearly review with residents.\n\n## Resources\n\nA budget of £1.4 million a year, training for every advisor, and a policy that every new service starts on the platform.\n',
    '# Lakemont County Service Request Platform Operations Plan FY2027–FY2029\n\nThe plan runs from July 1, 2026 to June 30, 2029.\n\n## Scope\n\nThe 311 platform: the call center software, the CRM, the web portal, the mobile app and the chatbot.\n\n## Baseline\n\nIn FY2026 the platform took 410,000 requests; average speed of answer was 3 minutes.\n\n## Performance Targets\n\n- FY2027: average speed of answer under 90 seconds.\n- FY2029: 60% of requests submitted through the portal or the app.\n\n## Operations\n\nA platform operations team runs releases every month; the county reviews results every quarter.\n\n## Funding and Staffing\n\n$2.1 million a year from the general fund and eight platform staff.\n',
  ])('an operations plan for a contact platform is on topic and a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'platform-plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A title with its own span of years and no genre word (Digital Support Framework FY2027–FY2029,
  // 数字化转型支撑体系建设（2026—2028年）) is the document's: a handbook or a guide named in a heading
  // under it (The Service Playbook, 数据标准指引) is one of its parts.
  it.each([
    '# City of Danvers Digital Support Framework FY2027–FY2029\n\n## 1. Enabling the work\n\n### 1.1 The Danvers Digital Service Playbook\n\nEvery new City system must meet the plays in the playbook before go-live.\n\n## 2. Targets\n\nBy FY2029, 80% of permit applications will be made online, and every department will publish its open data.\n',
    '# 北塘市数字化转型支撑体系建设（2026—2028年）\n\n## 一、标准支撑\n\n### （一）数据标准指引\n\n各部门新建系统须符合本市数据标准指引。\n\n## 二、建设目标\n\n到2028年，政务数据共享率达到95%，市级部门系统全部上云。\n',
  ])('a title with its own span of years takes no genre from a heading under it', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'framework.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A compilation of cases (案例汇编, 案例集, casebook) tells what others did, not what the city will do.
  it.each([
    '# 南港市数字政府建设典型案例集（2026）\n\n南港市数据局 编\n\n## 前言\n\n为推广各区各部门数字政府建设的好做法，市数据局遴选出10个典型案例编印成册。\n\n## 案例一　“南港通”一网通办\n\n市政务服务中心依托统一平台，实现1200项事项全程网办，2025年网办率达到92%。\n\n## 案例二　城市运行“一网统管”\n\n南山区整合12个部门的视频和物联感知数据，事件平均处置时长缩短40%。\n',
    '# The Westmoor Smart City Casebook 2026\n\nCompiled by the Westmoor Digital Office from submissions by council services.\n\n## Introduction\n\nThis casebook collects nine projects that council teams delivered between 2023 and 2025, so that others can learn from them.\n\n## Case 1: Online parking permits\n\nThe parking team moved permits online in 2024; 88% of permits are now issued without a phone call.\n\n## Case 2: Flood sensors on the river\n\nTwenty sensors now warn the highways team two hours earlier than before.\n',
  ])('a compilation of cases is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'casebook.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });
  // Talking points for publicising a plan (宣传提纲, 宣讲提纲, key messages) tell others how to speak of it.
  it.each([
    '# 《青阳市数据要素市场化配置改革行动方案（2026—2028年）》宣讲提纲\n\n青阳市数据局 2026年4月\n\n## 一、宣讲要点\n\n讲清方案出台的背景和意义，讲清到2028年数据交易额突破50亿元等主要目标。\n\n## 二、宣讲口径\n\n宣讲中统一表述为“全市数据要素市场化配置改革的施工图”。\n',
    '# Key messages: the Ashworth Digital Strategy 2026–2030\n\nFor use by council communications staff and members.\n\n## Headline message\n\nThe strategy sets out how the council will move 80% of transactions online by 2030.\n\n## Lines to take\n\nWhen asked about costs, say the programme is funded within the existing capital plan.\n',
  ])('talking points for publicising a plan are not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'talking-points.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });
  // A plan titled as its own with its span of years may be written as a meeting's decisions (会议议定,
  // the board agreed): the form of its text, not the minutes of a meeting about it.
  it.each([
    '# 西江市公共数据运营方案（2026—2028年）\n\n（2026年1月9日市数据工作领导小组第二次会议审议通过）\n\n市数据工作领导小组主持召开第二次会议，市数据局、市财政局等单位参会。会议听取了公共数据运营工作汇报，会议认为运营工作应当市场化推进，会议研究议定如下事项。\n\n## 一、运营目标\n\n会议要求，到2026年底公共数据开放数据集达到800个，到2028年底授权运营收入累计达到2亿元。\n\n## 二、运营机构\n\n会议强调，由市数据集团承担运营，市数据局负责监管。\n\n## 三、保障\n\n市财政每年安排专项资金3000万元，建立数据人才培训制度。\n',
    '# 南投縣智慧交通營運計畫（2026-2028年）\n\n本計畫經縣府數位治理會報第五次會議決議通過，縣長主持召開，交通處、資訊處等單位出席，議員列席，會議聽取交通平臺營運報告後，會議認為平臺已具規模，會議指出營運應以民眾感受為準，會議決議事項如下。\n\n## 壹、營運目標\n\n會議要求，2026年底前號誌連網率達到90%，2028年底前公車到站預報準確率達到95%。\n\n## 貳、營運團隊\n\n會議強調，由交通處成立營運專案辦公室，配置專責人員八名。\n\n## 參、經費與人才\n\n每年編列營運經費新臺幣六千萬元，並辦理營運人員數位培訓。\n',
  ])("a plan written as a meeting's decisions is a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'decisions.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A consultant's proposal to write a plan (Proposal: Developing the Digital Strategy…) names the plan as
  // its subject: the document is a proposal for services.
  it.each([
    '# Proposal to Prepare the Northgate Smart City Roadmap\n\nSubmitted by Ferris & Lowe Consulting, 4 May 2026.\n\n## Our understanding\n\nThe council wants a smart city roadmap for 2027–2031 that sets digital targets, a data platform and a delivery plan for its services.\n\n## Our approach\n\nWe will review the current digital estate, interview 20 officers, benchmark four peer cities and draft the roadmap with the digital team.\n\n## Team and fees\n\nOur director will lead a team of three. Our fee is £58,000 excluding VAT, payable in three stages.\n',
    '# Digital Services Strategy for Cresswell County: A Proposal from Brightline Partners\n\n## Why Brightline\n\nWe have helped eleven counties write their digital strategy, data strategy and smart city plans since 2019.\n\n## What we will deliver\n\nA digital strategy for 2027–2030 with measurable targets, an architecture for the county data platform, and an implementation plan for online services.\n\n## Timetable and price\n\nTwelve weeks from award; a fixed price of $84,000.\n',
  ])("a consultant's proposal to write a plan is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'proposal.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'vendor-brief' });
  });
  // A slogan for a title that uses a plan word loosely (读懂规划 用好规划, Our Plan, Your City), over a dash
  // subtitle naming the genre (——《…规划》宣讲讲稿, — talking points on…): the subtitle names the document.
  it.each([
    ['学好规划 干好转型 做数字时代的行家里手\n——《南湖市数字化转型规划（2026—2030年）》宣讲稿\n（市委党校科级干部培训班专题讲座 主讲：市数据局局长）\n\n各位学员，大家好！今天和大家一起学习这份规划。\n\n## 一、规划讲了什么\n\n规划提出，到2030年数字经济核心产业增加值占比达到12%，政务服务事项全程网办率达到95%。规划明确了城市大脑、数据资源体系和五大保障措施。\n\n## 二、我们该怎么干\n\n各部门要把规划任务落到年度计划里，每年向市政府报告进展。\n', 'speech'],
    ['# Our Plan, Your City\n\n— talking points on the Westport Digital Strategy 2026–2030 for ward councillors\n\n## The short version\n\nThe strategy says that by 2030, 85% of council transactions will be online and every library will offer free digital skills help.\n\n## If residents ask about cost\n\nSay the strategy is funded from the existing capital programme, with £3 million over four years for the data platform.\n\n## If residents ask about privacy\n\nSay the council will publish every dataset it holds about services and never sell personal data.\n', 'interpretation'],
  ])('a slogan title over a dash subtitle that names another genre is that genre', async (text, genre) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'subtitle.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre });
  });
  // A circular reporting on how a plan's tasks are going (督查通报, 推进情况的通报) reports progress, under the
  // plan's name in 《》.
  it.each([
    '# 关于《南湖市数据要素市场化配置改革行动方案（2026—2028年）》落实情况的督查通报\n\n各区人民政府，市政府各部门：\n\n市政府督查室会同市数据局对方案印发以来的落实情况开展了督查。现将有关情况通报如下。\n\n## 一、总体进展\n\n方案确定的20项任务中，已完成6项，按进度推进11项，滞后3项。数据交易额达到3.2亿元。\n\n## 二、存在问题\n\n部分区数据目录编制滞后，资金拨付不及时。\n\n## 三、下一步要求\n\n滞后任务的牵头单位于11月底前报送整改方案，到2026年底全部完成年度任务。\n',
    '# 关于全市数字政府建设推进情况的通报\n\n东江市人民政府办公室\n\n## 一、基本情况\n\n2026年上半年，全市新增全程网办事项320项，网办率达到88%，政务云资源利用率提高到63%。\n\n## 二、主要问题\n\n个别部门系统整合进度慢，数据共享质量不高。\n\n## 三、工作要求\n\n各部门要对照《东江市数字政府建设规划（2026—2030年）》年度任务，于12月前完成系统迁移上云。\n',
  ])('a circular on how a plan is going is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'circular.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A checklist for putting a plan into practice tells staff what to check: guidance, not the plan.
  it.each([
    '# Putting Our Data Strategy to Work: A Checklist for Project Leads\n\nIssued by the Chief Data Office, version 2.\n\n## Before you start\n\n- Have you named a data owner for every dataset the project creates?\n- Will the new system publish its open data by 2027, as the strategy expects?\n\n## Before go-live\n\n- Has the security team approved the data sharing agreement?\n- Is 100% of personal data encrypted at rest?\n',
    '# Digital by Default checklist for service redesign\n\nFor use by service managers when changing a service under the City Digital Strategy 2026–2030.\n\n## Users\n\n- Have you tested the new online form with at least five residents?\n\n## Technology\n\n- Does the service use the shared platform and the city cloud?\n- Will 80% of transactions move online within a year of launch?\n',
  ])('a checklist for putting a plan into practice is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'checklist.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'guidance' });
  });
  // The notes that define a plan's indicators and how each is counted (主要指标解释, 统计口径说明) explain it.
  it.each([
    '南江市数字经济发展规划（2026—2030年）主要指标解释\n\n南江市统计局\n\n一、数字经济核心产业增加值占GDP比重\n\n指数字经济核心产业增加值与地区生产总值之比，2030年目标值为12%。\n\n二、工业互联网平台连接设备数\n\n指接入市级以上工业互联网平台的工业设备台数，2030年目标值为50万台。\n',
    '# 西陵市数字政府建设规划（2026—2030年）指标统计口径说明\n\n## 一、政务服务事项全程网办率\n\n统计口径：全程网办事项数除以依申请政务服务事项总数，2030年目标为95%。\n\n## 二、政务数据共享率\n\n统计口径：已共享数据资源目录数除以全部目录数，2030年目标为90%。\n',
  ])("the notes defining a plan's indicators are not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'indicator-notes.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });
  // A table of how services performed over a year (服務表現數據表, performance statistics) reports results.
  it.each([
    '# 數碼政府服務表現數據表（2025-26年度）\n\n**發布部門：** 數字政策辦公室\n\n## 說明\n\n本表列出各項數碼政府服務在本年度的表現數據，以及下年度的服務目標。\n\n| 服務 | 2025-26年度表現 | 2026-27年度目標 |\n|---|---|---|\n| 網上申請比率 | 82% | 85% |\n| 系統可用率 | 99.8% | 99.9% |\n| 市民滿意度 | 88% | 90% |\n',
    '# Digital Services Performance Statistics 2025–26\n\nPublished by the Office of the CIO, June 2026.\n\n## About these figures\n\nThe table shows how each online service performed in the year and the target for 2026–27.\n\n| Service | 2025–26 result | 2026–27 target |\n|---|---|---|\n| Online applications | 71% | 80% |\n| Website availability | 99.7% | 99.9% |\n| Resident satisfaction | 84% | 88% |\n',
  ])("a table of how services performed is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'performance.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A Chinese strategy for its span of years (…数字化转型战略（2026—2030年）) is a plan, as an English strategy
  // is: score marks in its assessment and targets (综合得分, 满分) are those chapters'.
  it.each([
    '东湖市数字化转型战略（2026—2030年）\n\n东湖市人民政府\n\n第一部分 我们在哪里\n\n按照五维评估模型测评，全市综合得分62分（满分100分），其中基础设施得分78分，数据资源得分51分。\n\n第二部分 我们去哪里\n\n到2030年，综合得分达到80分以上，政务服务事项全程网办率达到95%，数据资源得分提高到75分。\n\n第三部分 我们怎么做\n\n建设城市数据底座，推进一网通办、一网统管，市财政每年安排专项资金5亿元，培养数字人才。\n',
    '# 北原市智慧城市发展战略（2026—2030年）\n\n## 上篇 形势与基础\n\n对照省级智慧城市评价体系自评，本市得分71分，满分100分，较2023年得分提高9分。\n\n## 中篇 目标与路径\n\n到2028年评价得分达到80分，到2030年达到88分，城市运行事件按时办结率达到98%。\n\n## 下篇 任务与保障\n\n实施城市大脑、数字民生等八项工程，完善政策和资金保障，加强数字人才队伍建设。\n',
  ])('a Chinese strategy for its span of years is a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'strategy.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // The questions for the fieldwork before a plan is drafted (调研提纲, 访谈提纲) are a questionnaire.
  it.each([
    '# 《南陵市数字经济发展规划（2026—2030年）》编制调研提纲\n\n南陵市发展改革委 2025年8月\n\n## 一、面向市直部门\n\n1. 本部门“十四五”期间数字化项目有哪些？到2025年底完成情况如何？\n2. 2026—2030年本部门计划建设哪些系统？需要多少资金？\n\n## 二、面向企业\n\n1. 企业数字化改造的主要困难是什么？\n2. 希望政府提供哪些政策和人才支持？\n',
    '# 西岸区数字化转型规划编制座谈提纲\n\n## 说明\n\n本提纲供规划编制组与各街道、部门座谈时使用，请提前准备书面材料。\n\n## 座谈问题\n\n一、本单位数据共享和业务协同的主要堵点有哪些？\n二、对2030年全区数字化转型目标有何建议？\n三、需要哪些资金、人才和政策保障？\n',
  ])('the questions for fieldwork before drafting a plan are not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'questions.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'questionnaire' });
  });
  // A peer challenge's feedback on a council's digital programme is a review of it by others.
  it.each([
    '# Eastbury City Council\n\n## Digital Peer Challenge: Feedback Report\n\nOn site 4–6 March 2026.\n\n### Summary\n\nThe council adopted its Digital Strategy 2025–2029 last year. The peer team found strong leadership but slow progress on data sharing: only 30% of services share data today against a 2029 target of 90%.\n\n### Recommendations\n\n1. Fund the data platform properly.\n2. Train managers in digital skills.\n',
    '# Report of the Local Government Digital Peer Challenge\n\nWestmarch District Council, January 2026.\n\n## What the peers saw\n\nThe digital roadmap to 2028 is clear and staff support it. Online transactions rose to 64%, with a target of 85% by 2028.\n\n## What the council should do next\n\nSet up a single programme board and publish progress against the roadmap every quarter.\n',
  ])("a peer challenge's feedback on a digital programme is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'peer-challenge.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'review-opinion' });
  });
  // A cooperation agreement between a city and a firm (战略合作框架协议, memorandum of understanding) binds
  // two parties to work together: it is no plan, whatever strategy its title names.
  it.each([
    '# 东川市人民政府 华信数字科技有限公司\n\n# 数字东川建设战略合作框架协议\n\n甲方：东川市人民政府\n\n乙方：华信数字科技有限公司\n\n## 第一条 合作内容\n\n双方在城市大脑、政务云和数字产业等领域开展合作，乙方三年内在东川投资不少于5亿元。\n\n## 第二条 合作期限\n\n本协议有效期为2026年至2028年。\n',
    '# Memorandum of Understanding between Westbrook City Council and Northern Fibre Ltd\n\n## Purpose\n\nThe parties agree to work together on the city\'s digital infrastructure strategy, including full-fibre coverage of 95% of homes by 2028.\n\n## Term\n\nThis memorandum runs from 2026 to 2029 and is not legally binding.\n',
  ])('a cooperation agreement between a city and a firm is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'agreement.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'agreement' });
  });
  // A review of a quarter's objectives and key results (OKR review) reports progress against them.
  it.each([
    '# Digital Services Team: Q3 OKR Review\n\nCity of Alston, prepared for the Digital Board.\n\n## Objective 1: Move services online\n\n- KR1: 70% of permits online by 2027 — now 58%, on track.\n- KR2: resident satisfaction of 85% — now 81%.\n\n## Objective 2: Share data safely\n\n- KR1: 40 datasets published — 33 so far.\n',
    '# Data and Digital Office OKR Report, January to March 2026\n\n## Objective: better data for decisions\n\nKey result: every directorate has a data owner by 2027 (8 of 11 done). Key result: the data platform holds 60% of core records (now 45%).\n\n## Objective: a digital workforce\n\nKey result: 500 staff trained in digital skills (now 310).\n',
  ])('a review of objectives and key results is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'okr.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A plan under its issuer's name may be written as the report that puts it to the cabinet: marks of a
  // report on its cover (Report to:, Key decision) and in a few of its many chapters (Purpose of the
  // report, Recommendations) are that wrapper's, the plan its text.
  it.each([
    '# Hollinford Borough Council\n\n# Digital Hollinford Plan 2026–2029\n\nReport to: Cabinet, 9 June 2026\n\nReport of: Director of Digital Services\n\nKey decision: Yes\n\nWards affected: All\n\n## 1. Purpose of the report\n\n1.1 This paper sets out the Council\'s digital plan for the four years 2026 to 2029 and asks Cabinet to adopt it.\n\n## 2. Where we are\n\n2.1 Half of council transactions are online; data sits in 140 separate systems.\n\n## 3. Vision\n\n3.1 A council that residents can deal with online at any hour.\n\n## 4. Goals\n\n4.1 By 2029, 85% of council transactions will be completed online, up from 52% today; 95% of homes will have gigabit broadband by 2028; and every directorate will share data through one data platform by 2027.\n\n## 5. Architecture\n\n5.1 Services, data, applications, cloud infrastructure and cyber security are planned as one architecture.\n\n## 6. Key projects\n\n6.1 A resident account, a data platform and a move to cloud.\n\n## 7. Phases\n\n7.1 Foundations in 2026–2027, scale in 2028–2029.\n\n## 8. Making it happen\n\n8.1 Funding of £18 million over four years comes from the capital programme. A digital skills academy trains 600 staff, and a Digital Board chaired by the Chief Executive oversees delivery.\n\n## 9. Recommendations and financial implications\n\n9.1 It is recommended that Cabinet adopts the plan. The financial implications are set out in paragraph 8.1.\n',
    '**Marlow Vale District Council**\n\n# Digital Transformation Strategy 2027–2031\n\nReport to: Policy and Resources Committee\n\nMeeting date: 4 February 2027\n\nReport author: Head of ICT and Data\n\nKey decision: Yes\n\nWards affected: All wards\n\n## Purpose of the report\n\n1. To present the district\'s digital transformation strategy for the five years 2027–2031. Members are asked to approve it.\n\n## Our starting point\n\n2. Most services still need a phone call or a visit; our systems do not share data.\n\n## Our vision\n\n3. A district where every service can be used online and decisions are made with good data.\n\n## Targets\n\n4. By 2031 we will move 90% of services to the cloud, cut paper forms by 70% by 2029 and give 1,000 residents digital skills training each year.\n\n## Target architecture\n\n5. Business services, data, applications, networks and security, layer by layer.\n\n## Priority projects\n\n6. A customer portal, a data warehouse and a new network.\n\n## Delivery stages\n\n7. Two stages: 2027–2028 and 2029–2031.\n\n## Support\n\n8. A £6 million digital fund, new data roles and a culture of testing ideas.\n\n## Recommendations\n\n9. Members are asked to approve the strategy. The £6 million is within the approved budget.\n',
  ])('a plan under its issuer and written as a report to the cabinet is a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan-as-report.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A Chinese headline whose subject publishes the plan (X公布…计划, X发布…规划) reports the news of it, with
  // no byline: a government press release.
  it.each([
    '東灣區政府發布數碼經濟發展計劃　推動中小企業上雲\n\n東灣區政府今日公布《數碼經濟發展計劃》，提出未來數年協助區內中小企業使用雲端服務，並擴大公共數據開放。\n\n區長在記者會上表示，計劃會優先支援零售及物流業，政府會提供資助和培訓。業界代表表示歡迎。\n\n計劃全文已上載區政府網頁。\n\n完\n',
    '西川市印发智慧城市建设规划 聚焦城市大脑和一网通办\n\n日前，西川市政府印发智慧城市建设规划，明确今后几年推进城市大脑、一网通办、数字乡村等建设任务。\n\n市大数据局负责同志介绍，规划提出加强数据共享和网络安全，鼓励企业参与智慧城市建设运营。\n\n下一步，各区县将结合实际抓好贯彻落实。\n',
  ])('a headline publishing a plan is a news report, not the plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'press-release.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'news-article' });
  });
  // A briefing pack or note for councillors explains a strategy to them: a paper for members.
  it.each([
    '# Councillor Briefing Pack: the Smart City Plan 2026–2029\n\nFor information only. Prepared by the Digital Team for all councillors.\n\n## What the plan does\n\n- Puts 80% of council services online by 2029.\n- Builds a city data platform and a 5G network in the centre.\n\n## What it means for your ward\n\nNew sensors for flooding and street lighting, and help for residents who are not online.\n\n## Questions members often ask\n\nHow much does it cost? £12 million over four years, from the capital programme.\n',
    '# Briefing Note for Elected Members: Digital Transformation Strategy\n\nAudience: all members. Author: Head of Digital.\n\n## Background\n\nThe Executive approved the council\'s digital transformation strategy for 2026 to 2030 in March. It aims to move 70% of transactions online by 2028 and to train 400 staff in data skills.\n\n## Next steps\n\nMembers will receive a progress update every six months.\n',
  ])('a briefing pack or note for councillors is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'briefing.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'committee-report' });
  });
  // The same headline over a web page that carries the plan's text (its chapters, period and targets) is the plan.
  it('a headline over the text of the plan itself is the plan', async () => {
    const text = '南港市发布数字化转型实施方案（2026—2028年）\n\n## 一、总体要求\n\n实施期为2026—2028年。到2028年，政务服务事项全程网办率达到95%，数据共享率达到90%，建成5G基站6000个。\n\n## 二、重点任务\n\n建设城市数据底座，推进一网通办、一网统管，发展数字经济，建设数字社会。\n\n## 三、保障措施\n\n加强组织领导，市财政每年安排专项资金3亿元，加强数字人才培养，营造数字文化氛围。\n';
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'web-page.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  // A bulletin (…的通报) reports on the work done under a plan, praises or criticises it: no plan.
  it.each([
    '东川市人民政府办公室\n\n东政办通〔2027〕8号\n\n关于表扬2026年度《东川市数字化转型规划（2026—2030年）》实施先进单位的通报\n\n各区人民政府，市政府各部门：\n\n2026年，各地各部门认真落实《规划》，政务服务事项全程网办率达到82%，新建5G基站1200个。经综合评定，决定对市数据局等10个单位予以通报表扬。\n\n一、先进单位名单\n\n市数据局、市教育局、高新区管委会等。\n\n二、有关要求\n\n希望受表扬的单位再接再厉，到2027年底实现全程网办率90%的目标。\n',
    '西河区数字化转型工作领导小组办公室\n\n关于2027年第二季度智慧城市建设项目进度滞后问题的通报\n\n各成员单位：\n\n按照《西河区智慧城市建设实施方案（2026—2028年）》，第二季度应完成项目18个，实际完成11个，完成率61%。城市大脑二期、数字乡村平台等7个项目进度滞后。\n\n请相关单位于8月底前报送整改措施，确保年底前完成全年任务。\n',
  ])('a bulletin on the work under a plan is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'bulletin.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A closure report says what a finished programme delivered: a report on work done.
  it.each([
    '# Harwood District Council\n\n## Smart Streets Programme: Closure Report\n\n**Report to:** Audit and Scrutiny Committee\n\n### 1. Purpose\n\nThe programme ran from 2023 to 2025 with a budget of £2.1m. It installed 4,000 smart street lights and 300 parking sensors against a target of 350.\n\n### 2. Benefits realised\n\nEnergy use fell by 48%. Digital parking payments rose to 70% of all payments.\n\n### 3. Lessons and handover\n\nRemaining sensor maintenance passes to the Highways team from January 2026.\n',
    '# Project Closure Report — Resident Digital Account\n\nCity of Ferncliff, Department of Technology. Prepared for the Digital Steering Board.\n\n## What was delivered\n\nThe resident account went live in 2025 and 41,000 residents have signed up, against a target of 50,000 by 2026.\n\n## Budget\n\nThe project cost $3.4m against a budget of $3.1m.\n\n## Open items\n\nTwo integrations move to business as usual.\n',
  ])('a closure report of a finished programme is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'closure.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // An audit's or a review's terms of engagement set out what it will look at, not what the city will do.
  it.each([
    '# Eastmere City Council: Internal Audit\n\n## Terms of Engagement — Smart City Programme Assurance\n\n| | |\n|---|---|\n| Audit sponsor | Director of Finance |\n| Fieldwork | 2–20 February 2026 |\n\n### Scope\n\nWe will review how the programme board tracks the 2028 targets of the digital strategy, such as 90% of services online, and whether risks are escalated.\n\n### Out of scope\n\nThe technical design of the data platform.\n',
    '# Terms of Engagement: Independent Review of the Digital Transformation Strategy 2026–2030\n\nPrepared for the City of Ardmore by Kestrel Advisory, January 2027.\n\n## Objectives of the review\n\nAssess progress against the strategy\'s goals, including moving 80% of transactions online by 2030, and the adequacy of funding and skills.\n\n## Approach\n\nInterviews, document review and a survey of 200 staff over six weeks.\n\n## Deliverables\n\nA draft report by 15 March 2027.\n',
  ])("an audit's or review's terms of engagement is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'engagement.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'terms-of-reference' });
  });
  // A report to the leadership that carries the plan itself (its own period, targets and its own chapters:
  // aims, design, tasks, safeguards) is the plan in a report's form; a report on its progress is not.
  it.each([
    '关于《北塘市数字化转型规划（2026—2030年）》编制情况的汇报\n\n各位领导：现将规划主要内容汇报如下。规划期为2026年至2030年。\n\n一、总体思路\n\n以数据要素为核心，统筹推进数字政府、数字经济、数字社会建设。\n\n二、发展目标\n\n到2030年，政务服务事项全程网办率达到98%，数字经济核心产业增加值占比达到12%。\n\n三、主要任务\n\n建设城市数据底座，推进一网通办、一网统管。\n\n四、重点工程\n\n安排城市大脑、数据流通等八项工程，总投资40亿元。\n\n五、保障措施\n\n加强组织领导，设立专项资金，引育数字人才，营造数字文化氛围。\n',
    '关于《西岭区数字化转型实施方案（2026—2028年）》起草情况的报告\n\n区政府常务会议：\n\n方案实施期为2026—2028年，主要内容如下。\n\n一、总体要求\n\n坚持需求导向、整体推进。\n\n二、主要目标\n\n到2028年，建成5G基站3000个，数据共享率达到90%。\n\n三、实施步骤\n\n2026年打基础，2027年全面推进，2028年巩固提升。\n\n四、实施保障\n\n落实资金，完善政策，加强人才培养和宣传引导。\n',
  ])('a report that carries the plan itself is the plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'report.md' });
    expect(r.verdict).toMatchObject({ isPlan: true });
  });
  it('a report on the progress of a plan, with as many chapters, is not a plan', async () => {
    const text = '关于《北塘市数字化转型规划（2026—2030年）》2026年度实施情况的汇报\n\n规划期为2026年至2030年。\n\n一、总体进展\n\n全程网办率达到86%，到2030年达到98%的目标进展顺利。\n\n二、重点工程进展\n\n八项工程中六项已开工。\n\n三、存在问题\n\n数据共享不够充分。\n\n四、下一步工作\n\n加快城市大脑二期建设。\n\n五、有关建议\n\n建议增加专项资金。\n\n六、需要研究的事项\n\n数据条例立法。\n';
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'report.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // An application for funding may name what funds it between its words (Application for Federal Funding,
  // Application for a Smart Cities Challenge Grant): the title names an application all the same.
  it.each([
    '# Application for Federal Funding: Connected Corridors Pilot\n\n**Applicant:** City of Alder Falls\n**Federal funding requested:** $2,400,000\n\n## 1. Project summary\n\nThe City will fit 60 intersections with connected signals by 2028 and cut crashes by 20%.\n\n## 2. Budget\n\nThe City adds $400,000 from its general fund.\n',
    '# Application for a Smart Cities Challenge Grant — Town of Westerly\n\n## Project overview\n\nWesterly proposes a flood-sensor network of 200 sensors along the river, live by 2027.\n\n## Cost\n\nTotal cost $900,000, of which $150,000 is the town\'s share.\n\n## Team\n\nThe Public Works department leads, with the county emergency office.\n',
  ])('an application for funding with words between its title words is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'application.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'application' });
  });
  // A guide addressed to its readers on using a strategy (…: A Guide for Service Managers, A Guide to the
  // Digital Strategy for Staff) explains how to apply the plan: guidance, not the plan.
  it.each([
    '# Putting the Smart City Strategy to Work: A Guide for Team Leaders\n\n## Why this guide\n\nThe council adopted its Smart City Strategy 2026–2030 in May. It aims to put 80% of services online by 2028.\n\n## What you should do\n\nAdd one digital action to your team plan each year, and use the design checklist before buying software.\n\n## Where to get help\n\nAsk the Digital Team.\n',
    '# A Guide to the Digital Strategy for Staff\n\nCity of Norbridge, Human Resources and Digital Services.\n\n## The strategy in brief\n\nBy 2029 residents will reach 90% of our services online, and every manager will have had data training.\n\n## What it means for you\n\nYou should expect new tools and training; your manager will agree a learning plan with you.\n\n## Questions\n\nEmail the digital team.\n',
  ])('a guide for staff on applying a strategy is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'guide.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'guidance' });
  });
  // A paper for a council's members (本文件旨在向議員…, 請議員備悉…; LegCo panels, district councils) informs
  // or consults them about the work: a paper for a committee, though it names targets and years.
  it.each([
    '立法會資訊科技及廣播事務委員會\n\n數字政府措施的最新發展\n\n目的\n\n本文件旨在向議員匯報政府推行數字政府措施的最新發展。\n\n背景\n\n2. 政府於2024年成立數字政策辦公室，目標是到2027年把所有政府服務電子化，並推動數據互通。\n\n最新發展\n\n3. 「智方便」登記人數已超過330萬；政府已開放逾5,000個數據集。\n\n4. 各部門正推展跨部門數據共享，預計2026年底前完成首批50個項目。\n\n徵詢意見\n\n5. 請議員備悉本文件的內容。\n\n數字政策辦公室\n2026年3月\n',
    '沙田區議會\n文件第 7/2026 號\n\n區內推廣數碼服務的安排\n\n本文件旨在向議員介紹民政事務處在區內推廣數碼服務的三年安排。\n\n2. 民政事務處計劃於2026至2028年在區內舉辦40場「智方便」協助登記活動，目標協助3,000名長者。\n\n3. 處方亦會與社福機構合作，設立五個數碼服務支援站。\n\n4. 請議員備悉上述安排，並就推廣工作提出意見。\n\n沙田民政事務處\n2026年1月\n',
  ])("a paper for a council's members is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'paper.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'committee-report' });
  });
  // A dossier of a unit's or a team's deeds put forward for commendation (先进事迹, 典型事迹材料) reports work
  // done and its results: a work summary, though it names a next year's target.
  it.each([
    '# 东湖区数据局数字化转型先进事迹\n\n东湖区数据局成立于2021年，现有干部32人。近年来，该局围绕数字政府建设，推动数据共享和流程再造，2025年全区政务服务事项网办率达到96%。\n\n## 一、打通数据壁垒\n\n梳理数据资源目录3200类，建成区级数据共享交换平台，累计调用数据8000万次。\n\n## 二、服务企业群众\n\n推出“一件事一次办”主题服务42项，办事材料平均减少60%。\n\n## 三、下一步打算\n\n到2027年，数据共享率达到95%，城市数字化转型迈上新台阶。\n',
    '市民热线数字化改造典型事迹材料\n\n（推荐单位：南川市数字化转型工作领导小组办公室）\n\n南川市12345市民热线自2024年起实施数字化改造，引入智能客服和工单大数据分析，现将有关情况报告如下。\n\n一、智能分拨\n\n工单自动分拨准确率达到92%，平均办理时长缩短40%。\n\n二、数据赋能\n\n建立热线数据分析平台，每月形成民生诉求分析报告。\n\n三、群众满意\n\n2025年群众满意率达到98.6%，到2027年力争全部工单实现智能分拨。\n',
  ])('a commendation dossier is not a plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'dossier.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A reader or brochure for citizens on a plan (《…规划》市民读本, …宣传册) retells the plan's targets in
  // plain words: an interpretation, not the plan.
  it.each([
    '# 智慧南城 幸福生活\n\n## ——《南城区数字化转型实施方案（2026—2028年）》市民读本\n\n### 致居民朋友\n\n为了让大家读懂方案，我们编了这本小读本。\n\n### 一、三年要办成哪些事\n\n到2028年，政务服务事项网上可办率达到100%；全区建成智慧社区30个。\n\n### 二、您身边的变化\n\n看病、上学、出行都更方便，数据平台让部门之间少让您跑腿。\n',
    '# 《北港市数字政府建设规划（2026—2030年）》宣传册\n\n## 规划期\n\n2026—2030年。\n\n## 五年目标\n\n到2030年，政务服务全程网办率达到100%，数据共享需求满足率达到95%。\n\n## 和您有关的变化\n\n一部手机办成事，一个平台管全城。\n\n## 扫码看全文\n\n请扫描二维码阅读规划全文。\n',
  ])("a citizens' reader on a plan is not a plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'reader.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });
  // A log of a programme's risks and issues with words between (Quarterly Risks and Issues Log, 风险与问题台账)
  // is a risk register all the same: it manages a plan, it is none.
  it.each([
    '# City of Ashgrove Digital Transformation Programme 2026–2030\n\n## Quarterly Risks and Issues Log — March 2027\n\nThe programme aims to move 80% of council services online by 2028 and to close both data centres by 2029. These are the open risks rated High.\n\n| ID | Risk | Likelihood | Impact | Owner | Mitigation |\n|---|---|---|---|---|---|\n| R-07 | Data platform supplier misses the 2027 go-live | Medium | High | Chief Data Officer | Weekly supplier reviews |\n| R-11 | Too few cyber staff to run the new security centre | High | High | Head of IT | Recruit 4 analysts by June 2027 |\n',
    '# 南河市数字化转型重点项目风险与问题台账（2027年第二季度）\n\n根据《南河市数字化转型规划（2026—2030年）》，到2028年全市政务服务事项全程网办率达到95%。现将重点项目主要风险和问题梳理如下。\n\n| 序号 | 项目 | 风险描述 | 等级 | 责任单位 | 应对措施 |\n|---|---|---|---|---|---|\n| 1 | 城市大脑二期 | 数据接入进度滞后 | 高 | 市数据局 | 每周调度 |\n| 2 | 智慧医疗平台 | 医院系统改造资金不足 | 中 | 市卫健委 | 申请专项资金 |\n',
  ])('a risks-and-issues log is a risk register', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'risks.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'impact-assessment' });
  });
  // A plan's own title stating its years over a subtitle that names only the form it is given in (——…汇报材料
  // （文字稿）, ——…汇报稿: the text of the deck that puts it to the leaders) is that plan, as a report carrying it
  // is; a subtitle naming a report on its progress (——实施情况汇报材料) is that report.
  it.each([
    '南川市智慧社区建设方案（2026—2028年）\n——向市政府常务会议汇报材料（文字稿）\n\n【第1页】方案定位\n- 方案期限：2026年至2028年，共三年\n- 适用范围：全市112个城市社区\n\n【第2页】三年目标\n- 到2028年，智慧社区覆盖率达到90%\n- 社区事项网上可办率达到95%\n\n【第3页】分年推进\n- 2026年试点20个社区，2027年推广到60个，2028年全覆盖\n\n【第4页】数字化转型怎么做\n- 建设社区数据底座，打通民政、卫健、公安数据\n- 推广社区服务小程序\n\n【第5页】保障条件\n- 市财政每年安排专项资金3000万元\n- 每个社区配备1名数字专员\n',
    '北河区数字政府建设实施方案（2026-2028年）\n\n——区政府常务会议汇报稿\n\n第一部分 为什么要干\n\n全区政务服务事项网办率目前为78%，企业反映“跑多次”问题仍然突出。方案期限为2026年至2028年。\n\n第二部分 干成什么样\n\n到2027年，网办率达到92%；到2028年，达到98%，数据共享需求满足率达到95%。\n\n第三部分 怎么干\n\n建设区级数据共享平台，推进“一件事一次办”，实施数字化转型重点项目12个。\n\n第四部分 靠什么保障\n\n成立工作专班，区财政三年安排资金1.2亿元。\n',
  ])("a briefing deck's text under the plan's own title is the plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'deck.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });
  it('a progress briefing under the plan\'s title is a work summary', async () => {
    const r = await checkPlan({ bytes: Buffer.from('南川市智慧社区建设方案（2026—2028年）\n——实施情况汇报材料\n\n一、总体进展\n\n2026年全市已完成20个社区试点，累计完成投资2800万元。到2028年，智慧社区覆盖率达到90%。\n\n二、存在问题\n\n部分社区数据共享不畅。\n\n三、下一步工作\n\n2027年推广到60个社区。\n'), filename: 'briefing.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A plan set out in a business case's five cases (Strategic case … Management case) under its own title and
  // years, an issuer's line above it or not, is that plan in the form of its text.
  it.each([
    '# Eastmoor Borough Council\n\n# Digital Transformation Plan 2026–2029\n\n*Set out as a programme business case in the Green Book five-case model.*\n\n## 1. Strategic case\n\nThe plan runs from 2026 to 2029. Only 52% of council transactions are online today. By 2028 we will move 80% online, and by 2029 90%; we will close both server rooms by 2028.\n\n## 2. Economic case\n\nThe preferred option is a shared data platform with a single resident account. Options appraisal: do nothing, do minimum, preferred option.\n\n## 3. Commercial case\n\nWe will buy the platform through a framework and run it with a managed service partner.\n\n## 4. Financial case\n\nThe plan costs £14 million over four years, funded from reserves and savings; net present value £6.2 million.\n\n## 5. Management case\n\nA Digital Board chaired by the Chief Executive will oversee delivery, with quarterly reporting.\n',
    '# Port Allen City Council\n\n# Smart Places Plan 2027–2030\n\n## Strategic case\n\nThis plan covers 2027 to 2030. By 2030 all 42 libraries and leisure centres will have public Wi-Fi and 500 sensors will monitor flooding.\n\n## Economic case\n\nThe preferred option joins sensors, open data and the operations centre; benefit-cost ratio 2.4.\n\n## Commercial case\n\nProcurement through the regional smart places framework.\n\n## Financial case\n\nCapital £9 million, 2027 to 2030.\n\n## Management case\n\nThe Smart Places Board oversees delivery and reports to Cabinet twice a year.\n',
  ])("a plan set in a business case's five cases is the plan", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'plan.md' });
    expect(r.verdict).toMatchObject({ isPlan: true, genre: 'plan' });
  });
  // A note on the changes made to a plan's draft (关于《…（征求意见稿）》修改情况的说明, …修改说明) tells how the
  // text was revised: a drafting explanation, though it restates the plan's period and targets.
  it.each([
    '# 关于《西江市智慧城市建设规划（2026—2030年）（征求意见稿）》修改情况的说明\n\n## 一、意见征集情况\n\n共收到意见建议126条，采纳84条。\n\n## 二、主要修改内容\n\n将2030年政务服务事项全程网办率目标由95%提高到98%，新增数据安全保障一节。\n\n## 三、未采纳意见的说明\n\n部分意见涉及上级事权，不予采纳。\n',
    '# 《东陵县数字乡村发展规划（2026—2028年）》送审稿修改说明\n\n一、修改依据\n\n根据专家评审意见和县政府常务会议要求进行修改。\n\n二、修改内容\n\n补充到2028年行政村千兆光网通达率达到90%的指标，调整三项重点工程的投资估算。\n',
  ])('a note on the changes to a draft plan is a drafting explanation', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'note.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'drafting-explanation' });
  });
  // A website's statement about itself (Accessibility statement for…, 網站無障礙聲明, 隐私政策) says how the
  // site complies, though it dates its fixes and counts its pages: it plans no transformation.
  it.each([
    '# Accessibility statement for Rivermouth District Council online services\n\nThis statement applies to the council website and the online payments portal. We want as many people as possible to be able to use it, and we aim to meet WCAG 2.2 AA by March 2027.\n\n## Compliance status\n\nThe website is partially compliant. About 60% of our PDF forms cannot be read by a screen reader; we will replace 200 of them by December 2026.\n\n## Reporting problems\n\nContact the digital team if you find a problem. We aim to respond within 5 working days.\n',
    '# 東灣區政府網站無障礙聲明\n\n本網站致力符合無障礙網頁指引2.1 AA級別，並計劃於2027年6月前完成全部網頁的檢查與改善。\n\n## 一、符合情況\n\n本網站約85%網頁已符合要求，部分舊有PDF文件尚未能以讀屏軟件閱讀，預計2026年底前完成轉換。\n\n## 二、意見反映\n\n如在使用本網站時遇到困難，請致電或電郵本區數位轉型辦公室，我們會在5個工作天內回覆。\n',
  ])('a website statement about the site itself is a web notice', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'statement.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'web-notice' });
  });
  // A committee paper's kind on its own line under the committee's name (財務委員會 / 討論文件, 資訊科技及廣播事務委員會
  // / 資料文件) is what the paper is, no letterhead; the budget head or programme it names below (總目710－電腦化計劃,
  // …推行計劃的進展) is its subject, not its title.
  it.each([
    '財務委員會\n\n討論文件\n\n2026年6月5日\n\n總目710－電腦化計劃\n\n政府資訊科技總監辦公室\n\n請委員批准開立一項為數3億2,100萬元的新承擔額，以推行政府數據中心整合計劃。\n\n問題\n\n現時政府各部門共有數據中心14個，使用率偏低。\n\n建議\n\n2. 建議於2026至2029年分階段整合為3個數據中心，預計每年節省開支4,500萬元。\n',
    '立法會資訊科技及廣播事務委員會\n\n資料文件\n\n2026年3月\n\n智慧政府推行計劃的進展\n\n目的\n\n本文件旨在向委員匯報智慧政府推行計劃的最新進展。\n\n進展\n\n2. 截至2026年2月，已有320項政府服務可全程網上辦理，佔目標的85%。預計2027年底前完成全部400項服務。\n',
  ])("a committee paper's kind on its own line is its title", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'paper.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'committee-report' });
  });
  // One year's plan for carrying out a multi-year plan (《…规划（2026—2030年）》2027年度工作计划, Annual Delivery
  // Plan 2027/28 under a five-year strategy) lists that year's tasks: a work list, not the plan.
  it.each([
    '# 《西岭市数字化转型规划（2026—2030年）》2028年度工作计划\n\n为落实《规划》，制定本年度工作计划。\n\n## 一、年度目标\n\n到2028年底，政务服务事项全程网办率达到92%，新增数字化车间30家。\n\n## 二、重点任务\n\n| 序号 | 任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 扩展“一件事一次办”主题至50个 | 市政务服务中心 | 2028年12月 |\n| 2 | 建成城市运行管理平台二期 | 市城运中心 | 2028年10月 |\n',
    '# Annual Delivery Plan 2027/28\n\n## Digital Strategy 2026–2031: year two\n\nThis plan sets out what the council will deliver in 2027/28, the second year of its five-year Digital Strategy.\n\n## Deliverables this year\n\n| Action | Owner | Due |\n|---|---|---|\n| Launch the resident account for council tax | Customer Services | September 2027 |\n| Move 20 systems to the cloud, reaching 70% by March 2028 | IT | March 2028 |\n',
  ])("one year's plan for carrying out a multi-year plan is a work list", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'annual.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'task-allocation' });
  });
  // A question for a title, with no years, asks about plans in general (What makes a good smart city strategy?,
  // Does your council need a data strategy?): the line under it (Policy essay · …, A think piece by…) says what the
  // document is.
  it.each([
    '# What makes a good smart city strategy?\n\n*Policy essay · Institute for Civic Technology*\n\n## Start with a period\n\nThe best strategies we read ran for three to five years and said so on their first page. By 2030 most UK cities will be on their second strategy.\n\n## Count what matters\n\nGood strategies set eight to fifteen targets, each with a baseline and a year; the weakest set none. Funding, skills and culture were the enablers most often left vague.\n',
    '# Does your council really need a data strategy?\n\n*A think piece by the Local Data Network*\n\n## The case for\n\nCouncils with a data strategy shared 40% more datasets between services by 2025 than those without one.\n\n## The case against\n\nA strategy is no substitute for funding, skills and a culture that values evidence.\n',
  ])('a question-titled essay about plans is an analysis', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'essay.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });
  // A panel's review of another body's draft (Peer Review of the Draft … Strategy, Critical friend review: …) comments
  // on the draft's targets and gaps: a review opinion, whatever years the draft states.
  it.each([
    '# Peer Review of the Draft Westmoor Digital Strategy 2026–2030\n\n**Feedback from the external review panel to Westmoor Borough Council**\n\n## 1. Purpose\n\nThe council asked the panel to comment on the consultation draft before it goes to Cabinet. The draft sets a goal of 80% of transactions online by 2028.\n\n## 2. Recommendations\n\nThe panel recommends that the council sets baselines for each target and names who leads each action.\n',
    '# Critical friend review: Lakeside City Data Strategy 2025–2028 (draft)\n\n## Summary of findings\n\nThe draft commits to publishing 300 datasets by 2027. We found the funding section thin.\n\n## Our recommendations\n\n1. Add a skills plan.\n2. Say who owns each dataset by 2026.\n',
  ])("a panel's review of a draft plan is a review opinion", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'review.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'review-opinion' });
  });
  // A body's response to an audit report on its programme (…對《審計報告》…的回應) answers the findings one by one
  // and dates its follow-up: a reply, not the programme's plan.
  it.each([
    '# 運輸署對審計署《智慧出行系統推行情況》審查報告的回應\n\n日期：二〇二六年三月二日\n\n## 1. 引言\n\n本署接納審計署的建議，並會於2027年底前完成新一代交通資訊平台的第二期。\n\n## 2. 項目管理\n\n本署會在2026年內為每個項目訂立效益指標。\n',
    '# 市数据局关于审计署《数字政府建设项目专项审计报告》的回应\n\n## 一、总体情况\n\n我局接受审计发现的问题，已制定整改方案，计划于2026年6月前完成全部整改。\n\n## 二、逐项回应\n\n（一）关于项目重复建设问题。2026年3月前完成系统整合，关停系统12个。\n',
  ])("a body's response to an audit report is a reply", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'response.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'reply' });
  });
  // A briefing that tells staff what an adopted plan means for them (Our Data Strategy: What It Means for Your Team,
  // 员工简报：…对你的工作意味着什么) explains the plan: an interpretation, though it repeats the plan's years and dates.
  it.each([
    '# Our Data Strategy 2026–2029: What It Means for Your Team\n\n## The short version\n\nEvery service will name a data owner by 2027.\n\n## What we need from managers\n\nBook your team onto the data basics course before March 2027.\n',
    '# 员工简报：新的数字化转型规划对你的工作意味着什么\n\n## 一、为什么发这份简报\n\n市政府已印发数字化转型规划（2026—2030年），到2027年全体干部将使用统一身份登录。\n\n## 二、有哪些变化\n\n2028年前各部门业务系统迁移上云。\n',
  ])('a briefing on what an adopted plan means for staff is an interpretation', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'briefing.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });
  // A speaker's notes for a talk about a plan (Speaking notes: launching…, Speaker notes – "what we learned writing a
  // city digital strategy") are a talk, though they quote the plan's targets; a dash subtitle names the plan the paper
  // is about, not what the paper is, unless it states the plan's years.
  it.each([
    '# Speaking notes: launching the Northgate Digital Plan 2026–2030\n\nChief Executive, Digital Leaders breakfast, 9 March 2026. 12 minutes.\n\n## Opening\n\nThank the hosts. The plan commits us to 90% of transactions online by 2028.\n\n## Three messages\n\n1. Services first. 2. Data we trust. 3. Skills for everyone by 2027.\n',
    '# Speaker notes – "Open by default: how we wrote a data strategy in nine months"\n\nGovTech Forum, Leeds, 3 June 2026. Slot: 15 minutes.\n\n## Slide 1\n\nIntroduce myself. Our strategy commits to publishing 400 datasets by 2028.\n\n## Slide 2\n\nWhat went wrong: we consulted too late.\n',
  ])("a speaker's notes for a talk about a plan are a speech", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'notes.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'speech' });
  });
  // A charter or initiation document for the project that will write a plan (Project Charter — … Strategy) sets up
  // the drafting, with its milestones: a work plan for drafting a plan.
  it.each([
    "# Project Charter — Brookfield Smart City Strategy\n\n**Sponsor:** City Manager\n\n## Purpose\n\nThis charter authorizes a project to write the city's smart city strategy 2027–2031 by June 2026.\n\n## Milestones\n\nConsultation draft by March 2026; adoption by Council in June 2026.\n",
    '# Project Initiation Document: Data Strategy 2026–2029\n\n## Background\n\nThe council needs a data strategy; this document sets up the project that will write it.\n\n## Deliverables\n\nA draft strategy for consultation by October 2025 and a final strategy for Cabinet by January 2026.\n',
  ])('a charter for the project that writes a plan is a drafting work plan', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'charter.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'drafting-work-plan' });
  });
  // A leaflet or factsheet on a plan for residents (…: a factsheet for residents, …— 市民資料單張) tells them what
  // changes: an interpretation, though it repeats the plan's years and dates.
  it.each([
    '# Our Digital City Plan 2026–2030: a factsheet for residents\n\n## What is changing\n\nBy 2028, 90% of council services will be online and every library will have free public wifi.\n\n## How to get help\n\nAsk at any library for a digital helper.\n',
    '# 「智慧灣區」數碼計劃（2026-2028）— 市民資料單張\n\n## 計劃重點\n\n2027年起可用手機預約各項數碼服務，2028年前全區公共場所覆蓋免費Wi-Fi。\n',
  ])('a leaflet on a plan for residents is an interpretation', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'leaflet.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });
  // A plan's annex on its own (the plan's name over 附錄丙：詞彙表及縮寫一覽, Appendix C: Glossary) explains the
  // plan's words: an interpretation, not the plan.
  it.each([
    '# 東港署數碼轉型計劃（2026-2028）\n\n## 附錄丙：詞彙表及縮寫一覽\n\n### 一、詞彙\n\n數碼共融：讓不同年齡及背景的市民都能使用數碼服務。\n\n### 二、縮寫\n\nAPI：應用程式介面。\n',
    '# Westbay Digital Strategy 2026–2030\n\n## Appendix C: Glossary\n\n**Data lake:** a store of raw data from many systems.\n\n**Digital inclusion:** making sure every resident can use online services by 2028.\n',
  ])("a plan's glossary annex on its own is an interpretation", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'annex.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'interpretation' });
  });
  // A scholarly paper on how cities plan (its abstract and a line of keywords under the authors) studies plans,
  // though its title speaks of strategies and its text cites their years and targets.
  it.each([
    '# Smart Plans for Mid-Sized Cities: What Municipal Digital Transformation Strategies Contain\n\n**A. Lindqvist**, Institute of Urban Governance, Northfield University\n\n## Abstract\n\nWe code fourteen municipal digital strategies adopted between 2019 and 2024. Most commit to putting 90% of services online by 2025; few plan for operations.\n\nKeywords: digital strategy; smart city; enterprise architecture\n\n## 1. Introduction\n\nCities now publish digital transformation strategies for periods of three to five years, such as 2021–2025.\n',
    '# 城市数字化转型规划的编制逻辑与实施路径\n\n王某某（某大学公共管理学院）\n\n摘要：本文以十个城市2021—2025年的数字化转型规划为样本，分析其目标、架构与保障措施。多数规划提出到2025年政务服务事项全程网办率达到90%以上。\n\n关键词：数字化转型；顶层设计；规划编制\n\n## 一、引言\n\n城市数字化转型规划是推进城市治理现代化的重要抓手。\n',
  ])('a scholarly paper with an abstract and keywords is a research report', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'paper.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });
  // A plan's name over a heading that names a year's report on it (## 2026年度進度報告, ## Annual Progress Report
  // 2026) is that report: it measures the plan's targets, it sets none of its own.
  it.each([
    ['# 東港署數碼轉型計劃（2025–2028）\n\n## 2026年度進度報告\n\n### 一、引言\n\n本報告匯報計劃推行第二年的進展。\n\n### 二、指標完成情況\n\n| 指標 | 2028年目標 | 2026年實際 |\n|---|---|---|\n| 網上辦理服務比例 | 95% | 81% |\n', 'work-summary'],
    ['# Harbourside Digital Strategy 2025–2029\n\n## Annual Progress Report 2026\n\n### Summary\n\nOf our fourteen commitments, nine are on track and two are behind.\n\n### Progress against targets\n\n| Measure | 2029 target | 2026 actual |\n|---|---|---|\n| Services online | 90% | 72% |\n', 'work-summary'],
  ])("a heading under a plan's name that names a year's report on it: %#", async (text, genre) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'report.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre });
  });
  // A newspaper's opinion column (OPINION | The … Courier | date, 评论 | 某某日报) argues about a plan: its masthead's
  // first field names the genre, whatever plan its headline speaks of.
  it.each([
    "# Westmoor's digital plan is a brochure, not a plan for the people who live here\n\n**OPINION** | *The Westmoor Gazette* | Monday 9 March 2026\n\n*By Jo Reid, Gazette columnist*\n\nThe council promises 90% of services online by 2028. It never says who is left behind.\n\n## Online by default\n\nThe strategy's digital skills plan is one paragraph long.\n",
    '# 数字化转型规划，别只写在纸上\n\n评论 | 江城日报 | 2026年3月9日\n\n该市日前发布数字化转型规划，提出到2028年政务服务事项全程网办率达到98%。规划写得漂亮，关键在于落实。\n\n## 落实要靠制度\n\n各部门要把规划任务分解到年度。\n',
  ])("a newspaper's opinion column on a plan is a news article", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'column.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'news-article' });
  });
  // A publisher's series line among the opening lines (Published by … — Policy Paper No. 47, 某研究院 政策研究第12号)
  // makes a paper one issue of that series, though a subtitle comes first and its title speaks of a blueprint.
  it.each([
    '# A Blueprint for Connected Towns\n\n### Eight recommendations for council leaders\n\n*Published by the Northern Policy Forum — Policy Paper No. 12*\n\n## Foreword\n\nEvery town says it is going digital. By 2030, councils that plan well could save 10% of their running costs.\n\n## Recommendation 1: Start with residents\n\nTowns should map what residents need before buying technology.\n',
    '# 城市数字化转型蓝图：给城市管理者的十条建议\n\n### 面向地级市的政策建议\n\n某某发展研究院 政策研究报告第12号\n\n## 一、引言\n\n各地纷纷编制数字化转型规划。研究表明，到2030年数字化转型可使城市治理成本降低10%。\n\n## 二、建议一：从需求出发\n\n城市应先摸清群众需求，再谈技术建设。\n',
  ])("a publisher's series line in the opening makes a paper one issue of it: %#", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'paper.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });
  // A template for writing plans (…规划编制模板, …計畫撰寫範本: its columns and notes on filling them in) guides the
  // drafting of plans; the figures in its examples are no targets of its own.
  it.each([
    '# 区直部门数字化转型实施方案编制模板\n\n（供各部门参照使用）\n\n## 使用说明\n\n1. 各部门按本模板栏目编写，【填写说明】内容在正式文本中删除。\n2. “XX”“20XX”处按实际填写。\n\n## 一、工作目标\n\n【填写说明】写明到20XX年的量化目标，如到2028年网办率达到95%。\n',
    '# 縣府各局處數位轉型計畫撰寫範本\n\n（供各局處參考）\n\n## 壹、撰寫說明\n\n一、請依本範本各欄位填寫，括號內提示文字於定稿時刪除。\n\n## 貳、計畫目標\n\n（請填寫量化目標，例如至2028年線上申辦比例達90%。）\n',
  ])('a template for writing plans is guidance', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'template.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'guidance' });
  });
  // A request to a superior body (…关于报请审定《…规划》的请示, 妥否，请批示) asks approval for a plan, whatever the plan
  // it describes sets out: the period, goals and chapters it reports are the plan's, not its own.
  it.each([
    '# 某市大数据中心关于报请审定《某市数字化转型实施方案（2026—2028年）》的请示\n\n市人民政府：\n\n根据市委、市政府工作部署，我中心牵头起草了《实施方案》，经征求各部门意见并修改完善，现报请审定。\n\n## 一、主要内容\n\n《实施方案》提出到2028年政务服务事项全程网办率达到98%，部署五大任务和二十项重点工程。\n\n妥否，请批示。\n',
    '# 關於提請核定《某市數位轉型計畫（2026-2029年）》的請示\n\n市政府：\n\n本局已完成計畫草案，現將計畫草案及說明報上，請審定。\n\n## 計畫重點\n\n計畫期程四年，至2029年線上申辦比例達90%。\n\n當否，請示。\n',
  ])('a request for approval of a plan is no plan: %#', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'request.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'request-for-approval' });
  });
  // A scheme for monitoring a plan's indicators (…指标统计监测方案, a dashboard's methodology note) defines how each is
  // counted (统计口径, 计算方法, numerator and denominator): it measures, it sets no targets.
  it.each([
    '# 某市数字经济核心产业统计监测方案（试行）\n\n## 一、监测指标\n\n共设12项指标，按季度监测。\n\n## 二、统计口径\n\n数字经济核心产业增加值按国家统计分类标准计算，数据来源为各部门季度填报，计算公式见附表。\n',
    '# Harbour City Digital Services Scorecard: Methodology Note\n\n## Purpose\n\nThis note sets out how each measure on the scorecard is calculated.\n\n## Online take-up\n\nDefinition: the share of transactions completed online. Numerator: online transactions; denominator: all transactions. Data source: the case management system.\n',
  ])('a method for monitoring indicators is no plan: %#', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'method.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'statistical-method' });
  });
  // A year's report under a plan's name with no years (# …數碼轉型計劃 / ## 2024-25年度推行情況報告, # … Digital Plan /
  // ## Implementation Report 2025/26): the heading names the document, a report on the plan.
  it.each([
    '# 康文署數碼轉型計劃\n## 2025-26年度推行情況報告\n\n### 一、引言\n\n本報告匯報計劃推行第三年的進展。\n\n### 二、主要指標\n\n| 指標 | 2027年目標 | 2026年實際 |\n|---|---|---|\n| 網上預訂比例 | 90% | 76% |\n',
    '# 某市智慧城市建设方案\n## 2026年度实施进展报告\n\n### 一、总体情况\n\n本年度共推进重点项目18个，完成投资3.2亿元。\n\n### 二、指标完成情况\n\n政务服务事项全程网办率达到93%，较上年提高5个百分点。\n',
  ])("a year's report under a plan's name without years is a report: %#", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'report.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'work-summary' });
  });
  // A review after a programme ended (…: What Went Wrong, An after-action review of…, …项目复盘报告) analyses what
  // happened to a plan; the goals it quotes were the plan's.
  it.each([
    '# Smart Fenwick: What Went Wrong\n\n**A review of the Smart Fenwick programme, 2020–2024**\n\n## Summary\n\nThe programme aimed to put 80% of services online by 2024 and reached 41%.\n\n## Findings\n\nThe council underestimated the cost of data migration.\n',
    '# 某市智慧城市一期项目复盘报告\n\n## 一、项目回顾\n\n一期项目原计划到2024年建成城市大脑并接入部门系统60个，实际接入31个。\n\n## 二、原因分析\n\n数据共享机制不健全，部门积极性不高。\n',
  ])('a review after a programme is an analysis: %#', async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'review.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'analysis-report' });
  });
  // A running order for the event that launches a plan (RUN OF SHOW — … Digital Strategy Launch, …规划发布会活动流程)
  // times the speakers; the plan's name in its title names the occasion.
  it.each([
    '# Running order: launch of the Westbrook Digital Strategy 2026–2030\n\n**Venue:** Town Hall, Council Chamber\n\n| Time | Item | Who |\n|---|---|---|\n| 09:30 | Registration and coffee | Events team |\n| 10:00 | Welcome | Leader of the Council |\n| 10:10 | The strategy in ten minutes: 80% of services online by 2028 | Chief Digital Officer |\n',
    '# 某市数字化转型规划（2026—2030年）发布会活动流程\n\n时间：2026年3月12日上午\n\n地点：市民中心报告厅\n\n| 时间 | 环节 | 负责人 |\n|---|---|---|\n| 9:00 | 嘉宾签到 | 办公室 |\n| 9:30 | 主持人开场 | 市数据局 |\n| 9:40 | 规划解读：到2030年数字经济核心产业增加值占比达到12% | 市数据局局长 |\n',
  ])("an event's running order for a plan's launch is no plan: %#", async (text) => {
    const r = await checkPlan({ bytes: Buffer.from(text), filename: 'run-of-show.md' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre: 'event-programme' });
  });
});
