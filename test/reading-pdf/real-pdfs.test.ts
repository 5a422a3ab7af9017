// The five real PDFs through real pdf.js: chapters in order and nothing extra,
// the same tree as the plan's Markdown and DOCX copies, contents and page
// furniture left out, positions on every block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../functions/core/document/build-tree.ts';
import type { Block, PlanDocument, Section } from '../../functions/core/document/model.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';

const REAL = join(import.meta.dirname, '../../fixtures/real');
const read = (name: string) => parseDocument({ bytes: readFileSync(join(REAL, name)), filename: name });
const all = (doc: PlanDocument): Section[] => [...walkSections(doc.sections)];
const blocks = (doc: PlanDocument): Block[] => [...doc.preamble, ...all(doc).flatMap((s) => s.blocks)];
const texts = (doc: PlanDocument): string[] => blocks(doc).map((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n') : b.text));
const chapters = (doc: PlanDocument) =>
  all(doc)
    .filter((s) => s.numbering?.scheme === 'chinese-dun')
    .map((s) => ({ heading: s.rawHeading, children: s.children.filter((c) => c.numbering?.scheme === 'chinese-paren').map((c) => c.rawHeading) }));

describe('CN01 (the official print) against CN09 (DOCX) and CN07 (Markdown) of the same plan', async () => {
  const cn01 = await read('CN01_national_14th5_digital_economy_plan.pdf');
  const cn09 = await read('CN09_national_14th5_digital_economy_plan_toolgen_nostyle.docx');
  const cn07 = await read('CN07_national_14th5_digital_economy_plan.md');

  it('reads the eleven chapters in order, nothing extra, with the same sections as the DOCX and the Markdown', () => {
    const c = chapters(cn01);
    expect(c.map((x) => x.heading)).toEqual(chapters(cn09).map((x) => x.heading));
    expect(c).toHaveLength(11);
    expect(c).toEqual(chapters(cn09));
    expect(c).toEqual(chapters(cn07));
    // The chapters are the top level: the title above them is no section.
    expect(cn01.sections.map((s) => s.rawHeading)).toEqual(c.map((x) => x.heading));
  });

  it('takes the plan’s title from the first page, not the notice that wraps it', () => {
    expect(cn01.format).toBe('pdf');
    expect(cn01.title).toBe('“十四五”数字经济发展规划');
    expect(cn01.preamble.map((b) => (b.type === 'table' ? '' : b.text))).toContain('国务院关于印发“十四五”数字经济发展规划的通知');
  });

  it('keeps one copy of text printed twice (fake bold) and marks those chapters as emphasised', () => {
    const first = all(cn01)[0]!;
    expect(first.rawHeading).toBe('一、发展现状和形势');
    expect(first.source).toBe('bold');
    expect(texts(cn01).join('\n')).not.toMatch(/发展现状和形势一、|保障措施十一、/);
  });

  it('joins a paragraph broken over a page and gives every block its page and line on the page', () => {
    // Page 1 ends inside the preface: "…规范发展、普惠" / page 2 "共享的新阶段。"
    expect(texts(cn01).some((t) => t.includes('规范发展、普惠共享的新阶段'))).toBe(true);
    for (const b of blocks(cn01)) {
      expect(b.position.page).toBeGreaterThanOrEqual(1);
      expect(b.position.pageLine).toBeGreaterThanOrEqual(1);
    }
    const last = all(cn01).find((s) => s.rawHeading === '十一、保障措施')!;
    expect(last.position).toMatchObject({ page: 24, pageLine: 16 });
  });
});

describe('CN03: a plan with a dot-leader table of contents', async () => {
  const cn03 = await read('CN03_miit_14th5_software_it_services_plan.pdf');

  it('skips the contents pages and reads the chapters in order from the body', () => {
    expect(chapters(cn03).map((c) => c.heading)).toEqual(['一、发展回顾', '二、发展形势', '三、总体要求', '四、主要任务', '五、保障措施']);
    expect(all(cn03)[0]!.position.page).toBe(4);
    expect(all(cn03).filter((s) => s.position.page! < 4)).toEqual([]);
    expect(texts(cn03).join('\n')).not.toMatch(/\.{6,}/);
    expect(cn03.warnings.map((w) => w.code)).toContain('pdf-contents-skipped');
    expect(chapters(cn03)[1]!.children).toEqual(['（一）软件拓展数字化发展新空间', '（二）新发展格局赋予产业新使命', '（三）“软件定义”赋能实体经济新变革', '（四）开源重塑软件发展新生态']);
  });

  it('takes the 24-point cover title and drops the page numbers', () => {
    expect(cn03.title).toBe('“十四五”软件和信息技术服务业发展规划');
    expect(texts(cn03).filter((t) => /^\d+$/.test(t))).toEqual([]);
  });
});

describe('CN04 (the final action plan as PDF) against CN12 (its Word draft)', async () => {
  const cn04 = await read('CN04_nda_trusted_data_space_action_plan_2024-2028.pdf');
  const cn12 = await read('CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx');

  it('reads the five chapters in order, the same as the draft', () => {
    const heads = chapters(cn04).map((c) => c.heading);
    expect(heads).toEqual(['一、总体思路与目标', '二、实施可信数据空间能力建设行动', '三、开展可信数据空间培育推广行动', '四、推进可信数据空间筑基行动', '五、保障措施']);
    expect(chapters(cn12).map((c) => c.heading)).toEqual(heads);
  });

  it('opens each annex as a section by its title’s size, and drops the page numbers', () => {
    expect(cn04.title).toBe('可信数据空间发展行动计划（2024—2028年）');
    const bySize = all(cn04).filter((s) => s.source === 'font-size').map((s) => [s.rawHeading, s.position.page]);
    expect(bySize).toEqual([
      ['名词解释', 9],
      ['可信数据空间发展引导体系（1.0版）', 14],
    ]);
    expect(texts(cn04).filter((t) => /^\d+$/.test(t))).toEqual([]);
  });
});

describe('NEG01 and NEG03: PDFs that are no plan', () => {
  it('NEG01 reads as the news article it is: headline, dateline, body', async () => {
    const doc = await read('NEG01_digital_china_layout_plan_news_summary.pdf');
    expect(doc.title).toBe('中共中央 国务院印发《数字中国建设整体布局规划》');
    const body = texts(doc).join('\n');
    expect(body).toContain('新华社北京2月27日电');
    expect(doc.characters).toBeGreaterThan(3000);
  });

  it('NEG03 reads as the one-page stub it is: a title and links', async () => {
    const doc = await read('NEG03_stub_pdf_link_only.pdf');
    expect(doc.title).toMatch(/^数字乡村发展行动计划（2022-2025年）/);
    expect(doc.characters).toBeLessThan(600);
    expect(all(doc)).toEqual([]);
  });
});
