// Profiles: which of the eight steps a plan covers. Shipped ones come from
// rules/profiles.json; a config may add custom ones.
import { readFileSync } from 'node:fs';
import type { z as Z } from 'zod';
import type { Localized, StepId } from '../check/result.ts';
import { rulesDir } from '../match/vocabulary.ts';
import { STEP_IDS } from './steps.ts';
import { validatedAtBuild } from './ruleset-version.ts';
import type { RuleDefinition } from './rule-schema.ts';
import { lazily, zod } from './zod.ts';

export interface Profile {
  name: string;
  title: Localized;
  steps: StepId[];
}

// Built on first use (zod.ts): a bundle's validated profiles.json and a check without a config never need them.
export const profileSchemas = lazily(() => {
  const z = zod();
  const localized = z.strictObject({ zh: z.string(), en: z.string() });
  const profileSchema = z.strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'profile names are kebab-case'),
    title: localized.optional(),
    steps: z.array(z.enum(STEP_IDS)).min(1),
  });
  const fileSchema = z.strictObject({ default: z.string(), profiles: z.array(profileSchema).min(1) });
  return { profileSchema, fileSchema };
});

let shipped: { default: string; profiles: Profile[] } | null = null;

export function shippedProfiles(): { default: string; profiles: Profile[] } {
  if (shipped) return shipped;
  const json: unknown = JSON.parse(readFileSync(`${rulesDir}profiles.json`, 'utf8'));
  const parsed = validatedAtBuild(rulesDir) ? (json as Z.infer<ReturnType<typeof profileSchemas>['fileSchema']>) : profileSchemas().fileSchema.parse(json);
  shipped = {
    default: parsed.default,
    profiles: parsed.profiles.map((p) => ({ name: p.name, title: p.title ?? { zh: p.name, en: p.name }, steps: p.steps })),
  };
  return shipped;
}

/** Whether a rule is in scope under a profile: "always" rules always are; others when their step is. */
export function inScope(rule: RuleDefinition, profile: Profile): boolean {
  return rule.scope === 'always' || profile.steps.includes(rule.step);
}
