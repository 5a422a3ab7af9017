// The real plans end to end (parse + check): the same plan as Markdown and as
// DOCX gets the same findings; the result contract holds.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadPlan, realDir } from './helpers/load-plan.ts';
import { checkDocument, checkPlan } from '../../functions/core/check/check-plan.ts';

const HEADLINE = ['horizon', 'goals-measurable', 'goals-indicator-system', 'goals-staged', 'architecture-layers', 'support-measures'];
const statuses = async (file: string, only?: string[]) => {
  const r = await checkDocument(await loadPlan(join(realDir, file)), { profile: 'strategy' });
  return Object.fromEntries(r.results.filter((x) => !only || only.includes(x.id)).map((x) => [x.id, x.status]));
};

describe('real plans', () => {
  it('CN07 (Markdown) and CN09 (DOCX) — the same national plan — get the same findings', async () => {
    expect(await statuses('CN09_national_14th5_digital_economy_plan_toolgen_nostyle.docx')).toEqual(await statuses('CN07_national_14th5_digital_economy_plan.md'));
  });
  it('CN01 (the official print, PDF) gets the same findings as CN07 (Markdown) of the same plan', async () => {
    const cn01 = await statuses('CN01_national_14th5_digital_economy_plan.pdf');
    expect(cn01).toEqual(await statuses('CN07_national_14th5_digital_economy_plan.md'));
    expect(Object.keys(cn01)).toEqual(expect.arrayContaining(HEADLINE));
  });
  it('CN04 (the final action plan, PDF) and CN12 (its Word draft) get the same headline statuses', async () => {
    expect(await statuses('CN04_nda_trusted_data_space_action_plan_2024-2028.pdf', HEADLINE)).toEqual(await statuses('CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx', HEADLINE));
  });
  // A wire story (新华社…日电) that reports a plan, and a download page with a plan's title and
  // a link: neither is a plan, and each verdict says which genre it is.
  it.each([
    ['NEG01_digital_china_layout_plan_news_summary.pdf', 'news-article'],
    ['NEG03_stub_pdf_link_only.pdf', 'link-stub'],
  ])('%s is not a plan (%s)', async (file, genre) => {
    const r = await checkDocument(await loadPlan(join(realDir, file)), { profile: 'strategy' });
    expect(r.verdict).toMatchObject({ isPlan: false, genre });
    expect(r.results.find((x) => x.id === 'horizon')!.status).toBe('fail');
  });
  it('EN11 (Word original) and EN13 (its Markdown) get the same headline statuses', async () => {
    expect(await statuses('EN11_singapore_smart_nation_strategy_nov2018.docx', HEADLINE)).toEqual(await statuses('EN13_singapore_smart_nation_strategy_md', HEADLINE));
  });
  it('checkPlan fills the contract: every rule, versions, sha256, scores, summary', async () => {
    const file = join(realDir, 'CN08_shanghai_yangpu_district_innovation_zone_plan.md');
    const r = await checkPlan({ bytes: readFileSync(file), filename: 'CN08.md', profile: 'data-governance' });
    expect(r.schemaVersion).toBe('1.2.0');
    expect(r.checker.version).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    expect(r.checker.rulesetVersion).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(r.checker.build).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(r.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.document.source).toBe('CN08.md');
    const { listRules } = await import('../../functions/core/rules/catalog.ts');
    expect(r.results.map((x) => x.id).sort()).toEqual(listRules().map((x) => x.id).sort());
    const horizon = r.results.find((x) => x.id === 'horizon')!;
    expect(horizon.evidence[0].position.start.line).toBeGreaterThan(0);
    expect(horizon.details?.period).toMatchObject({ end: expect.any(Number) });
    const targets = r.results.find((x) => x.id === 'goals-measurable')!.details!.targets as { year: number }[];
    expect(targets.length).toBeGreaterThanOrEqual(3);
    expect(r.summary.errors).toBe(r.results.filter((x) => x.severity === 'error' && ['fail', 'partial'].includes(x.status)).length);
    expect(r.scores.stages.map((s) => s.stage)).toEqual([1, 2, 3]);
  });
  it('CN07 has no 数据治理 chapter, but its 数据要素 chapter is read for the data-governance process', async () => {
    const r = await checkDocument(await loadPlan(join(realDir, 'CN07_national_14th5_digital_economy_plan.md')), { profile: 'data-governance' });
    const process = r.results.find((x) => x.id === 'governance-process')!;
    expect(process.status).toBe('partial');
    expect(process.parts.find((p) => p.name === 'collection')!.evidence[0]!.path.join(' › ')).toContain('数据要素');
  });
});
