// The HTML report in a real browser at phone width: no horizontal scrolling,
// no network request, hostile text shown as text.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../functions/core/report/index.ts';
import { CHROMIUM as executablePath, ensureChromium } from '../support/chromium.ts';
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
});
