// Makes sure Debian's Chromium (and CJK fonts) are there before browser tests:
// the test command must work on a fresh machine. Usable as a vitest globalSetup.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  execFileSync('sh', [join(import.meta.dirname, '../../scripts/install-chromium.sh')], { stdio: 'inherit', timeout: 600_000 });
}

export default function setup(): void {
  ensureChromium();
}

/** Debian's Chromium, headless, as every browser test runs it (installed first if missing). */
export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
