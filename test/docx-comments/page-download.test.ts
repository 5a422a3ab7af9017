/// <reference lib="dom" />
// The page's Word button in real headless Chromium: after checking a DOCX,
// data-format="docx" downloads that plan with the findings as Word comments;
// after a Markdown plan there is no Word button (the API would refuse it).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { openFindings } from '../../functions/core/report/docx-comments.ts';
import { startPipeline, type Pipeline } from '../../functions/local/pipeline.ts';
import { CHROMIUM, ensureChromium } from '../support/chromium.ts';
import { commentAnchors, parts, readComments } from './inspect.ts';

const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'plancheck-docx-page-'));
let pipeline: Pipeline;
let browser: Browser;

beforeAll(async () => {
  ensureChromium();
  pipeline = await startPipeline({ port: 0, dataDir: join(tmp, 's3'), config: { apiKeys: [], maxBytes: 20 * 1024 * 1024, asyncThresholdBytes: 2 * 1024 * 1024 } });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await pipeline?.close();
});

async function checked(file: string) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(pipeline.url + '/');
  await page.setInputFiles('#file', file);
  await page.click('button[type=submit]');
  await page.waitForSelector('.finding', { timeout: 45_000 });
  return page;
}

describe('the Word button of the downloads row', () => {
  it('downloads the checked DOCX with its open findings as comments', async () => {
    const plan = join(root, 'fixtures/plans/p11-baisha-missing-safeguards.outline-level.docx');
    const page = await checked(plan);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#downloads button[data-format=docx]')]);
    const saved = join(tmp, 'downloaded.docx');
    await download.saveAs(saved);
    const p = parts(readFileSync(saved));
    const comments = readComments(p['word/comments.xml']!);
    const expected = openFindings(await checkPlan({ bytes: readFileSync(plan), filename: 'p11.docx' }));
    expect(comments.map((c) => c.paragraphs.at(-1))).toEqual(expected.map((f) => `plancheck · ${f.id}`));
    const anchors = commentAnchors(p['word/document.xml']!);
    expect(comments.every((c) => anchors.get(c.id)?.closed)).toBe(true);
    await page.close();
  }, 90_000);

  it('after a Markdown plan, offers no Word button (the other formats are there)', async () => {
    const page = await checked(join(root, 'fixtures/plans/p01-linhu-complete.md'));
    expect(await page.locator('#downloads button[data-format=docx]').count()).toBe(0);
    expect(await page.locator('#downloads button[data-format=html]').count()).toBe(1);
    await page.close();
  }, 90_000);
});
