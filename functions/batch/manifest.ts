// The batch manifest (plancheck-batch.json at the source's top, or --manifest):
// a default profile for the batch and a profile per plan, keyed by the plan's
// path below the source. A key ending in "/" names a folder read as one plan.
// Validated strictly; every key must name a plan of the batch.
import { z } from 'zod';
import { ConfigError } from '../core/rules/config.ts';

export const MANIFEST_FILE = 'plancheck-batch.json';

const entrySchema = z.strictObject({ profile: z.string().min(1).optional() });
export const manifestSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The batch's profile for plans that set none (the command line's --profile wins over it). */
  profile: z.string().min(1).optional(),
  plans: z.record(z.string().min(1), entrySchema).optional(),
});

export type BatchManifestFile = z.infer<typeof manifestSchema>;

export interface ManifestEntry {
  /** The key as written, for messages. */
  key: string;
  /** Normalized: no leading "./", no trailing "/". */
  path: string;
  /** Written with a trailing "/": a folder read as one plan. */
  folder: boolean;
  profile?: string;
}

export function parseManifest(text: string, source: string): BatchManifestFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`bad manifest ${source}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    const where = keys.map((p) => p.map(String).join('.') || '(root)').join(', ');
    throw new ConfigError(`bad manifest ${source}: ${where}: ${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`);
  }
  return parsed.data;
}

export function manifestEntries(m: BatchManifestFile | undefined): ManifestEntry[] {
  return Object.entries(m?.plans ?? {}).map(([key, v]) => ({
    key,
    path: key.replace(/^(\.\/)+/, '').replace(/\/+$/, ''),
    folder: key.endsWith('/'),
    profile: v.profile,
  }));
}
