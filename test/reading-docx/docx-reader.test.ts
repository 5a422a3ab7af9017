import { readFileSync } from 'node:fs';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FlatDocument, FlatHeading } from '../../functions/core/document/model.ts';
import { docxParser } from '../../functions/core/parsers/docx/index.ts';
import { defaultLimits, type ParseLimits } from '../../functions/core/parsers/plugin.ts';

const parse = (bytes: Uint8Array, limits: Partial<ParseLimits> = {}): Promise<FlatDocument> =>
  docxParser.parse({ bytes, filename: 'plan.docx' }, { ...defaultLimits, ...limits });

const pack = async (doc: Document): Promise<Uint8Array> => new Uint8Array(await Packer.toBuffer(doc));
const headings = (doc: FlatDocument): FlatHeading[] => doc.nodes.filter((n): n is FlatHeading => n.type === 'heading');

describe('DOCX headings', () => {
  it('reads Word heading styles, custom styles based on them, and outline levels set on paragraphs', async () => {
    const bytes = await pack(
      new Document({
        styles: {
          paragraphStyles: [
            { id: 'Yiji', name: '一级标题', basedOn: 'Heading1', run: { bold: true } },
            { id: 'Erji', name: '二级标题', basedOn: 'Heading2' },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph({ text: '某市城市数字化转型规划', heading: HeadingLevel.TITLE }),
              new Paragraph({ text: '第一章 总体要求', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: '正文一段。' }),
              new Paragraph({ text: '一、发展目标', style: 'Erji' }),
              new Paragraph({ text: '第二章 主要任务', style: 'Yiji' }),
              new Paragraph({ text: 'Direct outline level', outlineLevel: 2 }),
              new Paragraph({ children: [new TextRun({ text: '加粗的一段', bold: true })] }),
            ],
          },
        ],
      }),
    );
    const doc = await parse(bytes);
    expect(doc.title).toBe('某市城市数字化转型规划');
    expect(headings(doc).map((h) => [h.text, h.level, h.source])).toEqual([
      ['第一章 总体要求', 1, 'style'],
      ['一、发展目标', 2, 'style'],
      ['第二章 主要任务', 1, 'style'],
      ['Direct outline level', 3, 'outline-level'],
    ]);
    const bold = doc.nodes.find((n) => n.type === 'paragraph' && n.text === '加粗的一段');
    expect(bold).toMatchObject({ bold: true });
    const plain = doc.nodes.find((n) => n.type === 'paragraph' && n.text === '正文一段。');
    expect(plain).not.toHaveProperty('bold');
  });

  it('recovers Word automatic numbering text (一、 / （一）) that mammoth drops', async () => {
    const bytes = await pack(
      new Document({
        numbering: {
          config: [
            {
              reference: 'outline',
              levels: [
                { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
                { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
              ],
            },
            { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph({ text: '总体要求', numbering: { reference: 'outline', level: 0 } }),
              new Paragraph({ text: '指导思想', numbering: { reference: 'outline', level: 1 } }),
              new Paragraph({ text: '基本原则', numbering: { reference: 'outline', level: 1 } }),
              new Paragraph({ text: '主要任务', numbering: { reference: 'outline', level: 0 } }),
              new Paragraph({ text: '建设数据中台', numbering: { reference: 'outline', level: 1 } }),
              new Paragraph({ text: '一个要点', numbering: { reference: 'bullets', level: 0 } }),
            ],
          },
        ],
      }),
    );
    const doc = await parse(bytes);
    const texts = doc.nodes.map((n) => (n.type === 'paragraph' ? n.text : ''));
    expect(texts.slice(0, 5)).toEqual(['一、总体要求', '（一）指导思想', '（二）基本原则', '二、主要任务', '（一）建设数据中台']);
    expect(doc.nodes[5]).toMatchObject({ type: 'paragraph', text: '一个要点', listLevel: 1 });
  });
});

describe('DOCX tables and positions', () => {
  it('keeps tables as rows and cells, counts cell paragraphs as lines, and captions them', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const bytes = await pack(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('前言'),
              new Paragraph('表1 主要指标'),
              new Table({
                rows: [
                  new TableRow({ children: [cell('指标'), cell('基期值'), cell('目标值'), cell('属性')] }),
                  new TableRow({ children: [cell('5G基站数（个）'), cell('3200'), cell('8000'), cell('预期性')] }),
                ],
              }),
              new Paragraph('表后正文'),
            ],
          },
        ],
      }),
    );
    const doc = await parse(bytes);
    const table = doc.nodes.find((n) => n.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.caption).toBe('表1 主要指标');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['指标', '基期值', '目标值', '属性'],
      ['5G基站数（个）', '3200', '8000', '预期性'],
    ]);
    expect(table.position).toMatchObject({ table: 0, paragraph: 2, start: { line: 3 } });
    expect(table.rows[1]!.cells[2]!.position).toMatchObject({ paragraph: 8, table: 0 });
    const after = doc.nodes[doc.nodes.length - 1]!;
    // 2 paragraphs, 8 cell paragraphs, then this one: paragraph 10, line 11.
    expect(after.position).toMatchObject({ paragraph: 10, start: { line: 11, column: 1 } });
    const source = ['前言', '表1 主要指标', '指标', '基期值', '目标值', '属性', '5G基站数（个）', '3200', '8000', '预期性', '表后正文'].join('\n');
    expect(after.position.start.offset).toBe(source.indexOf('表后正文'));
    expect(doc.characters).toBe(source.length);
  });
});

