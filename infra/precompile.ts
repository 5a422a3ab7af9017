// What a bundle's first check need not derive (functions/core/text/precompiled.ts):
// OpenCC's keys, and the stems of the English words of the rule files' cues and
// terms. Both bundle recipes define __PLANCHECK_PRECOMPILED__ with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Precompiled, StringTable } from '../functions/core/text/precompiled.ts';

/** Every string of a list (an array of strings) anywhere in a JSON value. */
function listStrings(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) {
      if (typeof v === 'string') out.add(v);
      else listStrings(v, out);
    }
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) listStrings(v, out);
  }
}

function table(entries: Iterable<[string, string]>): StringTable {
  const same: string[] = [];
  const changed: [string, string][] = [];
  for (const [k, v] of entries) {
    if (k === v && !k.includes('\n') && k !== '') same.push(k);
    else changed.push([k, v]);
  }
  return { same: same.join('\n'), changed };
}

export async function precompiledData(rulesDir: string): Promise<Precompiled> {
  const { normalizeForMatch, openccKeyLists } = await import('../functions/core/text/normalize.ts');
  const { stemEnglish } = await import('../functions/core/match/english.ts');
  const strings = new Set<string>();
  for (const f of readdirSync(rulesDir).filter((f) => f.endsWith('.json')).sort()) listStrings(JSON.parse(readFileSync(join(rulesDir, f), 'utf8')), strings);
  const stems = new Map<string, string>();
  for (const s of [...strings].sort()) {
    for (const m of normalizeForMatch(s).matchAll(/[a-z][a-z0-9]*/g)) if (!stems.has(m[0])) stems.set(m[0], stemEnglish(m[0]));
  }
  return { openccKeys: openccKeyLists(), stems: table([...stems].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** The define: a JSON string, parsed by the bundle on first use. */
export async function precompiledDefine(rulesDir: string): Promise<string> {
  return JSON.stringify(JSON.stringify(await precompiledData(rulesDir)));
}
