import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../functions/core/document/build-tree.ts';
import type { PlanDocument } from '../../functions/core/document/model.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';

const read = (name: string) => parseDocument({ bytes: readFileSync(`fixtures/plans/${name}`), filename: name });
const outline = (doc: PlanDocument) => [...walkSections(doc.sections)].map((s) => `${s.level} ${s.rawHeading}`);

describe('fixture plans read into one tree whatever their form', () => {
  it('p01: heading-styled DOCX, numbering-only DOCX and Markdown give the same tree', async () => {
    const styled = await read('p01-linhu-complete.docx');
    const numbered = await read('p01-linhu-complete.numbered.docx');
    const markdown = await read('p01-linhu-complete.md');
    expect(outline(styled)).toContain('1 第七章 保障措施');
    expect(outline(styled)).toContain('3 （三）培育数据要素市场');
    expect(outline(numbered)).toEqual(outline(styled));
    expect(outline(markdown)).toEqual(outline(styled));
    expect(styled.title).toBe('临湖市城市数字化转型规划（2021—2025年）');
    expect(numbered.title).toBe(styled.title);
    const sources = new Set([...walkSections(styled.sections)].map((s) => s.source));
    expect(sources).toEqual(new Set(['style']));
  });

  it('custom styles, localized style ids, Word automatic numbering and outline levels give the same chapters', async () => {
    const chapters = (doc: PlanDocument) => doc.sections.map((s) => s.heading);
    const custom = await read('p02-yunling-custom-styles.custom-styles.docx');
    const localized = await read('p03-qingshan-localized-ids.localized-ids.docx');
    const auto = await read('p10-xichuan-missing-layers.autonumber.docx');
    const outlined = await read('p11-baisha-missing-safeguards.outline-level.docx');
    expect(chapters(custom)).toEqual(['发展基础与形势', '总体要求', '总体架构', '主要任务', '重点工程', '实施计划', '保障措施']);
    expect(chapters(localized)).toEqual(chapters(custom));
    expect(chapters(auto)).toEqual(chapters(custom));
    expect(chapters(outlined)).toEqual(chapters(custom));
    expect(auto.sections[2]!.children.map((s) => s.rawHeading)).toEqual(['一、业务架构', '二、应用架构']);
    expect(outlined.sections[6]!.children.map((s) => s.heading)).toEqual(['加强组织保障', '强化资金保障']);
    expect(custom.sections[0]!.source).toBe('style');
    expect(outlined.sections[0]!.source).toBe('outline-level');
  });
});
