// What the build derives from the rule files and OpenCC's tables, so a bundle's
// first check does not derive it again (infra/precompile.ts computes it, the
// bundles define __PLANCHECK_PRECOMPILED__ with it). A checkout has none and
// computes everything on first use, as before; so does a bundle whose rules/
// were edited after the build, for what depends on them (normalizeForMatch's
// seed holds only for the files the build validated: regionalWords is theirs).
declare const __PLANCHECK_PRECOMPILED__: string | undefined;

/** A string → string table: the strings that map to themselves, joined by newlines (none holds one), and the others. */
export interface StringTable {
  same: string;
  changed: [string, string][];
}

export interface Precompiled {
  /** The t2s keys the converter may change a text at (normalize.ts openccKeyLists). */
  openccKeys: { single: string; pairs: string };
  /** normalizeForMatch of every short string of a list in vocabulary.json and the rules: their cues and terms. */
  normalized: StringTable;
  /** Porter stems of the English words of those strings. */
  stems: StringTable;
}

/** A table's entries, for a Map. */
export function tableEntries(table: StringTable): [string, string][] {
  const entries: [string, string][] = table.same ? table.same.split('\n').map((s) => [s, s]) : [];
  return entries.concat(table.changed);
}

let data: Precompiled | null | undefined;

/** The build's data, or null from a checkout. Parsed on first use. */
export function precompiled(): Precompiled | null {
  if (data === undefined) data = typeof __PLANCHECK_PRECOMPILED__ === 'string' ? (JSON.parse(__PLANCHECK_PRECOMPILED__) as Precompiled) : null;
  return data;
}
