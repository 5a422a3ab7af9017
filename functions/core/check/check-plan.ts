// checkDocument / checkPlan: facts → every rule through json-rules-engine →
// statuses (with profile scope, waivers, severity overrides) → scores, verdict,
// summary. Every rule appears in the result, in scope or not.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PlanDocument } from '../document/model.ts';
import type { ParseInput } from '../parsers/plugin.ts';
import type { CheckResult, Lang, PartResult, RuleResult, RuleStatus } from './result.ts';
import { buildContext } from '../facts/context.ts';
import { factOutput, facts } from '../facts/index.ts';
import type { PartsValue } from '../facts/parts.ts';
import type { PlanVerdictValue } from '../facts/plan-verdict.ts';
import { listRules, getRulesetVersion } from '../rules/catalog.ts';
import { resolveProfile, parseConfig, type PlancheckConfig } from '../rules/config.ts';
import { inScope } from '../rules/profiles.ts';
import { evaluateRule } from '../rules/evaluate-rule.ts';
import { fillMessage } from '../rules/messages.ts';
import { computeScores, ruleScore } from '../rules/scores.ts';
import { stageOf } from '../rules/steps.ts';
import { checkerBuild } from './checker-build.ts';
import { asInputError } from '../errors.ts';
import { boundRule, boundText, boundWarnings, reportBounds } from './bound.ts';
import type { Section } from '../document/model.ts';
import { placeFindings } from './insertion.ts';
import { addLeads, planOutline } from './plan-outline.ts';
import { PlanSections } from './plan-sections.ts';
import { withFingerprints } from './fingerprint.ts';

export const SCHEMA_VERSION = '1.2.0';
export const GUIDE = { id: 'T/SZS 4042-2021', title: '城市数字化转型顶层设计指南' };

export interface CheckOptions {
  profile?: string;
  lang?: Lang;
  config?: PlancheckConfig;
  source?: string;
}

