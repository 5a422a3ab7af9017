// json-rules-engine evaluates a rule's `pass` and `partial` conditions against
// the document's facts; neither holding means fail.
import { Engine, Fact, type TopLevelCondition } from 'json-rules-engine';
import type { RuleDefinition, Condition } from './rule-schema.ts';
import type { FactContext, FactOutput } from '../facts/context.ts';
import { factOutput } from '../facts/index.ts';
import { customOperators } from './operators.ts';

export interface RuleEvaluation {
  status: 'pass' | 'partial' | 'fail';
  /** Fact outputs the rule's conditions read, by fact name. */
  facts: Record<string, FactOutput>;
}

/** The facts a condition reads. */
export function factNames(c: Condition, out: Set<string> = new Set()): Set<string> {
  if ('all' in c) c.all.forEach((x) => factNames(x, out));
  else if ('any' in c) c.any.forEach((x) => factNames(x, out));
  else if ('not' in c) factNames(c.not, out);
  else out.add(c.fact);
  return out;
}

function topLevel(c: Condition): TopLevelCondition {
  // A bare leaf is wrapped: json-rules-engine wants all/any/not at the top.
  return ('all' in c || 'any' in c || 'not' in c ? c : { all: [c] }) as TopLevelCondition;
}

/**
 * A condition's `$.a.b` path (the only form rule-schema accepts) read as plain
 * own properties: what jsonpath-plus, the engine's default, returns for such a
 * path, without its parser and the Error objects it makes on every lookup.
 */
export function resolvePath(value: object, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.').slice(1)) {
    if (current === null || current === undefined || !Object.hasOwn(Object(current), key)) return undefined;
    current = (Object(current) as Record<string, unknown>)[key];
  }
  return current;
}

// A rule's engine holds what is the same for every plan: its conditions as the engine's rules
// and the operators (the engine's defaults and decorators, ours). Built once per rule, not per
// rule and plan (42 engines a check). A plan's facts go to the run alone. A run sets its engine's
// status, which the engine's other runs read: engines are pooled per rule, so checks interleaved
// in one thread never run one engine at once.
const idleEngines = new WeakMap<RuleDefinition, Engine[]>();

function engineFor(rule: RuleDefinition): Engine {
  let pool = idleEngines.get(rule);
  if (!pool) idleEngines.set(rule, (pool = []));
  const idle = pool.pop();
  if (idle) return idle;
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
  for (const op of customOperators) engine.addOperator(op);
  engine.addRule({ name: 'pass', priority: 2, conditions: topLevel(rule.conditions.pass), event: { type: 'pass' } });
  if (rule.conditions.partial) {
    engine.addRule({ name: 'partial', priority: 1, conditions: topLevel(rule.conditions.partial), event: { type: 'partial' } });
  }
  return engine;
}

export async function evaluateRule(rule: RuleDefinition, ctx: FactContext): Promise<RuleEvaluation> {
  const ruleCtx: FactContext = { ...ctx, rule };
  const names = factNames(rule.conditions.pass, new Set());
  if (rule.conditions.partial) factNames(rule.conditions.partial, names);
  const outputs: Record<string, FactOutput> = {};
  for (const name of names) outputs[name] = factOutput(ruleCtx, name);

  // Constant facts: the engine reads them without its cache, but by default still hashes a cache
  // key for each (hash-it, ~8 ms of a cold thread's first check). Given to this run only.
  const facts: Record<string, Fact> = {};
  for (const name of names) facts[name] = new Fact(name, outputs[name].value as never, { cache: false });
  const engine = engineFor(rule);
  try {
    const { events } = await engine.run(facts);
    const types = new Set(events.map((e) => e.type));
    const status = types.has('pass') ? 'pass' : types.has('partial') ? 'partial' : 'fail';
    return { status, facts: outputs };
  } finally {
    idleEngines.get(rule)!.push(engine);
  }
}
