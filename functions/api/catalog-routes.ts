// Read-only catalog: the rules (one per requirement id) and the profiles.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { getRulesetVersion, listProfiles, listRules } from '../core/rules/catalog.ts';
import { shippedProfiles } from '../core/rules/profiles.ts';

const Localized = z.object({ zh: z.string(), en: z.string() });

const RulesSchema = z
  .object({
    rulesetVersion: z.string(),
    rules: z.array(
      z.object({
        id: z.string(),
        clause: z.string().openapi({ description: 'Clause of T/SZS 4042-2021, e.g. "8.1".' }),
        step: z.string(),
        scope: z.enum(['always', 'step']),
        severity: z.enum(['error', 'warning', 'info']),
        title: Localized,
        expected: Localized,
        parts: z.array(z.object({ name: z.string(), label: Localized })),
      }),
    ),
  })
  .openapi('Rules');

const ProfilesSchema = z
  .object({ default: z.string(), profiles: z.array(z.object({ name: z.string(), title: Localized, steps: z.array(z.string()) })) })
  .openapi('Profiles');

export function catalogRoutes() {
  const app = new OpenAPIHono();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/rules',
      summary: 'The rule set: one rule per requirement of the guide',
      responses: { 200: { description: 'Rules', content: { 'application/json': { schema: RulesSchema } } } },
    }),
    (c) =>
      c.json(
        {
          rulesetVersion: getRulesetVersion(),
          rules: listRules().map((r) => ({
            id: r.id,
            clause: r.clause,
            step: r.step,
            scope: r.scope,
            severity: r.severity,
            title: r.title,
            expected: r.expected,
            parts: (r.parts ?? []).map((p) => ({ name: p.name, label: p.label })),
          })),
        },
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/profiles',
      summary: 'Profiles: which steps of clause 5.1 a plan covers',
      responses: { 200: { description: 'Profiles', content: { 'application/json': { schema: ProfilesSchema } } } },
    }),
    (c) => c.json({ default: shippedProfiles().default, profiles: listProfiles() }, 200),
  );
  return app;
}
