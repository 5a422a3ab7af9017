// The fact registry: one module a file, each describing itself (name, fields,
// compute, details, dependencies). A condition naming a fact not listed here
// makes its rule fail to load.
import { registerFact, factModule, type FactContext, type FactModule, type FactOutput } from './context.ts';
import * as parts from './parts.ts';
import * as horizon from './horizon.ts';
import * as targets from './targets.ts';
import * as indicators from './indicators.ts';
import * as stages from './stages.ts';
import * as projects from './projects.ts';
import * as planVerdict from './plan-verdict.ts';
import * as taskChapters from './task-chapters.ts';

export type { FactModule };

const modules: FactModule[] = [parts, horizon, targets, indicators, stages, projects, planVerdict, taskChapters] as unknown as FactModule[];
for (const mod of modules) registerFact(mod);

export const facts: Record<string, FactModule> = Object.fromEntries(modules.map((m) => [m.name, m]));

export function isFact(name: string): boolean {
  return factModule(name) !== undefined;
}

/** A fact's output for this document (and rule, for per-rule facts), computed once. */
export function factOutput(ctx: FactContext, name: string): FactOutput {
  return ctx.read(name);
}
