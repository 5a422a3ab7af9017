// .plancheck.json: profile, language, severity overrides, waivers, custom
// profiles — validated strictly, with errors naming the key.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z as Z } from 'zod';
import { PlanInputError } from '../errors.ts';
import { profileSchemas, shippedProfiles, type Profile } from './profiles.ts';
import { lazily, zod } from './zod.ts';

export const CONFIG_FILE = '.plancheck.json';

// Built on first use (zod.ts): most checks have no config.
export const configSchema = lazily(() => {
  const z = zod();
  return z.strictObject({
    $schema: z.string().optional(),
    profile: z.string().optional(),
    lang: z.enum(['zh', 'en']).optional(),
    severity: z.record(z.string(), z.enum(['error', 'warning', 'info'])).optional(),
    waivers: z.array(z.strictObject({ rule: z.string(), reason: z.string().min(1) })).optional(),
    profiles: z.array(profileSchemas().profileSchema).optional(),
  });
});

export type PlancheckConfig = Z.infer<ReturnType<typeof configSchema>>;

export class ConfigError extends PlanInputError {
  constructor(message: string) {
    super('invalid-config', message);
    this.name = 'ConfigError';
  }
}

/** Validates a config object; rule ids and profile names are checked against the catalog. */
export function parseConfig(json: unknown, source = CONFIG_FILE, ruleIds?: Set<string>): PlancheckConfig {
  const parsed = configSchema().safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    const where = keys.map((p) => p.map(String).join('.') || '(root)').join(', ');
    throw new ConfigError(`bad config ${source}: ${where}: ${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`);
  }
  const config = parsed.data;
  if (ruleIds) {
    for (const id of Object.keys(config.severity ?? {})) if (!ruleIds.has(id)) throw new ConfigError(`bad config ${source}: severity.${id}: unknown rule id`);
    for (const w of config.waivers ?? []) if (!ruleIds.has(w.rule)) throw new ConfigError(`bad config ${source}: waivers: unknown rule id "${w.rule}"`);
  }
  if (config.profile) resolveProfile(config.profile, config);
  return config;
}

/** Reads a config file: the given path, else .plancheck.json in the plan's folder, else in cwd. */
export function findConfig(explicit: string | undefined, planPath: string | undefined, ruleIds?: Set<string>): PlancheckConfig | undefined {
  const candidates = explicit ? [resolve(explicit)] : [planPath ? join(dirname(resolve(planPath)), CONFIG_FILE) : null, resolve(CONFIG_FILE)].filter((x): x is string => !!x);
  for (const file of candidates) {
    if (!existsSync(file)) {
      if (explicit) throw new PlanInputError('not-found', `config file not found: ${explicit}`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(`bad config ${file}: not valid JSON (${(e as Error).message})`);
    }
    return parseConfig(json, file, ruleIds);
  }
  return undefined;
}

export function allProfiles(config?: PlancheckConfig): Profile[] {
  const custom = (config?.profiles ?? []).map((p) => ({ name: p.name, title: p.title ?? { zh: p.name, en: p.name }, steps: p.steps }));
  const names = new Set(custom.map((p) => p.name));
  return [...custom, ...shippedProfiles().profiles.filter((p) => !names.has(p.name))];
}

export function resolveProfile(name: string | undefined, config?: PlancheckConfig): Profile {
  const wanted = name ?? config?.profile ?? shippedProfiles().default;
  const found = allProfiles(config).find((p) => p.name === wanted);
  if (!found) throw new ConfigError(`unknown profile "${wanted}" (known: ${allProfiles(config).map((p) => p.name).join(', ')})`);
  return found;
}
