import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FlatHeading } from '../../functions/core/document/model.ts';
import { docxParser } from '../../functions/core/parsers/docx/index.ts';
import { defaultLimits } from '../../functions/core/parsers/plugin.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const outline = (level: number) => `<w:outlineLvl w:val="${level}"/>`;

function docx(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}

describe('paragraph matching between mammoth and the package XML', () => {
  it('keeps outline levels on the right paragraphs around a TOC content control, a VML text box and mc:AlternateContent', async () => {
    const body = [
      p('封面'),
      `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${p('第一章 总则 ........ 1', outline(0))}</w:sdtContent></w:sdt>`,
      `<w:p><w:pPr>${outline(0)}</w:pPr><w:r><w:t>第一章 总则</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p('文本框内容', outline(1))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${p('选择内容', outline(0))}</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p('回退内容')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文段落</w:t></w:r></w:p>`,
      p('一、目标', outline(1)),
      p('正文', outline(9)),
    ].join('');
    const doc = await docxParser.parse({ bytes: docx(body) }, defaultLimits);
    const headings = doc.nodes.filter((n): n is FlatHeading => n.type === 'heading');
    expect(headings.map((h) => [h.text, h.level])).toEqual([
      ['第一章 总则', 1],
      ['文本框内容', 2],
      ['一、目标', 2],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('docx-outline-unaligned');
    // The TOC line is kept in the source text (paragraph 1) but is no node.
    expect(doc.nodes.some((n) => n.type === 'paragraph' && n.text.includes('........'))).toBe(false);
    expect(headings[0]!.position.paragraph).toBe(2);
    const lastHeading = headings[2]!;
    const lines = doc.nodes.map((n) => n.position.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b)); // document order
    expect(doc.nodes[doc.nodes.length - 1]).toMatchObject({ type: 'paragraph', text: '正文' });
    expect(lastHeading.position.start.line).toBe(lastHeading.position.paragraph! + 1);
  });

  it('passes mammoth’s messages on as warnings', async () => {
    const doc = await docxParser.parse({ bytes: docx(`<w:p><w:r><w:t>正文</w:t><w:unknownThing/></w:r></w:p>`) }, defaultLimits);
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: 'docx-warning', message: expect.stringContaining('w:unknownThing') }));
  });

  it('sniffs DOCX bytes and not Markdown', async () => {
    expect(docxParser.sniff(docx(p('一段')))).toBe(true);
    expect(docxParser.sniff(strToU8('# 标题'))).toBe(false);
  });
});
