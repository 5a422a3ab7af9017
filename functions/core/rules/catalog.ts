// The rule catalog: rules/*.json loaded strictly once, and the ruleset version
// (a hash of every file in rules/ the checker reads, so a report says exactly
// which rules produced it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesDir } from '../match/vocabulary.ts';
import { loadRulesFrom } from './load-rules.ts';
import type { RuleDefinition } from './rule-schema.ts';
import { shippedProfiles, type Profile } from './profiles.ts';

let rules: RuleDefinition[] | null = null;
let version: string | null = null;

export function listRules(): RuleDefinition[] {
  rules ??= loadRulesFrom(rulesDir);
  return rules;
}

export function listProfiles(): Profile[] {
  return shippedProfiles().profiles;
}

export function getRulesetVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const f of readdirSync(rulesDir).filter((f) => f.endsWith('.json')).sort()) {
    hash.update(f);
    hash.update(readFileSync(join(rulesDir, f)));
  }
  version = `sha256:${hash.digest('hex').slice(0, 16)}`;
  return version;
}
