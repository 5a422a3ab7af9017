// A finding agrees with its own evidence (issue 8, class 10), as a property over
// every labelled document: the team's fixtures, the real documents and both blind
// sets. A part called present is named by its quote; a part called missing is not
// named in any quote the same finding shows; a rule that fails lists no part as present.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../functions/core/check/check-plan.ts';
import { loadPlan } from './helpers/load-plan.ts';
import { namesPart } from '../../functions/core/facts/parts.ts';
import { qualifierOf } from '../../functions/core/facts/part-labels.ts';
import { listRules } from '../../functions/core/rules/catalog.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function documents(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name.endsWith('_md')) out.push(p);
        else walk(p);
      } else if ((/\.(md|docx)$/.test(name) || (/\.pdf$/.test(name) && p.includes('/real/'))) && !/^(README|MANIFEST|PROVENANCE|BRIEFS|WRITING|part-names)/.test(name)) out.push(p);
    }
  };
  walk(fixtures);
  return out;
}


/** Documents a test checks. */
const RUN = 400;

describe('every finding agrees with its own evidence', () => {
  const rules = new Map(listRules().map((r) => [r.id, r]));
  const files = documents();

  it('covers the team fixtures, the real documents and both blind sets', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.some((f) => f.includes('/blind/dev/'))).toBe(true);
    expect(files.some((f) => f.includes('/blind/holdout/'))).toBe(true);
    expect(files.some((f) => f.includes('/real/'))).toBe(true);
  });

  // In runs of documents, each with its own time limit: the whole set grows with every blind round
  // (3,000 and more documents, minutes of checking on a loaded two-core machine).
  const runs = Array.from({ length: Math.ceil(files.length / RUN) }, (_, i) => files.slice(i * RUN, (i + 1) * RUN));
  it.each(runs.map((run, i) => [`${i * RUN + 1}–${i * RUN + run.length} of ${files.length}`, run] as const))('present parts are named by their quotes, missing parts by none, failed rules list none present: documents %s', async (_name, run) => {
    const problems: string[] = [];
    for (const file of run) {
      const result = await checkDocument(await loadPlan(file), { profile: 'full' });
      const where = file.slice(fixtures.length);
      for (const r of result.results) {
        const rule = rules.get(r.id)!;
        if (r.status === 'not-applicable' || !rule.parts?.length) continue;
        const quotes = [...r.evidence, ...r.parts.flatMap((p) => p.evidence)].map((e) => e.quote);
        for (const p of r.parts) {
          const def = rule.parts.find((x) => x.name === p.name)!;
          // A bare sub-heading names its part with the heading above it (Data under What we operate),
          // a one-word lead with its own section's heading (**Data:** under What is operated).
          // (A Chinese item joins the noun above it as one compound: 采集、管理 under 平臺 → 管理平台.)
          const withHeading = (quote: string, heading: string | undefined) =>
            heading !== undefined &&
            (namesPart(def, `${quote} ${heading}`) || [' ', ''].some((gap) => namesPart(def, `${quote.replace(/^…/, '')}${gap}${qualifierOf(heading).trim()}`)));
          // An item of an inline list names it with the words that open its paragraph (What we run: …data).
          // (A Chinese item joins its list's head noun as one compound: 平台：采集、管理 → 管理平台.)
          const withLead = (quote: string, lead: string | undefined) =>
            lead !== undefined && [' ', ''].some((gap) => namesPart(def, `${quote.replace(/^…/, '')}${gap}${qualifierOf(lead.replace(/^[•·▪◆●*-]\s*/, '')).trim()}`));
          const named = (e: { quote: string; path: string[]; lead?: string }) =>
            namesPart(def, e.quote) ||
            (e.path.length > 1 && withHeading(e.quote, e.path[e.path.length - 2])) ||
            withHeading(e.quote, e.path[e.path.length - 1]) ||
            withLead(e.quote, e.lead);
          if (p.status === 'present' && !def.foundBy && !p.evidence.some(named)) {
            problems.push(`${where} ${r.id}/${p.name}: present on a quote that does not name it: ${p.evidence[0]?.quote}`);
          }
          if (p.status === 'missing') {
            const q = quotes.find((quote) => namesPart(def, quote));
            if (q) problems.push(`${where} ${r.id}/${p.name}: missing, yet the finding quotes it: ${q}`);
          }
        }
        if (r.status === 'fail' && r.parts.some((p) => p.status === 'present')) problems.push(`${where} ${r.id}: fails while a part is present`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
