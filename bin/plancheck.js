#!/usr/bin/env node
// The CLI, built ahead of time into dist/ (scripts/build.ts; `npm ci` and
// `npm pack` build it through the `prepare` script). One node process, no tsx.
// CommonJS (bin/package.json), as the built CLI is: a process that only
// requires never starts Node's ES module loader, and the CLI's chunks load
// through its code cache (functions/cli/code-cache.ts).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'plancheck.cjs');
if (!existsSync(built)) {
  process.stderr.write('plancheck: the CLI is not built (dist/plancheck.cjs is missing): run npm run build\n');
  process.exit(2);
}
require(built);
