// End to end: real plans through checkPlan, every format rendered and checked
// against its schema or parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { renderReport, reportFormats } from '../../functions/core/report/index.ts';
import { checkResultValidator, sarifValidator } from './validators.ts';

const dirs = ['fixtures/real', 'fixtures/plans'];
const files = dirs.flatMap((d) => {
  try {
    return readdirSync(d)
      .filter((f) => /\.(md|docx|pdf)$/.test(f) && f !== 'PROVENANCE.md' && !/^README/i.test(f))
      .map((f) => `${d}/${f}`)
      .filter((f) => statSync(f).isFile());
  } catch {
    return [];
  }
});

const validateResult = checkResultValidator();
const validateSarif = sarifValidator();

describe('reports of real plans', () => {
  it('finds real plans to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s: every format renders and validates', async (file) => {
    const result = await checkPlan({ bytes: readFileSync(file), filename: file, source: file });
    const out = Object.fromEntries(reportFormats.map((f) => [f, renderReport(result, f)]));

    expect(validateResult(JSON.parse(out.json!)), JSON.stringify(validateResult.errors?.slice(0, 3))).toBe(true);
    expect(validateSarif(JSON.parse(out.sarif!)), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);

    const sarif = JSON.parse(out.sarif!);
    const open = result.results.filter((r) => r.status !== 'pass' && r.status !== 'not-applicable');
    expect(sarif.runs[0].results).toHaveLength(open.length);

    let testcases = 0;
    let failures = 0;
    const parser = new SaxesParser();
    parser.on('opentag', (t) => {
      if (t.name === 'testcase') testcases++;
      if (t.name === 'failure') failures++;
    });
    parser.on('error', (e) => {
      throw e;
    });
    parser.write(out.junit!).close();
    expect(testcases).toBe(result.results.filter((r) => result.profile.steps.includes(r.step)).length);
    expect(failures).toBe(result.results.filter((r) => r.status === 'fail' || (r.status === 'partial' && r.severity !== 'info')).length);

    for (const r of result.results) expect(out.html).toContain(`id="rule-${r.id}"`);
    expect(out.html).not.toMatch(/<script/i);
    if (!result.verdict.isPlan) {
      expect(out.html).toContain('class="verdict-bad"');
      expect(out.md).toContain('[!WARNING]');
    }
    const firstOpen = open.sort((a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1))[0];
    if (firstOpen) expect(out.md).toContain(`\`${firstOpen.id}\``);
    // A quote is found by its heading and the first words of its paragraph, in every format; no paragraph numbers.
    const leads = open.flatMap((r) => r.evidence).filter((e) => e.lead).length;
    expect((out.md.match(/ · 「[^」]+」| · “[^”]+”/g) ?? []).length).toBeGreaterThanOrEqual(Math.min(1, leads));
    expect(out.md).not.toMatch(/¶\d/);
  });
});
