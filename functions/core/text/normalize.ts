// Text as matching sees it. Every mapping is one UTF-16 unit to one, so an
// offset in the normalized text is the same offset in the original: quotes and
// positions are always taken from the original text.
import { Converter } from 'opencc-js/t2cn';

let converter: ((s: string) => string) | null = null;

/** Full-width ASCII (！…～) and the ideographic space → half-width. */
export function toHalfWidth(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let ch: string | null = null;
    if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) ch = ' ';
    if (ch !== null) {
      out += text.slice(from, i) + ch;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const DASHES = /[\u2010-\u2015\u2212\uff0d~\uff5e\u301c]/g;
// 至 / 到 between years or numbers ("2021至2025年", "2021年到2025年") is a range.
const RANGE_WORD = /(?<=\d年?)[至到](?=\d)/g;

/** The many dashes and range words between numbers → "-". */
export function normalizeRanges(text: string): string {
  return text.replace(DASHES, '-').replace(RANGE_WORD, '-');
}

/**
 * Traditional → simplified, character for character. OpenCC's phrase tables can
 * change length (rare); where they would, the characters are converted one by one.
 */
export function toSimplified(text: string): string {
  const convert = (converter ??= Converter({ from: 't', to: 'cn' }));
  const out = convert(text);
  if (out.length === text.length) return out;
  let chars = '';
  for (const ch of text) {
    const c = convert(ch);
    chars += c.length === ch.length ? c : ch;
  }
  return chars;
}

/** Simplified, half-width, one dash, lower case; same length as the input. */
export function normalizeForMatch(text: string): string {
  return toSimplified(normalizeRanges(toHalfWidth(text))).toLowerCase();
}

/** Offsets carry over unchanged: kept as a function so callers do not assume it silently. */
export function originalOffset(normalizedOffset: number): number {
  return normalizedOffset;
}
