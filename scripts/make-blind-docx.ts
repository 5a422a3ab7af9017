// `npm run blind:docx`: the Word versions of blind-set plans. A writer writes
// Markdown; for the plans whose label says `"docx": true` this renders a real
// DOCX the way an office would have typed it — Markdown headings as Word
// heading styles, a plan typed with Chinese numbering and no `#` as plain
// paragraphs (numbering-only, as most real Word plans are), bold as bold runs,
// tables as Word tables — and labels the .docx in the set's labels.json.
// Deterministic: regenerating gives identical bytes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { cjkEmphasis } from '../functions/core/parsers/markdown/index.ts';
import { deterministic } from './deterministic-docx.ts';

const blind = fileURLToPath(new URL('../fixtures/blind/', import.meta.url));
const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function runs(nodes: PhrasingContent[], bold = false): TextRun[] {
  const out: TextRun[] = [];
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') out.push(new TextRun({ text: n.value, bold }));
    else if (n.type === 'strong') out.push(...runs(n.children, true));
    else if ('children' in n) out.push(...runs(n.children as PhrasingContent[], bold));
    else if (n.type === 'break') out.push(new TextRun({ text: '', break: 1 }));
  }
  return out;
}

/** A paragraph's inline content split at its line breaks (soft breaks inside text, or hard breaks). */
function splitLines(nodes: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const n of nodes) {
    if (n.type === 'break') {
      lines.push([]);
      continue;
    }
    if (n.type === 'text' && n.value.includes('\n')) {
      n.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines[lines.length - 1].push({ type: 'text', value: part });
      });
      continue;
    }
    lines[lines.length - 1].push(n);
  }
  return lines.filter((l) => l.length);
}

function blocks(node: RootContent, out: (Paragraph | Table)[], prefix = ''): void {
  switch (node.type) {
    case 'heading':
      out.push(new Paragraph({ heading: LEVELS[Math.min(node.depth, 4) - 1], children: runs(node.children) }));
      return;
    case 'paragraph':
      // Lines typed one under the other (a soft break in Markdown) are paragraphs of their own in Word.
      for (const [i, line] of splitLines(node.children).entries()) {
        out.push(new Paragraph({ children: [...(prefix && i === 0 ? [new TextRun(prefix)] : []), ...runs(line)] }));
      }
      return;
    case 'list':
      node.children.forEach((item, i) => {
        const mark = node.ordered ? `${(node.start ?? 1) + i}. ` : '• ';
        item.children.forEach((child, k) => blocks(child, out, k === 0 ? mark : ''));
      });
      return;
    case 'blockquote':
      node.children.forEach((child) => blocks(child, out));
      return;
    case 'table':
      out.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: node.children.map(
            (row, r) => new TableRow({ children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children, r === 0) })] })) }),
          ),
        }),
      );
      return;
    case 'code':
      out.push(new Paragraph({ children: [new TextRun(node.value)] }));
      return;
    default:
      return;
  }
}

export async function toDocx(markdown: string): Promise<Uint8Array> {
  // Bold as the writer meant it, by the checker's own Markdown rule: CommonMark leaves **运营对象。**业务…
  // unbolded, its asterisks typed into the Word text, which no office's document holds.
  const tree = unified().use(remarkParse).use(remarkGfm).use(cjkEmphasis).parse(markdown) as Root;
  const children: (Paragraph | Table)[] = [];
  for (const node of tree.children) blocks(node, children);
  const doc = new Document({ sections: [{ children }] });
  return deterministic(new Uint8Array(await Packer.toBuffer(doc)));
}

async function main(): Promise<void> {
  for (const set of ['dev', 'holdout']) {
    const dir = join(blind, set);
    const labelsFile = join(dir, 'labels.json');
    if (!existsSync(labelsFile)) continue;
    const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, { docx?: boolean }>;
    for (const [file, label] of Object.entries(labels)) {
      if (!label.docx || !file.endsWith('.docx')) continue;
      const source = join(dir, file.replace(/\.docx$/, '.md'));
      writeFileSync(join(dir, file), await toDocx(readFileSync(source, 'utf8')));
      console.log(join(dir, file));
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
