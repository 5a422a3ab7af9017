// DOCX inputs the fixtures do not have: a plan a reviewer has already commented
// on (made with the `docx` package, as Word would save it: comments part,
// ranges, references), and a hand-written package with the shapes that make
// anchoring hard (a text box inside a paragraph, an empty <w:p/>, a table, a
// UTF-16 document part).
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { plans, type Sec } from '../../scripts/fixture-plans.ts';

export const reviewer = { author: '王审阅', initials: 'WS', date: new Date('2025-03-04T05:06:07Z') };
export const reviewerNotes = ['请补充基期数据来源。', 'Please name the lead department.'];

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** A fixture plan (p10: three architecture layers and data governance missing) with two reviewer comments already in it. */
export async function commentedPlan(): Promise<Buffer> {
  const plan = plans.find((p) => p.id === 'p10-xichuan-missing-layers')!;
  const children: Array<Paragraph | Table> = [new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE })];
  let commented = 0;
  const walk = (secs: Sec[], depth: number) => {
    for (const sec of secs) {
      children.push(new Paragraph({ text: sec.title, heading: HEADINGS[Math.min(depth, 2)] }));
      for (const block of sec.blocks ?? []) {
        if (typeof block !== 'string') {
          children.push(new Table({ rows: block.table.map((row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) }));
        } else if (commented < reviewerNotes.length && block.length > 40) {
          // The reviewer's comment covers the paragraph, as Word writes it.
          const id = commented++;
          children.push(
            new Paragraph({ children: [new CommentRangeStart(id), new TextRun(block), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })] }),
          );
        } else {
          children.push(new Paragraph({ text: block, alignment: AlignmentType.JUSTIFIED }));
        }
      }
      walk(sec.children ?? [], depth + 1);
    }
  };
  walk(plan.sections, 0);
  const doc = new Document({
    creator: 'reviewer',
    comments: { children: reviewerNotes.map((note, id) => ({ id, ...reviewer, children: [new Paragraph({ children: [new TextRun(note)] })] })) },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Body XML of a small plan with a text box, an empty paragraph and a table. */
export function trickyBody(): string {
  const p = (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const textBox =
    '<w:p><w:r><w:t xml:space="preserve">发展基础部分的说明。</w:t></w:r><w:r><mc:AlternateContent>' +
    '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框：全市政务云已建成。</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>' +
    '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框：全市政务云已建成。</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>' +
    '</mc:AlternateContent></w:r></w:p>';
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  return [
    p('某市城市数字化转型规划（2023—2025年）', 'Title'),
    p('第一章 发展基础', 'Heading1'),
    textBox,
    '<w:p/>',
    p('第二章 发展目标', 'Heading1'),
    p('到2025年，全市政务服务事项网上可办率达到100%。'),
    `<w:tbl><w:tr>${cell('指标')}${cell('目标值')}</w:tr><w:tr>${cell('5G基站（个）')}${cell('8000')}</w:tr></w:tbl>`,
    p('第三章 保障措施', 'Heading1'),
    p('加强组织领导，成立数字化转型领导小组。'),
  ].join('');
}

/** A minimal hand-written DOCX around a body; document.xml in UTF-16 when asked. */
export function handWrittenDocx(body: string, options: { utf16?: boolean } = {}): Uint8Array {
  const decl = `<?xml version="1.0" encoding="${options.utf16 ? 'UTF-16' : 'UTF-8'}" standalone="yes"?>`;
  const document =
    `${decl}<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps">' +
    `<w:body>${body}<w:sectPr/></w:body></w:document>`;
  const documentBytes = options.utf16 ? new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(document, 'utf16le')])) : strToU8(document);
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': documentBytes,
  });
}
