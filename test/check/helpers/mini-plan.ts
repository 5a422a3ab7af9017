// A small Markdown → PlanDocument builder for checker tests, so facts can be
// tested on small documents without depending on the real parser's details.
// Handles # headings, **bold** lead lines as headings, paragraphs, - / 1. lists, pipe tables.
import type { Block, PlanDocument, Position, Section } from '../../../functions/core/document/model.ts';

function pos(line: number, offset: number, len: number): Position {
  return { start: { line, column: 1, offset }, end: { line, column: len + 1, offset: offset + len } };
}

export function miniPlan(markdown: string, title: string | null = null): PlanDocument {
  const lines = markdown.split('\n');
  const root: Section[] = [];
  const stack: Section[] = [];
  const preamble: Block[] = [];
  let offset = 0;
  let table: Extract<Block, { type: 'table' }> | null = null;
  const add = (b: Block) => (stack.length ? stack[stack.length - 1].blocks.push(b) : preamble.push(b));
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const p = pos(i + 1, offset, raw.length);
    offset += raw.length + 1;
    if (line.startsWith('|')) {
      if (/^\|[\s:|-]+\|$/.test(line)) return;
      const cells = line.replace(/^\||\|$/g, '').split('|').map((t) => ({ text: t.trim(), position: p }));
      if (!table) {
        table = { type: 'table', rows: [], position: p };
        add(table);
      }
      table.rows.push({ cells, position: p });
      return;
    }
    table = null;
    if (!line) return;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      const level = h[1].length;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      const heading = h[2].trim();
      const s: Section = {
        type: 'section', heading, rawHeading: heading, level, numbering: null, source: 'markdown',
        path: [...stack.map((x) => x.heading), heading], position: p, blocks: [], children: [],
      };
      (stack.length ? stack[stack.length - 1].children : root).push(s);
      stack.push(s);
      if (!title && level === 1 && root.length === 1 && !preamble.length) title = heading;
      return;
    }
    const li = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (li) add({ type: 'listItem', text: li[1], ordered: /^\d/.test(line), depth: 1, position: p });
    else add({ type: 'paragraph', text: line, position: p });
  });
  return { type: 'document', format: 'markdown', title, characters: markdown.length, warnings: [], preamble, sections: root };
}
