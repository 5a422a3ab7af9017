// Strict loading of rules/*.json: every problem is an error naming the file and
// the key, so a rule author sees at once what to fix.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ruleSchemas, type Condition, type LeafCondition, type RuleDefinition } from './rule-schema.ts';
import { facts } from '../facts/index.ts';
import { OPERATORS } from './operators.ts';
import { vocabulary } from '../match/vocabulary.ts';
import { firstIssue, validatedAtBuild } from './ruleset-version.ts';
import { withContractedForms } from '../text/contractions.ts';

/** Files in rules/ that are not rules. */
const NOT_RULES = new Set(['profiles.json', 'vocabulary.json']);

export class RuleLoadError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'RuleLoadError';
    this.file = file;
  }
}

function leaves(c: Condition, at: string, out: { leaf: LeafCondition; at: string }[]): void {
  if ('all' in c) c.all.forEach((x, i) => leaves(x, `${at}.all[${i}]`, out));
  else if ('any' in c) c.any.forEach((x, i) => leaves(x, `${at}.any[${i}]`, out));
  else if ('not' in c) leaves(c.not, `${at}.not`, out);
  else out.push({ leaf: c, at });
}

function checkLeaf(file: string, rule: RuleDefinition, leaf: LeafCondition, at: string): void {
  const mod = facts[leaf.fact];
  if (!mod) throw new RuleLoadError(file, `${at}.fact: unknown fact "${leaf.fact}" (known: ${Object.keys(facts).join(', ')})`);
  if (!OPERATORS.has(leaf.operator)) throw new RuleLoadError(file, `${at}.operator: unknown operator "${leaf.operator}"`);
  if (leaf.fact === 'parts' && !rule.parts?.length) throw new RuleLoadError(file, `${at}.fact: "parts" needs a "parts" list in the rule`);
  if (leaf.path) {
    const keys = leaf.path.split('.').slice(1);
    if (keys.length && !mod.fields.includes(keys[0])) {
      throw new RuleLoadError(file, `${at}.path: fact "${leaf.fact}" has no field "${keys[0]}" (fields: ${mod.fields.join(', ')})`);
    }
    if (leaf.fact === 'parts' && keys[0] === 'byName') {
      const part = keys[1];
      if (!part || !rule.parts!.some((p) => p.name === part)) throw new RuleLoadError(file, `${at}.path: unknown part "${part ?? ''}"`);
    }
  }
}

/**
 * A rule file's text → its definition, or a RuleLoadError naming the key.
 * `validated`: the file is one the build already ran the schema over (see
 * ruleset-version.ts); the schema has no defaults or transforms, so its output
 * is the JSON itself and only the schema run is skipped, not the checks below.
 */
