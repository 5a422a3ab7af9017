// Lines → the flat document model: paragraphs by first-line indent, short last
// line, vertical gap and size change, continuing across page breaks; lines set
// well above the body size become headings (the one tree builder still reads
// outline numbering and the emphasis of fake bold); the title comes from the
// first page's largest lines. A ruled table is a table block whose cells' lines
// are lines of the source text too.
import { isFrontMatter } from '../../document/build-tree.ts';
import type { FlatNode, Position, Table, TableRow } from '../../document/model.ts';
import { parseNumbering } from '../../document/outline-numbering.ts';
import type { PdfLine } from './lines.ts';
import { cellText, isTable, type PageElement, type PdfTable, type PdfTableCell } from './tables.ts';

const CJK_END = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]$/;
const CJK_START = /^[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]/;
/** Lines this much above the body size are titles or headings. */
const HEADING_RATIO = 1.2;
const MAX_HEADING_CHARS = 40;
const NOTICE = /^.{0,30}关于印发|的通知$/;

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v < best)) [best, n] = [v, c];
  return best;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export interface Layout {
  bodySize: number;
  /** Left margin of body lines, per page (falls back to the document's). */
  left: Map<number, number>;
  right: number;
  /** Baseline-to-baseline distance of body text. */
  spacing: number;
}

export function measure(pages: PdfLine[][]): Layout {
  const all = pages.flat();
  const weighted: number[] = [];
  for (const l of all) for (let i = 0; i < Math.min(l.text.length, 60); i++) weighted.push(l.size);
  const bodySize = mode(weighted);
  const body = (l: PdfLine) => Math.abs(l.size - bodySize) <= bodySize * 0.08;
  const docLeft = mode(all.filter(body).map((l) => Math.round(l.x)));
  const left = new Map<number, number>();
  for (const lines of pages) {
    const xs = lines.filter(body).map((l) => Math.round(l.x));
    if (lines[0]) left.set(lines[0].page, xs.length >= 4 ? Math.min(mode(xs), docLeft + bodySize * 3) : docLeft);
  }
  const right = mode(all.filter(body).map((l) => Math.round(l.right)).filter((r) => r > docLeft + bodySize * 10)) || Math.max(...all.map((l) => l.right));
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (body(a) && body(b) && a.y > b.y) gaps.push(a.y - b.y);
    }
  }
  return { bodySize, left, right, spacing: median(gaps) || bodySize * 1.8 };
}

export interface Built {
  nodes: FlatNode[];
  title: string | null;
  characters: number;
}

