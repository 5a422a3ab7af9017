// Writes docs/reviewer-sheet.png: the reviewer's sheet of a small batch of
// fixture plans (accepted, sent back, not a plan, a data-governance plan whose
// title suggests its profile) at 1280×800 in headless Chromium, scrolled to
// the matrix. `npx tsx scripts/make-sheet-screenshot.ts`
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { runBatch } from '../functions/batch/run-batch.ts';
import { folderSink, folderSource } from '../functions/batch/sources.ts';
import { CHROMIUM, ensureChromium } from '../test/support/chromium.ts';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'plancheck-sheet-shot-'));
const plans = ['plans/p01-linhu-complete.md', 'plans/p06-jinsha-14th5-strategy.md', 'plans/p08-beiling-ten-year.md', 'plans/p12-donghai-vague-goals.md', 'plans/p07-dongjiang-data-governance.md', 'real/CN07_national_14th5_digital_economy_plan.md', 'real/NEG13_national_14th5_emergency_system_plan_offtopic.md'];
for (const p of plans) cpSync(join(root, 'fixtures', p), join(work, 'in', p.split('/')[1]!));
await runBatch({ source: folderSource(join(work, 'in')), out: folderSink(join(work, 'out')), concurrency: 1 });
ensureChromium();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(pathToFileURL(join(work, 'out/summary.html')).href);
await page.evaluate(() => window.scrollTo(0, document.querySelector('.missing')!.getBoundingClientRect().top + window.scrollY - 8));
await page.screenshot({ path: join(root, 'docs/reviewer-sheet.png') });
await browser.close();
rmSync(work, { recursive: true, force: true });
