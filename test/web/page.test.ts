/// <reference lib="dom" />
// The drafters' page in real headless Chromium (Debian's, via playwright-core):
// upload a fixture, read the findings, switch language, download a report, a
// plan carrying <script> shows as text, and a 390 px screen has no sideways scroll.
// The drafter's view: the verdict and the first error on the first screen at
// 1280×800 and 390×844, the plan's outline with each gap where it goes and a copy
// button, passes folded, bars coloured, errors in the page's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, ensureChromium } from '../support/chromium.ts';
import { inViewport } from '../support/viewport.ts';
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

async function open(width = 1200, height = 900): Promise<Page> {
  // Its own context: clipboard permissions for the copy buttons, nothing shared between tests.
  const context = await browser.newContext({ viewport: { width, height }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  // The context goes with its page; closing it races the browser's own close after the last
  // test, which already closed it (CI saw that rejection unhandled).
  page.on('close', () => context.close().catch(() => undefined));
  await page.goto(base + '/');
  return page;
}

async function checkFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles('#file', path);
  await page.click('button[type=submit]');
  // Generous: a real check on a loaded two-CPU runner; the timeout only stops a hang.
  await page.waitForSelector('.finding', { timeout: 150_000 });
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
  }, 180_000);

  it('fits a 390 px phone screen without horizontal scroll', async () => {
    const page = await open(390);
    await checkFile(page, join(root, 'fixtures/real/EN11_singapore_smart_nation_strategy_nov2018.docx'));
    await page.screenshot({ path: join(shots, 'phone.png'), fullPage: true });
    await page.screenshot({ path: join(shots, 'phone-top.png') });
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.close();
  }, 180_000);
});

