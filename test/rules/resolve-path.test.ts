// The engine's condition paths are read by resolvePath instead of jsonpath-plus:
// it must give what jsonpath-plus gives for every path a rule uses, on real fact values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSONPath } from 'jsonpath-plus';
import { listRules } from '../../functions/core/rules/catalog.ts';
import { resolvePath } from '../../functions/core/rules/evaluate-rule.ts';
import type { Condition } from '../../functions/core/rules/rule-schema.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import { buildContext } from '../../functions/core/facts/context.ts';
import { factOutput } from '../../functions/core/facts/index.ts';

const jsonPath = (json: object, path: string): unknown => JSONPath({ path, json, wrap: false });

function leaves(c: Condition, out: { fact: string; path: string }[] = []) {
  if ('all' in c) c.all.forEach((x) => leaves(x, out));
  else if ('any' in c) c.any.forEach((x) => leaves(x, out));
  else if ('not' in c) leaves(c.not, out);
  else if (c.path) out.push({ fact: c.fact, path: c.path });
  return out;
}

describe('resolvePath', () => {
  it('matches jsonpath-plus on every rule path over the facts of plans', async () => {
    let compared = 0;
    for (const file of ['fixtures/plans/p01-linhu-complete.md', 'fixtures/plans/p12-donghai-vague-goals.md', 'fixtures/real/NEG16_city_brain_framework_article.md']) {
      const ctx = buildContext(await parseDocument({ bytes: readFileSync(file), filename: file }));
      for (const rule of listRules()) {
        const ruleCtx = { ...ctx, rule };
        for (const c of [rule.conditions.pass, rule.conditions.partial].filter((x): x is Condition => !!x)) {
          for (const { fact, path } of leaves(c)) {
            const value = factOutput(ruleCtx, fact).value as object;
            expect(resolvePath(value, path), `${rule.id} ${fact} ${path}`).toEqual(jsonPath(value, path));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('matches jsonpath-plus on missing keys, nulls, arrays, strings and inherited names', () => {
    const cases: [object, string][] = [
      [{ found: 3 }, '$.found'],
      [{ found: 3 }, '$.missing'],
      [{ missing: [] }, '$.missing'],
      [{ missing: ['a', 'b'] }, '$.missing'],
      [{ missing: ['a', 'b'] }, '$.missing.1'],
      [{ missing: ['a', 'b'] }, '$.missing.length'],
      [{ byName: { layering: 'present' } }, '$.byName.layering'],
      [{ byName: { layering: 'present' } }, '$.byName.other'],
      [{ byName: null }, '$.byName.layering'],
      [{ x: null }, '$.x'],
      [{ a: 'abc' }, '$.a.length'],
      [{}, '$.constructor'],
      [{}, '$.toString'],
      [{ a: 1 }, '$'],
    ];
    for (const [json, path] of cases) expect(resolvePath(json, path), path).toEqual(jsonPath(json, path));
  });
});
