// Text as the matcher sees it: simplified, half-width, one dash, lower case.
// Every mapping is one character to one character so an offset in the
// normalized text is the same offset in the original (quotes keep the original).
import { Converter } from 'opencc-js';

let toSimplified: ((s: string) => string) | null = null;

function simplify(text: string): string {
  const convert = (toSimplified ??= Converter({ from: 't', to: 'cn' }));
  const out = convert(text);
  // OpenCC phrase tables can change length (rare); fall back to per-character then.
  if (out.length === text.length) return out;
  let chars = '';
  for (const ch of text) {
    const c = convert(ch);
    chars += c.length === ch.length ? c : ch;
  }
  return chars;
}

const DASHES = /[‐‑‒–—―−－~～〜]/g;

export function normalizeForMatch(text: string): string {
  let s = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c && code !== 0xff1a && code !== 0xff1b) {
      // Full-width ASCII → half-width, but keep the Chinese comma/colon/semicolon:
      // they separate clauses and sentence splitting reads them.
      s += String.fromCharCode(code - 0xfee0);
    } else if (code === 0x3000) s += ' ';
    else s += text[i];
  }
  return simplify(s.replace(DASHES, '-')).toLowerCase();
}
