// Outline numbering at the start of a heading or paragraph, as Chinese
// government documents and English plans write it by hand (第一章, 一、, （一）,
// 1., （1）, ①, 1.1, I., A.). Word's automatic numbering never reaches here:
// mammoth drops it, so a paragraph with listLevel is a list item, not a heading.
import type { Numbering, NumberingScheme } from './model.ts';

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十一 → 11, 二十三 → 23, 一〇 → 10, 一百零五 → 105; null when not a Chinese numeral. */
export function chineseNumeralValue(text: string): number | null {
  if (!text || !/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  if (!/[十百]/.test(text)) {
    // Positional digits (一〇 = 10), as some documents number past ten.
    let n = 0;
    for (const ch of text) n = n * 10 + CN_DIGITS[ch]!;
    return n;
  }
  let total = 0;
  let rest = text;
  const hundred = rest.indexOf('百');
  if (hundred >= 0) {
    const head = rest.slice(0, hundred);
    if (head.length > 1) return null;
    total += (head ? CN_DIGITS[head]! : 1) * 100;
    rest = rest.slice(hundred + 1).replace(/^[零〇]/, '');
  }
  const ten = rest.indexOf('十');
  if (ten >= 0) {
    const head = rest.slice(0, ten);
    const tail = rest.slice(ten + 1);
    if (head.length > 1 || tail.length > 1) return null;
    total += (head ? CN_DIGITS[head]! : 1) * 10 + (tail ? CN_DIGITS[tail]! : 0);
  } else if (rest) {
    if (rest.length > 1) return null;
    total += CN_DIGITS[rest]!;
  }
  return total;
}

// Capital numerals (壹貳參, as Taiwan's documents number their top level): to ordinary ones.
const CAPITAL: Record<string, string> = { 壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 叄: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十' };
function capitalValue(text: string): number | null {
  return chineseNumeralValue([...text].map((c) => CAPITAL[c] ?? '').join(''));
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
function romanValue(text: string): number | null {
  if (!/^(X{0,3})(IX|IV|V?I{0,3})$/.test(text) || !text) return null;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

export interface ParsedNumbering {
  numbering: Numbering;
  /** The text after the numbering and any separator, trimmed. */
  rest: string;
  /** Characters before `rest` starts in the given text (leading blanks included). */
  restOffset: number;
}

const CN = '[〇零一二两三四五六七八九十百]+';
const LEAD = /^[\s\u3000]*/;
// Ordered: the longer, more specific forms first.
const PATTERNS: Array<{ scheme: NumberingScheme; re: RegExp; value: (m: RegExpExecArray) => number | null }> = [
  { scheme: 'chapter', re: new RegExp(`^第(${CN}|\\d{1,3})章[\\s\\u3000、：:.．]*`), value: (m) => num(m[1]!) },
  { scheme: 'section', re: new RegExp(`^第(${CN}|\\d{1,3})节[\\s\\u3000、：:.．]*`), value: (m) => num(m[1]!) },
  { scheme: 'part', re: new RegExp(`^第(${CN}|\\d{1,3})(?:部分|篇)[\\s\\u3000、：:.．]*`), value: (m) => num(m[1]!) },
  // A slide's page in a deck's text (【第5页】关键指标一览, 第6頁：分三年推進, 【P.5】現況盤點, Slide 3 — The policy
  // picture): the deck's sections.
  { scheme: 'page', re: new RegExp(`^[【\\[［]?第(${CN}|\\d{1,3})[页頁][】\\]］]?[\\s\\u3000、：:.．]*`), value: (m) => num(m[1]!) },
  { scheme: 'page', re: /^(?:[【[［](?:p|slide)\.?\s*(\d{1,3})[】\]］]|slide\s+(\d{1,3})\s*(?=[—–:：.-]))[\s\u3000—–:：.-]*/i, value: (m) => Number(m[1] ?? m[2]) },
  { scheme: 'capital', re: /^([壹贰貳叁參叄肆伍陆陸柒捌玖拾]{1,3})[、，,．.][\s\u3000]*/, value: (m) => capitalValue(m[1]!) },
  { scheme: 'chinese-dun', re: new RegExp(`^(${CN})[、，,．.][\\s\\u3000]*`), value: (m) => chineseNumeralValue(m[1]!) },
  { scheme: 'chinese-paren', re: new RegExp(`^[（(](${CN})[）)][\\s\\u3000、]*`), value: (m) => chineseNumeralValue(m[1]!) },
  { scheme: 'arabic-paren', re: /^[（(](\d{1,3})[）)][\s\u3000、]*/, value: (m) => Number(m[1]) },
  { scheme: 'circled', re: /^([\u2460-\u2473])[\s\u3000、.．]*/, value: (m) => m[1]!.charCodeAt(0) - 0x2460 + 1 },
  { scheme: 'latin', re: /^[（(]([a-zA-Z])[）)][\s\u3000]*/, value: (m) => latin(m[1]!) },
];

function num(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : chineseNumeralValue(text);
}
function latin(ch: string): number {
  return ch.toLowerCase().charCodeAt(0) - 96;
}

// A number followed by a unit, percent or another digit is a quantity, not outline numbering.
const QUANTITY_AFTER = /^[\d%％万亿千百元倍个项家年月日号]/;

/** Parses the outline numbering at the start of `text`; null when there is none. */
export function parseNumbering(text: string): ParsedNumbering | null {
  const lead = LEAD.exec(text)![0].length;
  const s = text.slice(lead);
  if (!s) return null;
  const found = matchNumbering(s);
  if (!found) return null;
  const { scheme, matched, value, parts, textEnd } = found;
  const rest = s.slice(matched);
  const restTrimmed = rest.trimEnd();
  return {
    numbering: { text: s.slice(0, textEnd), scheme, value, parts },
    rest: restTrimmed,
    restOffset: lead + matched,
  };
}

function matchNumbering(s: string): { scheme: NumberingScheme; matched: number; textEnd: number; value: number; parts: number[] } | null {
  for (const { scheme, re, value } of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const v = value(m);
    if (v === null || v <= 0 && scheme !== 'decimal') continue;
    return { scheme, matched: m[0].length, textEnd: m[0].trimEnd().replace(/[\s\u3000]+$/, '').length, value: v, parts: [v] };
  }
  // Dotted decimals 1.1 / 1.1.1 (a trailing dot allowed): depth is the number of parts.
  const dec = /^(\d{1,2}(?:[.．]\d{1,2})+)[.．]?(?=[\s\u3000]|[^\d.．%％])/.exec(s);
  if (dec) {
    const after = s.slice(dec[0].length);
    const spaced = /^[\s\u3000]/.test(after);
    // "2.5亿" is a quantity; "1.1 总体要求" and "1.1总体要求" are numbering.
    if (spaced || !QUANTITY_AFTER.test(after)) {
      const parts = dec[1]!.split(/[.．]/).map(Number);
      const ws = /^[\s\u3000]*/.exec(after)![0].length;
      return { scheme: 'decimal', matched: dec[0].length + ws, textEnd: dec[0].length, value: parts[parts.length - 1]!, parts };
    }
  }
  // A chapter numbered by a bare number over dotted sections (1 总则 / 1.1 编制依据 / 1.2.1 …, 4 Our
  // architecture): a decimal of one part, as pasted from Word's multilevel lists. Followed by a
  // blank and a word, not a unit (5 个, 30 万).
  const bare = /^(\d{1,2})[\s\u3000]+(?=[^\s\u3000\d])/.exec(s);
  if (bare && !QUANTITY_AFTER.test(s.slice(bare[0].length)) && Number(bare[1]) > 0) {
    const v = Number(bare[1]);
    return { scheme: 'decimal', matched: bare[0].length, textEnd: bare[1]!.length, value: v, parts: [v] };
  }
  const arabic = /^(\d{1,3})(?:[.．](?![\d.．])|、|[)）])[\s\u3000]*/.exec(s);
  if (arabic) {
    const after = s.slice(arabic[0].length);
    const closer = /[)）]/.test(arabic[0]);
    if (after && !QUANTITY_AFTER.test(after) || arabic[0].length < s.length && /[\s\u3000]/.test(arabic[0])) {
      const v = Number(arabic[1]);
      if (v > 0) {
        return {
          scheme: closer ? 'arabic-paren' : 'arabic-dot',
          matched: arabic[0].length,
          textEnd: arabic[0].replace(/[\s\u3000]+$/, '').length,
          value: v,
          parts: [v],
        };
      }
    }
  }
  // Roman I. II. (only I, V, X: "C." and "D." read as letters) and latin A. / a)
  const roman = /^([IVX]{1,6})[.．)][\s\u3000]+/.exec(s);
  if (roman) {
    const v = romanValue(roman[1]!);
    if (v) return { scheme: 'roman', matched: roman[0].length, textEnd: roman[1]!.length + 1, value: v, parts: [v] };
  }
  const letter = /^([A-Za-z])[.．)][\s\u3000]+/.exec(s);
  if (letter) {
    const v = latin(letter[1]!);
    return { scheme: 'latin', matched: letter[0].length, textEnd: 2, value: v, parts: [v] };
  }
  return null;
}

