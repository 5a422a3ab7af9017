// Each plan's settings in a batch: its profile — from its manifest entry, else
// its own .plancheck.json (in a folder plan's folder, else the nearest one up
// to the source's top), else the batch's --profile, else the manifest's
// default, else the shipped default — and the rest of that .plancheck.json
// (severity overrides, waivers, custom profiles), as `plancheck check` applies
// it. The batch's language always wins: one sheet, one language.
import { posix } from 'node:path';
import type { ProfileSource } from '../core/batch/summary.ts';
import { CONFIG_FILE, ConfigError, parseConfig, resolveProfile, type PlancheckConfig } from '../core/rules/config.ts';
import type { Profile } from '../core/rules/profiles.ts';
import { listRules } from '../core/rules/catalog.ts';
import { manifestEntries, type BatchManifestFile } from './manifest.ts';
import { planEntries, type PlanEntry } from './plan-entries.ts';

export interface PlanSettings {
  profile: Profile;
  profileFrom: ProfileSource;
  /** The plan's .plancheck.json, without its language; undefined when it has none. */
  config?: PlancheckConfig;
  /** Where that config was read, for messages. */
  configKey?: string;
}

export interface BatchPlans {
  entries: PlanEntry[];
  settings: Map<string, PlanSettings>;
}

const dirOf = (key: string) => posix.dirname(key).replace(/^\.$/, '');

/** The .plancheck.json keys that may hold a plan's config, nearest first. */
export function configCandidates(entry: PlanEntry): string[] {
  const out: string[] = [];
  let dir = entry.folder ? entry.file : dirOf(entry.file);
  for (;;) {
    out.push(dir ? `${dir}/${CONFIG_FILE}` : CONFIG_FILE);
    if (!dir) return out;
    dir = dirOf(dir);
  }
}

/**
 * The batch's plans and their settings, resolved before any plan is checked:
 * a manifest key that names no plan, a bad .plancheck.json or an unknown
 * profile is a ConfigError (exit 2), not a row.
 */
export async function resolvePlans(
  keys: string[],
  read: (key: string) => Promise<Uint8Array>,
  options: { profile?: string; manifest?: BatchManifestFile; manifestName?: string } = {},
): Promise<BatchPlans> {
  const named = manifestEntries(options.manifest);
  const keySet = new Set(keys);
  const hasMarkdownIn = (dir: string) => keys.some((k) => dirOf(k) === dir && /\.(md|markdown)$/i.test(k));
  const folders = named.filter((m) => m.folder || (!keySet.has(m.path) && hasMarkdownIn(m.path))).map((m) => m.path);
  const files = named.filter((m) => keySet.has(m.path)).map((m) => m.path);
  const entries = planEntries(keys, { folders, files });
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const where = options.manifestName ?? 'the manifest';
  for (const m of named) {
    if (!byFile.has(m.path)) throw new ConfigError(`bad manifest ${where}: plans."${m.key}": no such plan in the batch (a PDF, DOCX or Markdown file, or a folder of Markdown files, below the source)`);
  }
  const manifestProfile = new Map(named.filter((m) => m.profile).map((m) => [m.path, m.profile!]));

  const ruleIds = new Set(listRules().map((r) => r.id));
  const configs = new Map<string, Promise<PlancheckConfig | undefined>>();
  const configAt = (key: string) => {
    let c = configs.get(key);
    if (!c) {
      c = keySet.has(key)
        ? read(key).then((bytes) => {
            let json: unknown;
            try {
              json = JSON.parse(new TextDecoder().decode(bytes));
            } catch (e) {
              throw new ConfigError(`bad config ${key}: not valid JSON (${(e as Error).message})`);
            }
            const { lang: _lang, ...config } = parseConfig(json, key, ruleIds);
            return config;
          })
        : Promise.resolve(undefined);
      configs.set(key, c);
    }
    return c;
  };

  const settings = new Map<string, PlanSettings>();
  for (const entry of entries) {
    const configKey = configCandidates(entry).find((k) => keySet.has(k));
    const config = configKey ? await configAt(configKey) : undefined;
    const fromManifest = manifestProfile.get(entry.file);
    const [name, from]: [string | undefined, ProfileSource] = fromManifest
      ? [fromManifest, 'manifest']
      : config?.profile
        ? [config.profile, 'config']
        : [options.profile ?? options.manifest?.profile, 'batch'];
    let profile: Profile;
    try {
      profile = resolveProfile(name, config);
    } catch (e) {
      const origin = from === 'manifest' ? `manifest ${where}, plans."${entry.file}"` : from === 'config' ? `config ${configKey}` : options.profile ? '--profile' : `manifest ${where}`;
      throw new ConfigError(`${(e as Error).message} (${origin})`);
    }
    settings.set(entry.file, { profile, profileFrom: from, ...(config ? { config, configKey } : {}) });
  }
  return { entries, settings };
}
