import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRulesFrom, parseRule, RuleLoadError } from '../../functions/core/rules/load-rules.ts';

const good = JSON.parse(readFileSync(new URL('../../rules/support-measures.json', import.meta.url), 'utf8'));
const variant = (change: (r: any) => void) => {
  const r = structuredClone(good);
  change(r);
  return JSON.stringify(r);
};
const load = (text: string, file = 'support-measures.json') => () => parseRule(file, text);

describe('strict rule loading', () => {
  it('loads a good rule', () => {
    expect(parseRule('support-measures.json', JSON.stringify(good)).parts).toHaveLength(4);
  });
  it.each([
    ['an unknown top-level key', (r: any) => (r.colour = 'red'), /support-measures.json: colour: unknown key/],
    ['an unknown key in a part', (r: any) => (r.parts[0].synonyms = []), /parts\.0\.synonyms: unknown key/],
    ['an unknown key in a condition', (r: any) => (r.conditions.pass.all[0].factt = 'x'), /conditions\.pass/],
    ['an unknown fact', (r: any) => (r.conditions.pass.all[0].fact = 'vibes'), /conditions\.pass\.all\[0\]\.fact: unknown fact "vibes"/],
    ['an unknown fact field', (r: any) => (r.conditions.pass.all[0].path = '$.nothing'), /has no field "nothing"/],
    ['an unknown part in a path', (r: any) => (r.conditions.pass.all[0].path = '$.byName.weather'), /unknown part "weather"/],
    ['an unknown operator', (r: any) => (r.conditions.pass.all[0].operator = 'roughly'), /unknown operator "roughly"/],
    ['an unknown step', (r: any) => (r.step = 'step-nine'), /step: /],
    ['a bad severity', (r: any) => (r.severity = 'fatal'), /severity: /],
    ['a duplicate part name', (r: any) => (r.parts[1].name = 'policy'), /duplicate part name "policy"/],
    ['a partial condition without a partial message', (r: any) => delete r.messages.partial, /messages\.partial: required/],
    ['a missing title', (r: any) => delete r.title, /title: /],
  ])('rejects %s, naming file and key', (_what, change, message) => {
    expect(load(variant(change))).toThrow(RuleLoadError);
    expect(load(variant(change))).toThrow(message);
  });
  it('rejects a file whose name is not its id', () => {
    expect(load(JSON.stringify(good), 'safeguards.json')).toThrow(/safeguards.json: id: "support-measures" does not match/);
  });
  it('rejects invalid JSON', () => {
    expect(load('{ "id": ')).toThrow(/not valid JSON/);
  });
  it('rejects duplicate ids across files in a folder and skips non-rule data files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(dir, 'support-measures.json'), JSON.stringify(good));
    writeFileSync(join(dir, 'profiles.json'), '{}');
    expect(loadRulesFrom(dir).map((r) => r.id)).toEqual(['support-measures']);
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ ...good, id: 'x' }));
    expect(loadRulesFrom(dir)).toHaveLength(2);
  });
  it('loads the whole shipped rule set', async () => {
    const { listRules } = await import('../../functions/core/rules/catalog.ts');
    expect(listRules().length).toBeGreaterThanOrEqual(6);
  });
});
