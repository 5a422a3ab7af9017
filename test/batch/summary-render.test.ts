// The reviewer's sheet renderers on real check results: the decision column
// (send back / accept) from error-level rules and the not-a-plan verdict, the
// ranking that keeps a plan failing an error rule below every accepted one and
// a non-plan below every plan, the CSV naming failing rules and keeping its
// BOM, headline columns grouped by step, "most often missing" error-level
// first; plus escaping, links to #rule-<id>, status words beside colours.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import type { CheckResult, Lang } from '../../functions/core/check/result.ts';
import { buildSummary, errorRow, mostMissed, planRow, type BatchSummary } from '../../functions/core/batch/summary.ts';
import { decide } from '../../functions/core/batch/decision.ts';
import { renderSummaryCsv } from '../../functions/core/batch/render-csv.ts';
import { renderSummaryHtml } from '../../functions/core/batch/render-html.ts';
import { listRules } from '../../functions/core/rules/catalog.ts';

const root = join(import.meta.dirname, '../..');

async function hostile() {
  const md = '# <script>window.pwned=1</script>"标题",=SUM(A1)\n\n本规划期限为2021—2025年。\n';
  const result = await checkPlan({ bytes: Buffer.from(md), filename: 'x.md' });
  const row = planRow('dir/<img src=x onerror=alert(1)>.md', result, 'checked', 'dir/<img src=x onerror=alert(1)>.md.html');
  // Whatever the Markdown reader keeps of the heading, the title as a plan could carry it.
  return { result, row: { ...row, title: '<script>window.pwned=1</script>"标题"' } };
}

/** Real fixtures chosen for the ranking: p08 (86.5) fails horizon, an error rule, and scores above p06 (78.6), which is accepted; NEG13 (46.1) is no plan and scores above p07 (38), a plan. */
const FIXTURES = {
  p01: 'fixtures/plans/p01-linhu-complete.md',
  p06: 'fixtures/plans/p06-jinsha-14th5-strategy.md',
  p07: 'fixtures/plans/p07-dongjiang-data-governance.md',
  p08: 'fixtures/plans/p08-beiling-ten-year.md',
  p12: 'fixtures/plans/p12-donghai-vague-goals.md',
  neg13: 'fixtures/real/NEG13_national_14th5_emergency_system_plan_offtopic.md',
};
type Key = keyof typeof FIXTURES;
const results: Record<Lang, Partial<Record<Key, CheckResult>>> = { zh: {}, en: {} };
const fileOf = (k: Key) => FIXTURES[k].split('/').pop()!;

function sheet(lang: Lang): BatchSummary {
  const keys = Object.keys(FIXTURES) as Key[];
  const rows = keys.map((k) => planRow(fileOf(k), results[lang][k]!, 'checked', `${fileOf(k)}.html`, { letter: { md: `${fileOf(k)}.letter.md`, html: `${fileOf(k)}.letter.html` } }));
  rows.push(errorRow('bad.docx', { code: 'corrupt-docx', message: 'not a <zip>' }));
  return buildSummary(rows, keys.map((k) => results[lang][k]!), { lang, profile: 'full' });
}

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const [k, path] of Object.entries(FIXTURES)) results[lang][k as Key] = await checkPlan({ bytes: readFileSync(join(root, path)), filename: path.split('/').pop(), lang });
  }
}, 120_000);

describe('the decision', () => {
  it('sends back a non-plan for its genre alone, a plan for its failing error-level rules by clause, and accepts the rest', () => {
    const neg = decide(results.zh.neg13!);
    expect(results.zh.neg13!.verdict.isPlan).toBe(false);
    expect(neg.decision).toBe('send-back');
    expect(neg.reasons).toEqual([{ kind: 'not-a-plan', genre: 'off-topic', genreLabel: results.zh.neg13!.verdict.genreLabel, reason: results.zh.neg13!.verdict.reasons[0] }]);

    const p12 = decide(results.zh.p12!);
    const gaps = results.zh.p12!.results.filter((r) => r.severity === 'error' && (r.status === 'fail' || r.status === 'partial'));
    expect(gaps.length).toBeGreaterThan(0);
    expect(p12.decision).toBe('send-back');
    expect(p12.reasons.map((r) => (r.kind === 'rule' ? r.clause : ''))).toEqual(['7.4 b', '7.4 c']);
    expect(p12.failing.sort()).toEqual(gaps.map((r) => r.id).sort());

    // Warnings never decide: p01 has open warnings and is accepted.
    expect(results.zh.p01!.results.some((r) => r.severity === 'warning' && r.status !== 'pass' && r.status !== 'not-applicable')).toBe(true);
    expect(decide(results.zh.p01!)).toEqual({ decision: 'accept', reasons: [], failing: [] });
  });

  it('ranks accepted plans first, then plans to send back, then non-plans, then files that could not be checked — whatever the score', () => {
    const s = sheet('zh');
    const order = s.plans.map((p) => p.file);
    const at = (k: Key) => order.indexOf(fileOf(k));
    expect(results.zh.p08!.scores.overall!).toBeGreaterThan(results.zh.p06!.scores.overall!);
    expect(at('p06')).toBeLessThan(at('p08'));
    expect(results.zh.neg13!.scores.overall!).toBeGreaterThan(results.zh.p07!.scores.overall!);
    expect(at('p07')).toBeLessThan(at('neg13'));
    expect(order.at(-1)).toBe('bad.docx');
    expect(s.plans.map((p) => p.rank)).toEqual(s.plans.map((_, i) => i + 1));
    expect(s.plans.filter((p) => p.decision === 'accept').every((p) => p.rank! <= s.counts.accept)).toBe(true);
    expect(s.counts).toMatchObject({ plans: 7, accept: 2, sendBack: 4, notPlans: 1, errors: 1 });
  });
});

