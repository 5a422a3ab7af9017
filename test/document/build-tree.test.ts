import { describe, expect, it } from 'vitest';
import { buildDocument, readsAsHeading, walkSections } from '../../functions/core/document/build-tree.ts';
import type { FlatDocument, FlatNode, Position, Section } from '../../functions/core/document/model.ts';
import { PlanInputError } from '../../functions/core/errors.ts';

let line = 0;
function pos(): Position {
  line++;
  return { start: { line, column: 1, offset: line * 10 }, end: { line, column: 9, offset: line * 10 + 8 } };
}
const h = (text: string, level?: number): FlatNode => ({ type: 'heading', text, level, source: level ? 'markdown' : 'numbering', position: pos() });
const p = (text: string, extra: { bold?: boolean; listLevel?: number } = {}): FlatNode => ({ type: 'paragraph', text, position: pos(), ...extra });
const li = (text: string): FlatNode => ({ type: 'listItem', text, ordered: true, depth: 1, position: pos() });
const doc = (nodes: FlatNode[]): FlatDocument => ({ format: 'markdown', title: null, characters: 100, warnings: [], nodes });

/** "heading@level" lines, depth first. */
function outline(sections: Section[]): string[] {
  return [...walkSections(sections)].map((s) => `${'  '.repeat(s.level - 1)}${s.rawHeading}`);
}

