// The request and answer of GET /v1/checks/{id}/diff, as zod schemas: they
// validate the query and generate the OpenAPI document (functions/core/diff/diff.ts
// is the shape they describe).
import { z } from '@hono/zod-openapi';
import { diffFormats } from '../core/diff/index.ts';

export const DiffQuery = z.object({
  base: z
    .string({ error: 'the base check is required: ?base=<check id>' })
    .regex(/^[0-9a-f]{32}$/, 'a check id is 32 hex characters')
    .openapi({ description: 'The id of the check to compare with (the earlier version): findings it had and this check has not are resolved.' }),
  format: z.enum(diffFormats as unknown as [string, ...string[]]).optional().openapi({ description: 'json (default), md or text; without it the Accept header decides.' }),
  lang: z.enum(['zh', 'en']).optional().openapi({ description: 'Language of the labels of md and text (default: the check\'s).' }),
});

const Localized = z.object({ zh: z.string(), en: z.string() });
const Severity = z.enum(['error', 'warning', 'info']);
const RuleStatus = z.enum(['pass', 'partial', 'fail', 'not-applicable', 'waived']);
const PartStatus = z.enum(['present', 'mentioned', 'missing']);

const Finding = z
  .object({
    fingerprint: z.string().openapi({ description: '16 hex: rule id + part + section (RuleResult.fingerprint, PartResult.fingerprint).' }),
    key: z.string().openapi({ description: 'rule id, or rule id › part name: what a finding falls back to when its section changed.' }),
    rule: z.string(),
    part: z.object({ name: z.string(), label: Localized, status: z.enum(['mentioned', 'missing']) }).optional(),
    ruleStatus: z.enum(['fail', 'partial']),
    severity: Severity,
    clause: z.string(),
    step: z.string(),
    stage: z.number().int(),
    title: Localized,
    anchor: z.array(z.string()).openapi({ description: 'Heading path (chapter › section) the finding stands in; empty for the plan as a whole.' }),
  })
  .openapi('DiffFinding');

const OtherSide = { ruleStatus: RuleStatus.nullable(), partStatus: PartStatus.optional() };

const ScoreChange = { base: z.number().nullable(), head: z.number().nullable(), delta: z.number().nullable() };

const Side = z.object({
  source: z.string().nullable(),
  title: z.string().nullable(),
  format: z.enum(['markdown', 'docx', 'pdf']),
  sha256: z.string().nullable(),
  profile: z.string(),
  lang: z.enum(['zh', 'en']),
  checker: z.object({ name: z.literal('plancheck'), version: z.string(), rulesetVersion: z.string(), build: z.string() }),
  isPlan: z.boolean(),
  errors: z.number().int(),
});

export const PlanDiffSchema = z
  .object({
    kind: z.literal('plancheck-diff'),
    diffVersion: z.string(),
    fingerprintScheme: z.string(),
    base: Side,
    head: Side,
    summary: z.object({
      new: z.number().int(),
      resolved: z.number().int(),
      stillOpen: z.number().int(),
      moved: z.number().int(),
      newErrors: z.number().int(),
      resolvedErrors: z.number().int(),
    }),
    scores: z.object({
      overall: z.object(ScoreChange),
      stages: z.array(z.object({ stage: z.number().int(), title: Localized, ...ScoreChange })),
      steps: z.array(z.object({ step: z.string(), stage: z.number().int(), title: Localized, inScope: z.object({ base: z.boolean(), head: z.boolean() }), ...ScoreChange })),
    }),
    new: z.array(z.object({ finding: Finding, before: z.object(OtherSide) })),
    resolved: z.array(z.object({ finding: Finding, after: z.object({ ...OtherSide, anchor: z.array(z.string()) }) })),
    stillOpen: z.array(
      z.object({
        finding: Finding,
        before: z.object({ fingerprint: z.string(), anchor: z.array(z.string()), ruleStatus: z.enum(['fail', 'partial']), severity: Severity, partStatus: z.enum(['mentioned', 'missing']).optional() }),
        moved: z.boolean(),
        changed: z.boolean(),
      }),
    ),
    notes: z.array(z.object({ code: z.enum(['profile-differs', 'lang-differs', 'ruleset-differs', 'same-document']), base: z.string(), head: z.string() })),
  })
  .openapi('PlanDiff');