describe("the drafter's view", () => {
  const baisha = join(root, 'fixtures/plans/p11-baisha-missing-safeguards.outline-level.docx');
  const xichuan = join(root, 'fixtures/plans/p10-xichuan-missing-layers.autonumber.docx');

  it.each([
    [1280, 800],
    [390, 844],
  ])('at %i×%i the first screen says the verdict, the score and the error-level gaps with their clauses and places, without scrolling', async (width, height) => {
    const page = await open(width, height);
    await checkFile(page, baisha);
    const { checkPlan } = await import('../../functions/core/check/check-plan.ts');
    const expected = await checkPlan({ bytes: readFileSync(baisha), filename: 'baisha.docx' });
    const errors = expected.results.filter((r) => r.severity === 'error' && (r.status === 'fail' || r.status === 'partial'));
    expect(errors.map((r) => r.id)).toEqual(['support-measures']);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const selector of ['#verdict', '.first .big', '#to-fix strong', '#to-fix li']) expect(await inViewport(page, selector), selector).toBe(true);
    expect(await page.locator('#verdict').innerText()).toContain('可识别为数字化转型规划');
    expect(await page.locator('.first .big').innerText()).toBe(String(Math.round(expected.scores.overall!)));
    expect(await page.locator('#to-fix strong').innerText()).toBe('1 处须在提交前补充：');
    expect(await page.locator('#to-fix li').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual(errors.map((r) => r.id));
    const first = await page.locator('#to-fix li').first().innerText();
    expect(first).toContain('保障措施（条款 13.5）：保障措施不完整：缺少政策保障、人才保障、文化与氛围保障');
    expect(first).toContain('保障措施 → 在「强化资金保障」之后新增「人才保障」');
    // Severity and status badges in the page's language too.
    const badges = await page.locator('.finding .badge').allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((b) => /^(error|warning|info|pass|fail|partial)$/.test(b))).toEqual([]);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.screenshot({ path: join(shots, `first-screen-${width}.png`) });
    await page.close();
  }, 90_000);

  it('a document that is not a plan says so first, before its title and score, on a phone', async () => {
    const page = await open(390, 844);
    await checkFile(page, join(root, 'fixtures/real/NEG13_national_14th5_emergency_system_plan_offtopic.md'));
    expect(await page.locator('#first > :first-child').getAttribute('id')).toBe('verdict');
    expect(await page.locator('#verdict').getAttribute('role')).toBe('alert');
    expect(await page.locator('#verdict').innerText()).toMatch(/^不是规划（[^）]+）：/);
    expect(await inViewport(page, '#verdict')).toBe(true);
    const verdictBox = (await page.locator('#verdict').boundingBox())!;
    expect(verdictBox.y).toBeLessThan((await page.locator('.doc-title').boundingBox())!.y);
    // No gap list to fix: the verdict is the answer.
    expect(await page.locator('#to-fix li').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'not-a-plan-390.png') });
    await page.close();
  }, 180_000);

  it('the outline shows each gap at its insertion point, once, with a starter to copy; passes are folded and bars coloured by value', async () => {
    const page = await open(1280, 800);
    await checkFile(page, xichuan);
    const { checkPlan } = await import('../../functions/core/check/check-plan.ts');
    const expected = await checkPlan({ bytes: readFileSync(xichuan), filename: 'xichuan.docx' });
    const items = await page.locator('#outline ol.outline > li').evaluateAll((els) => els.map((e) => ({ cls: e.className, text: e.textContent ?? '' })));
    const at = (cls: string, start: string) => items.findIndex((i) => i.cls.startsWith(cls) && i.text.replace(/^＋/, '').startsWith(start));
    // 第三章 总体架构 holds 一、业务架构 and 二、应用架构: the information layer goes between them, infrastructure and security after.
    const order = [at('sec', '一、业务架构'), at('gap', '二、信息（数据）架构'), at('sec', '二、应用架构'), at('gap', '三、数字基础设施'), at('gap', '四、安全体系'), at('sec', '第四章 主要任务')];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The security layer and its own rule are one gap: one item, both findings named on it.
    const security = items.filter((i) => i.cls.startsWith('gap') && i.text.includes('四、安全体系'));
    expect(security).toHaveLength(1);
    expect(security[0]!.text).toContain('总体架构覆盖各层');
    expect(security[0]!.text).toContain('安全体系框架');
    expect(await page.locator('#findings > [data-rule=architecture-security]').count()).toBe(0);
    expect(await page.locator('[data-rule=architecture-layers] details.related [data-rule=architecture-security]').count()).toBe(1);
    // The copy button puts the clause's starter text on the clipboard.
    const starter = expected.results.find((r) => r.id === 'architecture-layers')!.parts.find((p) => p.name === 'security')!.insertAt!.starter.zh;
    const gap = page.locator('#outline li.gap', { hasText: '四、安全体系' });
    await gap.locator('button.copy').click();
    await expect.poll(() => gap.locator('button.copy').innerText()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(starter);
    // Passing rules are folded: there, but not shown until opened.
    const passes = expected.results.filter((r) => r.status === 'pass').length;
    expect(await page.locator('#passes > summary').innerText()).toBe(`已满足的条目 (${passes})`);
    expect(await page.locator('#passes').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#passes .finding').first().isVisible()).toBe(false);
    // Bars coloured by value: red below 50 (0 % is never green), amber below 80, green above.
    const bars = await page.locator('.steps .bar').evaluateAll((els) =>
      els.map((e) => ({ cls: e.className, score: e.getAttribute('data-score'), colour: getComputedStyle(e.firstElementChild!).backgroundColor })),
    );
    const low = bars.filter((b) => b.score !== '' && Number(b.score) < 50);
    expect(low.length).toBeGreaterThan(0);
    for (const b of low) expect(b).toMatchObject({ cls: 'bar low', colour: 'rgb(198, 40, 40)' });
    for (const b of bars.filter((x) => Number(x.score) >= 80)) expect(b).toMatchObject({ cls: 'bar high', colour: 'rgb(47, 125, 50)' });
    await page.screenshot({ path: join(shots, 'outline.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('downloads only after a check; a bad upload gets a Chinese message and clears the old report; a PDF is read', async () => {
    const page = await open(1280, 800);
    expect(await page.locator('#downloads').count()).toBe(0);
    expect(await page.locator('[data-format]').count()).toBe(0);
    await checkFile(page, baisha);
    expect(await page.locator('#downloads').isVisible()).toBe(true);
    expect(await page.locator('#downloads button[data-format]').count()).toBeGreaterThanOrEqual(5);
    // A Word 97-2003 file (an OLE compound file with a WordDocument stream).
    const doc = join(tmp, '旧规划.doc');
    writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(512)]));
    await page.setInputFiles('#file', doc);
    await page.click('button[type=submit]');
    await page.waitForSelector('#status.error');
    const message = await page.locator('#status').innerText();
    expect(message).toBe('这是 Word 97-2003 文档（.doc）：请在 Word 中另存为 .docx 后上传。');
    expect(await page.locator('#report').evaluate((r) => r.childElementCount)).toBe(0);
    expect(await page.locator('#downloads').count()).toBe(0);
    // A PDF on the Chinese page: checked, located by page.
    await checkFile(page, join(root, 'fixtures/pdf/cmap-chinese.pdf'));
    expect(await page.locator('#status').innerText()).toBe('');
    expect(await page.locator('.finding .where').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/ · 第\d+页$/)]));
    await page.close();
  }, 90_000);
});
