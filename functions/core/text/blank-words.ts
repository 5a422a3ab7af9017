// A topic sentence's words blanked (each occurrence of each word, in turn, replaced by as many
// spaces), as words.reduce((t, w) => t.replaceAll(w, ' '.repeat(w.length)), text) would, with one
// copy of the text rather than one a word it holds (thousands of sentences a plan, kept to the end).
import { unitBuffer, unitsToString } from './unit-buffer.ts';

const blanks: string[] = [];
const spaces = (n: number): string => (blanks[n] ??= ' '.repeat(n));

export function blankWords(text: string, words: readonly string[]): string {
  let t = text;
  // Positions blanked in t and not yet written into it.
  let blanked: Uint8Array | null = null;
  for (const w of words) {
    if (w === '') continue;
    if (w.includes(' ')) {
      // A word with a space may match over blanked positions: t written out first.
      if (blanked) t = written(t, blanked);
      blanked = null;
      if (t.includes(w)) t = t.replaceAll(w, spaces(w.length));
      continue;
    }
    if (!t.includes(w)) continue;
    // A word without a space occurs in the blanked text where it occurs in t touching no blanked
    // position; replaceAll's scan goes on past each occurrence it blanks, and one place on otherwise.
    for (let at = t.indexOf(w); at >= 0; ) {
      let clear = true;
      if (blanked) for (let k = at; k < at + w.length; k++) if (blanked[k]) { clear = false; break; }
      if (!clear) {
        at = t.indexOf(w, at + 1);
        continue;
      }
      blanked ??= new Uint8Array(t.length);
      blanked.fill(1, at, at + w.length);
      at = t.indexOf(w, at + w.length);
    }
  }
  return blanked ? written(t, blanked) : t;
}

/** t with its blanked positions as spaces. */
function written(t: string, blanked: Uint8Array): string {
  const n = t.length;
  const units = unitBuffer(n);
  if (!units) {
    let out = '';
    for (let i = 0; i < n; i++) out += blanked[i] ? ' ' : t[i];
    return out;
  }
  for (let i = 0; i < n; i++) units[i] = blanked[i] ? 0x20 : t.charCodeAt(i);
  return unitsToString(n);
}
