// The ruling lines a page draws, from pdf.js's operator list: the straight
// horizontal and vertical pieces of stroked paths, and filled rectangles thin
// enough to be a rule (Word and WPS often paint borders as 0.5 pt filled
// rectangles). Clipping paths draw nothing and are skipped; so are curves and
// annotation appearances. The operator list costs more than the page's text
// (about 1.3–1.5× on the real PDFs), so only pages whose text has column gaps
// (columnGapLines) are asked for it.
import type { PdfItem } from './read-pages.ts';

/** An axis-aligned segment in page points, y from the page bottom: horizontal when y0 === y1, vertical when x0 === x1. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The pdf.js operator codes this module reads (pdfjs.OPS). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginAnnotation: number;
  endAnnotation: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** A page that draws more pieces than this is a drawing or a map, not a table: no rulings are read from it. */
export const MAX_SEGMENTS = 5000;
/** A filled rectangle at most this thick (pt) is a rule; a thicker one is shading. */
const RULE_THICKNESS = 3;
/** Out of true by at most this much (pt), a piece is still horizontal or vertical. */
const SKEW = 0.8;
const MIN_LENGTH = 1;

// pdf.js path buffer codes (DrawOPS).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/**
 * How many baselines of the page have two runs with a gap of at least 0.8 em
 * between them: the cells of a table row. Body text runs on without such gaps,
 * and a box's title bar (专栏1 | 名称) or a letter-spaced heading has one such
 * line, so a page is worth its operator list from two of them on.
 */
export function columnGapLines(items: readonly PdfItem[]): number {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  let lines = 0;
  let lastY = Infinity;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const size = Math.max(a.size, b.size);
    if (Math.abs(a.y - b.y) > size * 0.4) continue;
    if (b.x - (a.x + a.width) < Math.max(size * 0.8, 6)) continue;
    if (Math.abs(lastY - a.y) > size * 0.4) lines++;
    lastY = a.y;
  }
  return lines;
}

/**
 * The ruling segments of one page's operator list, in the page's coordinates
 * less its view origin (as the text items are). Null when the page draws over
 * MAX_SEGMENTS of them.
 */
export function rulingsOf(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: PathOps, origin: [number, number] = [0, 0]): Segment[] | null {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const out: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let inAnnotation = 0;
  const at = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4] - origin[0], ctm[1] * x + ctm[3] * y + ctm[5] - origin[1]];
  const push = (ax: number, ay: number, bx: number, by: number) => {
    if (Math.abs(ay - by) <= SKEW && Math.abs(bx - ax) >= MIN_LENGTH) {
      const y = (ay + by) / 2;
      out.push({ x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y });
    } else if (Math.abs(ax - bx) <= SKEW && Math.abs(by - ay) >= MIN_LENGTH) {
      const x = (ax + bx) / 2;
      out.push({ x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) });
    }
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (m && m.length === 6) ctm = multiply([...m] as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.beginAnnotation) inAnnotation++;
    else if (fn === ops.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    else if (fn === ops.constructPath && inAnnotation === 0 && args) {
      const paint = args[0] as number;
      const buffer = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!buffer) continue;
      if (strokes.has(paint)) strokePieces(buffer, at, push);
      else if (fills.has(paint)) thinRectangles(buffer, at, push);
      if (out.length > MAX_SEGMENTS) return null;
    }
  }
  return out;
}

type At = (x: number, y: number) => [number, number];
type Push = (ax: number, ay: number, bx: number, by: number) => void;

/** Every straight piece of a stroked path (closing pieces included); curves only move the pen. */
function strokePieces(buffer: ArrayLike<number>, at: At, push: Push): void {
  let start: [number, number] | null = null;
  let pen: [number, number] | null = null;
  for (let k = 0; k < buffer.length; ) {
    const code = buffer[k++];
    if (code === MOVE) {
      pen = start = at(buffer[k]!, buffer[k + 1]!);
      k += 2;
    } else if (code === LINE) {
      const p = at(buffer[k]!, buffer[k + 1]!);
      k += 2;
      if (pen) push(pen[0], pen[1], p[0], p[1]);
      pen = p;
    } else if (code === CURVE) {
      pen = at(buffer[k + 4]!, buffer[k + 5]!);
      k += 6;
    } else if (code === QUAD) {
      pen = at(buffer[k + 2]!, buffer[k + 3]!);
      k += 4;
    } else if (code === CLOSE) {
      if (pen && start) push(pen[0], pen[1], start[0], start[1]);
      pen = start;
    } else return; // an unknown code: the rest of the buffer cannot be read
  }
}

/** Filled subpaths that are axis-aligned rectangles no thicker than a rule, as the rule's centre line. */
function thinRectangles(buffer: ArrayLike<number>, at: At, push: Push): void {
  let points: [number, number][] = [];
  let straight = true;
  const flush = () => {
    if (straight && points.length >= 4 && points.length <= 5) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const x0 = Math.min(...xs);
      const x1 = Math.max(...xs);
      const y0 = Math.min(...ys);
      const y1 = Math.max(...ys);
      // Every corner on the bounding box: an axis-aligned rectangle.
      const rectangle = points.every(([x, y]) => (Math.abs(x - x0) <= SKEW || Math.abs(x - x1) <= SKEW) && (Math.abs(y - y0) <= SKEW || Math.abs(y - y1) <= SKEW));
      if (rectangle) {
        if (y1 - y0 <= RULE_THICKNESS && x1 - x0 > y1 - y0) push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        else if (x1 - x0 <= RULE_THICKNESS && y1 - y0 > x1 - x0) push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
      }
    }
    points = [];
    straight = true;
  };
  for (let k = 0; k < buffer.length; ) {
    const code = buffer[k++];
    if (code === MOVE) {
      flush();
      points.push(at(buffer[k]!, buffer[k + 1]!));
      k += 2;
    } else if (code === LINE) {
      points.push(at(buffer[k]!, buffer[k + 1]!));
      k += 2;
    } else if (code === CURVE) {
      straight = false;
      k += 6;
    } else if (code === QUAD) {
      straight = false;
      k += 4;
    } else if (code === CLOSE) {
      flush();
    } else return;
  }
  flush();
}
