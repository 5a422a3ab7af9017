// What the build derives from OpenCC's tables and the rule files, so a
// bundle's first check does not derive it again in code not yet compiled
// (infra/precompile.ts computes it, the bundles define __PLANCHECK_PRECOMPILED__
// with it). A checkout has none and computes everything on first use.
declare const __PLANCHECK_PRECOMPILED__: string | undefined;

/** A string → string table: the strings that map to themselves, joined by newlines (none holds one), and the others. */
export interface StringTable {
  same: string;
  changed: [string, string][];
}

export interface Precompiled {
  /** The t2s keys the converter may change a text at (normalize.ts openccKeyLists), as deltas (encodeIncreasing). */
  openccKeys: { single: string; pairs: string };
  /** Porter stems of the English words of the vocabulary's and the rules' cues and terms. */
  stems: StringTable;
}

let data: Precompiled | null | undefined;

/** The build's data, or null from a checkout. Parsed on first use. */
export function precompiled(): Precompiled | null {
  if (data === undefined) data = typeof __PLANCHECK_PRECOMPILED__ === 'string' ? (JSON.parse(__PLANCHECK_PRECOMPILED__) as Precompiled) : null;
  return data;
}

/** A table's entries, for a Map. */
export function tableEntries(table: StringTable): [string, string][] {
  const entries: [string, string][] = table.same ? table.same.split('\n').map((s) => [s, s]) : [];
  return entries.concat(table.changed);
}

/**
 * Increasing numbers as the base-36 steps between them, comma-separated: the
 * bundles escape every CJK character of a string as \uXXXX, so 4,800 keys as
 * characters would take ~35 KB of each bundle, as steps ~12 KB.
 */
export function encodeIncreasing(numbers: readonly number[]): string {
  let last = 0;
  return numbers.map((n) => (n - last).toString(36) + ((last = n), '')).join(',');
}

export function decodeIncreasing(text: string): number[] {
  let last = 0;
  return text ? text.split(',').map((step) => (last += parseInt(step, 36))) : [];
}
