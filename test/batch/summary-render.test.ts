// The summary renderers on real check results: escaping, links to #rule-<id>,
// status words beside colours, CSV quoting and formula neutralising.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { buildSummary, errorRow, mostMissed, planRow } from '../../functions/core/batch/summary.ts';
import { renderSummaryCsv } from '../../functions/core/batch/render-csv.ts';
import { renderSummaryHtml } from '../../functions/core/batch/render-html.ts';

const root = join(import.meta.dirname, '../..');

async function hostile() {
  const md = '# <script>window.pwned=1</script>"标题",=SUM(A1)\n\n本规划期限为2021—2025年。\n';
  const result = await checkPlan({ bytes: Buffer.from(md), filename: 'x.md' });
  const row = planRow('dir/<img src=x onerror=alert(1)>.md', result, 'checked', 'dir/<img src=x onerror=alert(1)>.md.html');
  // Whatever the Markdown reader keeps of the heading, the title as a plan could carry it.
  return { result, row: { ...row, title: '<script>window.pwned=1</script>"标题"' } };
}

describe('batch summary renderers', () => {
  it('HTML escapes plan text and file names, links cells to #rule-<id>, labels statuses in words', async () => {
    const { result, row } = await hostile();
    const real = await checkPlan({ bytes: readFileSync(join(root, 'fixtures/real/CN07_national_14th5_digital_economy_plan.md')), filename: 'cn07.md' });
    const summary = buildSummary([row, planRow('cn07.md', real, 'checked', 'cn07.md.html'), errorRow('bad.docx', { code: 'corrupt-docx', message: 'not a <zip>' })], [result, real], { lang: 'en' });
    const html = renderSummaryHtml(summary);
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(html).toContain('not a &lt;zip&gt;');
    expect(html).toContain('href="dir/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.md.html#rule-horizon"');
    for (const r of real.results) {
      expect(html).toContain(`href="cn07.md.html#rule-${r.id}">${{ pass: 'pass', partial: 'partial', fail: 'fail', 'not-applicable': 'n/a', waived: 'waived' }[r.status]}</a>`);
    }
    // Only the one inline sorting script.
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('totals and the most-missed list count fail + partial per rule', async () => {
    const { result, row } = await hostile();
    const summary = buildSummary([row, { ...row, file: 'copy.md' }], [result, result]);
    const top = mostMissed(summary)[0];
    const missed = result.results.filter((r) => r.status === 'fail' || r.status === 'partial').length;
    expect(missed).toBeGreaterThan(0);
    expect(top.missed).toBe(2);
    expect(summary.counts).toMatchObject({ plans: 2, checked: 2, withErrorFindings: result.summary.errors > 0 ? 2 : 0 });
  });

  it('CSV quotes commas and quotes, neutralises formulas, one row per plan with the error text', async () => {
    const { result, row } = await hostile();
    const csv = renderSummaryCsv(buildSummary([{ ...row, title: '=SUM(A1),"x"' }, errorRow('bad.docx', { code: 'corrupt-docx', message: 'broken, really' })], [result]));
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('dir/'))).toContain(`"'=SUM(A1),""x"""`);
    const steps = lines[0].split(',').filter((h) => h.startsWith('score:')).length;
    expect(steps).toBe(8);
    expect(lines.find((l) => l.startsWith('bad.docx'))).toBe(['bad.docx', '', '', ...Array(steps).fill(''), '', '', 'error', '"corrupt-docx: broken, really"'].join(','));
  });
});

