/// <reference lib="dom" />
// The drafters' page compares a re-upload with the previous upload of the same
// file name, in real headless Chromium against the real app (createApp, embedded
// S3, local queue on 127.0.0.1): the plan, then a version that adds the missing
// 人才保障 safeguard and loses 资金保障, then one with both. The diff view above
// the report lists what was resolved and what is new (the core diff of the same
// two plans is the oracle), in the page's language; the fixed finding says so on
// its card, and its link opens the folded passes it moved into.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startTestPipeline, testApiConfig, type TestPipeline } from '../support/loopback.ts';
import { inViewport } from '../support/viewport.ts';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { diffResults, type PlanDiff } from '../../functions/core/diff/index.ts';

const root = join(import.meta.dirname, '../..');
const shots = join(root, 'test-output/web');
const NAME = '清河市数字化转型实施方案.md';
const v1 = readFileSync(join(root, 'fixtures/diff/qinghe-plan-v1.md'));
const v2 = readFileSync(join(root, 'fixtures/diff/qinghe-plan-v2.md'));
// v2 without its funding safeguard: 人才保障 fixed, 资金保障 broken, in one upload.
const v2text = v2.toString('utf8');
const v3 = Buffer.from(v2text.slice(0, v2text.indexOf('## （三）资金保障')) + v2text.slice(v2text.indexOf('## （四）宣传引导')));
let pipeline: TestPipeline;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  pipeline = await startTestPipeline({ config: testApiConfig() });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await pipeline?.dispose();
});

/** A fresh page in its own context: its own sessionStorage, so its own history of uploads. */
async function open(width: number, height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(pipeline.url + '/');
  return page;
}

/** Upload bytes under a file name, and wait for this check's report (the old one is replaced, not reused). */
async function upload(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(() => document.querySelector('#first')?.setAttribute('data-stale', ''));
  await page.setInputFiles('#file', { name, mimeType: 'text/markdown', buffer: bytes });
  await page.click('button[type=submit]');
  // Generous: a real check on a loaded two-CPU runner; the timeout only stops a hang.
  await page.waitForSelector('#first:not([data-stale])', { timeout: 150_000 });
}