describe('buildDocument', () => {
  it('nests skipped explicit levels under the nearest shallower heading; level is tree depth', () => {
    const d = buildDocument(doc([h('Plan', 1), h('Deep', 3), p('body'), h('Two', 2), h('Next', 1)]));
    expect(outline(d.sections)).toEqual(['Plan', '  Deep', '  Two', 'Next']);
    expect(d.sections[0]!.children[0]!.level).toBe(2);
    expect(d.sections[0]!.children[0]!.blocks).toHaveLength(1);
    expect(d.title).toBe('Plan');
    expect(d.sections[0]!.children[1]!.path).toEqual(['Plan', 'Two']);
  });

  it('infers levels of numbering-only headings from the order schemes first appear', () => {
    const d = buildDocument(doc([
      p('前言正文，说明背景。'),
      p('一、总体要求'), p('（一）指导思想'), p('1. 坚持创新'), p('2. 坚持协调'), p('（二）发展目标'), p('二、主要任务'), p('（一）夯实底座'),
    ]));
    expect(d.preamble).toHaveLength(1);
    expect(outline(d.sections)).toEqual([
      '一、总体要求', '  （一）指导思想', '    1. 坚持创新', '    2. 坚持协调', '  （二）发展目标', '二、主要任务', '  （一）夯实底座',
    ]);
    const s = d.sections[0]!.children[0]!;
    expect(s.heading).toBe('指导思想');
    expect(s.numbering?.scheme).toBe('chinese-paren');
    expect(s.source).toBe('numbering');
    expect(s.path).toEqual(['总体要求', '指导思想']);
  });

  it('takes the order of first appearance as the hierarchy, even against convention', () => {
    const d = buildDocument(doc([p('1. 总体'), p('一、目标'), p('二、任务'), p('2. 保障')]));
    expect(outline(d.sections)).toEqual(['1. 总体', '  一、目标', '  二、任务', '2. 保障']);
  });

  it('nests numbering headings beneath the current explicit heading', () => {
    const d = buildDocument(doc([h('规划', 1), h('政策全文', 2), p('一、发展现状'), p('二、总体要求'), h('附件', 2), p('一、名单')]));
    expect(outline(d.sections)).toEqual(['规划', '  政策全文', '    一、发展现状', '    二、总体要求', '  附件', '    一、名单']);
  });

  it('does not promote list items, listLevel paragraphs, long sentences or stray numbers', () => {
    const d = buildDocument(doc([
      p('一、总体要求'),
      li('1. 总体目标'),
      p('1. 到2025年，政务服务事项网上可办率达到100%。'),
      p('2. 数据共享', { listLevel: 0 }),
      p('（一）主要目标'),
      p('3. 到2027年全面建成，形成示范效应'),
    ]));
    expect(outline(d.sections)).toEqual(['一、总体要求', '  （一）主要目标']);
    expect(d.sections[0]!.blocks.map((b) => b.type)).toEqual(['listItem', 'paragraph', 'paragraph']);
    expect(d.sections[0]!.children[0]!.blocks).toHaveLength(1);
  });

  it('promotes a stray-numbered line only when it strictly reads as a heading', () => {
    const d = buildDocument(doc([p('一、任务'), p('3. 建设平台'), p('5. 推进共享，提升效能')]));
    expect(outline(d.sections)).toEqual(['一、任务', '  3. 建设平台']);
  });

  it('promotes short bold paragraphs and keeps long bold ones as body', () => {
    const d = buildDocument(doc([
      p('杨浦方案', { bold: true }), p('正文。'), p('一、主要目标', { bold: true }), p('二、空间布局', { bold: true }),
      p('这是一个很长的加粗段落，它讲述了很多内容，并且以句号结束。还有第二句话。', { bold: true }),
    ]));
    expect(outline(d.sections)).toEqual(['杨浦方案', '  一、主要目标', '  二、空间布局']);
    expect(d.sections[0]!.source).toBe('bold');
    expect(d.sections[0]!.children[1]!.blocks).toHaveLength(1);
  });

  it.each([
    ['English, Markdown list', [h('Layers', 2), p('Business layer. Scenarios in three domains.'), p('Data layer.', { bold: true }), li('Data model: a lake.'), li('Sharing: an exchange.'), p('Application layer. Grouped in five domains.'), p('Security layer.', { bold: true }), li('Rules: a policy set.'), p('Green by design. Every decision is assessed.')]],
    ['Chinese, bullets typed', [h('总体架构', 2), p('业务层。面向三大领域。'), p('数据层。', { bold: true }), p('• 数据模型：城市数据湖。'), p('• 共享交换：统一交换平台。'), p('应用层。按五个域组织。'), p('安全层。', { bold: true }), p('• 管理规则：安全制度体系。'), p('绿色设计。每项决策都评估能耗。')]],
  ])('a bold lead alone over its list, in a series of run-in leads, heads that list only (%s)', (_what, nodes) => {
    const d = buildDocument(doc(nodes as FlatNode[]));
    const text = (i: number) => (nodes[i] as { text: string }).text;
    const [layers] = d.sections;
    expect(layers!.children.map((c) => c.rawHeading)).toEqual([text(2), text(6)]);
    expect(layers!.children.map((c) => c.blocks.length)).toEqual([2, 1]);
    // The leads after each list are the series' again, in the parent section.
    expect(layers!.blocks.map((b) => (b as { text: string }).text)).toEqual([text(1), text(5), text(8)]);
  });

  it('keeps a bold line with a full stop a heading when no run-in lead comes before it', () => {
    const d = buildDocument(doc([h('Layers', 2), p('Our architecture has five layers, described below.'), p('Data layer.', { bold: true }), li('Data model: a lake.'), p('The lake is hosted in the cloud.')]));
    expect(d.sections[0]!.children[0]!.blocks).toHaveLength(2);
  });

  it('splits run-in headings: the lead sentence heads the section, the rest is its first paragraph', () => {
    const text = '（一）加快建设信息网络基础设施。建设高速泛在、天地一体的网络。';
    const d = buildDocument(doc([p('三、优化升级数字基础设施'), p(text), p('（二）推进云网协同。加快构建算力体系。')]));
    const first = d.sections[0]!.children[0]!;
    expect(first.heading).toBe('加快建设信息网络基础设施');
    expect(first.rawHeading).toBe('（一）加快建设信息网络基础设施。');
    expect(first.blocks[0]).toMatchObject({ type: 'paragraph', text: '建设高速泛在、天地一体的网络。' });
    expect(first.blocks[0]!.position.start.offset - first.position.start.offset).toBe(text.indexOf('建设高速'));
    expect(d.sections[0]!.children).toHaveLength(2);
  });

  it('takes a run-in lead sentence with clauses, but not a target sentence with figures', () => {
    const d = buildDocument(doc([
      p('三、下一步工作安排'),
      p('（一）集中力量推进关键核心技术攻关，牢牢掌握数字经济发展自主权。以国家战略需求为导向。'),
      p('（二）到2025年，数字经济核心产业增加值占比达到10%。加快发展。'),
    ]));
    expect(d.sections[0]!.children.map((s) => s.heading)).toEqual(['集中力量推进关键核心技术攻关，牢牢掌握数字经济发展自主权']);
    expect(d.sections[0]!.children[0]!.blocks).toHaveLength(2);
  });

  // Stage items with run-in leads, then a list of indicators numbered afresh: its fourth item
  // continues that list, not the stages, though its number follows the last stage's.
  it.each([
    ['yearly stages, then indicators', ['三、发展目标', '1. 2026年：夯实基础。完成平台升级。', '2. 2027年：全面推进。平台覆盖8个领域。', '3. 2028年：巩固提升。全程网办率达到90%。', '1. 数据共享率：2025年60%，2028年95%；', '2. 网办率：2025年70%，2028年90%；', '3. 5G基站：2025年800个，2028年1,500个；', '4. 企业上云率：2025年40%，2028年70%；', '5. 报表精简：2028年减少50%。'], 3],
    ['phases, then indicators', ['二、阶段安排', '1. 第一阶段：试点。选取3个街道开展试点。', '2. 第二阶段：推广。覆盖全部街道。', '1. 试点街道数：2026年3个，2027年12个；', '2. 事项办结时限：2026年压缩30%，2027年压缩50%；', '3. 群众满意度：2027年达到95%以上。'], 2],
  ])('keeps a renumbered list of run-in items in the body (%s)', (_, lines, stages) => {
    const d = buildDocument(doc((lines as string[]).map((t) => p(t))));
    expect(d.sections[0]!.children).toHaveLength(stages as number);
    expect(d.sections[0]!.children.at(-1)!.blocks.length).toBeGreaterThanOrEqual((lines as string[]).length - 1 - (stages as number));
  });

  // A word may label an outline number (策略一：, 行動方案1-1, Goal 2:, Objective 1.3): a short line led
  // by one heads what follows, its label kept; a sentence so led stays a paragraph.
  it('promotes lines led by a labelled number, nesting the labels in order of first appearance', () => {
    const d = buildDocument(doc([
      h('五、策略與行動方案'), p('策略一：建構縣政數位藍圖'), p('行動方案1-1 盤點縣政業務'), p('內容：盤點各局處業務。'), p('行動方案1-2 資料架構'),
      p('策略二：發展數位經濟'), p('行動方案2-1 輔導業者'), p('目標一：到2027年，線上申辦比率達到90%。'),
    ]));
    expect(outline(d.sections)).toEqual([
      '五、策略與行動方案', '  策略一：建構縣政數位藍圖', '    行動方案1-1 盤點縣政業務', '    行動方案1-2 資料架構', '  策略二：發展數位經濟', '    行動方案2-1 輔導業者',
    ]);
    expect(d.sections[0]!.children[0]!.heading).toBe('策略一：建構縣政數位藍圖');
    expect(d.sections[0]!.children[1]!.children[0]!.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual(['目標一：到2027年，線上申辦比率達到90%。']);
    const en = buildDocument(doc([h('Our goals', 2), p('Goal 1: Connected places'), p('Objective 1.1 Gigabit broadband'), p('Objective 1.2 Public wifi'), p('Goal 2: Digital services'), p('Goals 3 and 4 are in the annex.')]));
    expect(outline(en.sections)).toEqual(['Our goals', '  Goal 1: Connected places', '    Objective 1.1 Gigabit broadband', '    Objective 1.2 Public wifi', '  Goal 2: Digital services']);
  });

  // A label's number first met under a numbered chapter, after the chapters' items were (壹、 / 一、 /
  // 貳、策略 / 策略一：), stands between the chapter and those items: the 一、 after it are its children.
  it('nests items met earlier under a labelled number first met under a chapter', () => {
    const tw = buildDocument(doc([
      p('壹、現況分析'), p('一、數位基礎建設'), p('（一）網路'), p('光纖覆蓋率達九成。'), p('貳、策略'), p('策略一：建構總體架構'), p('一、業務架構'), p('二、資安架構'),
      p('（一）管理規範'), p('訂定資安政策。'), p('（二）組織管理'), p('策略二：發展數位經濟'), p('一、數位產業化'),
    ]));
    expect(outline(tw.sections)).toEqual([
      '壹、現況分析', '  一、數位基礎建設', '    （一）網路', '貳、策略', '  策略一：建構總體架構', '    一、業務架構', '    二、資安架構', '      （一）管理規範', '      （二）組織管理',
      '  策略二：發展數位經濟', '    一、數位產業化',
    ]);
    const cn = buildDocument(doc([p('一、总体要求'), p('（一）指导思想'), p('二、主要任务'), p('任务一：夯实数字底座'), p('（一）建设城市数据中枢'), p('（二）完善算力设施'), p('任务二：深化数字政务'), p('（一）推进一网通办')]));
    expect(outline(cn.sections)).toEqual([
      '一、总体要求', '  （一）指导思想', '二、主要任务', '  任务一：夯实数字底座', '    （一）建设城市数据中枢', '    （二）完善算力设施', '  任务二：深化数字政务', '    （一）推进一网通办',
    ]);
  });

  it('reads parts, missions, strategic directions and measures as labelled numbers', () => {
    const en = buildDocument(doc([p('Part 1: Where we are starting from'), p('Most services run on old systems.'), p('Part 2: Our missions'), p('Mission 1: A connected, green city'), p('Mission 2: Data the city can trust'), p('Part of the funding comes from the region.')]));
    expect(outline(en.sections)).toEqual(['Part 1: Where we are starting from', 'Part 2: Our missions', '  Mission 1: A connected, green city', '  Mission 2: Data the city can trust']);
    const hk = buildDocument(doc([p('策略方向一：重整核心業務架構'), p('措施1.1 梳理業務流程'), p('內容：按牌照、檢控、查詢三大範疇梳理。'), p('措施1.2 建立業務指標'), p('策略方向二：提升公眾服務'), p('措施2.1 一站式電子牌照')]));
    expect(outline(hk.sections)).toEqual(['策略方向一：重整核心業務架構', '  措施1.1 梳理業務流程', '  措施1.2 建立業務指標', '策略方向二：提升公眾服務', '  措施2.1 一站式電子牌照']);
  });

  it('reads a bold labelled line closed by a full stop as a heading, a plain one as text', () => {
    const d = buildDocument(doc([p('Harlow County Digital Plan 2027–2030'), p('Goal 3: Put county data to work', { bold: true }), p('Objective 3.1 – Govern the data we hold.', { bold: true }), p('Adopt one standard.'), p('Objective 3.2 – Be clear who answers for it.', { bold: true }), p('Objective 3.3 – Publish more. We will publish 200 datasets.', { bold: true }), p('Objective 3.4 – Open data by default.')]));
    expect(outline(d.sections)).toEqual(['Goal 3: Put county data to work', '  Objective 3.1 – Govern the data we hold.', '  Objective 3.2 – Be clear who answers for it.']);
  });

  // A plan written as questions and answers numbers its questions (Q1：…？, 问题二：…？, Question 3: …?):
  // each heads the answer under it, its numbered items its children; a quarter (Q1 2027) or a
  // question's label over a statement is no heading.
  it('reads numbered questions as the chapters of a plan written as questions and answers', () => {
    const zh = buildDocument(doc([p('Q1：為什麼要轉型？'), p('一、中央政策帶動。'), p('二、技術快速變化。'), p('Q2：誰來統籌？錢從哪裡來？'), p('一、組織：市長擔任召集人。'), p('Q3：要做什麼')]));
    expect(outline(zh.sections)).toEqual(['Q1：為什麼要轉型？', '  一、中央政策帶動。', '  二、技術快速變化。', 'Q2：誰來統籌？錢從哪裡來？', '  一、組織：市長擔任召集人。']);
    const cn = buildDocument(doc([p('问题一：我们现在在哪里？'), p('全市政务服务网上可办率达到85%。'), p('问题二：钱从哪里来？'), p('（一）财政资金'), p('（二）社会资本')]));
    expect(outline(cn.sections)).toEqual(['问题一：我们现在在哪里？', '问题二：钱从哪里来？', '  （一）财政资金', '  （二）社会资本']);
    const en = buildDocument(doc([p('Question 1: Why now?'), p('Residents expect more.'), p('Question 2: Who pays?'), p('Q1 2027: pilot launch in two wards.'), p('Q2 2027: city-wide roll-out?')]));
    expect(outline(en.sections)).toEqual(['Question 1: Why now?', 'Question 2: Who pays?']);
  });

  // A deck's text numbers its slides by page (【第5页】关键指标一览, 第3頁：由誰營運): each page is a section.
  it.each([
    [['【第1页】汇报提纲', '【第2页】三年目标', '【第3页】运营模式：分类选择']],
    [['第1頁：計畫期程', '第2頁：目標', '第3頁：收益如何分配']],
    [['【P.1】簡報大綱', '【P.2】推動期程', '【P.3】經費來源']],
    [['[P3] 现状与问题', '[P4] 总体架构', '[P5] 保障措施']],
    [['Slide 1 — Why we need a plan', 'Slide 2: Our targets for 2028', 'Slide 3 - Who pays']],
  ])('reads the pages of a deck\'s text as its sections: %j', (pages) => {
    const d = buildDocument(doc(pages.flatMap((page) => [p(page), li('一条要点')])));
    expect(outline(d.sections)).toEqual(pages);
    expect(d.sections.map((s) => s.numbering?.scheme)).toEqual(['page', 'page', 'page']);
  });

  // An annex's line titling a glossary or references (附：名词解释, 附件  参考文献) heads a chapter of its own at the
  // back, its numbered entries its children, not the last chapter's sections.
  it('reads an annex line titling a glossary or references as a chapter at the back', () => {
    const d = buildDocument(doc([p('一、发展目标'), p('二、保障措施'), p('（一）政策保障'), p('附：名词解释'), p('1. 数字孪生：以数字方式为物理对象创建虚拟模型的技术。'), p('2. 数字人才：从事数字化工作的人员。')]));
    expect(d.sections.map((s) => s.heading)).toEqual(['发展目标', '保障措施', '附：名词解释']);
    expect(d.sections[1]!.children.map((s) => s.heading)).toEqual(['政策保障']);
    const en = buildDocument(doc([p('1. Our goals'), p('2. Making it happen'), p('2.1 Funding'), p('Appendix A: Glossary'), p('1. Data lake: a store of raw data.')]));
    expect(en.sections.map((s) => s.heading)).toEqual(['Our goals', 'Making it happen', 'Appendix A: Glossary']);
  });

  it('puts a 表N caption on the following table', () => {
    const table: FlatNode = { type: 'table', rows: [], position: pos() };
    const d = buildDocument(doc([p('一、指标'), p('表1 主要指标'), table]));
    const t = d.sections[0]!.blocks[1]!;
    expect(t.type === 'table' && t.caption).toBe('表1 主要指标');
  });

  it('refuses more headings than the limit as too complex', () => {
    const nodes = Array.from({ length: 11 }, (_, i) => h(`H${i}`, 1));
    expect(() => buildDocument(doc(nodes), { maxHeadings: 10 })).toThrow(PlanInputError);
    try {
      buildDocument(doc(nodes), { maxHeadings: 10 });
    } catch (e) {
      expect((e as PlanInputError).code).toBe('too-complex');
    }
    expect(buildDocument(doc(nodes.slice(0, 10)), { maxHeadings: 10 }).sections).toHaveLength(10);
  });

  it('takes numbered questions in plain text for the chapters they head', () => {
    const d = buildDocument(doc([p('第一部分　我們現在在哪裡？'), p('一、外部環境有甚麼變化？'), p('（一）政策環境'), p('正文。'), p('第二部分　我們要去哪裡？'), p('一、願景'), p('正文。')]));
    expect(outline(d.sections)).toEqual(['第一部分　我們現在在哪裡？', '  一、外部環境有甚麼變化？', '    （一）政策環境', '第二部分　我們要去哪裡？', '  一、願景']);
  });

  it('handles dotted decimals under arabic numbers', () => {
    const d = buildDocument(doc([p('1. Vision'), p('1.1 Goals'), p('1.2 Scope'), p('2. Strategy')]));
    expect(outline(d.sections)).toEqual(['1. Vision', '  1.1 Goals', '  1.2 Scope', '2. Strategy']);
  });
});

describe('readsAsHeading', () => {
  it.each([
    ['总体要求', true], ['发展现状。', true], ['坚持创新引领，强化数字赋能', true], ['Digital Government', true],
    ['到2025年，政务服务事项网上可办率达到100%。', false], ['We will build a national platform for all agencies to share data.', false], ['', false],
    // A numbered question heads the section that answers it; a question with its answer is a sentence.
    ['我們現在在哪裡？', true], ['Where do we want to be?', true], ['钱从哪里来？由市财政统筹安排。', false], ['Why does it matter? Residents expect it.', false],
  ])('%s → %s', (text, expected) => expect(readsAsHeading(text)).toBe(expected));
});
