// The fact registry: one module a file, registered here by name. A condition
// naming a fact not listed here makes its rule fail to load.
import type { FactContext, FactOutput } from './context.ts';
import * as parts from './parts.ts';
import * as horizon from './horizon.ts';
import * as targets from './targets.ts';
import * as indicators from './indicators.ts';
import * as stages from './stages.ts';
import * as projects from './projects.ts';
import * as planVerdict from './plan-verdict.ts';
import * as guideMatch from './guide-match.ts';

export interface FactModule {
  /** Top-level keys of the fact's value a condition's path may read. */
  fields: string[];
  compute(ctx: FactContext): FactOutput;
  /** Depends on the rule being evaluated (not cached across rules). */
  perRule?: boolean;
}

export const facts: Record<string, FactModule> = {
  parts: { ...parts, perRule: true },
  horizon,
  targets,
  indicators,
  stages,
  projects,
  'plan-verdict': planVerdict,
  'guide-match': { ...guideMatch, perRule: true },
};

export function isFact(name: string): boolean {
  return Object.hasOwn(facts, name);
}

/** A fact's output for this document (and rule, for per-rule facts), computed once. */
export function factOutput(ctx: FactContext, name: string): FactOutput {
  const mod = facts[name];
  if (!mod) throw new Error(`unknown fact ${name}`);
  const key = mod.perRule ? `${name}@${ctx.rule?.id ?? ''}` : name;
  let out = ctx.cache.get(key) as FactOutput | undefined;
  if (!out) {
    out = mod.compute(ctx);
    ctx.cache.set(key, out);
  }
  return out;
}
