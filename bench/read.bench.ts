// Reading cost: plancheck's whole read (parseDocument → PlanDocument) against
// the floor of each format in the same run — mammoth.extractRawText for DOCX,
// remark's bare parse for Markdown — on a generated ~200,000-character plan.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import mammoth from 'mammoth';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from '../functions/core/parsers/index.ts';

const CN = '一二三四五六七八九十';
const chapterNo = (i: number) => (i < 10 ? CN[i]! : `十${i > 10 ? CN[i - 11] : ''}`);
const para = (c: number, s: number, k: number) =>
  `第${c + 1}章第${s + 1}节第${k + 1}段：到2025年，政务服务事项网上可办率达到${90 + k}%，数字经济核心产业增加值占地区生产总值比重达到${8 + s}%，推进城市公共数据平台、城市运行管理中心和工业互联网平台建设，完善数据共享交换、开发开放和安全保障体系，形成可复制推广的城市数字化转型经验。`;

function plan(): { markdown: string; docx: Document } {
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

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  global.gc?.();
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const show = (label: string, xs: number[]) =>
  console.log(`${label.padEnd(40)} median ${med(xs).toFixed(1).padStart(7)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`);

/** Runs baseline and subject alternately (the machine is shared: load drifts), after a warm-up. */
async function compare(name: string, baseline: [string, () => unknown], subject: [string, () => unknown], runs = 11): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await baseline[1]();
    await subject[1]();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time(baseline[1]));
    b.push(await time(subject[1]));
  }
  show(baseline[0], a);
  show(subject[0], b);
  console.log(`ratio ${name}: ${(med(b) / med(a)).toFixed(2)}× (target ≤ 1.30×)`);
}

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 2);

const { markdown, docx } = plan();
const docxBytes = new Uint8Array(await Packer.toBuffer(docx));
const mdBytes = new TextEncoder().encode(markdown);
const probe = await parseDocument({ bytes: docxBytes, filename: 'bench.docx' });
console.log(`plan: ${markdown.length} characters of Markdown, DOCX ${docxBytes.length} bytes (${probe.characters} characters read)`);

await compare(
  'DOCX read / extractRawText',
  ['DOCX floor: mammoth.extractRawText', () => mammoth.extractRawText({ buffer: Buffer.from(docxBytes) })],
  ['DOCX plancheck parseDocument', () => parseDocument({ bytes: docxBytes, filename: 'bench.docx' })],
);
await compare(
  'Markdown read / remark parse',
  ['Markdown floor: remark + gfm parse', () => unified().use(remarkParse).use(remarkGfm).parse(markdown)],
  ['Markdown plancheck parseDocument', () => parseDocument({ bytes: mdBytes, filename: 'bench.md' })],
);
clearInterval(sampler);
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MB`);