// The number after a label and its separator: 一：, 1-2 , 1.3 —.
const LABELLED_NUMBER = new RegExp(`^[\\s\\u3000]*(${CN}|\\d{1,2}(?:[-–.．]\\d{1,2}){0,2})(?=[\\s\\u3000：:、.．—–-]|$)[\\s\\u3000：:、.．—–-]*`);

/**
 * A number a word labels at the start of `text` (策略一：, 行動方案1-1, Goal 2:, Objective 1.3), the
 * word one of `labels` (normalized, lower case); `norm` is `text` normalized, of the same length.
 */
export function parseLabelled(text: string, norm: string, labels: readonly string[], joined = false): ParsedNumbering | null {
  const lead = LEAD.exec(norm)![0].length;
  const s = norm.slice(lead);
  const label = labels.filter((l) => s.startsWith(l)).sort((a, b) => b.length - a.length)[0];
  if (!label) return null;
  const m = LABELLED_NUMBER.exec(s.slice(label.length));
  // (An English label is a word: Goals 2 is none, nor is Strategy2.)
  if (!m || (/[a-z]$/.test(label) && !joined && !/^\s/.test(s.slice(label.length)))) return null;
  const parts = /^\d/.test(m[1]!) ? m[1]!.split(/[-–.．]/).map(Number) : [chineseNumeralValue(m[1]!) ?? 0];
  const value = parts[parts.length - 1]!;
  if (value <= 0) return null;
  const matched = label.length + m[0].length;
  const textEnd = label.length + m[0].trimEnd().replace(/[\s\u3000：:、.．—–-]+$/, '').length;
  return { numbering: { text: text.slice(lead, lead + textEnd), scheme: 'labelled', value, parts }, rest: text.slice(lead + matched).trimEnd(), restOffset: lead + matched };
}

