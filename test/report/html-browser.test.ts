// The HTML report in a real browser at phone width: no horizontal scrolling,
// no network request, hostile text shown as text. The downloaded report's
// first screen as the page's: verdict and first error in view at 1280×800 and
// 390×844, the outline with each gap where it goes, passes folded.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../functions/core/report/index.ts';
import { CHROMIUM as executablePath, ensureChromium } from '../support/chromium.ts';
import { inViewport } from '../support/viewport.ts';
import { buildResult } from './build-result.ts';

describe('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    ensureChromium();
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['zh', 'en'] as const)('fits a 360 px phone screen without requests or script (%s)', async (lang) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.setContent(renderReport(buildResult({ lang, format: lang === 'en' ? 'docx' : 'markdown' }), 'html'));
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(requests).toEqual([]);
    expect(dialogs).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    const h1 = await page.locator('h1').innerText();
    expect(h1).toContain('<script>alert(1)</script>');
    expect(await page.locator('#rule-architecture-layers').isVisible()).toBe(true);
    expect(await page.locator('svg[role="img"] title').textContent()).toBe(lang === 'zh' ? '各步骤覆盖情况' : 'Coverage by step');
    await page.close();
  }, 60_000);

  const root = join(import.meta.dirname, '../..');
  const report = async (file: string, lang: 'zh' | 'en' = 'zh') => renderReport(await checkPlan({ bytes: readFileSync(join(root, file)), filename: file.split('/').pop()!, lang }), 'html');

  it.each([
    [1280, 800],
    [390, 844],
  ])('the downloaded report’s first screen at %i×%i: verdict, score and the first error-level gap in view', async (width, height) => {
    const html = await report('fixtures/plans/p11-baisha-missing-safeguards.outline-level.docx');
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(html);
    for (const selector of ['.first .verdict-ok', '.first .score', '.to-fix li']) expect(await inViewport(page, selector), selector).toBe(true);
    const first = await page.locator('.to-fix li').first().innerText();
    expect(first).toContain('保障措施（条款 13.5）：');
    expect(first).toContain('保障措施 → 在「强化资金保障」之后新增「人才保障」');
    // The outline: the new talent section right after 强化资金保障's entry, its starter selectable whole.
    const items = await page.locator('#outline ol.outline > li').allInnerTexts();
    const funding = items.findIndex((t) => t.startsWith('强化资金保障'));
    expect(items.slice(funding + 1).some((t) => t.startsWith('＋人才保障'))).toBe(true);
    expect(await page.locator('li.gap .starter').first().evaluate((e) => getComputedStyle(e).userSelect)).toBe('all');
    // Passing rules folded below.
    expect(await page.locator('article.finding.pass').first().isVisible()).toBe(false);
    mkdirSync(join(root, 'test-output/report'), { recursive: true });
    await page.screenshot({ path: join(root, `test-output/report/html-first-screen-${width}.png`) });
    await page.close();
  }, 60_000);

  it('a document that is not a plan: the downloaded report says so first', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(await report('fixtures/real/NEG13_national_14th5_emergency_system_plan_offtopic.md', 'en'));
    expect(await page.locator('.first > :first-child').getAttribute('class')).toBe('verdict-bad');
    expect(await inViewport(page, '.verdict-bad')).toBe(true);
    expect(await page.locator('.verdict-bad').innerText()).toContain('does not read as a city digital-transformation plan');
    expect(await page.locator('.to-fix li').count()).toBe(0);
    await page.close();
  }, 60_000);
});
