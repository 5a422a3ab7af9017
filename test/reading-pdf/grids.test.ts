// Rulings → grids on drawn shapes whose answer is known: a plain grid, a
// merged cell, a table open at its sides, a box with a title bar (no table),
// Word's per-cell border pieces; and the operator-list reading under a
// transform, with thin filled rectangles as rules and clipping paths ignored.
import { describe, expect, it } from 'vitest';
import { findGrids } from '../../functions/core/parsers/pdf/grids.ts';
import { columnGapLines, rulingsOf, type PathOps, type Segment } from '../../functions/core/parsers/pdf/rulings.ts';

const h = (y: number, x0: number, x1: number): Segment => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, y0, x1: x, y1 });

describe('findGrids', () => {
  it('a 3 × 2 grid gives three columns and two rows of single cells', () => {
    const grids = findGrids([h(500, 100, 400), h(470, 100, 400), h(440, 100, 400), v(100, 440, 500), v(200, 440, 500), v(300, 440, 500), v(400, 440, 500)]);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.xs.map(Math.round)).toEqual([100, 200, 300, 400]);
    expect(grids[0]!.ys.map(Math.round)).toEqual([500, 470, 440]);
    expect(grids[0]!.owner).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('a missing rule merges cells: the first column spans both body rows', () => {
    const grids = findGrids([h(500, 100, 300), h(470, 100, 300), h(440, 200, 300), h(410, 100, 300), v(100, 410, 500), v(200, 410, 500), v(300, 410, 500)]);
    const { owner, cells } = grids[0]!;
    expect(owner[1]![0]).toBe(owner[2]![0]);
    expect(cells[owner[1]![0]!]).toEqual({ row: 1, col: 0, rowSpan: 2, colSpan: 1 });
    expect(owner[1]![1]).not.toBe(owner[2]![1]);
  });

  it('Word’s border pieces, a cell at a time and a hair apart, make one grid; a table open at its sides keeps its outer columns', () => {
    const pieces = [h(500, 100, 200), h(500.3, 200, 300), h(470, 100, 200), h(470, 200.5, 300), h(440, 100, 300), v(200, 440, 470), v(200.2, 470, 500)];
    const grids = findGrids(pieces);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.xs.map(Math.round)).toEqual([100, 200, 300]);
    expect(grids[0]!.owner).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('a box (专栏) with a title bar is no table, nor is a page frame with a rule', () => {
    expect(findGrids([h(500, 100, 400), h(470, 100, 400), h(200, 100, 400), v(100, 200, 500), v(400, 200, 500)])).toEqual([]);
    // A tag cell in the title bar only: one row of two cells over a body of one.
    expect(findGrids([h(500, 100, 400), h(470, 100, 400), h(200, 100, 400), v(100, 200, 500), v(150, 470, 500), v(400, 200, 500)])).toEqual([]);
  });
});

const OPS: PathOps = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginAnnotation: 80,
  endAnnotation: 81,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
};
const END_PATH = 28;
const path = (paint: number, ...codes: number[]) => [paint, [Float32Array.from(codes)], null];

describe('rulingsOf', () => {
  it('reads stroked lines under the current transform, thin filled rectangles as rules, and skips clips and shading', () => {
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.restore, OPS.constructPath];
    const args = [
      null,
      [1, 0, 0, 1, 50, 20],
      path(OPS.stroke, 0, 0, 0, 1, 100, 0), // a line from (0,0) to (100,0), moved by (50,20)
      path(OPS.fill, 0, 10, 10, 1, 10.5, 10, 1, 10.5, 60, 1, 10, 60, 4), // a 0.5 pt wide filled bar: a vertical rule
      path(END_PATH, 0, 0, 0, 1, 500, 0), // a clipping path draws nothing
      null,
      path(OPS.fill, 0, 0, 0, 1, 200, 0, 1, 200, 100, 1, 0, 100, 4), // shading, not a rule
    ];
    const segments = rulingsOf(fn, args, OPS)!;
    expect(segments).toHaveLength(2);
    expect(segments[0]).toEqual({ x0: 50, y0: 20, x1: 150, y1: 20 });
    expect(segments[1]!.x0).toBeCloseTo(60.25);
    expect([segments[1]!.y0, segments[1]!.y1]).toEqual([30, 80]);
  });

  it('gives up on a page that draws more pieces than a table could have', () => {
    const codes: number[] = [];
    for (let i = 0; i < 6000; i++) codes.push(0, i, 0, 1, i, 10);
    expect(rulingsOf([OPS.constructPath], [path(OPS.stroke, ...codes)], OPS)).toBeNull();
  });
});

describe('columnGapLines', () => {
  const item = (str: string, x: number, y: number, size = 10) => ({ str, x, y, size, width: str.length * size, font: 'f' });
  it('counts baselines with a gap between runs, not runs that follow on', () => {
    expect(columnGapLines([item('正文一行', 0, 100), item('接着写', 40, 100), item('下一行', 0, 80)])).toBe(0);
    expect(columnGapLines([item('序号', 0, 100), item('名称', 60, 100), item('1', 0, 80), item('平台', 60, 80)])).toBe(2);
  });
});