const keys = (page: Page, list: string) => page.locator(`${list} > li[data-key]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));

/** A score change as the diff writes it: one decimal, a true minus sign. */
const signed = (d: number) => (d < 0 ? `−${Math.abs(d).toFixed(1)}` : d > 0 ? `+${d.toFixed(1)}` : '±0');

async function expected(before: Buffer, after: Buffer, lang: 'zh' | 'en' = 'zh'): Promise<PlanDiff> {
  return diffResults(await checkPlan({ bytes: before, filename: NAME, lang }), await checkPlan({ bytes: after, filename: NAME, lang }));
}

describe('the page compares a re-upload with the previous upload of the same file name', () => {
  it('shows resolved, new and still open and the score change per step above the report, in zh and en, kept over a reload', async () => {
    const page = await open(1280, 800);

    // A first upload has nothing to compare with.
    await upload(page, NAME, v1);
    expect(await page.locator('#diff').count()).toBe(0);

    // The fixed version under the same name: 人才保障 resolved, 资金保障 new.
    await upload(page, NAME, v3);
    const first = await expected(v1, v3);
    expect(first.resolved.map((r) => r.finding.key)).toEqual(['support-measures›talent']);
    expect(first.new.map((n) => n.finding.key)).toContain('support-measures›funding');
    expect(await keys(page, '#diff-resolved')).toEqual(first.resolved.map((r) => r.finding.key));
    expect(await keys(page, '#diff-new')).toEqual(first.new.map((n) => n.finding.key));
    expect(await page.locator('#diff > h3').innerText()).toBe('版本变化');
    expect(await page.locator('#diff-resolved li').first().innerText()).toMatch(/^✓\s*保障措施 › 人才保障（条款 13\.5）\s*错误\s*现为 已找到 · .*人才保障$/);
    expect(await page.locator('#diff-new li[data-key="support-measures›funding"]').innerText()).toMatch(/^＋\s*保障措施 › 资金保障（条款 13\.5）\s*错误\s*缺少 · /);
    const { overall } = first.scores;
    expect(await page.locator('#diff-sum').innerText()).toBe(
      `总体得分 ${overall.base!.toFixed(1)} → ${overall.head!.toFixed(1)} (${signed(overall.delta!)}) · 新出现 ${first.summary.new} · 已解决 1 · 仍未解决 ${first.summary.stillOpen}`,
    );
    // Score change per step: the steps that moved, in the diff and on their coverage bars.
    const movedSteps = first.scores.steps.filter((s) => s.delta);
    expect(movedSteps.length).toBeGreaterThan(0);
    expect(await page.locator('#diff-steps .step-move').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(movedSteps.map((s) => s.step));
    expect(await page.locator('.steps .delta').allInnerTexts()).toEqual(movedSteps.map((s) => signed(s.delta!)));
    // Still open is there, folded.
    expect(await page.locator('#diff-open > summary').innerText()).toBe(`仍未解决 (${first.summary.stillOpen})`);
    expect(await page.locator('#diff-open').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Above the report, and on the first screen with the verdict and the first error.
    expect((await page.locator('#diff').boundingBox())!.y).toBeLessThan((await page.locator('#first').boundingBox())!.y);
    for (const selector of ['#diff-resolved li', '#diff-new li', '#verdict', '#to-fix li']) expect(await inViewport(page, selector), selector).toBe(true);
    expect(await page.locator('#diff-jump').isVisible()).toBe(false);
    // The support-measures card says what this upload closed and opened.
    const card = page.locator('#findings > .finding[data-rule=support-measures]');
    expect(await card.locator('.since[data-since=resolved]').innerText()).toBe('自上次上传已解决：人才保障');
    expect(await card.locator('.since[data-since=new]').innerText()).toBe('自上次上传新出现：资金保障');
    await page.screenshot({ path: join(shots, 'diff-1280.png') });

    // The version with both: compared with the previous upload (v3), not the first. support-measures now passes
    // and folds away among the passes; its entry in the diff opens the fold and shows the card.
    await upload(page, NAME, v2);
    const second = await expected(v3, v2);
    expect(second.resolved.map((r) => r.finding.key)).toContain('support-measures›funding');
    expect(await keys(page, '#diff-resolved')).toEqual(second.resolved.map((r) => r.finding.key));
    expect(await keys(page, '#diff-new')).toEqual([]);
    expect(await page.locator('#diff-new > li').innerText()).toBe('无');
    const fixed = page.locator('#passes .finding[data-rule=support-measures]');
    expect(await fixed.isVisible()).toBe(false);
    await page.locator('#diff-resolved li[data-key="support-measures›funding"] a').click();
    await expect.poll(() => fixed.isVisible()).toBe(true);
    expect(await fixed.locator('.since[data-since=resolved]').innerText()).toBe('自上次上传已解决：资金保障');

    // English: the language switch re-checks the same content, which keeps its comparison (with v3).
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => document.querySelector('#diff > h3')?.textContent === 'What changed');
    expect(await keys(page, '#diff-resolved')).toEqual(second.resolved.map((r) => r.finding.key));
    expect(await page.locator('#diff .diff-list h4').allInnerTexts()).toEqual([`Resolved (${second.summary.resolved})`, 'New (0)']);
    expect(await page.locator('#diff-resolved li[data-key="support-measures›funding"]').innerText()).toMatch(/^✓\s*Support measures \(safeguards\) › Funding \(clause 13\.5\)\s*error\s*now pass · /);
    // The checks ran in two languages; that is the page's doing, not a change worth a note.
    expect(await page.locator('#diff .note').count()).toBe(0);

    // The history outlives a reload (sessionStorage): the first version again is compared with the last.
    await page.reload();
    await page.selectOption('#lang', 'zh');
    await upload(page, NAME, v1);
    const back = await expected(v2, v1);
    expect(await keys(page, '#diff-new')).toEqual(back.new.map((n) => n.finding.key));
    expect(await keys(page, '#diff-new')).toContain('support-measures›talent');
    expect(await keys(page, '#diff-resolved')).toEqual(back.resolved.map((r) => r.finding.key));

    // Another file name is another plan: nothing to compare.
    await upload(page, 'another-plan.md', v3);
    expect(await page.locator('#diff').count()).toBe(0);
    await page.close();
  }, 900_000);

  it('a previous upload whose check the server no longer has: the report shows, the diff view says why there is no comparison', async () => {
    const page = await open(1280, 800);
    // As a reload after the server's data was wiped would leave it: a remembered check the server does not know.
    await page.evaluate((name) => sessionStorage.setItem('plancheck.uploads', JSON.stringify({ [name]: { id: 'f'.repeat(32), sha256: '0'.repeat(64), base: null } })), NAME);
    await upload(page, NAME, v1);
    expect(await page.locator('#diff').innerText()).toBe('版本变化\n\n无法与上次上传的版本比较：找不到该检查。');
    expect(await page.locator('#diff-resolved').count()).toBe(0);
    expect(await page.locator('#status').innerText()).toBe('');
    expect(await page.locator('.finding[data-rule]').count()).toBeGreaterThan(30);
    await page.close();
  }, 300_000);

  it('on a 390 px phone the verdict and the errors keep the first screen, the diff follows them with a line leading to it; no sideways scroll', async () => {
    const page = await open(390, 844);
    await upload(page, NAME, v1);
    await upload(page, NAME, v3);
    expect(await keys(page, '#diff-resolved')).toEqual(['support-measures›talent']);
    for (const selector of ['#verdict', '#to-fix li', '#diff-jump']) expect(await inViewport(page, selector), selector).toBe(true);
    const d = await expected(v1, v3);
    const o = d.scores.overall;
    expect(await page.locator('#diff-jump').innerText()).toBe(
      `版本变化：${o.base!.toFixed(1)} → ${o.head!.toFixed(1)} (${signed(o.delta!)}) · 新出现 ${d.summary.new} · 已解决 1 · 仍未解决 ${d.summary.stillOpen} ↓`,
    );
    const y = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
    expect(await y('#diff')).toBeGreaterThan(await y('#first'));
    expect(await y('#diff')).toBeLessThan(await y('#coverage'));
    await page.screenshot({ path: join(shots, 'diff-390.png') });
    await page.locator('#diff-jump').click();
    await expect.poll(() => inViewport(page, '#diff-resolved li')).toBe(true);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.screenshot({ path: join(shots, 'diff-390-full.png'), fullPage: true });
    await page.close();
  }, 400_000);
});
