// Ruling segments → table grids. Collinear pieces are merged (Word draws a
// border a cell at a time); touching horizontals and verticals make one
// drawing; a drawing's distinct x and y edges make a fine grid whose cells are
// merged wherever the rule between two of them is missing (a merged cell:
// 基本要素 spanning three rows). A grid is a table only with at least two
// columns in most of its rows, so a box (专栏) — one column, maybe a title bar —
// stays text.
import type { Segment } from './rulings.ts';

export interface GridCell {
  /** Top-left fine cell and how many fine rows and columns the cell covers. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  /** Column edges, left to right. */
  xs: number[];
  /** Row edges, top to bottom (y from the page bottom, so decreasing). */
  ys: number[];
  cells: GridCell[];
  /** The cell index of each fine cell, row by row: owner[r][c]. */
  owner: number[][];
}

/** Pieces this close (pt) are on one line; edges this close are one edge. */
const SNAP = 2;
/** Gaps this small (pt) between collinear pieces are joined. */
const JOIN = 3;
/** A row or column narrower than this (pt) is a double rule, not a row or column. */
const MIN_SPAN = 4;

interface H {
  y: number;
  x0: number;
  x1: number;
}
interface V {
  x: number;
  y0: number;
  y1: number;
}

/** Sorted values → clusters within SNAP of their neighbour, each as its mean. */
function cluster(values: number[], tolerance = SNAP): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1]! > tolerance) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** Collinear pieces (same y within SNAP) joined where they overlap or nearly touch. */
function mergeLines<T>(items: T[], at: (t: T) => number, from: (t: T) => number, to: (t: T) => number, make: (at: number, from: number, to: number) => T): T[] {
  const sorted = [...items].sort((a, b) => at(a) - at(b));
  const rows: T[][] = [];
  for (const item of sorted) {
    const last = rows[rows.length - 1];
    if (last && at(item) - at(last[last.length - 1]!) <= SNAP) last.push(item);
    else rows.push([item]);
  }
  const out: T[] = [];
  for (const row of rows) {
    const pos = row.reduce((s, t) => s + at(t), 0) / row.length;
    row.sort((a, b) => from(a) - from(b));
    let lo = from(row[0]!);
    let hi = to(row[0]!);
    for (const t of row.slice(1)) {
      if (from(t) <= hi + JOIN) hi = Math.max(hi, to(t));
      else {
        out.push(make(pos, lo, hi));
        lo = from(t);
        hi = to(t);
      }
    }
    out.push(make(pos, lo, hi));
  }
  return out;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function findGrids(segments: readonly Segment[]): Grid[] {
  const hs = mergeLines<H>(
    segments.filter((s) => s.y0 === s.y1).map((s) => ({ y: s.y0, x0: s.x0, x1: s.x1 })),
    (h) => h.y,
    (h) => h.x0,
    (h) => h.x1,
    (y, x0, x1) => ({ y, x0, x1 }),
  );
  const vs = mergeLines<V>(
    segments.filter((s) => s.x0 === s.x1 && s.y0 !== s.y1).map((s) => ({ x: s.x0, y0: s.y0, y1: s.y1 })),
    (v) => v.x,
    (v) => v.y0,
    (v) => v.y1,
    (x, y0, y1) => ({ x, y0, y1 }),
  );
  // Drawings: horizontals and verticals that touch or cross.
  const uf = new UnionFind(hs.length + vs.length);
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (v.x >= h.x0 - SNAP && v.x <= h.x1 + SNAP && h.y >= v.y0 - SNAP && h.y <= v.y1 + SNAP) uf.union(i, hs.length + j);
    });
  });
  const groups = new Map<number, { h: H[]; v: V[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(uf.find(i)) ?? { h: [], v: [] };
    g.h.push(h);
    groups.set(uf.find(i), g);
  });
  vs.forEach((v, j) => {
    const g = groups.get(uf.find(hs.length + j)) ?? { h: [], v: [] };
    g.v.push(v);
    groups.set(uf.find(hs.length + j), g);
  });
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 1) continue;
    const grid = gridOf(h, v);
    if (grid) grids.push(grid);
  }
  // Top of the page first.
  return grids.sort((a, b) => b.ys[0]! - a.ys[0]!);
}

/** Keeps edges at least MIN_SPAN apart (a double rule is one edge). */
function spaced(edges: number[]): number[] {
  const out: number[] = [];
  for (const e of edges) if (!out.length || e - out[out.length - 1]! >= MIN_SPAN) out.push(e);
  return out;
}

function gridOf(h: H[], v: V[]): Grid | null {
  // The outer edges count even where the table leaves a side open (no border on the left or right).
  const xs = spaced(cluster([...v.map((s) => s.x), Math.min(...h.map((s) => s.x0)), Math.max(...h.map((s) => s.x1))]));
  const ys = spaced(cluster([...h.map((s) => s.y), Math.min(...v.map((s) => s.y0)), Math.max(...v.map((s) => s.y1))])).reverse();
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 2) return null;
  const ruledV = (x: number, top: number, bottom: number) => {
    const mid = (top + bottom) / 2;
    return v.some((s) => Math.abs(s.x - x) <= SNAP && s.y0 - SNAP <= mid && s.y1 + SNAP >= mid);
  };
  const ruledH = (y: number, left: number, right: number) => {
    const mid = (left + right) / 2;
    return h.some((s) => Math.abs(s.y - y) <= SNAP && s.x0 - SNAP <= mid && s.x1 + SNAP >= mid);
  };
  const uf = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !ruledV(xs[c + 1]!, ys[r]!, ys[r + 1]!)) uf.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !ruledH(ys[r + 1]!, xs[c]!, xs[c + 1]!)) uf.union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const index = new Map<number, number>();
  const cells: GridCell[] = [];
  const owner: number[][] = [];
  for (let r = 0; r < rows; r++) {
    owner.push([]);
    for (let c = 0; c < cols; c++) {
      const root = uf.find(r * cols + c);
      let i = index.get(root);
      if (i === undefined) {
        i = cells.length;
        index.set(root, i);
        cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1 });
      }
      const cell = cells[i]!;
      cell.rowSpan = Math.max(cell.rowSpan, r - cell.row + 1);
      cell.colSpan = Math.max(cell.colSpan, c - cell.col + 1);
      owner[r]!.push(i);
    }
  }
  // A table has two or more cells across in most of its rows; a box with a title bar does not.
  const across = owner.filter((row) => new Set(row).size >= 2).length;
  if (across * 2 <= rows) return null;
  return { xs, ys, cells, owner };
}

/** The fine cell (row, column) under a point, or null when it is outside the grid. */
export function fineCellAt(grid: Grid, x: number, y: number): [number, number] | null {
  const { xs, ys } = grid;
  if (x < xs[0]! - SNAP || x > xs[xs.length - 1]! + SNAP || y > ys[0]! + SNAP || y < ys[ys.length - 1]! - SNAP) return null;
  let c = 0;
  while (c < xs.length - 2 && x > xs[c + 1]!) c++;
  let r = 0;
  while (r < ys.length - 2 && y < ys[r + 1]!) r++;
  return [r, c];
}
