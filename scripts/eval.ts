// `npm run eval`: accuracy as a number. Runs the checker on every labeled
// fixture (fixtures/labels.json, format in fixtures/README-labels.md) and on
// every per-rule fixture (status in the file name), then prints per-rule
// agreement, precision/recall of detecting a missing requirement (status ≠
// pass), overall agreement and whether the headline rules are exact.
// `--strict`: exit 1 below the targets (agreement ≥ 95 %, headline rules exact).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanDocument } from '../functions/core/document/model.ts';
import { checkDocument } from '../functions/core/check/check-plan.ts';
import type { CheckResult } from '../functions/core/check/result.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtures = join(root, 'fixtures');
const HEADLINE = ['horizon', 'goals-measurable', 'architecture-layers', 'support-measures'];
const TARGET = 0.95;

interface Label {
  profile?: string;
  rules: Record<string, string>;
  missingParts?: Record<string, string[]>;
  isPlan?: boolean;
}

async function parse(path: string): Promise<PlanDocument> {
  const parsers = join(root, 'functions/core/parsers/index.ts');
  if (statSync(path).isDirectory() && existsSync(parsers)) {
    const { parseMarkdownFolder } = await import('../functions/core/parsers/index.ts');
    const names = readdirSync(path).filter((f) => f.endsWith('.md'));
    return parseMarkdownFolder(names.map((name) => ({ name, bytes: readFileSync(join(path, name)) })));
  }
  if (statSync(path).isDirectory()) {
    // No parser in the tree: the files joined, for the small builder.
    const files = readdirSync(path).filter((f) => f.endsWith('.md')).sort((a, b) => (a === 'index.md' ? -1 : b === 'index.md' ? 1 : a.localeCompare(b)));
    return parseBytes(Buffer.from(files.map((f) => readFileSync(join(path, f), 'utf8')).join('\n\n')), 'plan.md', parsers);
  }
  return parseBytes(readFileSync(path), basename(path), parsers);
}

async function parseBytes(bytes: Uint8Array, filename: string, parsers: string): Promise<PlanDocument> {
  if (existsSync(parsers)) {
    const { parseDocument } = (await import(parsers)) as { parseDocument(i: { bytes: Uint8Array; filename: string }): Promise<PlanDocument> };
    return parseDocument({ bytes, filename });
  }
  // Until the reading side lands: the checker tests' small Markdown builder.
  if (!filename.endsWith('.md')) throw new Error(`no parser in the tree for ${filename}`);
  const { miniPlan } = await import('../test/check/helpers/mini-plan.ts');
  return miniPlan(Buffer.from(bytes).toString('utf8'));
}

function cases(): [string, Label][] {
  const out: [string, Label][] = [];
  const labelsFile = join(fixtures, 'labels.json');
  if (existsSync(labelsFile)) out.push(...Object.entries(JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, Label>));
  const perRule = join(fixtures, 'rules');
  if (existsSync(perRule)) {
    for (const id of readdirSync(perRule).sort()) {
      for (const f of readdirSync(join(perRule, id)).sort()) {
        const m = /^(pass|partial|fail|not-applicable)-.*\.md$/.exec(f);
        if (m && !out.some(([p]) => p === `rules/${id}/${f}`)) out.push([`rules/${id}/${f}`, { rules: { [id]: m[1] } }]);
      }
    }
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main(): Promise<number> {
  const strict = process.argv.includes('--strict');
  const perRule = new Map<string, { n: number; agree: number; tp: number; fp: number; fn: number }>();
  const mismatches: string[] = [];
  let headlineExact = true;
  let n = 0;
  let agree = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [path, label] of cases()) {
    const full = join(fixtures, path);
    if (!existsSync(full)) {
      mismatches.push(`${path}: fixture missing`);
      continue;
    }
    let result: CheckResult;
    try {
      result = await checkDocument(await parse(full), { profile: label.profile });
    } catch (e) {
      mismatches.push(`${path}: ${(e as Error).message}`);
      continue;
    }
    for (const [id, expected] of Object.entries(label.rules)) {
      const got = result.results.find((r) => r.id === id)?.status ?? 'missing-rule';
      const s = perRule.get(id) ?? { n: 0, agree: 0, tp: 0, fp: 0, fn: 0 };
      s.n++;
      n++;
      if (got === expected) {
        s.agree++;
        agree++;
      } else {
        mismatches.push(`${path}: ${id} expected ${expected}, got ${got}`);
        if (HEADLINE.includes(id)) headlineExact = false;
      }
      if (expected === 'not-applicable' || got === 'not-applicable') continue;
      const wantMissing = expected !== 'pass';
      const saidMissing = got !== 'pass';
      if (wantMissing && saidMissing) (s.tp++, tp++);
      else if (!wantMissing && saidMissing) (s.fp++, fp++);
      else if (wantMissing && !saidMissing) (s.fn++, fn++);
      perRule.set(id, s);
    }
    for (const [id, parts] of Object.entries(label.missingParts ?? {})) {
      // "Missing" for a reviewer: not present — absent, or only mentioned in passing.
      const got = (result.results.find((r) => r.id === id)?.parts ?? []).filter((p) => p.status !== 'present').map((p) => p.name).sort();
      if (JSON.stringify(got) !== JSON.stringify([...parts].sort())) {
        mismatches.push(`${path}: ${id} missing parts expected [${[...parts].sort()}], got [${got}]`);
        if (HEADLINE.includes(id)) headlineExact = false;
      }
    }
    if (label.isPlan !== undefined && label.isPlan !== result.verdict.isPlan) mismatches.push(`${path}: isPlan expected ${label.isPlan}, got ${result.verdict.isPlan}`);
  }
  console.log('rule'.padEnd(38), 'cases', 'agree'.padStart(7), 'precision'.padStart(10), 'recall'.padStart(8));
  for (const [id, s] of [...perRule].sort()) {
    const precision = s.tp + s.fp ? pct(s.tp / (s.tp + s.fp)) : '—';
    const recall = s.tp + s.fn ? pct(s.tp / (s.tp + s.fn)) : '—';
    console.log(id.padEnd(38), String(s.n).padStart(5), pct(s.agree / s.n).padStart(7), precision.padStart(10), recall.padStart(8));
  }
  const overall = n ? agree / n : 0;
  console.log('');
  console.log(`overall agreement: ${agree}/${n} = ${pct(overall)} (target ≥ ${pct(TARGET)})`);
  console.log(`missing-requirement detection: precision ${tp + fp ? pct(tp / (tp + fp)) : '—'}, recall ${tp + fn ? pct(tp / (tp + fn)) : '—'} (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`headline rules (${HEADLINE.join(', ')}) exact: ${headlineExact ? 'yes' : 'no'}`);
  if (mismatches.length) {
    console.log(`\n${mismatches.length} mismatches:`);
    for (const m of mismatches) console.log(`  ${m}`);
  }
  return strict && (overall < TARGET || !headlineExact) ? 1 : 0;
}

process.exitCode = await main();
