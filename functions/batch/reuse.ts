// Whether an earlier report on the batch's output still stands for a plan: the
// same bytes, profile (name and steps), language and rule set, and the same
// severity overrides and waivers from its .plancheck.json — any change and the
// plan is checked again.
import type { CheckResult, Lang } from '../core/check/result.ts';
import { listRules } from '../core/rules/catalog.ts';
import type { PlanSettings } from './plan-settings.ts';

function sameSettings(r: CheckResult, settings: PlanSettings): boolean {
  const p = settings.profile;
  if (r.profile?.name !== p.name || [...(r.profile.steps ?? [])].sort().join() !== [...p.steps].sort().join()) return false;
  const catalog = new Map(listRules().map((x) => [x.id, x]));
  const waivers = new Map((settings.config?.waivers ?? []).map((w) => [w.rule, w.reason]));
  for (const rule of r.results ?? []) {
    const def = catalog.get(rule.id);
    if (!def) return false;
    if (rule.severity !== (settings.config?.severity?.[rule.id] ?? def.severity)) return false;
    const reason = waivers.get(rule.id);
    if (rule.waiver?.reason !== reason) {
      // A waiver leaves out-of-scope rules, and a non-plan's headline rules, as they were.
      const untouched = !rule.waiver && (rule.status === 'not-applicable' || (!r.verdict?.isPlan && def.headline));
      if (!untouched) return false;
    }
  }
  return true;
}

/** The earlier report for these bytes, if it was made with the same settings, language and rule set. */
export function reusable(stored: string | null, sha256: string, settings: PlanSettings, lang: Lang, rulesetVersion: string): CheckResult | null {
  if (!stored) return null;
  try {
    const r = JSON.parse(stored) as CheckResult;
    const same = r.document?.sha256 === sha256 && r.lang === lang && r.checker?.rulesetVersion === rulesetVersion && sameSettings(r, settings);
    return same ? r : null;
  } catch {
    return null; // a damaged report is simply made again
  }
}
