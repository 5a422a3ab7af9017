// `plancheck outline <file|folder> [--json]`: the section tree a plan reads
// into, so a drafter can see which headings plancheck found and where.
import { parseArgs } from 'node:util';
import type { Block, Numbering, PlanDocument, Position, Section } from '../../core/document/model.ts';
import { readPlan } from '../read-input.ts';
import { UsageError, withInputErrors } from '../usage-error.ts';

export const usage = 'usage: plancheck outline <file|folder> [--json]';

export async function run(argv: string[]): Promise<number> {
  return withInputErrors(async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`expected one file or folder (${usage})`);
    const doc = await readPlan(positionals[0]!);
    process.stdout.write(values.json ? `${JSON.stringify(outlineJson(doc), null, 2)}\n` : outlineText(doc));
    return 0;
  });
}

/** The model's section, as --json prints it (these names are kept stable). */
export interface OutlineSection {
  heading: string;
  rawHeading: string;
  level: number;
  numbering: Numbering | null;
  source: Section['source'];
  position: Position;
  blocks: Block[];
  children: OutlineSection[];
}

interface BlockCounts {
  paragraphs: number;
  lists: number;
  tables: number;
}

export interface OutlineJson {
  format: PlanDocument['format'];
  title: string | null;
  characters: number;
  warnings: PlanDocument['warnings'];
  preamble: Block[];
  sections: OutlineSection[];
}

function countBlocks(blocks: Block[]): BlockCounts {
  const counts = { paragraphs: 0, lists: 0, tables: 0 };
  for (const b of blocks) {
    if (b.type === 'paragraph') counts.paragraphs++;
    else if (b.type === 'listItem') counts.lists++;
    else counts.tables++;
  }
  return counts;
}

function toJson(s: Section): OutlineSection {
  return {
    heading: s.heading,
    rawHeading: s.rawHeading,
    level: s.level,
    numbering: s.numbering,
    source: s.source,
    position: s.position,
    blocks: s.blocks,
    children: s.children.map(toJson),
  };
}

export function outlineJson(doc: PlanDocument): OutlineJson {
  return {
    format: doc.format,
    title: doc.title,
    characters: doc.characters,
    warnings: doc.warnings,
    preamble: doc.preamble,
    sections: doc.sections.map(toJson),
  };
}

/** Markdown: file line:column; DOCX: ¶paragraph (what Word users can find); PDF: page and line on the page. */
export function location(p: Position): string {
  if (p.page !== undefined) return `p. ${p.page}${p.pageLine !== undefined ? `, line ${p.pageLine}` : ''}`;
  if (p.paragraph !== undefined) return `¶${p.paragraph + 1}`;
  return `${p.file ? `${p.file}:` : ''}${p.start.line}:${p.start.column}`;
}

function counts(c: BlockCounts): string {
  const parts = [];
  if (c.paragraphs) parts.push(`${c.paragraphs}¶`);
  if (c.lists) parts.push(`${c.lists} list item${c.lists > 1 ? 's' : ''}`);
  if (c.tables) parts.push(`${c.tables} table${c.tables > 1 ? 's' : ''}`);
  return parts.length ? `  [${parts.join(', ')}]` : '';
}

export function outlineText(doc: PlanDocument): string {
  const lines: string[] = [];
  lines.push(`${doc.title ?? '(untitled)'} — ${doc.format}, ${doc.characters} characters`);
  const pre = countBlocks(doc.preamble);
  if (doc.preamble.length) lines.push(`(before the first heading)${counts(pre)}`);
  const walk = (sections: Section[]) => {
    for (const s of sections) {
      const n = s.numbering?.text ?? '';
      const head = !n ? s.heading : /[、）)]$/.test(n) ? `${n}${s.heading}` : `${n} ${s.heading}`;
      lines.push(`${'  '.repeat(s.level - 1)}${head}  (${location(s.position)})${counts(countBlocks(s.blocks))}`);
      walk(s.children);
    }
  };
  walk(doc.sections);
  for (const w of doc.warnings) lines.push(`warning: ${w.message}`);
  return `${lines.join('\n')}\n`;
}
