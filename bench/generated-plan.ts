// The generated ~200,000-character plan the read and whole-process benches
// share: 12 chapters × 8 sections × 16 paragraphs and an indicator table a
// chapter, as Markdown and as a DOCX (docx package).
import { Document, HeadingLevel, Paragraph, Table, TableCell, TableRow } from 'docx';

const CN = '一二三四五六七八九十';
const chapterNo = (i: number) => (i < 10 ? CN[i]! : `十${i > 10 ? CN[i - 11] : ''}`);
const para = (c: number, s: number, k: number) =>
  `第${c + 1}章第${s + 1}节第${k + 1}段：到2025年，政务服务事项网上可办率达到${90 + k}%，数字经济核心产业增加值占地区生产总值比重达到${8 + s}%，推进城市公共数据平台、城市运行管理中心和工业互联网平台建设，完善数据共享交换、开发开放和安全保障体系，形成可复制推广的城市数字化转型经验。`;

export function plan(): { markdown: string; docx: Document } {
  const md: string[] = ['某市城市数字化转型规划（2021—2025年）'];
  const children: Array<Paragraph | Table> = [new Paragraph({ text: '某市城市数字化转型规划（2021—2025年）', heading: HeadingLevel.TITLE })];
  for (let c = 0; c < 12; c++) {
    const h1 = `第${chapterNo(c)}章 任务${c + 1}`;
    md.push(`# ${h1}`);
    children.push(new Paragraph({ text: h1, heading: HeadingLevel.HEADING_1 }));
    for (let s = 0; s < 8; s++) {
      const h2 = `${CN[s]}、分项任务${c + 1}.${s + 1}`;
      md.push(`## ${h2}`);
      children.push(new Paragraph({ text: h2, heading: HeadingLevel.HEADING_2 }));
      for (let k = 0; k < 16; k++) {
        md.push(para(c, s, k));
        children.push(new Paragraph(para(c, s, k)));
      }
    }
    const rows = [['指标', '基期值', '目标值', '属性'], ...Array.from({ length: 6 }, (_, r) => [`指标${c}-${r}`, `${r * 10}`, `${r * 20}`, '预期性'])];
    md.push([`| ${rows[0]!.join(' | ')} |`, '|---|---|---|---|', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n'));
    children.push(new Table({ rows: rows.map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) })) }));
  }
  return { markdown: md.join('\n\n'), docx: new Document({ sections: [{ children }] }) };
}
