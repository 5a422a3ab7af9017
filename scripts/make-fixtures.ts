// `npm run fixtures`: writes the team's fixture plans (fictional cities) into
// fixtures/plans/ as Markdown and real DOCX made with the `docx` package. One
// outline per plan, rendered in several forms, so twins read into one tree.
// Output is deterministic: the docx package stamps the current time into
// docProps/core.xml and the zip, so both are rewritten with a fixed date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { deterministic } from './deterministic-docx.ts';
import { Converter } from 'opencc-js/cn2t';
import { plans, type Block, type Plan, type Sec } from './fixture-plans.ts';

const OUT = join(import.meta.dirname, '..', 'fixtures', 'plans');

export type Form = 'md' | 'docx-styled' | 'docx-numbered' | 'docx-custom-styles' | 'docx-localized-ids' | 'docx-autonumber' | 'docx-outline-level';

const CN_DIGITS = '〇一二三四五六七八九';
function cn(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}

/** The typed outline number of a heading at depth (1-based) with ordinal n. */
export function numberFor(plan: Plan, depth: number, n: number, path: number[]): string {
  if (plan.lang === 'en') return `${[...path, n].join('.')} `;
  if (depth === 1) return `第${cn(n)}章 `;
  if (depth === 2) return `${cn(n)}、`;
  return `（${cn(n)}）`;
}

interface Line {
  kind: 'heading' | 'paragraph' | 'table';
  depth?: number;
  /** Heading text without number. */
  title?: string;
  number?: string;
  text?: string;
  rows?: string[][];
}

function flatten(plan: Plan): Line[] {
  const out: Line[] = [];
  const walk = (secs: Sec[], depth: number, path: number[]) => {
    secs.forEach((sec, i) => {
      out.push({ kind: 'heading', depth, title: sec.title, number: numberFor(plan, depth, i + 1, path) });
      for (const block of sec.blocks ?? []) out.push(blockLine(block));
      walk(sec.children ?? [], depth + 1, [...path, i + 1]);
    });
  };
  for (const block of plan.preamble ?? []) out.push(blockLine(block));
  walk(plan.sections, 1, []);
  return out;
}

function blockLine(block: Block): Line {
  return typeof block === 'string' ? { kind: 'paragraph', text: block } : { kind: 'table', rows: block.table };
}

function toMarkdown(plan: Plan): string {
  const parts: string[] = [plan.title];
  for (const line of flatten(plan)) {
    if (line.kind === 'heading') parts.push(`${'#'.repeat(line.depth!)} ${line.number}${line.title}`);
    else if (line.kind === 'paragraph') parts.push(line.text!);
    else {
      const [head, ...rest] = line.rows!;
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      parts.push([row(head!), row(head!.map(() => '---')), ...rest.map(row)].join('\n'));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
const CUSTOM = ['Yijibiaoti', 'Erjibiaoti', 'Sanjibiaoti'];
const LOCALIZED = ['1', '2', '3'];

function docxTable(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: r === 0 })] })] })),
        }),
    ),
  });
}

function toDocx(plan: Plan, form: Form): Document {
  const children: Array<Paragraph | Table> = [];
  children.push(
    form === 'docx-numbered' || form === 'docx-autonumber' || form === 'docx-outline-level'
      ? // Government style: the title in a display font (方正小标宋), large, not bold.
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: plan.title, font: '方正小标宋简体', size: 44 })] })
      : new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE }),
  );
  for (const line of flatten(plan)) {
    if (line.kind === 'paragraph') children.push(new Paragraph({ text: line.text!, indent: { firstLine: 480 } }));
    else if (line.kind === 'table') children.push(docxTable(line.rows!));
    else {
      const d = line.depth!;
      const full = `${line.number}${line.title}`;
      switch (form) {
        case 'docx-styled':
          children.push(new Paragraph({ text: full, heading: HEADINGS[d - 1] }));
          break;
        case 'docx-custom-styles':
          children.push(new Paragraph({ text: full, style: CUSTOM[d - 1] }));
          break;
        case 'docx-localized-ids':
          children.push(new Paragraph({ text: full, style: LOCALIZED[d - 1] }));
          break;
        case 'docx-numbered':
          // Government style: chapters centred and bold, the rest typed numbers in plain runs.
          children.push(
            d === 1
              ? new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: full, bold: true })] })
              : new Paragraph({ children: [new TextRun({ text: full })] }),
          );
          break;
        case 'docx-autonumber':
          children.push(new Paragraph({ text: line.title!, numbering: { reference: 'outline', level: d - 1 } }));
          break;
        case 'docx-outline-level':
          children.push(new Paragraph({ outlineLevel: d - 1, children: [new TextRun({ text: line.title!, bold: true })] }));
          break;
        default:
          throw new Error(`not a docx form: ${form}`);
      }
    }
  }
  return new Document({
    creator: 'plancheck fixtures',
    title: plan.title,
    styles: {
      default: { document: { run: { font: 'SimSun', size: 24 } } },
      paragraphStyles: [
        ...(form === 'docx-custom-styles'
          ? ['一级标题', '二级标题', '三级标题'].map((name, i) => ({
              id: CUSTOM[i]!,
              name,
              basedOn: `Heading${i + 1}`,
              next: 'Normal',
              run: { bold: true, size: 32 - i * 2 },
            }))
          : []),
        ...(form === 'docx-localized-ids'
          ? LOCALIZED.map((id, i) => ({
              id,
              name: `heading ${i + 1}`,
              basedOn: 'Normal',
              next: 'Normal',
              run: { bold: true, size: 32 - i * 2 },
            }))
          : []),
      ],
    },
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', alignment: AlignmentType.LEFT, suffix: 'space' as never },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '%2、', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.CHINESE_COUNTING, text: '（%3）', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
}

/** Rewrites the time stamps the docx package puts in, so re-running gives identical bytes. */

const toTraditional = Converter({ from: 'cn', to: 'tw' });

function localize(plan: Plan): Plan {
  if (plan.script !== 'traditional') return plan;
  const conv = (s: string) => toTraditional(s);
  const sec = (s: Sec): Sec => ({
    title: conv(s.title),
    blocks: s.blocks?.map((b) => (typeof b === 'string' ? conv(b) : { table: b.table.map((r) => r.map(conv)) })),
    children: s.children?.map(sec),
  });
  return { ...plan, title: conv(plan.title), preamble: plan.preamble?.map((b) => (typeof b === 'string' ? conv(b) : b)), sections: plan.sections.map(sec) };
}

export const extension = (form: Form) => (form === 'md' ? '.md' : form === 'docx-styled' ? '.docx' : `.${form.slice(5)}.docx`);

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const source of plans) {
    const plan = localize(source);
    for (const form of plan.forms) {
      const file = join(OUT, `${plan.id}${extension(form)}`);
      if (form === 'md') writeFileSync(file, toMarkdown(plan));
      else writeFileSync(file, deterministic(new Uint8Array(await Packer.toBuffer(toDocx(plan, form)))));
      console.log(file);
    }
  }
}

await main();