describe('DOCX size and structure limits', () => {
  it('reads 10,000 headings and refuses past maxHeadings', async () => {
    const children: Paragraph[] = [];
    for (let i = 1; i <= 10_000; i++) {
      children.push(new Paragraph({ text: `第${i}节`, heading: HeadingLevel.HEADING_2 }), new Paragraph(`内容${i}`));
    }
    const bytes = await pack(new Document({ sections: [{ children }] }));
    const doc = await parse(bytes);
    expect(headings(doc)).toHaveLength(10_000);
    expect(headings(doc)[9_999]).toMatchObject({ text: '第10000节', level: 2, position: { paragraph: 19_998 } });
    await expect(parse(bytes, { maxHeadings: 5_000 })).rejects.toMatchObject({ code: 'too-complex' });
  }, 60_000);

  it('reads one enormous paragraph', async () => {
    const text = '城市数字化转型'.repeat(300_000); // 2.1 M characters
    const doc = await parse(await pack(new Document({ sections: [{ children: [new Paragraph(text)] }] })));
    expect(doc.characters).toBe(text.length);
    expect(doc.nodes[0]).toMatchObject({ type: 'paragraph', position: { end: { column: text.length + 1 } } });
  }, 60_000);
});

describe('DOCX bad input', () => {
  const real = readFileSync('fixtures/real/CN09_national_14th5_digital_economy_plan_toolgen_nostyle.docx');

  it('refuses empty input', async () => {
    await expect(parse(new Uint8Array(0))).rejects.toMatchObject({ code: 'empty' });
  });

  it('refuses a truncated real DOCX as corrupt-docx', async () => {
    const error = await parse(real.subarray(0, Math.floor(real.length / 2))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'corrupt-docx' });
    expect((error as Error).message).toMatch(/truncated|zip/);
  });

  it('refuses bytes that are not a zip, and a zip without word/document.xml', async () => {
    await expect(parse(strToU8('# 规划\n\n正文'))).rejects.toMatchObject({ code: 'corrupt-docx' });
    const noDocument = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8('<w:styles/>') });
    await expect(parse(noDocument)).rejects.toMatchObject({ code: 'corrupt-docx', message: expect.stringMatching(/word\/document\.xml/) });
  });

  it('refuses malformed document XML', async () => {
    const bad = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>半截'),
    });
    await expect(parse(bad)).rejects.toMatchObject({ code: 'corrupt-docx', message: expect.stringMatching(/malformed XML/) });
  });

  it('refuses a DOCX with no text as empty', async () => {
    await expect(parse(await pack(new Document({ sections: [{ children: [new Paragraph('')] }] })))).rejects.toMatchObject({ code: 'empty' });
  });
});
