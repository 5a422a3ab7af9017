// Insertion points on real fixtures: where each gap goes in the plan's own
// section tree, numbered as the plan numbers, with the clause's starter text;
// related findings from the rules' data; the outline and paragraph leads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { chineseNumeral, firstChildNumbering, renumber, westernNumber } from '../../functions/core/check/heading-number.ts';
import { clauseKey, compareClauses } from '../../functions/core/check/insertion.ts';
import { parseLabelled, parseNumbering } from '../../functions/core/document/outline-numbering.ts';
import { listRules } from '../../functions/core/rules/catalog.ts';
import type { CheckResult, RuleResult } from '../../functions/core/check/result.ts';

const root = join(import.meta.dirname, '../..');
const check = async (file: string, lang: 'zh' | 'en' = 'zh') => checkPlan({ bytes: readFileSync(join(root, file)), filename: file.split('/').pop()!, lang });
const rule = (r: CheckResult, id: string): RuleResult => r.results.find((x) => x.id === id)!;
const part = (r: RuleResult, name: string) => r.parts.find((p) => p.name === name)!;

describe('insertion points on the fixture plans', async () => {
  const baisha = await check('fixtures/plans/p11-baisha-missing-safeguards.outline-level.docx');
  const xichuan = await check('fixtures/plans/p10-xichuan-missing-layers.autonumber.docx');

  it('a missing safeguard goes into 保障措施, after the subsection of the part before it in the clause’s order', () => {
    const sm = rule(baisha, 'support-measures');
    expect(sm.status).toBe('partial');
    // 保障措施 holds 加强组织保障 and 强化资金保障: policy (before funding) after 加强组织保障, talent and culture after 强化资金保障.
    expect(part(sm, 'policy').insertAt).toMatchObject({ path: ['保障措施'], after: ['保障措施', '加强组织保障'], heading: { zh: '政策保障', en: 'Policy' } });
    expect(part(sm, 'talent').insertAt).toMatchObject({ path: ['保障措施'], after: ['保障措施', '强化资金保障'], heading: { zh: '人才保障', en: 'Talent' } });
    expect(part(sm, 'culture').insertAt).toMatchObject({ after: ['保障措施', '强化资金保障'], heading: { zh: '文化与氛围保障' } });
    // Anchored at the heading of 强化资金保障, the 118th paragraph of the Word file.
    expect(part(sm, 'talent').insertAt!.position!.paragraph).toBe(117);
    expect(part(sm, 'funding').insertAt).toBeUndefined();
    // The starter is the rule's data, in the guide's words, in both languages.
    const talent = listRules().find((x) => x.id === 'support-measures')!.parts!.find((p) => p.name === 'talent')!;
    expect(part(sm, 'talent').insertAt!.starter).toEqual(talent.starter);
    expect(part(sm, 'talent').insertAt!.starter.zh).toContain('人才引进、人才培育、人员培训');
    // The finding's own point is its first gap's.
    expect(sm.insertAt).toEqual(part(sm, 'policy').insertAt);
  });

  it('a missing architecture layer is numbered like its siblings, in the design path’s order', () => {
    const layers = rule(xichuan, 'architecture-layers');
    expect(part(layers, 'information').insertAt).toMatchObject({ path: ['总体架构'], after: ['总体架构', '业务架构'], heading: { zh: '二、信息（数据）架构', en: '2. Information (data) layer' } });
    expect(part(layers, 'infrastructure').insertAt).toMatchObject({ after: ['总体架构', '应用架构'], heading: { zh: '三、数字基础设施' } });
    // Two new sections after one sibling are numbered one after the other.
    expect(part(layers, 'security').insertAt).toMatchObject({ after: ['总体架构', '应用架构'], heading: { zh: '四、安全体系', en: '4. Security layer' } });
  });

  it('a layer missing from architecture-layers and its own rule are one gap: related, at the same place', () => {
    const layers = rule(xichuan, 'architecture-layers');
    const security = rule(xichuan, 'architecture-security');
    expect(security.status).toBe('fail');
    expect(layers.related).toEqual(expect.arrayContaining(['architecture-security']));
    expect(security.related).toEqual(['architecture-layers']);
    const { starter: _a, ...place } = part(layers, 'security').insertAt!;
    const { starter: _b, ...same } = security.insertAt!;
    expect(same).toEqual(place);
    // A layer the plan has (business) relates nothing: architecture-business stands alone.
    expect(rule(xichuan, 'architecture-business').related).toBeUndefined();
    expect(rule(baisha, 'architecture-security').related).toBeUndefined();
  });

  it('a chapter the plan lacks goes after the chapter of the nearest earlier clause, numbered as a chapter', async () => {
    const cn07 = await check('fixtures/real/CN07_national_14th5_digital_economy_plan.md');
    const layers = rule(cn07, 'architecture-layers');
    expect(layers.status).toBe('fail');
    // Goals (7.4) stand in 二、总体要求: the architecture (8.1) follows it as 三、总体架构 (the rule's heading, not its title).
    expect(layers.insertAt!.after!.at(-1)).toBe('总体要求');
    expect(layers.insertAt!.heading).toEqual({ zh: '三、总体架构', en: '3. Overall architecture' });
    expect(layers.insertAt!.path).toEqual(cn07.outline!.find((e) => e.heading.startsWith('二、总体要求'))!.path.slice(0, -1));
    // A rule without a section of its own writes where its evidence stands (goals: 发展目标), with its starter.
    expect(rule(cn07, 'goals-measurable').insertAt).toMatchObject({ path: expect.arrayContaining(['发展目标']), starter: { zh: expect.stringContaining('到××××年') } });
  });

  it('a plan in English gets English numbering and labels', async () => {
    const riverton = await check('fixtures/plans/p05-riverton-english.md', 'en');
    const open = riverton.results.filter((r) => r.status === 'fail' || r.status === 'partial');
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) expect(r.insertAt!.starter.en.length).toBeGreaterThan(0);
  });
});