/**
 * A numbered question at the start of `text` (Q1：為什麼要轉型？, 问题二：钱从哪里来？, Question 3: Who
 * pays?), the label one of `labels`, written close to its number or apart: a Q&A plan's chapters.
 * Only a line that asks: Q1 2027 in a timetable is a quarter.
 */
export function parseQuestion(text: string, norm: string, labels: readonly string[]): ParsedNumbering | null {
  const found = parseLabelled(text, norm, labels, true);
  return found && /[？?]$/.test(found.rest.trim()) && !/^\d/.test(found.rest) ? found : null;
}

/**
 * The key a numbering's level is inferred by: the scheme, and for dotted
 * decimals their depth (1.1 and 1.1.1 are different levels).
 */
export function numberingKey(n: Numbering): string {
  if (n.scheme === 'labelled') return `labelled:${n.text.replace(/[\s\u3000]*[〇零一二两三四五六七八九十百\d][\s\S]*$/, '').toLowerCase()}:${n.parts.length}`;
  return n.scheme === 'decimal' ? `decimal:${n.parts.length}` : n.scheme;
}

/** Conventional order in Chinese government documents, used only to break ties. */
export const conventionalOrder: readonly string[] = [
  'capital', 'part', 'chapter', 'section', 'chinese-dun', 'chinese-paren', 'arabic-dot', 'decimal:1', 'decimal:2', 'decimal:3', 'arabic-paren', 'circled', 'roman', 'latin',
];
