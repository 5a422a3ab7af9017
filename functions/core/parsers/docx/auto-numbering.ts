// Word's automatic numbering: mammoth drops the "一、" of an auto-numbered
// paragraph. We replay the counters of numbering.xml so the tree builder sees
// the number as the reader of the document does. Bounded on purpose: formats
// common in plans; anything else keeps only the list level.
import type { NumberingDefinitions, NumberingLevel } from './package-xml.ts';

const DIGITS = '〇一二三四五六七八九';

export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + unit;
  });
  // 一十二 is written 十二
  return out.startsWith('一十') ? out.slice(1) : out;
}

/**
 * Longest list label rendered. A numbering part may start a list at two
 * billion in a letter or roman format (a label of millions of characters, the
 * 9 KB DOCX that exhausted the heap) or give a level text of any length: a
 * label longer than this is not rendered (the paragraph keeps its list level).
 */
export const maxLabelLength = 40;

function roman(n: number): string {
  // Word writes roman numerals up to 3999 (MMMCMXCIX); past it, the number.
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

function letter(n: number): string {
  // A, …, Z, AA, …, ZZ, AAA: past a few repeats, the number.
  if (n <= 0 || n > 26 * 4) return String(n);
  const base = String.fromCharCode(65 + ((n - 1) % 26));
  return base.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Renders one counter value in a w:numFmt; null when we do not render that format. */
export function formatCounter(n: number, format: string): string | null {
  if (!Number.isSafeInteger(n)) n = Math.trunc(Math.min(Math.max(Number.isFinite(n) ? n : 0, -1e15), 1e15));
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    default:
      return null; // bullet, none, and the rarer scripts
  }
}

export interface RenderedNumber {
  /** The number as Word shows it ("一、", "（二）", "1.2"), or null for bullets / unknown formats. */
  text: string | null;
  /** 0-based w:ilvl. */
  level: number;
  format: string;
}

/** Replays Word's list counters in document order. */
export class NumberingCounters {
  private readonly definitions: NumberingDefinitions;
  // Counters live per abstract numbering, as Word keeps them.
  private readonly counters = new Map<string, number[]>();

  constructor(definitions: NumberingDefinitions) {
    this.definitions = definitions;
  }

  next(numId: string, ilvl: number): RenderedNumber | null {
    if (numId === '0') return null; // numId 0 switches numbering off
    const abstractId = this.definitions.nums.get(numId);
    const levels = abstractId === undefined ? undefined : this.definitions.abstracts.get(abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level || abstractId === undefined) return null;
    let counters = this.counters.get(abstractId);
    if (!counters) {
      counters = [];
      this.counters.set(abstractId, counters);
    }
    for (let i = 0; i <= ilvl; i++) {
      if (counters[i] === undefined) counters[i] = (levels.get(i)?.start ?? 1) - (i === ilvl ? 1 : 0);
    }
    counters[ilvl] = (counters[ilvl] ?? 0) + 1;
    counters.length = ilvl + 1; // deeper levels restart
    return { text: render(level, levels, counters), level: ilvl, format: level.format };
  }
}

function render(level: NumberingLevel, levels: Map<number, NumberingLevel>, counters: number[]): string | null {
  if (formatCounter(1, level.format) === null || !level.text || level.text.length > maxLabelLength) return null;
  let ok = true;
  const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
    const i = Number(d) - 1;
    const value = counters[i] ?? levels.get(i)?.start ?? 1;
    const rendered = formatCounter(value, levels.get(i)?.format ?? 'decimal');
    if (rendered === null) ok = false;
    return rendered ?? '';
  });
  return ok && text.length <= maxLabelLength ? text : null;
}
