// Text items → lines. Items on one baseline make a line, left to right; no
// space is put between CJK characters (a gap there is layout, not a word
// break), and spaces inside letter-spaced CJK ("索 引 号") are taken out. Fake
// bold — the same text drawn again 0–1.5 pt away, as gov.cn prints headings —
// keeps one copy and marks it emphasised.
import type { PdfItem, PdfPage } from './read-pages.ts';

export interface PdfLine {
  page: number;
  /** 1-based line on the page, top to bottom, every line counted. */
  pageLine: number;
  text: string;
  /** Left edge, right edge and baseline, in points (y from the page bottom). */
  x: number;
  right: number;
  y: number;
  /** The size of most of the line's characters. */
  size: number;
  /** The line's characters were (nearly) all drawn twice: fake bold. */
  emphasised: boolean;
}

const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const ONE_CJK = /^[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]$/;

/**
 * Letter-spaced CJK ("索 引 号：", "目 录") rejoined: a run of single CJK characters
 * between spaces is one word. A space between words of several characters
 * (中共中央 国务院) is the writer's and stays.
 */
export function rejoinLetterSpaced(text: string): string {
  const tokens = text.split(/[ \t\u00a0]+/);
  if (tokens.length < 2) return text;
  let out = tokens[0]!;
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    const single = (t: string) => ONE_CJK.test(t) || (t.length <= 2 && ONE_CJK.test(t[0] ?? '') && /^[：:，,]$/.test(t[1] ?? ''));
    out += single(a) && single(b) ? b : ` ${b}`;
  }
  return out;
}

export interface Placed extends PdfItem {
  doubled: boolean;
}

/** Drops the second copy of text drawn twice at (nearly) the same place; marks the first. */
export function dropDoubled(items: PdfItem[]): Placed[] {
  const kept: Placed[] = [];
  const byText = new Map<string, Placed[]>();
  for (const item of items) {
    const tol = Math.max(1.6, item.size * 0.12);
    const same = byText.get(item.str);
    const twin = same?.find((k) => Math.abs(k.x - item.x) <= tol && Math.abs(k.y - item.y) <= tol);
    if (twin) {
      twin.doubled = true;
      continue;
    }
    const placed: Placed = { ...item, doubled: false };
    kept.push(placed);
    if (same) same.push(placed);
    else byText.set(item.str, [placed]);
  }
  return kept;
}

/** Joins a line's items (sorted by x): a space only between non-CJK text with a visible gap. */
export function joinItems(items: PdfItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const str = item.str;
    if (text !== '') {
      const gap = item.x - end;
      const before = text[text.length - 1]!;
      const after = str[0]!;
      const spaced = /\s/.test(before) || /\s/.test(after);
      if (!spaced && gap > item.size * 0.15 && !CJK.test(before) && !CJK.test(after)) text += ' ';
    }
    text += str;
    end = Math.max(end, item.x + item.width);
  }
  return rejoinLetterSpaced(text.replace(/\s+/g, ' ').trim());
}

/** The page's items (fake-bold copies dropped) in groups on one baseline, top to bottom, each group left to right. */
export function baselineGroups(page: PdfPage): Placed[][] {
  const items = dropDoubled(page.items).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Placed[][] = [];
  let current: Placed[] = [];
  let baseline = Infinity;
  let size = 0;
  for (const item of items) {
    const tol = Math.max(1, Math.min(size || item.size, item.size) * 0.4);
    if (current.length > 0 && Math.abs(baseline - item.y) <= tol) {
      current.push(item);
      continue;
    }
    if (current.length) groups.push(current);
    current = [item];
    baseline = item.y;
    size = item.size;
  }
  if (current.length) groups.push(current);
  for (const group of groups) group.sort((a, b) => a.x - b.x);
  return groups;
}

/** One line from items on one baseline (sorted by x); null when they hold no text. */
export function lineOf(group: Placed[], page: number, pageLine: number): PdfLine | null {
  const text = joinItems(group);
  if (!text) return null;
  let chars = 0;
  let doubledChars = 0;
  const bySize = new Map<number, number>();
  for (const it of group) {
    const n = it.str.replace(/\s/g, '').length;
    chars += n;
    if (it.doubled) doubledChars += n;
    const s = Math.round(it.size * 10) / 10;
    bySize.set(s, (bySize.get(s) ?? 0) + n);
  }
  const dominant = [...bySize].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  return {
    page,
    pageLine,
    text,
    x: group[0]!.x,
    right: Math.max(...group.map((it) => it.x + it.width)),
    y: Math.max(...group.map((it) => it.y)),
    size: dominant,
    emphasised: chars > 0 && doubledChars / chars >= 0.8,
  };
}

export function pageLines(page: PdfPage): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const group of baselineGroups(page)) {
    const line = lineOf(group, page.number, lines.length + 1);
    if (line) lines.push(line);
  }
  return lines;
}