let checkerVersion: string | null = null;
function version(): string {
  checkerVersion ??= (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return checkerVersion;
}

/** Details a rule reports beside its message: each fact it read describes its own findings. */
function detailsFor(outputs: Record<string, { value: unknown }>): Record<string, unknown> | undefined {
  const d: Record<string, unknown> = {};
  for (const [name, out] of Object.entries(outputs)) Object.assign(d, facts[name]?.details?.(out.value as never));
  return Object.keys(d).length ? d : undefined;
}

export async function checkDocument(doc: PlanDocument, options: CheckOptions = {}): Promise<CheckResult> {
  const rules = listRules();
  const config = options.config ? parseConfig(options.config, 'config', new Set(rules.map((r) => r.id))) : undefined;
  const profile = resolveProfile(options.profile, config);
  const lang: Lang = options.lang ?? config?.lang ?? 'zh';
  const waivers = new Map((config?.waivers ?? []).map((w) => [w.rule, w.reason]));
  const ctx = buildContext(doc);
  ctx.rules = rules;
  if (profile.steps.length === 1) ctx.specialStep = profile.steps[0];

  // The verdict first: a document that is not a plan has no period, goals or
  // safeguards of its own, even when it reports on a plan's (product decision).
  const verdictValue = factOutput(ctx, 'plan-verdict').value as PlanVerdictValue;
  const notPlan = verdictValue.isPlan
    ? null
    : {
        zh: `不是规划（${verdictValue.genreLocalized.zh}）：${verdictValue.reasonsLocalized[0]?.zh ?? ''}`,
        en: `Not a plan (${verdictValue.genreLocalized.en}): ${verdictValue.reasonsLocalized[0]?.en ?? ''}`,
      };

  const results: (RuleResult & { weight: number })[] = [];
  const evidenceTotals = new Map<string, number>();
  const scopeRoots = new Map<string, Section[]>();
  for (const rule of rules) {
    const severity = config?.severity?.[rule.id] ?? rule.severity;
    const base = {
      id: rule.id,
      severity,
      clause: rule.clause,
      step: rule.step,
      stage: stageOf(rule.step),
      title: rule.title,
      expected: rule.expected[lang],
      weight: rule.weight,
    };
    const emptyParts: PartResult[] = (rule.parts ?? []).map((p) => ({ name: p.name, label: p.label, status: 'missing', evidence: [] }));
    if (!inScope(rule, profile)) {
      const message = lang === 'zh' ? `不在所选范围（${profile.name}）内。` : `Not in scope of profile "${profile.name}".`;
      results.push({ ...base, status: 'not-applicable', message, parts: emptyParts, evidence: [], score: 0 });
      continue;
    }
    if (notPlan && rule.headline) {
      results.push({ ...base, status: 'fail', message: notPlan[lang], parts: emptyParts, evidence: [], score: 0 });
      continue;
    }
    const evaluation = await evaluateRule(rule, ctx);
    let status: RuleStatus = evaluation.status;
    const partsFact = evaluation.facts.parts?.value as PartsValue | undefined;
    if (partsFact) scopeRoots.set(rule.id, partsFact.scopeRoots);
    const parts: PartResult[] = (rule.parts ?? []).map((p) => {
      const f = partsFact?.findings.find((x) => x.name === p.name);
      return { name: p.name, label: p.label, status: f?.status ?? 'missing', evidence: f?.evidence ?? [] };
    });
    const template = (status === 'partial' ? rule.messages.partial : rule.messages[status]) ?? rule.messages.fail;
    const message = fillMessage(template[lang], rule, evaluation.facts, lang);
    const allEvidence = Object.values(evaluation.facts).flatMap((f) => f.evidence);
    evidenceTotals.set(rule.id, allEvidence.length);
    const evidence = allEvidence.slice(0, reportBounds.evidence);
    const score = ruleScore(status, partsFact && partsFact.total ? partsFact.share : null);
    const result: RuleResult & { weight: number } = { ...base, status, message, parts, evidence, score, details: detailsFor(evaluation.facts) };
    const reason = waivers.get(rule.id);
    if (reason) {
      status = 'waived';
      result.status = status;
      result.waiver = { reason };
    }
    if (!result.details) delete result.details;
    results.push(result);
  }

  const verdict = {
    isPlan: verdictValue.isPlan,
    confidence: verdictValue.confidence,
    reasons: verdictValue.reasonsLocalized.map((r) => r[lang]),
    genre: verdictValue.genre,
    genreLabel: verdictValue.genreLocalized[lang],
  };
  const scores = computeScores(results, profile.steps);
  const title = doc.title === null ? null : boundText(doc.title, reportBounds.message);
  // What the report quotes is bounded (lists cut with their totals given, long strings cut): its size never follows the plan's.
  // Fingerprints are taken from the bounded result, so a stored report recomputes the same ones.
  const bounded = results.map(({ weight: _w, ...r }) => withFingerprints(boundRule(r, evidenceTotals.get(r.id)), title));
  // Where each gap goes in the plan, and the plan's outline to show it in; a document that is not a plan has no place for them.
  const plan = new PlanSections(doc);
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  if (verdict.isPlan) placeFindings(plan, bounded.map((r) => ({ rule: ruleById.get(r.id)!, result: r, roots: scopeRoots.get(r.id) ?? [] })));
  addLeads(ctx.units, bounded);
  const countOf = (s: RuleStatus) => results.filter((r) => r.status === s).length;
  const summary = {
    pass: countOf('pass'),
    partial: countOf('partial'),
    fail: countOf('fail'),
    notApplicable: countOf('not-applicable'),
    waived: countOf('waived'),
    errors: results.filter((r) => r.severity === 'error' && (r.status === 'fail' || r.status === 'partial')).length,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    checker: { name: 'plancheck', version: version(), rulesetVersion: getRulesetVersion(), build: checkerBuild() },
    guide: GUIDE,
    document: {
      source: options.source ?? null,
      title,
      format: doc.format,
      characters: doc.characters,
      sha256: null,
      warnings: boundWarnings(doc.warnings),
    },
    profile: { name: profile.name, steps: profile.steps },
    lang,
    verdict,
    results: bounded,
    outline: planOutline(plan, bounded),
    scores,
    summary,
  };
}

export async function checkPlan(input: ParseInput & CheckOptions): Promise<CheckResult> {
  // Imported lazily: the reading side (mammoth, remark) loads only when bytes are parsed.
  const { parseDocument } = await import('../parsers/index.ts');
  try {
    const doc = await parseDocument(input);
    const result = await checkDocument(doc, { ...input, source: input.source ?? input.filename });
    result.document.sha256 = createHash('sha256').update(input.bytes).digest('hex');
    return result;
  } catch (error) {
    // A stack overflow or an impossible string length caused by the plan's shape is bad input, not a bug.
    throw asInputError(error, input.filename);
  }
}
