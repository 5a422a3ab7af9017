/// <reference lib="dom" />
// A PDF dropped on the drafters' page in real headless Chromium: the real
// pipeline (embedded S3, local queue, Hono) checks it, the findings show in
// Chinese, and each finding's evidence names the PDF page it was found on
// (第N页 on the Chinese page). Only the page's stable hooks are used (#file, button[type=submit],
// .finding[data-rule], #lang): the drop is dispatched on the file input and
// bubbles to whatever drop zone holds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, ensureChromium } from '../support/chromium.ts';
import { startPipeline, type Pipeline } from '../../functions/local/pipeline.ts';
import { checkPlan } from '../../functions/core/check/check-plan.ts';

const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'plancheck-web-pdf-'));
const PLAN = join(root, 'fixtures/real/CN04_nda_trusted_data_space_action_plan_2024-2028.pdf');
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
  rmSync(tmp, { recursive: true, force: true });
});

describe('a PDF dropped on the page', () => {
  it('is checked, its findings shown in Chinese with the PDF page of their evidence (第N页)', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(pipeline.url + '/');
    await page.selectOption('#lang', 'zh');
    const bytes = readFileSync(PLAN);
    // Drag and drop as a browser delivers it: dragenter, dragover, drop, with the file in the DataTransfer.
    await page.evaluate(
      async ({ b64, name }) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name, { type: 'application/pdf' }));
        const target = document.querySelector('#file')!;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer }));
        }
      },
      { b64: bytes.toString('base64'), name: 'CN04.pdf' },
    );
    await page.click('button[type=submit]');
    await page.waitForSelector('.finding[data-rule]', { timeout: 90_000 });
    const shown = new Map(await page.$$eval('.finding[data-rule]', (els) => els.map((e) => [e.getAttribute('data-rule')!, e.textContent ?? ''] as [string, string])));

    const expected = await checkPlan({ bytes, filename: 'CN04.pdf', lang: 'zh' });
    expect(expected.document.format).toBe('pdf');
    expect([...shown.keys()].sort()).toEqual(expected.results.map((r) => r.id).sort());
    // In Chinese: the horizon finding carries its Chinese message.
    const horizon = expected.results.find((r) => r.id === 'horizon')!;
    expect(horizon.message).toMatch(/[\u4e00-\u9fff]/);
    expect(shown.get('horizon')).toContain(horizon.message);
    // Every finding with evidence names the page of its first evidence item.
    const withPages = expected.results.filter((r) => r.evidence[0]?.position?.page);
    expect(withPages.length).toBeGreaterThan(3);
    // In the page's language: 第N页 on the Chinese page (p. N on the English one).
    for (const r of withPages) expect(shown.get(r.id), r.id).toContain(`第${r.evidence[0]!.position!.page}页`);
    // Not all on one page: the places point into the document.
    expect(new Set(withPages.map((r) => r.evidence[0]!.position!.page)).size).toBeGreaterThan(1);
    await page.close();
  }, 180_000);
});