describe('insertion points hold on every fixture plan', async () => {
  const files = ['fixtures/plans', 'fixtures/real'].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => /\.(md|docx|pdf)$/.test(f) && !/^(MANIFEST|PROVENANCE|README)/.test(f))
      .map((f) => `${d}/${f}`)
      .filter((f) => statSync(join(root, f)).isFile()),
  );

  it.each(files)('%s', async (file) => {
    const r = await check(file);
    const open = r.results.filter((x) => x.status === 'fail' || x.status === 'partial');
    const plan = r.verdict.isPlan;
    // A plan: every open finding has a place and a starter; nothing else has one. Not a plan: none.
    for (const x of open) expect(Boolean(x.insertAt?.starter.zh && x.insertAt.starter.en)).toBe(plan);
    for (const x of r.results.filter((y) => !open.includes(y))) expect(x.insertAt).toBeUndefined();
    // A present part has no place of its own; a missing one has one when its section is there (else the finding's is a new one).
    for (const x of r.results) for (const p of x.parts.filter((q) => q.status === 'present')) expect(p.insertAt).toBeUndefined();
    // Related is symmetric and only between open findings.
    for (const x of r.results) for (const id of x.related ?? []) expect(rule(r, id).related).toContain(x.id);
    for (const x of r.results.filter((y) => y.related)) expect(open).toContain(x);
    // Every place names a section of the plan (or its top level), and its anchor is a heading of the outline.
    const paths = new Set(r.outline!.map((e) => e.path.join('/')));
    const anchors = new Set(r.outline!.map((e) => `${e.position.file ?? ''}:${e.position.start.offset}`));
    for (const x of open.filter((y) => y.insertAt)) {
      const p = x.insertAt!;
      expect(p.path.length === 0 || paths.has(p.path.join('/'))).toBe(true);
      if (p.after) expect(paths.has(p.after.join('/'))).toBe(true);
      expect(p.position === undefined || anchors.has(`${p.position.file ?? ''}:${p.position.start.offset}`)).toBe(true);
    }
    // The outline is the plan's sections; the rules it lists quote them.
    for (const e of r.outline!) for (const id of e.findings) expect(r.results.some((x) => x.id === id && x.status !== 'not-applicable')).toBe(true);
  });
});

