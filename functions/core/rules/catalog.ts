// The rule catalog: rules/*.json loaded strictly once, and the ruleset version
// (a hash of every file in rules/ the checker reads, so a report says exactly
// which rules produced it).
import { rulesDir } from '../match/vocabulary.ts';
import { loadRulesFrom } from './load-rules.ts';
import type { RuleDefinition } from './rule-schema.ts';
import { shippedProfiles, type Profile } from './profiles.ts';
import { rulesetVersionOf } from './ruleset-version.ts';

let rules: RuleDefinition[] | null = null;

export function listRules(): RuleDefinition[] {
  rules ??= loadRulesFrom(rulesDir);
  return rules;
}

export function listProfiles(): Profile[] {
  return shippedProfiles().profiles;
}

export function getRulesetVersion(): string {
  return rulesetVersionOf(rulesDir);
}