/** Joins two lines of one paragraph: directly between CJK, with a space between words. */
export function joinLines(a: string, b: string): string {
  if (CJK_END.test(a) || CJK_START.test(b)) return a + b;
  // A range or a dash broken after its dash (2024— / 2026年) is one word.
  if (/[—–～~]$/.test(a)) return a + b;
  if (/-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/** A table's cells in source order: row by row, each cell once, where it starts. */
function* cellsInOrder(table: PdfTable): Generator<PdfTableCell> {
  const seen = new Set<PdfTableCell>();
  for (const row of table.rows) {
    for (const cell of row) {
      if (seen.has(cell)) continue;
      seen.add(cell);
      yield cell;
    }
  }
}

export function buildNodes(elements: PageElement[][], infoTitle: string | null): Built {
  const pages = elements.map((p) => p.filter((e): e is PdfLine => !isTable(e)));
  const layout = measure(pages);
  const { bodySize, spacing } = layout;
  const big = (l: PdfLine) => l.size >= bodySize * HEADING_RATIO;
  const firstPage = elements.find((p) => p.length > 0)?.[0]?.page ?? 1;

  // Source text: the kept lines, one a line, a table's cells' lines in row order;
  // every node's position points into it.
  const lineNo = new Map<PdfLine, { line: number; offset: number }>();
  let offset = 0;
  let n = 0;
  const count = (l: PdfLine) => {
    lineNo.set(l, { line: ++n, offset });
    offset += l.text.length + 1;
  };
  for (const e of elements.flat()) {
    if (!isTable(e)) count(e);
    else for (const cell of cellsInOrder(e)) cell.lines.forEach(count);
  }
  const characters = Math.max(0, offset - 1);
  const position = (first: PdfLine, last: PdfLine): Position => {
    const a = lineNo.get(first)!;
    const b = lineNo.get(last)!;
    return {
      start: { line: a.line, column: 1, offset: a.offset },
      end: { line: b.line, column: last.text.length + 1, offset: b.offset + last.text.length },
      page: first.page,
      pageLine: first.pageLine,
    };
  };

  // The title: the largest lines of the first page (consecutive lines of one size are one title);
  // a notice that wraps the plan (国务院关于印发…的通知) yields to the plan's own title.
  /** Each title line → its candidate (the lines of one title, set on consecutive baselines). */
  const titleLines = new Map<PdfLine, number>();
  const candidates: Array<{ size: number; text: string }> = [];
  let prevTitle: PdfLine | null = null;
  for (const l of pages.flat()) {
    if (l.page !== firstPage) break;
    if (!big(l)) {
      prevTitle = null;
      continue;
    }
    const last = candidates[candidates.length - 1];
    if (last && prevTitle && Math.abs(prevTitle.size - l.size) < 0.5 && prevTitle.y - l.y < l.size * 2.2) last.text = joinLines(last.text, l.text);
    else candidates.push({ size: l.size, text: l.text });
    titleLines.set(l, candidates.length - 1);
    prevTitle = l;
  }
  const top = Math.max(0, ...candidates.map((c) => c.size));
  const largest = candidates.filter((c) => Math.abs(c.size - top) < 0.5);
  let title = (largest.find((c) => !NOTICE.test(c.text)) ?? largest[0])?.text ?? null;
  if (title === null && infoTitle && !/microsoft|word|\.(?:docx?|pdf|wps)|untitled|^无标题/i.test(infoTitle)) title = infoTitle;

  const nodes: FlatNode[] = [];
  let para: PdfLine[] = [];
  const flush = () => {
    if (!para.length) return;
    const text = para.map((l) => l.text).reduce(joinLines);
    // A title printed in fake bold is still the title, not a heading the builder should open.
    const emphasised = para.every((l) => l.emphasised) && !titleLines.has(para[0]!);
    nodes.push({ type: 'paragraph', text, position: position(para[0]!, para[para.length - 1]!), ...(emphasised ? { bold: true } : {}) });
    para = [];
  };

  let lastHeadingLine: PdfLine | null = null;
  for (const line of elements.flat()) {
    if (isTable(line)) {
      flush();
      lastHeadingLine = null;
      const table = tableNode(line, position);
      if (table) nodes.push(table);
      continue;
    }
    const headingSized = big(line) && !titleLines.has(line) && line.text.length <= MAX_HEADING_CHARS && !parseNumbering(line.text);
    if (headingSized) {
      const prev = nodes[nodes.length - 1];
      // A heading set on two lines (same size, next baseline) is one heading.
      const last = para.length === 0 && prev?.type === 'heading' ? prev : null;
      if (last && last.position.page === line.page && lastHeadingLine && Math.abs(lastHeadingLine.size - line.size) < 0.5 && lastHeadingLine.y - line.y < line.size * 2.2) {
        last.text = joinLines(last.text, line.text);
        last.position = { ...last.position, end: position(line, line).end };
        lastHeadingLine = line;
        continue;
      }
      flush();
      const front = isFrontMatter(line.text);
      nodes.push({ type: 'heading', text: line.text, ...(front ? {} : { level: 1 }), source: 'font-size', position: position(line, line) });
      lastHeadingLine = line;
      continue;
    }
    lastHeadingLine = null;
    const prev = para[para.length - 1];
    const candidate = titleLines.get(line);
    if (prev && (candidate !== undefined || titleLines.has(prev))) {
      if (candidate !== titleLines.get(prev)) flush();
    } else if (prev && breaksBefore(prev, line, layout, spacing)) flush();
    para.push(line);
  }
  flush();
  return { nodes, title, characters };
}

/**
 * The table block: a row for every grid row with text of its own; a cell merged
 * down over several rows gives its text to each (责任单位 for every project it
 * covers), one merged across columns to the first of them.
 */
function tableNode(table: PdfTable, position: (first: PdfLine, last: PdfLine) => Position): Table | null {
  const text = new Map<PdfTableCell, string>();
  const span = (lines: PdfLine[]) => position(lines[0]!, lines[lines.length - 1]!);
  const rows: TableRow[] = [];
  const seen = new Set<PdfTableCell>();
  const all: PdfLine[] = [];
  for (const row of table.rows) {
    const own = row.filter((c, i) => !seen.has(c) && row.indexOf(c) === i && c.lines.length > 0).flatMap((c) => c.lines);
    for (const c of row) seen.add(c);
    if (own.length === 0) continue;
    all.push(...own);
    const rowPosition = span(own);
    const cells = row.map((cell, i) => {
      if (row.indexOf(cell) !== i || cell.lines.length === 0) return { text: '', position: { ...rowPosition, end: rowPosition.start } };
      if (!text.has(cell)) text.set(cell, cellText(cell, joinLines));
      return { text: text.get(cell)!, position: span(cell.lines) };
    });
    rows.push({ cells, position: rowPosition });
  }
  if (!rows.length) return null;
  return { type: 'table', rows, position: span(all) };
}

function breaksBefore(prev: PdfLine, line: PdfLine, layout: Layout, spacing: number): boolean {
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > size * 0.1) return true;
  if (prev.emphasised !== line.emphasised) return true;
  if (prev.page === line.page && prev.y - line.y > Math.max(spacing * 1.6, size * 2.4)) return true;
  if (prev.page === line.page && line.y > prev.y) return true; // back up the page: another column or box
  const left = layout.left.get(line.page) ?? line.x;
  const indent = line.size * 0.8;
  // A first-line indent opens a paragraph (more indented than the line before, or than the margin).
  if (line.x > prev.x + indent || (line.x > left + indent && prev.x <= left + indent)) return true;
  // The line before stopped short of the right edge: its paragraph ended there.
  if (prev.right < layout.right - prev.size * 1.5) return true;
  // A numbered line after a sentence's end opens an item (hanging indents have no first-line indent).
  if (/[。；;：:！!？?]$/.test(prev.text) && parseNumbering(line.text)) return true;
  return false;
}