describe('summary.html, the reviewer sheet', () => {
  it('shows the decision with its reasons in words and clauses, the not-a-plan verdict, and links the draft letter', () => {
    const html = renderSummaryHtml(sheet('zh'));
    const row = (k: Key) => html.split('\n').find((l) => l.includes(`data-file="${fileOf(k)}"`))!;
    expect(row('neg13')).toContain('<strong>✗ 退回修改</strong>');
    expect(row('neg13')).toContain(`不是规划：${results.zh.neg13!.verdict.genreLabel}`);
    expect(row('neg13')).toContain('class="g-not-plan"');
    expect(row('p12')).toContain('7.4 b 目标可量化、有时限：缺失');
    expect(row('p12')).toContain('7.4 c 指标体系：缺失');
    expect(row('p12')).toContain(`href="${fileOf('p12')}.letter.html">退回函草稿</a>`);
    expect(row('p01')).toContain('<strong>✓ 可以受理</strong>');
    expect(row('p01')).toContain('受理意见草稿');
    // The error-level cell that sends p12 back is marked in words, not colour alone.
    expect(row('p12')).toMatch(/<td class="s-fail gap" data-v="0" title="错误级"><span class="mark">✗<\/span><a href="[^"]+#rule-goals-measurable">缺失<\/a><\/td>/);
    expect(html).toContain('bad.docx');
    expect(html).toContain('not a &lt;zip&gt;');
  });

  it('shows the headline rules by default, with Chinese or English headers grouped by step, and all rules behind a toggle', () => {
    const headline = listRules().filter((r) => r.headline);
    for (const lang of ['zh', 'en'] as const) {
      const s = sheet(lang);
      const html = renderSummaryHtml(s);
      const ths = [...html.matchAll(/<th class="rule sev-(\w+) ?([\w-]*)" data-col="\d+" data-sort="status" data-rule="([\w-]+)"[^>]*><button type="button"><span class="sev-tag">([^<]+)<\/span>([^<]+)</g)];
      expect(ths).toHaveLength(listRules().length);
      const shown = ths.filter((m) => m[2] !== 'full-only');
      expect(shown.map((m) => m[3]).sort()).toEqual(headline.map((r) => r.id).sort());
      for (const m of shown) {
        const rule = headline.find((r) => r.id === m[3])!;
        expect(m[5]).toBe(rule.title[lang]);
        expect(m[1]).toBe(rule.severity);
        expect(m[4]).toBe({ zh: { error: '错误级', warning: '警告级', info: '提示级' }, en: { error: 'error', warning: 'warning', info: 'info' } }[lang][rule.severity]);
      }
      // Grouped by step: the headline view's group row names each step once, in clause 5.1's order, spanning its headline rules.
      const groups = /<tr class="groups view-headline">(.*?)<\/tr>/.exec(html)![1]!;
      const spans = [...groups.matchAll(/<th colspan="(\d+)" scope="colgroup">([^<]+)<\/th>/g)].map((m) => [m[2], Number(m[1])]);
      const steps = s.steps.filter((st) => headline.some((r) => r.step === st));
      expect(spans).toEqual(steps.map((st) => [s.stepTitles[st]![lang], headline.filter((r) => r.step === st).length]));
      // The toggle: a checkbox and the CSS that shows the full matrix, no script needed.
      expect(html).toContain('<input type="checkbox" id="show-all">');
      expect(html).toContain('#show-all:checked~#matrix .full-only{display:table-cell}');
      expect(html).toContain(lang === 'zh' ? `显示全部${listRules().length}条要求` : `Show all ${listRules().length} requirements`);
    }
  });

  it('lists the most often missing requirements error-level first, counting only documents that read as plans', () => {
    const s = sheet('zh');
    const missed = mostMissed(s);
    const firstNonError = missed.findIndex((m) => m.severity !== 'error');
    expect(missed.slice(0, firstNonError).every((m) => m.severity === 'error')).toBe(true);
    expect(missed.slice(firstNonError).some((m) => m.severity === 'error')).toBe(false);
    // Five plans read as plans (p01, p06, p07, p08, p12); NEG13 fails every headline rule but is not counted.
    expect(missed[0]!.of).toBe(5);
    const horizon = missed.find((m) => m.id === 'horizon')!;
    expect(horizon.missed).toBe([results.zh.p01, results.zh.p06, results.zh.p07, results.zh.p08, results.zh.p12].filter((r) => ['fail', 'partial'].includes(r!.results.find((x) => x.id === 'horizon')!.status)).length);
    const html = renderSummaryHtml(s);
    const section = /<section class="missing">(.*?)<\/section>/s.exec(html)![1]!;
    expect(section.indexOf('class="most-error"')).toBeLessThan(section.indexOf('class="most-other"'));
    expect(/<ol class="most-other">.*?<\/ol>/s.exec(section)![0]).not.toContain('sev-error');
  });

  it('escapes plan text and file names, links cells to #rule-<id>, labels statuses in words', async () => {
    const { result, row } = await hostile();
    const real = results.en.p12!;
    const summary = buildSummary([row, planRow('p12.md', real, 'checked', 'p12.md.html'), errorRow('bad.docx', { code: 'corrupt-docx', message: 'not a <zip>' })], [result, real], { lang: 'en' });
    const html = renderSummaryHtml(summary);
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(html).toContain('href="dir/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.md.html#rule-horizon"');
    for (const r of real.results) {
      expect(html).toContain(`href="p12.md.html#rule-${r.id}">${{ pass: 'pass', partial: 'partial', fail: 'fail', 'not-applicable': 'n/a', waived: 'waived' }[r.status]}</a>`);
    }
    // Only the one inline sorting script.
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});

describe('rows stored before the sheet had decisions', () => {
  it('read with a decision from their error count, and render', () => {
    const fresh = planRow('p08.md', results.zh.p08!, 'checked', 'p08.md.html');
    const { verdict: _v, decision: _d, reasons: _r, failing: _f, profile: _p, profileFrom: _pf, suggestedProfile: _s, letter: _l, ...old } = fresh;
    const s = buildSummary([old as typeof fresh], [results.zh.p08!], { lang: 'zh' });
    expect(s.plans[0]).toMatchObject({ decision: 'send-back', reasons: [], failing: [], letter: null });
    expect(renderSummaryHtml(s)).toContain('<strong>✗ 退回修改</strong>');
    expect(renderSummaryCsv(s)).toContain(',p08.md,');
  });
});

describe('summary.csv', () => {
  it('has the decision, its reasons, the verdict and the failing rules by id and title, in rank order, with the BOM', () => {
    const s = sheet('zh');
    const csv = renderSummaryCsv(s);
    expect(csv.startsWith('\ufeffrank,file,title,decision,reasons,failing_rules,is_plan,genre,')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(s.plans.length + 1);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(s.plans.map((p) => p.file));
    const line = (k: Key) => lines.find((l) => l.split(',')[1] === fileOf(k))!;
    const neg = line('neg13');
    expect(neg).toContain(`,退回修改,不是规划：${results.zh.neg13!.verdict.genreLabel},`);
    expect(neg).toContain(',false,off-topic,');
    expect(neg).toContain('horizon 规划期（3–5年）');
    expect(line('p08')).toContain(',退回修改,4.2 规划期（3–5年）：缺失,horizon 规划期（3–5年）,true,,');
    expect(line('p12')).toContain(',goals-measurable 目标可量化、有时限; goals-indicator-system 指标体系,');
    expect(line('p01')).toMatch(/,可以受理,,,true,,full,batch,/);
    expect(line('p12').endsWith(`,${fileOf('p12')}.letter.md`)).toBe(true);
    // The English sheet's decision words.
    expect(renderSummaryCsv(sheet('en'))).toContain(',send back,4.2 Planning period (3–5 years): missing,horizon Planning period (3–5 years),');
  });

  it('quotes commas and quotes, neutralises formulas, one row per plan with the error text', async () => {
    const { result, row } = await hostile();
    const csv = renderSummaryCsv(buildSummary([{ ...row, title: '=SUM(A1),"x"' }, errorRow('bad.docx', { code: 'corrupt-docx', message: 'broken, really' })], [result]));
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes(',dir/'))).toContain(`"'=SUM(A1),""x"""`);
    const header = lines[0]!.split(',');
    expect(header.filter((h) => h.startsWith('score:'))).toHaveLength(8);
    const bad = lines.find((l) => l.includes(',bad.docx,'))!;
    const cells = bad.split(',');
    expect(cells[header.indexOf('decision')]).toBe('无法检查');
    expect(cells[header.indexOf('status')]).toBe('error');
    expect(bad).toContain(',"corrupt-docx: broken, really",');
  });
});
