/// <reference lib="dom" />
// The reviewer's sheet of a real 30-plan batch (fixtures/plans, fixtures/real,
// one blind dev plan) in real headless Chromium, opened from disk with no
// server: scrolled right the plan column stays in view; scrolled down the
// headers stay on top; the toggle shows all rules (with script off too);
// sorting by score never lifts a plan to send back above an accepted one; the
// draft letters open from the sheet. Screenshots in test-output/batch/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, ensureChromium } from '../support/chromium.ts';
import { runBatch } from '../../functions/batch/run-batch.ts';
import { folderSink, folderSource } from '../../functions/batch/sources.ts';
import { listRules } from '../../functions/core/rules/catalog.ts';
import type { BatchSummary } from '../../functions/core/batch/summary.ts';

const root = join(import.meta.dirname, '../..');
const shots = join(root, 'test-output/batch');
const work = mkdtempSync(join(tmpdir(), 'plancheck-sheet-'));
const plans = join(work, 'plans');
const out = join(work, 'out');
let browser: Browser;
let summary: BatchSummary;
let url: string;

/** 30 plans: every fixture plan (15), every real document (14, EN13 being a folder of Markdown files), one blind dev plan. */
function gather(): void {
  mkdirSync(plans, { recursive: true });
  for (const f of readdirSync(join(root, 'fixtures/plans')).filter((f) => /\.(md|docx)$/.test(f) && f !== 'MANIFEST.md')) cpSync(join(root, 'fixtures/plans', f), join(plans, f));
  for (const f of readdirSync(join(root, 'fixtures/real')).filter((f) => f !== 'PROVENANCE.md')) cpSync(join(root, 'fixtures/real', f), join(plans, 'real', f), { recursive: true });
  cpSync(join(root, 'fixtures/blind/dev/cn-gap-01.md'), join(plans, 'blind/cn-gap-01.md'));
}

