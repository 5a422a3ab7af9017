// English writes "we will" as "we'll" as often as not, in a heading (What we'll do, Where we're going)
// as in a sentence. The vocabulary's and the rules' word lists are written in long forms; a list that
// holds one holds the short form too, so every reader of a list (substring cues, window terms, title
// cues) finds both, with no reader of its own for contractions.

const APOSTROPHES = ["'", '\u2019'];

/** Each long form's pattern (a whole-word match) and its short forms, once a table. */
const compiled = new WeakMap<Readonly<Record<string, string>>, { re: RegExp; short: string[] }[]>();
function forms(table: Readonly<Record<string, string>>): { re: RegExp; short: string[] }[] {
  let out = compiled.get(table);
  if (!out) {
    out = Object.entries(table).map(([long, short]) => ({ re: new RegExp(`\\b${long}\\b`, 'g'), short: APOSTROPHES.map((a) => short.replace("'", a)) }));
    compiled.set(table, out);
  }
  return out;
}

/** The list with, right after each word holding long forms, that word with them contracted (one per apostrophe). */
export function withContractions(list: readonly string[], table: Readonly<Record<string, string>>): readonly string[] {
  let out: string[] | null = null;
  list.forEach((word, i) => {
    if (!/[a-z]/.test(word)) {
      out?.push(word);
      return;
    }
    const held = forms(table).filter((f) => {
      f.re.lastIndex = 0;
      return f.re.test(word);
    });
    if (!held.length) {
      out?.push(word);
      return;
    }
    out ??= list.slice(0, i);
    out.push(word);
    for (let a = 0; a < APOSTROPHES.length; a++) {
      let short = word;
      for (const f of held) short = short.replace(f.re, f.short[a]!);
      if (!list.includes(short) && !out.includes(short)) out.push(short);
    }
  });
  return out ?? list;
}

/** A copy of the data with every list of words in it (at any depth) given its contracted forms; the data itself when none has any. */
export function withContractedForms<T>(data: T, table: Readonly<Record<string, string>>): T {
  if (Array.isArray(data)) {
    if (data.every((x) => typeof x === 'string')) return withContractions(data as string[], table) as T;
    let changed = false;
    const out = data.map((x) => {
      const y = withContractedForms(x, table);
      changed ||= y !== x;
      return y;
    });
    return (changed ? out : data) as T;
  }
  if (data && typeof data === 'object') {
    let out: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(data)) {
      const y = withContractedForms(v, table);
      if (y !== v) (out ??= { ...(data as Record<string, unknown>) })[k] = y;
    }
    return (out ?? data) as T;
  }
  return data;
}

/**
 * The word a contraction's second part stands for, from the same table (we'll: ll → will, they're: re → are),
 * for readers that cut a text into words: one whose long and short forms share their first word.
 */
const seconds = new WeakMap<Readonly<Record<string, string>>, ReadonlyMap<string, string>>();
export function contractedSeconds(table: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  let out = seconds.get(table);
  if (!out) {
    const map = new Map<string, string>();
    for (const [long, short] of Object.entries(table)) {
      const [first, second] = short.split("'");
      const words = long.split(' ');
      if (words.length === 2 && words[0] === first && second) map.set(second, words[1]!);
    }
    seconds.set(table, (out = map));
  }
  return out;
}
