#!/usr/bin/env node
// The CLI, built ahead of time into dist/ (scripts/build.ts; `npm ci` and
// `npm pack` build it through the `prepare` script). One node process, no tsx.
import { existsSync } from 'node:fs';

const built = new URL('../dist/plancheck.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('plancheck: the CLI is not built (dist/plancheck.mjs is missing): run npm run build\n');
  process.exit(2);
}
await import(built.href);
