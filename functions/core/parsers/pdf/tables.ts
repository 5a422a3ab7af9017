// Ruled tables: a page's text items go into the cells of the grids its rules
// draw (grids.ts), the rest into lines as before. A table split over pages —
// the last thing on one page, the first on the next, the same columns — is one
// table; a header row the next page repeats is dropped, and a row the page
// break cut in two is joined again.
import { fineCellAt, type Grid } from './grids.ts';
import { baselineGroups, lineOf, type PdfLine, type Placed } from './lines.ts';
import type { PdfPage } from './read-pages.ts';

export interface PdfTableCell {
  /** The cell's lines, top to bottom; a line's pageLine is the page's line it sits on. */
  lines: PdfLine[];
  /** Its right edge: a line stopping well short of it ended a paragraph. */
  right: number;
}

export interface PdfTable {
  kind: 'table';
  page: number;
  /** Top and bottom edges (y from the page bottom): where it sits among the page's lines. */
  top: number;
  bottom: number;
  /** Column edges of the page it started on. */
  xs: number[];
  /** Rows × columns: the cell that covers each place; a merged cell covers several. */
  rows: PdfTableCell[][];
}

export type PageElement = PdfLine | PdfTable;

export const isTable = (e: PageElement): e is PdfTable => 'kind' in e && e.kind === 'table';

