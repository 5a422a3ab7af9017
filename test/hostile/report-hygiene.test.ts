/// <reference lib="dom" />
// Bidi controls from a plan (U+202A–U+202E, U+2066–U+2069) never reach a
// report or the web page, where they would reorder the report's own text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { renderReport } from '../../functions/core/report/index.ts';
import { bidiMarkdown } from '../../scripts/hostile-inputs.ts';
import { CHROMIUM, ensureChromium } from '../support/chromium.ts';
import { startTestPipeline, type TestPipeline } from '../support/loopback.ts';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

describe('bidi controls in reports', () => {
  it('the plan carries them, its quotes reach the reports, and no HTML, Markdown or JUnit report holds one', async () => {
    const bytes = bidiMarkdown();
    expect(new TextDecoder().decode(bytes)).toMatch(BIDI);
    const result = await checkPlan({ bytes, filename: 'bidi.md' });
    // The JSON report is data: it keeps the plan's text as it is.
    expect(JSON.stringify(result)).toMatch(BIDI);
    for (const format of ['html', 'md', 'junit'] as const) {
      const text = renderReport(result, format);
      expect(text).toContain('evil');
      expect(text).not.toMatch(BIDI);
    }
  });
});

describe('bidi controls on the web page', () => {
  let p: TestPipeline;
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'plancheck-bidi-'));
  beforeAll(async () => {
    ensureChromium();
    p = await startTestPipeline({ checkThreads: 1 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await p?.dispose();
  });

  it('the findings show the quote without the controls', async () => {
    const file = join(dir, 'bidi.md');
    writeFileSync(file, bidiMarkdown());
    const page = await browser.newPage();
    await page.goto(p.url + '/');
    await page.setInputFiles('#file', file);
    await page.click('button[type=submit]');
    await page.waitForSelector('.finding', { timeout: 45_000 });
    const text = (await page.locator('#report').textContent()) ?? '';
    expect(text).toContain('evil');
    expect(text).not.toMatch(BIDI);
  }, 90_000);
});