describe('locations a reader can find', async () => {
  it('a quote carries the first words of its paragraph (not a heading’s)', async () => {
    const r = await check('fixtures/plans/p11-baisha-missing-safeguards.outline-level.docx');
    const evidence = r.results.flatMap((x) => [...x.evidence, ...x.parts.flatMap((p) => p.evidence)]);
    const withLead = evidence.filter((e) => e.lead);
    expect(withLead.length).toBeGreaterThan(10);
    // The lead is the start of the quoted paragraph: a quote from its start begins with it.
    for (const e of withLead) expect(e.lead!.length).toBeLessThanOrEqual(15);
    const fromStart = withLead.filter((e) => !e.quote.startsWith('…'));
    expect(fromStart.length).toBeGreaterThan(0);
    for (const e of fromStart) expect(e.quote.startsWith(e.lead!.replace(/…$/, ''))).toBe(true);
    // A heading quoted as evidence needs no lead: its path names it.
    const headings = evidence.filter((e) => e.path.at(-1) === e.quote.trim());
    for (const e of headings) expect(e.lead).toBeUndefined();
  });
});

describe('heading numbers for a new section', () => {
  const n = (text: string) => parseNumbering(`${text}标题`)!.numbering;
  it('continues a sibling’s numbering in its own characters', () => {
    expect(chineseNumeral(4)).toBe('四');
    expect(chineseNumeral(14)).toBe('十四');
    expect(chineseNumeral(20)).toBe('二十');
    expect(chineseNumeral(105)).toBe('一百零五');
    expect(renumber(n('（三）'), 4)).toBe('（四）');
    expect(renumber(n('七、'), 8)).toBe('八、');
    expect(renumber(n('第七章'), 8)).toBe('第八章');
    expect(renumber(n('第3章'), 4)).toBe('第4章');
    expect(renumber(n('3.2'), 3)).toBe('3.3');
    expect(renumber(n('（2）'), 3)).toBe('（3）');
    expect(renumber(n('②'), 3)).toBe('③');
  });
  it('continues a labelled number in its label and characters', () => {
    const l = (text: string) => parseLabelled(`${text}标题`, `${text}标题`.toLowerCase(), ['策略', '行动方案', 'goal'])!.numbering;
    expect(renumber(l('策略三：'), 4)).toBe('策略四');
    expect(renumber(l('行动方案1-2 '), 3)).toBe('行动方案1-3');
    expect(renumber(l('Goal 2: '), 3)).toBe('Goal 3');
  });
  it('says the same number in Western style for the English report', () => {
    expect(westernNumber(n('（三）'), 4)).toBe('(4)');
    expect(westernNumber(n('第七章'), 8)).toBe('Chapter 8');
    expect(westernNumber(n('3.2'), 3)).toBe('3.3');
  });
  it('numbers a first subsection one level down, by the convention of Chinese documents', () => {
    expect(firstChildNumbering(n('第三章'))!.text).toBe('一、');
    expect(firstChildNumbering(n('三、'))!.text).toBe('（一）');
    expect(firstChildNumbering(n('3.2'))!.text).toBe('3.2.1');
    expect(firstChildNumbering(null)).toBeNull();
  });
  it('orders clauses as the guide does', () => {
    expect(clauseKey('7.4 b')).toEqual([7, 4, 2]);
    expect(clauseKey('6.3.1, 8.1.5.2, 11.3.4')).toEqual([6, 3, 1]);
    expect(compareClauses(clauseKey('7.4'), clauseKey('7.4 b'))).toBeLessThan(0);
    expect(compareClauses(clauseKey('13.5'), clauseKey('8.1'))).toBeGreaterThan(0);
  });
});