/** The part of the page (top and bottom) where running headers and footers sit; a grid there is furniture. */
const BAND = 0.1;
/** The line a table's part on the next page may open with: 续表, 表1（续）, (continued). */
const CONTINUED = /^(?:续表\s*\d*|表\s*[\d一二三四五六七八九十]+\s*[（(]续[）)].*|.{0,30}[（(](?:续|续表|continued|cont'?d\.?)[）)])$/i;
/** Column edges of a table's parts on two pages agree within this (pt). */
const SAME_EDGE = 3;

/** The point of an item that decides its cell: the middle of its run, a little above the baseline. */
function anchor(item: Placed): [number, number] {
  return [item.x + item.width / 2, item.y + item.size * 0.3];
}

function cellOf(grids: Grid[], item: Placed): [number, number] | null {
  const [x, y] = anchor(item);
  for (let g = 0; g < grids.length; g++) {
    const at = fineCellAt(grids[g]!, x, y);
    if (at) return [g, grids[g]!.owner[at[0]]![at[1]]!];
  }
  return null;
}

/**
 * A grid holds a table when text falls in cells of at least two of its columns,
 * and it is not page furniture (a ruled running header).
 */
function holdsTable(grid: Grid, page: PdfPage, items: Placed[][], index: number, all: Grid[]): boolean {
  const top = grid.ys[0]!;
  const bottom = grid.ys[grid.ys.length - 1]!;
  if (bottom > page.height * (1 - BAND) || top < page.height * BAND) return false;
  const columns = new Set<number>();
  for (const group of items) {
    for (const item of group) {
      const at = cellOf(all, item);
      if (at && at[0] === index) columns.add(grid.cells[at[1]]!.col);
    }
  }
  return columns.size >= 2;
}

/** The page's lines outside any table, and its tables with their cells' lines. */
export function pageContent(page: PdfPage, candidates: Grid[]): { lines: PdfLine[]; tables: PdfTable[] } {
  const groups = baselineGroups(page);
  const grids = candidates.filter((g, i) => holdsTable(g, page, groups, i, candidates));
  const tables: PdfTable[] = grids.map((g) => {
    const cells: PdfTableCell[] = g.cells.map((c) => ({ lines: [], right: g.xs[c.col + c.colSpan]! }));
    return { kind: 'table', page: page.number, top: g.ys[0]!, bottom: g.ys[g.ys.length - 1]!, xs: g.xs, rows: g.owner.map((row) => row.map((i) => cells[i]!)) };
  });
  const lines: PdfLine[] = [];
  let n = 0;
  for (const group of groups) {
    n++;
    const outside: Placed[] = [];
    const inCells = new Map<PdfTableCell, Placed[]>();
    for (const item of group) {
      const at = grids.length ? cellOf(grids, item) : null;
      if (!at) {
        outside.push(item);
        continue;
      }
      const grid = grids[at[0]]!;
      const spot = grid.cells[at[1]]!;
      const cell = tables[at[0]]!.rows[spot.row]![spot.col]!;
      const list = inCells.get(cell) ?? [];
      list.push(item);
      inCells.set(cell, list);
    }
    const line = outside.length ? lineOf(outside, page.number, n) : null;
    if (line) lines.push(line);
    for (const [cell, items] of inCells) {
      const l = lineOf(items, page.number, n);
      if (l) cell.lines.push(l);
    }
  }
  return { lines, tables };
}

/** The page's lines and tables in reading order: a table before the first line below its top. */
export function interleave(lines: PdfLine[], tables: PdfTable[]): PageElement[] {
  if (!tables.length) return lines;
  const out: PageElement[] = [];
  const pending = [...tables].sort((a, b) => b.top - a.top);
  for (const line of lines) {
    while (pending.length && line.y < pending[0]!.top) out.push(pending.shift()!);
    out.push(line);
  }
  out.push(...pending);
  return out;
}

/** A cell's text: its lines joined as a paragraph's are, a new paragraph after a line that ends a sentence short of the edge. */
export function cellText(cell: PdfTableCell, join: (a: string, b: string) => string): string {
  let text = '';
  let prev: PdfLine | null = null;
  for (const line of cell.lines) {
    if (!prev) text = line.text;
    else if (/[。；;！!？?]$/.test(prev.text) && prev.right < cell.right - prev.size * 1.5) text += `\n${line.text}`;
    else text = join(text, line.text);
    prev = line;
  }
  return text;
}

const rowTexts = (row: PdfTableCell[], join: (a: string, b: string) => string) => row.map((c) => cellText(c, join));

function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= SAME_EDGE);
}

/**
 * The next page's first row continues the last row of the page before when the
 * break cut it: its first cell is empty while the row above has text there, and
 * every cell with text in it is one that the row above had text in too.
 */
function continuesRow(above: PdfTableCell[], below: PdfTableCell[]): boolean {
  const has = (c: PdfTableCell) => c.lines.length > 0;
  if (has(below[0]!) || !has(above[0]!)) return false;
  return below.some(has) && below.every((c, i) => !has(c) || has(above[i]!));
}

/**
 * Joins a table split over pages into one: the first thing on a page is a table
 * with the columns of the table that was the last thing on the page before.
 */
export function joinSplitTables(pages: PageElement[][], join: (a: string, b: string) => string): PageElement[][] {
  let open: PdfTable | null = null;
  return pages.map((page) => {
    // A "continued" line above the rest of a table (续表, 表1（续）) goes with the table's part.
    const lead = page[0];
    const skip = lead && !isTable(lead) && CONTINUED.test(lead.text.trim()) ? 1 : 0;
    const first = page[skip];
    let out = page;
    if (open && first && isTable(first) && sameColumns(open, first)) {
      const rows = [...first.rows];
      const header = open.rows[0];
      if (header && rows.length > 1 && rowTexts(rows[0]!, join).join('\u0000') === rowTexts(header, join).join('\u0000')) rows.shift();
      const last = open.rows[open.rows.length - 1];
      if (last && rows[0] && continuesRow(last, rows[0])) {
        const cont = rows.shift()!;
        const done = new Set<PdfTableCell>();
        cont.forEach((cell, i) => {
          const target = last[i]!;
          if (done.has(cell) || done.has(target)) return;
          done.add(cell);
          done.add(target);
          target.lines.push(...cell.lines);
        });
      }
      open.rows.push(...rows);
      out = page.slice(skip + 1);
      // The table filled this page too: it may go on over the next one.
      if (out.length === 0) return out;
    } else if (page.length === 0) return page;
    const tail = out[out.length - 1];
    open = tail && isTable(tail) ? tail : null;
    return out;
  });
}
