// Reading classes found on blind plans (issue 8, class 9): an unnumbered 前言 or
// 总则 opening a numbering-only plan is a sibling of the numbered chapters, never
// their parent nor the title; a government letterhead is never the title; Taiwan's
// 壹、貳、 numbering is the top level. Through the real parsers: Markdown and DOCX.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import type { Section } from '../../functions/core/document/model.ts';

const md = (text: string) => parseDocument({ bytes: new TextEncoder().encode(text), filename: 'plan.md' });
const docx = async (lines: { text: string; bold?: boolean }[]) =>
  parseDocument({
    bytes: new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun({ text: l.text, bold: l.bold })] })) }] }))),
    filename: 'plan.docx',
  });
const outline = (sections: Section[]): string[] => sections.flatMap((s) => [`${'  '.repeat(s.level - 1)}${s.heading}`, ...outline(s.children)]);

describe('front matter and letterheads', () => {
  const plan = ['**前言**', '', '数字城市是城市发展的新形态，本规划期为2026年至2030年。', '', '一、发展基础', '', '全市建成5G基站1.2万个。', '', '二、总体要求', '', '（一）指导思想', '', '坚持以人民为中心。', ''];

  it('Markdown: a bold 前言 is a sibling of the numbered chapters and not the title', async () => {
    const doc = await md(plan.join('\n'));
    expect(doc.title).toBeNull();
    expect(outline(doc.sections)).toEqual(['前言', '发展基础', '总体要求', '  指导思想']);
  });

  it('DOCX: the same, with 前言 as a bold paragraph', async () => {
    const doc = await docx(plan.filter(Boolean).map((t) => (t === '**前言**' ? { text: '前言', bold: true } : { text: t })));
    expect(doc.title).not.toBe('前言');
    expect(outline(doc.sections).filter((h) => !h.startsWith(' '))).toEqual(['前言', '发展基础', '总体要求']);
  });

  it('an English Foreword is no title either', async () => {
    const doc = await md('**Foreword**\n\nThis strategy covers 2025 to 2028.\n\n## Where we are\n\nText.\n\n## Where we are going\n\nText.\n');
    expect(doc.title).toBeNull();
    expect(outline(doc.sections)[0]).toBe('Foreword');
  });

  it('takes the line after a letterhead and a document number for the title', async () => {
    const doc = await md('泸川市人民政府文件\n\n泸府发〔2023〕14号\n\n泸川市人民政府关于印发《泸川市城市数字化转型实施方案（2023—2025年）》的通知\n\n各区县人民政府：现将方案印发给你们，请认真贯彻执行。\n');
    expect(doc.title).toBe('泸川市人民政府关于印发《泸川市城市数字化转型实施方案（2023—2025年）》的通知');
  });

  it('reads 壹、貳、參 as the level above 一、 and （一）', async () => {
    const doc = await md('嘉義縣數位治理中程計畫（民國115年度至118年度）\n\n壹、計畫緣起\n\n一、依據\n\n（一）行政院相關政策，推動地方數位轉型。\n\n（二）資通安全管理法及其子法，規範資安責任。\n\n貳、計畫目標\n\n一、願景\n\n成為示範縣。\n');
    expect(doc.title).toBe('嘉義縣數位治理中程計畫（民國115年度至118年度）');
    expect(outline(doc.sections)).toEqual(['計畫緣起', '  依據', '計畫目標', '  願景']);
  });

  // An issuer's name set as a first heading over the titled heading: a line of the opening, and the
  // second heading the title that holds every chapter (one root, as a plan titled by one heading).
  it.each([
    '# City of Alder Springs, Oregon\n# Smart City Program Implementation Plan, FY2026–FY2028\n\n## 1. Purpose\n\nThis plan sets out the work.\n\n## 2. Goals\n\nBy 2028, 90% of permits online.\n',
    '# 某市人民政府办公室\n\n# 某市数字政府建设三年行动方案（2026—2028年）\n\n## 一、总体要求\n\n坚持以人民为中心。\n\n## 二、主要任务\n\n建设一体化政务服务平台。\n',
    // The title a level below the issuer, its chapters a level below it.
    '# West Pennine Combined Authority\n## Digital Infrastructure and Architecture Plan 2026–2030\n\n### 1. Purpose\n\nThis plan sets out the target architecture.\n\n### 2. Layers\n\nBusiness, data, application, infrastructure and security.\n',
    '# 某县人民政府\n\n## 某县数字化转型三年行动方案（2026—2028年）\n\n### 一、总体要求\n\n坚持以人民为中心。\n\n### 二、主要任务\n\n建设一体化政务服务平台。\n',
  ])('an issuer heading above the titled heading is a line of the opening: %#', async (text) => {
    const doc = await md(text);
    expect(doc.title).toMatch(/Implementation Plan|Architecture Plan|行动方案/);
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0].children).toHaveLength(2);
    expect(doc.preamble.map((b) => (b.type === 'paragraph' ? b.text : '')).join('')).toMatch(/City of Alder Springs|West Pennine|人民政府/);
  });

  // An issuer's name as a plain line over the titled first heading: the heading is the title.
  it.each([
    ['南川市科学技术局　南川市数据局\n\n# 南川市数字化转型行动方案（2026—2028年）\n\n## 一、发展背景\n\n国家出台相关政策。\n', '南川市数字化转型行动方案（2026—2028年）'],
    ['Borough of Kestwick, Department of Science and Technology\n\n# Kestwick Digital Plan 2026–2029\n\n## Where we start from\n\nThe government asks councils to share data.\n', 'Kestwick Digital Plan 2026–2029'],
  ])('an issuer line above the titled heading is not the title: %#', async (text, title) => {
    const doc = await md(text);
    expect(doc.title).toBe(title);
    expect(doc.preamble.map((b) => (b.type === 'paragraph' ? b.text : '')).join('')).toMatch(/科学技术局|Borough of Kestwick/);
  });
});
