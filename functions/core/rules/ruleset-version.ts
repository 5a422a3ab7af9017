// The rule set's version: a hash of every file in rules/ the checker reads, so a
// report says exactly which rules produced it. A bundle also carries the
// version its build validated (infra/lambda-bundle.ts checks the rules,
// vocabulary and profiles strictly, then defines __PLANCHECK_RULES_VALIDATED__):
// when the files beside the bundle hash to it, they are those very files, and
// loading them again need not run their zod schemas (~50-80 ms of a CLI
// process's start). Edited files hash otherwise and load strictly.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

declare const __PLANCHECK_RULES_VALIDATED__: string | undefined;

const versions = new Map<string, string>();

/** sha256 over the names and bytes of every .json file of a rules folder, in name order. */
export function rulesetVersionOf(dir: string): string {
  let version = versions.get(dir);
  if (version) return version;
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    hash.update(f);
    hash.update(readFileSync(join(dir, f)));
  }
  version = `sha256:${hash.digest('hex').slice(0, 16)}`;
  versions.set(dir, version);
  return version;
}

/** Whether a rules folder holds exactly the files this bundle's build validated. Never from a checkout. */
export function validatedAtBuild(dir: string): boolean {
  return typeof __PLANCHECK_RULES_VALIDATED__ === 'string' && rulesetVersionOf(dir) === __PLANCHECK_RULES_VALIDATED__;
}

/** A schema's first complaint about a rules file as "key.path: what", an unknown key named as such. */
export function firstIssue(error: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] }[] }): string {
  const issue = error.issues[0]!;
  const keys = Array.isArray(issue.keys) ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
  const where = keys.map((p) => p.map(String).join('.') || '(root)').join(', ');
  return `${where}: ${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`;
}
