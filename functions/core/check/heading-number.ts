// Numbering for a suggested new heading, written the way the plan writes its
// own: the sibling after （三） is （四）, after 第七章 comes 第八章, under 3.2
// a first subsection is 3.2.1. The English form is the same number in Western
// style ((4), Chapter 8), for a reader of the English report.
import type { Numbering, NumberingScheme } from '../document/model.ts';
import { parseNumbering } from '../document/outline-numbering.ts';

const CN_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CAPITAL_DIGIT = ['', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];

/** 1 → 一, 10 → 十, 14 → 十四, 23 → 二十三, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
  if (n >= 100) {
    const rest = n % 100;
    return CN_DIGIT[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + CN_DIGIT[rest] : chineseNumeral(rest).replace(/^十/, '一十'));
  }
  if (n >= 10) return (n >= 20 ? CN_DIGIT[Math.floor(n / 10)] : '') + '十' + (n % 10 ? CN_DIGIT[n % 10] : '');
  return CN_DIGIT[n] ?? String(n);
}

function roman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

const CN_RUN = /[〇零一二两三四五六七八九十百]+/;

/** The numbering `like` with its (last) number set to `value`, in the same characters and punctuation. */
export function renumber(like: Numbering, value: number): string {
  const t = like.text;
  switch (like.scheme) {
    case 'chapter':
    case 'section':
    case 'part':
    case 'page':
      return /\d/.test(t) ? t.replace(/\d+/, String(value)) : t.replace(CN_RUN, chineseNumeral(value));
    case 'chinese-dun':
    case 'chinese-paren':
      return t.replace(CN_RUN, chineseNumeral(value));
    case 'capital':
      return t.replace(/^[^、，,．.]+/, value <= 9 ? CAPITAL_DIGIT[value]! : value === 10 ? '拾' : chineseNumeral(value));
    case 'circled':
      return value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `(${value})`;
    case 'decimal':
      return t.replace(/\d+(?=[.．]?$)/, String(value));
    case 'roman':
      return t.replace(/^[IVX]+/, roman(value));
    case 'labelled':
      return /\d/.test(t) ? t.replace(/\d+(?=\D*$)/, String(value)) : t.replace(CN_RUN, chineseNumeral(value));
    case 'latin':
      return t.replace(/[A-Za-z]/, (c) => String.fromCharCode((c === c.toLowerCase() ? 96 : 64) + Math.min(value, 26)));
    default:
      return t.replace(/\d+/, String(value));
  }
}

const WESTERN: Partial<Record<NumberingScheme, (n: number) => string>> = {
  chapter: (n) => `Chapter ${n}`,
  section: (n) => `Section ${n}`,
  part: (n) => `Part ${n}`,
  capital: (n) => `${roman(n)}.`,
  'chinese-dun': (n) => `${n}.`,
  'chinese-paren': (n) => `(${n})`,
  'arabic-paren': (n) => `(${n})`,
  circled: (n) => `(${n})`,
};

/** The same number in Western style: the plan's own text when it is already ASCII. */
export function westernNumber(like: Numbering, value: number): string {
  const own = renumber(like, value);
  if (/^[\x20-\x7e]+$/.test(own)) return own;
  return WESTERN[like.scheme]?.(value) ?? own.replace(/[（）．]/g, (c) => ({ '（': '(', '）': ')', '．': '.' })[c]!);
}

// A section with no subsections yet: the numbering its first one would take, by
// the convention of Chinese government documents (第一章 › 一、 › （一） › 1. › （1））.
const FIRST_CHILD: Partial<Record<NumberingScheme, string>> = {
  part: '第一章',
  chapter: '一、',
  section: '一、',
  capital: '一、',
  'chinese-dun': '（一）',
  'chinese-paren': '1.',
  'arabic-dot': '（1）',
  'arabic-paren': '①',
  roman: 'A.',
};

/** The numbering of a first subsection under a section numbered `parent` (null: unnumbered). */
export function firstChildNumbering(parent: Numbering | null): Numbering | null {
  if (!parent) return null;
  if (parent.scheme === 'decimal' || parent.scheme === 'arabic-dot') {
    // 3 › 3.1, 3.2 › 3.2.1 (an English plan numbers 3. then 3.1).
    if (parent.scheme === 'decimal' || /^[\x20-\x7e]+$/.test(parent.text)) {
      const parts = [...parent.parts, 1];
      return { text: parts.join('.'), scheme: 'decimal', value: 1, parts };
    }
  }
  const text = FIRST_CHILD[parent.scheme];
  return text ? (parseNumbering(`${text}标题`)?.numbering ?? null) : null;
}
