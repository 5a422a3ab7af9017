/// <reference lib="dom" />
// The drafters' page in real headless Chromium (Debian's, via playwright-core):
// upload a fixture, read the findings, switch language, download a report, a
// plan carrying <script> shows as text, and a 390 px screen has no sideways scroll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, ensureChromium } from '../support/chromium.ts';
import { startPipeline, type Pipeline } from '../../functions/local/pipeline.ts';

const root = join(import.meta.dirname, '../..');
const shots = join(root, 'test-output/web');
const tmp = mkdtempSync(join(tmpdir(), 'plancheck-web-'));
let pipeline: Pipeline;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ensureChromium();
  mkdirSync(shots, { recursive: true });
  // The real app (createApp) with the embedded S3 and local queue, all on 127.0.0.1.
  pipeline = await startPipeline({ port: 0, dataDir: join(tmp, 's3'), config: { apiKeys: [], maxBytes: 20 * 1024 * 1024, asyncThresholdBytes: 2 * 1024 * 1024 } });
  base = pipeline.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await pipeline?.close();
});

async function open(width = 1200): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(base + '/');
  return page;
}

async function checkFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles('#file', path);
  await page.click('button[type=submit]');
  await page.waitForSelector('.finding', { timeout: 45_000 });
}

describe('drafters page in headless Chromium', () => {
  const plan = join(root, 'fixtures/real/CN07_national_14th5_digital_economy_plan.md');

  it('uploads a plan and shows coverage and findings, errors first, with clause and advice', async () => {
    const page = await open();
    await checkFile(page, plan);
    const findings = await page.$$eval('.finding', (els) => els.map((e) => ({ rule: e.getAttribute('data-rule'), cls: e.className, text: e.textContent ?? '' })));
    const { checkPlan } = await import('../../functions/core/check/check-plan.ts');
    const expected = await checkPlan({ bytes: readFileSync(plan), filename: 'cn07.md' });
    expect(findings.map((f) => f.rule).sort()).toEqual(expected.results.map((r) => r.id).sort());
    // Failing/partial ones come before passing ones.
    const firstPass = findings.findIndex((f) => / pass$/.test(f.cls));
    const lastMiss = findings.map((f) => / (fail|partial)$/.test(f.cls)).lastIndexOf(true);
    if (firstPass >= 0 && lastMiss >= 0) expect(lastMiss).toBeLessThan(firstPass);
    const horizon = expected.results.find((r) => r.id === 'horizon')!;
    const shown = findings.find((f) => f.rule === 'horizon')!;
    expect(shown.text).toContain(`条款 ${horizon.clause}`);
    expect(shown.text).toContain(horizon.message);
    const missed = expected.results.find((r) => r.status === 'fail' || r.status === 'partial');
    if (missed) expect(findings.find((f) => f.rule === missed.id)!.text).toContain(missed.expected);
    expect(await page.locator('.steps li').count()).toBe(expected.scores.stages.flatMap((s) => s.steps).length);
    await page.screenshot({ path: join(shots, 'report-zh.png'), fullPage: true });
    await page.screenshot({ path: join(shots, 'report-zh-top.png') });

    // Switching language re-checks in English.
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => document.querySelector('.finding .where')?.textContent?.startsWith('Clause'));
    const en = await checkPlan({ bytes: readFileSync(plan), filename: 'cn07.md', lang: 'en' });
    expect(await page.locator('[data-rule=horizon] .message').textContent()).toBe(en.results.find((r) => r.id === 'horizon')!.message);
    expect(await page.locator('button[type=submit]').textContent()).toBe('Check');
    await page.screenshot({ path: join(shots, 'report-en.png'), fullPage: true });

    // Download: the file's content is the report in that format.
    for (const format of ['json', 'sarif'] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-format=${format}]`)]);
      const saved = join(tmp, download.suggestedFilename());
      await download.saveAs(saved);
      const body = JSON.parse(readFileSync(saved, 'utf8'));
      if (format === 'json') {
        expect(body.document.sha256).toBe(en.document.sha256);
        expect(body.lang).toBe('en');
      } else expect(body.version).toBe('2.1.0');
    }
    await page.close();
  }, 90_000);

  it('shows a plan carrying <script> and HTML as text; no script from it runs', async () => {
    const hostile = join(tmp, 'hostile.md');
    writeFileSync(hostile, '# &lt;script&gt;window.__pwned=1&lt;/script&gt;城市数字化转型规划\n\n本规划期限为2021—2025年。&lt;img src=x onerror="window.__pwned=2"&gt;<img src=x onerror="window.__pwned=3">\n\n## 保障措施\n\n<b>加强组织领导</b>\n');
    const page = await open();
    await checkFile(page, hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#report img').count()).toBe(0);
    expect(await page.locator('#report script').count()).toBe(0);
    const text = await page.locator('#report').textContent();
    // Entities decode to literal markup in the plan's text: it must show as such.
    expect(text).toContain('<script>window.__pwned=1</script>城市数字化转型规划');
    expect(await page.locator('.doc-title').textContent()).toContain('<script>');
    await page.screenshot({ path: join(shots, 'hostile.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('fits a 390 px phone screen without horizontal scroll', async () => {
    const page = await open(390);
    await checkFile(page, join(root, 'fixtures/real/EN11_singapore_smart_nation_strategy_nov2018.docx'));
    await page.screenshot({ path: join(shots, 'phone.png'), fullPage: true });
    await page.screenshot({ path: join(shots, 'phone-top.png') });
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.close();
  }, 60_000);
});
