// A PDF's evidence in the reports: "p. n" in Markdown and HTML, the page in the
// SARIF region's properties (a PDF has no text lines a viewer can go to).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { renderReport } from '../../functions/core/report/index.ts';
import { checkResultValidator, sarifValidator } from './validators.ts';

const file = join(import.meta.dirname, '../../fixtures/pdf/cmap-chinese.pdf');

describe('reports of a PDF plan', async () => {
  const result = await checkPlan({ bytes: readFileSync(file), filename: 'haibin.pdf', lang: 'en' });
  const horizon = result.results.find((r) => r.id === 'horizon')!;

  it('evidence positions carry the page and the line on the page', () => {
    expect(result.document.format).toBe('pdf');
    expect(horizon.evidence[0]!.position).toMatchObject({ page: 1, pageLine: expect.any(Number) });
  });

  it('the JSON report and the SARIF log of a PDF are valid against their schemas', () => {
    const validate = checkResultValidator();
    expect(validate(JSON.parse(renderReport(result, 'json'))), JSON.stringify(validate.errors)).toBe(true);
    const sarif = sarifValidator();
    expect(sarif(JSON.parse(renderReport(result, 'sarif'))), JSON.stringify(sarif.errors)).toBe(true);
  });

  it('Markdown and HTML show the page as "p. n" after the heading and first words, not a line and column', () => {
    const md = renderReport(result, 'md');
    expect(md).toMatch(/^- .+ · “[^”]+” · p\. [123]: /m);
    expect(md).not.toMatch(/L\d+:C\d+/);
    expect(renderReport(result, 'html')).toMatch(/<span class="where">[^<]+ · p\. [123]<\/span>/);
  });

  it('SARIF gives the page (and line on the page) in the region’s properties', () => {
    const sarif = JSON.parse(renderReport(result, 'sarif')) as { runs: { results: { locations: { physicalLocation: { region: { startLine: number; properties?: { page: number; pageLine: number } } } }[] }[] }[] };
    // Findings without evidence point at the file only; every region there is names its page.
    const regions = sarif.runs[0]!.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.region)).filter((r) => r !== undefined);
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) {
      expect(region.properties!.page).toBeGreaterThanOrEqual(1);
      expect(region.properties!.pageLine).toBeGreaterThanOrEqual(1);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
    }
  });
});