export function parseRule(file: string, text: string, { validated = false }: { validated?: boolean } = {}): RuleDefinition {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new RuleLoadError(file, `not valid JSON (${(e as Error).message})`);
  }
  let rule: RuleDefinition;
  if (validated) rule = json as RuleDefinition;
  else {
    const parsed = ruleSchemas().ruleSchema.safeParse(json);
    if (!parsed.success) throw new RuleLoadError(file, firstIssue(parsed.error));
    rule = parsed.data;
  }
  // (Its word lists hold the short forms of English's long ones: What we will do, What we'll do.)
  rule = withContractedForms(rule, vocabulary().englishContractions);
  const expectedId = basename(file, '.json');
  if (rule.id !== expectedId) throw new RuleLoadError(file, `id: "${rule.id}" does not match the file name "${expectedId}"`);
  if (rule.sectionTopic !== undefined) {
    if (rule.sectionCues) throw new RuleLoadError(file, 'sectionTopic: give either sectionTopic or sectionCues, not both');
    const cues = vocabulary().sectionTopics;
    if (!Object.hasOwn(cues, rule.sectionTopic)) {
      throw new RuleLoadError(file, `sectionTopic: unknown topic "${rule.sectionTopic}" (known: ${Object.keys(cues).join(', ')})`);
    }
    // Every reader of the rule goes by sectionCues; sharing the one list also shares its caches.
    rule = { ...rule, sectionCues: cues[rule.sectionTopic] };
  }
  const names = new Set<string>();
  const concepts = vocabulary().concepts;
  for (const [i, p] of (rule.parts ?? []).entries()) {
    if (names.has(p.name)) throw new RuleLoadError(file, `parts: duplicate part name "${p.name}"`);
    names.add(p.name);
    if (p.onlyWith && !(rule.parts ?? []).some((q) => q.name === p.onlyWith && q !== p)) throw new RuleLoadError(file, `parts.${i}.onlyWith: no other part "${p.onlyWith}"`);
    if (p.foundBy) {
      const mod = facts[p.foundBy.fact];
      if (!mod) throw new RuleLoadError(file, `parts.${i}.foundBy.fact: unknown fact "${p.foundBy.fact}"`);
      if (!mod.fields.includes(p.foundBy.field)) throw new RuleLoadError(file, `parts.${i}.foundBy.field: fact "${p.foundBy.fact}" has no field "${p.foundBy.field}"`);
    }
    for (const key of ['concepts', 'passageConcepts'] as const) {
      for (const c of p[key] ?? []) {
        if (!Object.hasOwn(concepts, c)) throw new RuleLoadError(file, `parts.${i}.${key}: unknown concept "${c}" (not in vocabulary.json)`);
      }
    }
    if (p.passageConcepts && !p.concepts?.length) throw new RuleLoadError(file, `parts.${i}.passageConcepts: given without concepts (a label's concepts)`);
  }
  if (rule.outsideTopicWithout !== undefined) {
    if (!rule.outsideTopic && !rule.sectionCues?.length) throw new RuleLoadError(file, 'outsideTopicWithout: given without a topic (outsideTopic or sectionCues)');
    if (!names.has(rule.outsideTopicWithout)) throw new RuleLoadError(file, `outsideTopicWithout: no part "${rule.outsideTopicWithout}"`);
  }
  const all: { leaf: LeafCondition; at: string }[] = [];
  leaves(rule.conditions.pass, 'conditions.pass', all);
  if (rule.conditions.partial) leaves(rule.conditions.partial, 'conditions.partial', all);
  for (const { leaf, at } of all) checkLeaf(file, rule, leaf, at);
  if (rule.conditions.partial && !rule.messages.partial) throw new RuleLoadError(file, 'messages.partial: required when conditions.partial is given');
  return rule;
}

/** Loads every rule file of a folder; throws RuleLoadError on the first bad one. */
export function loadRulesFrom(dir: string): RuleDefinition[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !NOT_RULES.has(f)).sort();
  const validated = validatedAtBuild(dir);
  const seen = new Map<string, string>();
  const rules: RuleDefinition[] = [];
  for (const f of files) {
    const rule = parseRule(f, readFileSync(join(dir, f), 'utf8'), { validated });
    const other = seen.get(rule.id);
    if (other) throw new RuleLoadError(f, `id: duplicate rule id "${rule.id}" (also in ${other})`);
    seen.set(rule.id, f);
    rules.push(rule);
  }
  for (const rule of rules) {
    // Peer rules (yieldsTo, notLedIn): other rules of the same step, with sections of their own;
    // notFoundIn: other rules of any step with sections of their own.
    for (const key of ['yieldsTo', 'notLedIn', 'notFoundIn'] as const) {
      const sameStep = key !== 'notFoundIn';
      for (const id of rule[key] ?? []) {
        const peer = rules.find((r) => r.id === id);
        if (!peer || peer === rule || (sameStep && peer.step !== rule.step) || !peer.sectionCues?.length) {
          throw new RuleLoadError(`${rule.id}.json`, `${key}: "${id}" names no other rule${sameStep ? ` of step ${rule.step}` : ''} with sectionCues`);
        }
      }
    }
    if (!rule.scopePart) continue;
    const [id, part] = rule.scopePart.split('/');
    const other = rules.find((r) => r.id === id);
    if (!other?.parts?.some((p) => p.name === part && p.concepts?.length)) {
      throw new RuleLoadError(`${rule.id}.json`, `scopePart: "${rule.scopePart}" names no part with concepts`);
    }
  }
  return rules;
}
