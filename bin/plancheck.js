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
// V8 sends a function to its optimizing compiler (TurboFan) after a budget of
// interpreted work that suits long-lived programs. In a check of a few hundred
// milliseconds it optimized ~150 functions per 200k-character DOCX and threw
// ~35 of those away again (saxes' parser loop a dozen times), on a core the
// check thread could have used. A budget 8x Node 20's default (4x that of later
// Nodes) leaves optimized what stays hot and the rest interpreted: the DOCX
// check 700 -> 510 ms CPU, a 15 MB Markdown plan 3.8 -> 3.1 s, a batch of
// fixtures/real 4.7 -> 3.3 s. Set before the CLI's code is loaded, so every
// thread and the code cache (which V8 checks against its flags) see the same
// flags in every run; not for --version or help, which check nothing.
const first = process.argv[2];
if (first !== undefined && !['--version', '-v', '--help', '-h', 'help'].includes(first)) {
  require('node:v8').setFlagsFromString('--interrupt-budget=540672');
}
require(built);
