import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRulesFrom, parseRule, RuleLoadError } from '../../functions/core/rules/load-rules.ts';
import { parseVocabulary, VocabularyError } from '../../functions/core/match/vocabulary.ts';

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
    ['a part naming a concept the vocabulary lacks', (r: any) => (r.parts[0].concepts = ['polcy']), /parts\.0\.concepts: unknown concept "polcy"/],
    ['a part naming a passage concept the vocabulary lacks', (r: any) => (r.parts[0].passageConcepts = ['polcy-change']), /parts\.0\.passageConcepts: unknown concept "polcy-change"/],
    ["passage concepts without a label's concepts", (r: any) => (delete r.parts[0].concepts, (r.parts[0].passageConcepts = ['technology-change'])), /parts\.0\.passageConcepts: given without concepts/],
    ['a part found by an unknown fact', (r: any) => (r.parts[0].foundBy = { fact: 'vibes', field: 'count', min: 1 }), /parts\.0\.foundBy\.fact: unknown fact "vibes"/],
    ['a part found by a field its fact lacks', (r: any) => (r.parts[0].foundBy = { fact: 'projects', field: 'total', min: 1 }), /has no field "total"/],
    ['a part counting only with a part the rule lacks', (r: any) => (r.parts[0].onlyWith = 'weather'), /parts\.0\.onlyWith: no other part "weather"/],
    ['a subject part with no topic to filter by', (r: any) => (delete r.sectionCues, (r.outsideTopicWithout = 'policy')), /outsideTopicWithout: given without a topic \(outsideTopic or sectionCues\)/],
    ['a subject part the rule lacks', (r: any) => ((r.outsideTopic = ['保障']), (r.outsideTopicWithout = 'weather')), /outsideTopicWithout: no part "weather"/],
    ['a bad conceptsInSection', (r: any) => (r.conceptsInSection = 9), /conceptsInSection/],
    ['a section topic the vocabulary lacks', (r: any) => (delete r.sectionCues, (r.sectionTopic = 'data-govrnance')), /sectionTopic: unknown topic "data-govrnance"/],
    ['a section topic beside section cues', (r: any) => ((r.sectionTopic = 'data-governance'), (r.sectionCues = ['数据'])), /give either sectionTopic or sectionCues/],
  ])('rejects %s, naming file and key', (_what, change, message) => {
    expect(load(variant(change))).toThrow(RuleLoadError);
    expect(load(variant(change))).toThrow(message);
  });
  it('reads a section topic as the vocabulary list it names, one list shared by its rules', () => {
    const a = parseRule('support-measures.json', variant((r) => (delete r.sectionCues, (r.sectionTopic = 'data-governance'))));
    const b = parseRule('support-measures.json', variant((r) => (delete r.sectionCues, (r.sectionTopic = 'data-governance'))));
    expect(a.sectionCues).toContain('数据治理');
    expect(a.sectionCues).toBe(b.sectionCues);
    expect(parseRule('support-measures.json', variant((r) => (delete r.sectionCues, (r.sectionTopic = 'current-state')))).sectionCues).toContain('发展现状');
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
  it('takes a notFoundIn rule of any step with sections, and rejects one without', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const other = { ...good, id: 'peer-rule', step: 'assessment-strategy' };
    writeFileSync(join(dir, 'peer-rule.json'), JSON.stringify(other));
    writeFileSync(join(dir, 'support-measures.json'), JSON.stringify({ ...good, notFoundIn: ['peer-rule'] }));
    expect(loadRulesFrom(dir)).toHaveLength(2);
    writeFileSync(join(dir, 'peer-rule.json'), JSON.stringify({ ...other, sectionCues: undefined }));
    expect(() => loadRulesFrom(dir)).toThrow(/support-measures.json: notFoundIn: "peer-rule" names no other rule with sectionCues/);
    writeFileSync(join(dir, 'support-measures.json'), JSON.stringify({ ...good, notFoundIn: ['no-such-rule'] }));
    expect(() => loadRulesFrom(dir)).toThrow(/notFoundIn: "no-such-rule"/);
  });
  it.each(['yieldsTo', 'notLedIn'])('rejects a %s naming no peer of the same step', (key) => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const other = { ...good, id: 'peer-rule', step: 'assessment-strategy' };
    writeFileSync(join(dir, 'peer-rule.json'), JSON.stringify(other));
    writeFileSync(join(dir, 'support-measures.json'), JSON.stringify({ ...good, [key]: ['peer-rule'] }));
    expect(() => loadRulesFrom(dir)).toThrow(new RegExp(`support-measures.json: ${key}: "peer-rule" names no other rule of step`));
    writeFileSync(join(dir, 'support-measures.json'), JSON.stringify({ ...good, [key]: ['no-such-rule'] }));
    expect(() => loadRulesFrom(dir)).toThrow(new RegExp(`${key}: "no-such-rule"`));
    writeFileSync(join(dir, 'peer-rule.json'), JSON.stringify({ ...other, step: good.step }));
    writeFileSync(join(dir, 'support-measures.json'), JSON.stringify({ ...good, [key]: ['peer-rule'] }));
    expect(loadRulesFrom(dir)).toHaveLength(2);
  });
  it('loads the whole shipped rule set', async () => {
    const { listRules } = await import('../../functions/core/rules/catalog.ts');
    expect(listRules().length).toBeGreaterThanOrEqual(6);
  });
});

describe('strict vocabulary loading', () => {
  const vocab = JSON.parse(readFileSync(new URL('../../rules/vocabulary.json', import.meta.url), 'utf8'));
  const text = (change: (v: any) => void) => {
    const v = structuredClone(vocab);
    change(v);
    return JSON.stringify(v);
  };
  it('loads the shipped vocabulary', () => {
    expect(Object.keys(parseVocabulary(JSON.stringify(vocab)).concepts)).toContain('funding');
  });
  it.each([
    ['a misspelt key', (v: any) => (v.concpets = v.concepts), /vocabulary\.json: concpets: unknown key/],
    ['a concept with no terms', (v: any) => (v.concepts.funding = []), /concepts\.funding/],
    ['a concept name not in kebab-case', (v: any) => (v.concepts.Funding = ['资金']), /concepts\.Funding/],
    ['a regional word that changes the length', (v: any) => (v.regionalWords['數位化'] = '数字'), /regionalWords\.數位化: .* same length/],
    ['an unstemmed term that is not English', (v: any) => v.concepts.funding.push('=资金'), /concepts\.funding\.\d+: an unstemmed term/],
    ['an English term with a contraction, which never matches', (v: any) => v.concepts.funding.push("how we'll pay"), /concepts\.funding\.\d+: a contraction never matches/],
    ['a genre without its body cue threshold', (v: any) => delete v.nonPlanGenres.regulation.minBodyHits, /nonPlanGenres\.regulation\.minBodyHits/],
  ])('rejects %s, naming the key', (_what, change, message) => {
    expect(() => parseVocabulary(text(change))).toThrow(VocabularyError);
    expect(() => parseVocabulary(text(change))).toThrow(message);
  });
});