beforeAll(async () => {
  ensureChromium();
  mkdirSync(shots, { recursive: true });
  gather();
  ({ summary } = await runBatch({ source: folderSource(plans), out: folderSink(out), concurrency: 2 }));
  url = pathToFileURL(join(out, 'summary.html')).href;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Rule headers the reader can see (display:none ones have no box). */
const visibleRuleHeaders = (page: Page) => page.$$eval('#matrix th[data-rule]', (ths) => ths.filter((th) => th.getBoundingClientRect().width > 0).map((th) => th.getAttribute('data-rule')));

/** After a horizontal scroll: the plan cells of the rows on screen stand at the viewport's left edge, on top of what scrolled under them. */
async function expectPlanColumnInView(page: Page): Promise<void> {
  const seen = await page.$$eval('#matrix tbody tr', (rows) =>
    rows
      .map((tr) => {
        const plan = (tr as HTMLTableRowElement).cells[0]!.getBoundingClientRect();
        const rank = (tr as HTMLTableRowElement).cells[1]!.getBoundingClientRect();
        const hit = document.elementFromPoint(plan.left + 20, plan.top + 8);
        return { top: plan.top, left: plan.left, right: plan.right, rankLeft: rank.left, onTop: Boolean(hit && (tr as HTMLTableRowElement).cells[0]!.contains(hit)), text: (tr as HTMLTableRowElement).cells[0]!.textContent ?? '' };
      })
      .filter((r) => r.top > 150 && r.top < window.innerHeight - 30),
  );
  expect(seen.length).toBeGreaterThan(1);
  for (const r of seen) {
    expect(Math.abs(r.left)).toBeLessThan(1);
    expect(r.right).toBeGreaterThan(200);
    expect(r.right).toBeLessThan(400);
    expect(r.onTop).toBe(true);
    expect(r.text.length).toBeGreaterThan(5);
    // The column beside it has slid under it (or out of view): the page did scroll, the plan column did not.
    expect(r.rankLeft).toBeLessThan(r.right - 20);
  }
}

describe('the reviewer sheet of a 30-plan batch in headless Chromium', () => {
  it('has 30 plans, ranked by decision, and shows the headline rules by default', async () => {
    expect(summary.counts.plans).toBe(30);
    expect(summary.plans.some((p) => p.file === 'real/EN13_singapore_smart_nation_strategy_md')).toBe(true);
    const page = await open();
    expect(await page.locator('#matrix tbody tr').count()).toBe(30);
    expect((await visibleRuleHeaders(page)).sort()).toEqual(listRules().filter((r) => r.headline).map((r) => r.id).sort());
    const groups = await page.$$eval('#matrix tbody tr', (rows) => rows.map((r) => Number((r as HTMLElement).dataset.g)));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    // The not-a-plan verdict is on the sheet, in the decision column.
    const neg = await page.locator('#matrix tbody tr[data-file="real/NEG13_national_14th5_emergency_system_plan_offtopic.md"] td.decision').innerText();
    expect(neg).toContain('退回修改');
    expect(neg).toContain('不是规划');
    await page.screenshot({ path: join(shots, 'sheet-default.png') });
    await page.context().close();
  });

  it('scrolled right, the plan column stays in view — in the default view and in the full matrix', async () => {
    const page = await open();
    await page.evaluate(() => window.scrollTo(document.documentElement.scrollWidth, document.querySelector('#matrix')!.getBoundingClientRect().top + window.scrollY - 10));
    expect(await page.evaluate(() => window.scrollX)).toBeGreaterThan(0);
    await expectPlanColumnInView(page);
    await page.screenshot({ path: join(shots, 'sheet-scrolled-right.png') });

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('label[for=show-all]');
    const widthFull = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widthFull).toBeGreaterThan(4000);
    await page.evaluate(() => window.scrollTo(document.documentElement.scrollWidth, document.querySelector('#matrix')!.getBoundingClientRect().top + window.scrollY - 10));
    expect(await page.evaluate(() => window.scrollX)).toBeGreaterThan(3000);
    await expectPlanColumnInView(page);
    await page.screenshot({ path: join(shots, 'sheet-full-scrolled-right.png') });
    await page.context().close();
  });

  it('scrolled down, the headers stay on top', async () => {
    const page = await open();
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#matrix')!.getBoundingClientRect().top + window.scrollY + 1500));
    const boxes = await page.evaluate(() => ({
      table: document.querySelector('#matrix')!.getBoundingClientRect().top,
      head: document.querySelector('#matrix thead')!.getBoundingClientRect().top,
      cols: document.querySelector('#matrix tr.cols')!.getBoundingClientRect().bottom,
      horizon: document.querySelector('#matrix th[data-rule=horizon]')!.getBoundingClientRect().top,
    }));
    expect(boxes.table).toBeLessThan(-1000);
    expect(Math.abs(boxes.head)).toBeLessThan(1);
    expect(boxes.horizon).toBeGreaterThanOrEqual(0);
    expect(boxes.cols).toBeLessThan(300);
    // The header is what the reader sees at the top, not the rows under it.
    const hit = await page.evaluate(() => document.elementFromPoint(640, 60)?.closest('thead') !== null);
    expect(hit).toBe(true);
    await page.screenshot({ path: join(shots, 'sheet-sticky-header.png') });
    await page.context().close();
  });

  it('the toggle shows the full matrix, with script off as well', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await open({ javaScriptEnabled });
      await page.click('label[for=show-all]');
      expect((await visibleRuleHeaders(page)).sort()).toEqual(listRules().map((r) => r.id).sort());
      const cells = await page.$$eval('#matrix tbody tr:first-child td.full-only', (tds) => tds.filter((td) => td.getBoundingClientRect().width > 0).length);
      expect(cells).toBe(listRules().filter((r) => !r.headline).length);
      if (javaScriptEnabled) await page.screenshot({ path: join(shots, 'sheet-full.png') });
      await page.click('label[for=show-all]');
      expect(await visibleRuleHeaders(page)).toHaveLength(listRules().filter((r) => r.headline).length);
      await page.context().close();
    }
  });

  it('sorting by score keeps every accepted plan above every plan to send back, and non-plans below plans', async () => {
    const page = await open();
    const overall = page.locator('#matrix tr.cols th[data-col="3"] button');
    for (const direction of ['descending', 'ascending']) {
      await overall.click();
      expect(await page.locator('#matrix tr.cols th[data-col="3"]').getAttribute('aria-sort')).toBe(direction);
      const rows = await page.$$eval('#matrix tbody tr', (trs) => trs.map((tr) => ({ g: Number((tr as HTMLElement).dataset.g), score: parseFloat((tr as HTMLTableRowElement).cells[3]!.dataset.v || '-1'), file: (tr as HTMLElement).dataset.file })));
      expect(rows.map((r) => r.g)).toEqual([...rows.map((r) => r.g)].sort((a, b) => a - b));
      for (let i = 1; i < rows.length; i++) {
        if (rows[i]!.g !== rows[i - 1]!.g) continue;
        if (direction === 'descending') expect(rows[i]!.score).toBeLessThanOrEqual(rows[i - 1]!.score);
        else expect(rows[i]!.score).toBeGreaterThanOrEqual(rows[i - 1]!.score);
      }
      // p08 (10-year period: fails horizon) scores above p06 (accepted) and still sorts below it.
      const at = (f: string) => rows.findIndex((r) => r.file === f);
      expect(at('p06-jinsha-14th5-strategy.md')).toBeLessThan(at('p08-beiling-ten-year.md'));
    }
    await page.context().close();
  });

  it('opens a plan’s draft letter and its report from the sheet, without a server', async () => {
    const page = await open();
    const row = page.locator('#matrix tbody tr[data-file="p08-beiling-ten-year.md"]');
    await row.locator('a.letter').click();
    await page.waitForLoadState();
    expect(page.url()).toMatch(/p08-beiling-ten-year\.md\.letter\.html$/);
    expect(await page.locator('h1').innerText()).toContain('退回修改意见（草稿）');
    expect(await page.locator('li.item[data-rule=horizon] h3').innerText()).toContain('第4.2条');
    await page.screenshot({ path: join(shots, 'letter-p08.png'), fullPage: true });
    await page.goBack();
    await row.locator('td.plan a.title').click();
    await page.waitForLoadState();
    expect(page.url()).toMatch(/p08-beiling-ten-year\.md\.html$/);
    await page.context().close();
  });
});
