// `npm run eval`: accuracy as numbers, per set of labelled documents:
//   own      — the team's fixtures (fixtures/labels.json, per-rule fixtures)
//   real     — public real documents (fixtures/labels.json, keys under real/)
//   blind dev / blind holdout — plans written blind by people who saw only the
//              guide and REQUIREMENTS.md (fixtures/blind/*/labels.json; method in
//              fixtures/blind/README.md)
// For each: agreement with the labels, precision and recall of "requirement
// missing" (status ≠ pass, and every part labelled missing), whether the headline
// rules are exact, and the plan verdict. Mismatches are listed for every set but
// the holdout, which is only ever scored: reading its mismatches while tuning
// would make it one more dev set.
// `--strict`: exit 1 when a set misses the targets. `--set NAME[,NAME…]`: those sets only.
// `--only REGEX`: only the documents whose path matches (e.g. one blind round: `/d236-`).
// `--holdout-details`: list the holdout's mismatches too (once it is retired).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../functions/core/check/check-plan.ts';
import type { CheckResult } from '../functions/core/check/result.ts';
// The tests' reader: the real parsers, a folder of Markdown files as one plan.
import { loadPlan } from '../test/check/helpers/load-plan.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtures = join(root, 'fixtures');
const HEADLINE = ['horizon', 'goals-measurable', 'architecture-layers', 'support-measures'];
const TARGET = 0.95;

export interface Label {
  profile?: string;
  rules: Record<string, string>;
  missingParts?: Record<string, string[]>;
  isPlan?: boolean;
}

interface EvalSet {
  name: string;
  /** Mismatch details are printed (not for the holdout). */
  details: boolean;
  cases: [path: string, label: Label][];
}


function readLabels(file: string, prefix: string): [string, Label][] {
  if (!existsSync(file)) return [];
  return Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Label>).map(([k, v]) => [prefix + k, v]);
}

function sets(holdoutDetails: boolean): EvalSet[] {
  const labelled = readLabels(join(fixtures, 'labels.json'), '');
  const own = labelled.filter(([p]) => !p.startsWith('real/'));
  const perRule = join(fixtures, 'rules');
  if (existsSync(perRule)) {
    for (const id of readdirSync(perRule).sort()) {
      for (const f of readdirSync(join(perRule, id)).sort()) {
        const m = /^(pass|partial|fail|not-applicable)-.*\.md$/.exec(f);
        if (m && !own.some(([p]) => p === `rules/${id}/${f}`)) own.push([`rules/${id}/${f}`, { rules: { [id]: m[1] } }]);
      }
    }
  }
  return [
    { name: 'own', details: true, cases: own },
    { name: 'real', details: true, cases: labelled.filter(([p]) => p.startsWith('real/')) },
    { name: 'blind dev', details: true, cases: readLabels(join(fixtures, 'blind/dev/labels.json'), 'blind/dev/') },
    { name: 'blind holdout', details: holdoutDetails, cases: readLabels(join(fixtures, 'blind/holdout/labels.json'), 'blind/holdout/') },
  ];
}

// The failure classes of issue 8, each scored on the judgements it is about.
const CLASSES: { name: string; rules: (id: string) => boolean }[] = [
  { name: '1 structure: layers and safeguards', rules: (id) => id === 'architecture-layers' || id === 'support-measures' || id === 'architecture-layers/parts' || id === 'support-measures/parts' },
  { name: '2 lead phrases: other part rules', rules: (id) => !/^(horizon|goals-|architecture-layers|support-measures|implementation-key-projects|isPlan)/.test(id) },
  { name: '3 targets and indicators', rules: (id) => id === 'goals-measurable' || id === 'goals-indicator-system' },
  { name: '4 stages', rules: (id) => id === 'goals-staged' },
  { name: '5 key projects', rules: (id) => id.startsWith('implementation-key-projects') },
  { name: '6 own period', rules: (id) => id === 'horizon' },
  { name: '7 plan or not', rules: (id) => id === 'isPlan' },
];

interface Score {
  n: number;
  agree: number;
  tp: number;
  fp: number;
  fn: number;
  headlineN: number;
  headlineAgree: number;
  verdictN: number;
  verdictRight: number;
  mismatches: string[];
  perRule: Map<string, { n: number; agree: number; tp: number; fp: number; fn: number }>;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number) => (b ? pct(a / b) : '—');

async function score(set: EvalSet): Promise<Score> {
  const s: Score = { n: 0, agree: 0, tp: 0, fp: 0, fn: 0, headlineN: 0, headlineAgree: 0, verdictN: 0, verdictRight: 0, mismatches: [], perRule: new Map() };
  for (const [path, label] of set.cases) {
    const full = join(fixtures, path);
    if (!existsSync(full)) {
      s.mismatches.push(`${path}: fixture missing`);
      continue;
    }
    let result: CheckResult;
    try {
      result = await checkDocument(await loadPlan(full), { profile: label.profile });
    } catch (e) {
      s.mismatches.push(`${path}: ${(e as Error).message}`);
      continue;
    }
    const count = (id: string, want: boolean, said: boolean, agreed: boolean) => {
      const r = s.perRule.get(id) ?? { n: 0, agree: 0, tp: 0, fp: 0, fn: 0 };
      s.perRule.set(id, r);
      r.n++;
      s.n++;
      if (agreed) (r.agree++, s.agree++);
      if (HEADLINE.includes(id)) (s.headlineN++, agreed && s.headlineAgree++);
      if (want && said) (r.tp++, s.tp++);
      else if (!want && said) (r.fp++, s.fp++);
      else if (want && !said) (r.fn++, s.fn++);
    };
    for (const [id, expected] of Object.entries(label.rules)) {
      const got = result.results.find((r) => r.id === id)?.status ?? 'missing-rule';
      // A label for a rule outside the label's own profile judges nothing the checker was asked.
      if (got === 'not-applicable' && expected !== 'not-applicable') continue;
      if (got !== expected) s.mismatches.push(`${path}: ${id} expected ${expected}, got ${got}`);
      if (expected === 'not-applicable' || got === 'not-applicable') {
        count(id, false, false, got === expected);
        continue;
      }
      count(id, expected !== 'pass', got !== 'pass', got === expected);
    }
    // Parts: each part of a labelled rule is one more judgement ("missing" for a
    // reviewer: absent, or only mentioned in passing).
    for (const [id, parts] of Object.entries(label.missingParts ?? {})) {
      const rule = result.results.find((r) => r.id === id);
      if (!rule?.parts?.length || rule.status === 'not-applicable') continue;
      const got = rule.parts.filter((p) => p.status !== 'present').map((p) => p.name).sort();
      const want = [...parts].sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) s.mismatches.push(`${path}: ${id} missing parts expected [${want}], got [${got}]`);
      for (const p of rule.parts) {
        const w = want.includes(p.name);
        const g = got.includes(p.name);
        count(`${id}/parts`, w, g, w === g);
      }
    }
    if (label.isPlan !== undefined) {
      s.verdictN++;
      if (label.isPlan === result.verdict.isPlan) s.verdictRight++;
      else s.mismatches.push(`${path}: isPlan expected ${label.isPlan}, got ${result.verdict.isPlan}`);
      const r = s.perRule.get('isPlan') ?? { n: 0, agree: 0, tp: 0, fp: 0, fn: 0 };
      r.n++;
      if (label.isPlan === result.verdict.isPlan) r.agree++;
      s.perRule.set('isPlan', r);
    }
  }
  return s;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const strict = argv.includes('--strict');
  const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1].split(',') : undefined;
  const match = argv.includes('--only') ? new RegExp(argv[argv.indexOf('--only') + 1]) : undefined;
  const verbose = argv.includes('--per-rule');
  const byClass = argv.includes('--by-class');
  const classRows: string[][] = [];
  let failed = false;
  const rows: string[][] = [];
  for (const set of sets(argv.includes('--holdout-details'))) {
    if (only && !only.some((name) => set.name.includes(name))) continue;
    if (match) set.cases = set.cases.filter(([path]) => match.test(path));
    if (!set.cases.length) {
      rows.push([set.name, '0', '—', '—', '—', '—', '—']);
      continue;
    }
    const s = await score(set);
    const headlineExact = s.headlineAgree === s.headlineN;
    rows.push([
      set.name,
      String(set.cases.length),
      `${ratio(s.agree, s.n)} (${s.agree}/${s.n})`,
      ratio(s.tp, s.tp + s.fp),
      ratio(s.tp, s.tp + s.fn),
      `${headlineExact ? 'yes' : 'no'} (${s.headlineAgree}/${s.headlineN})`,
      s.verdictN ? `${s.verdictRight}/${s.verdictN}` : '—',
    ]);
    if (s.n && (s.agree / s.n < TARGET || !headlineExact || s.verdictRight < s.verdictN)) failed = true;
    if (byClass) {
      const row = [set.name];
      for (const c of CLASSES) {
        let n = 0;
        let agree = 0;
        for (const [id, r] of s.perRule) if (c.rules(id)) (n += r.n, agree += r.agree);
        row.push(n ? `${pct(agree / n)} (${agree}/${n})` : '—');
      }
      classRows.push(row);
    }
    if (verbose) {
      console.log(`\n## ${set.name}: per rule`);
      console.log('rule'.padEnd(44), 'cases', 'agree'.padStart(7), 'precision'.padStart(10), 'recall'.padStart(8));
      for (const [id, r] of [...s.perRule].sort()) {
        console.log(id.padEnd(44), String(r.n).padStart(5), pct(r.agree / r.n).padStart(7), ratio(r.tp, r.tp + r.fp).padStart(10), ratio(r.tp, r.tp + r.fn).padStart(8));
      }
    }
    if (s.mismatches.length) {
      if (set.details) {
        console.log(`\n## ${set.name}: ${s.mismatches.length} mismatches`);
        for (const m of s.mismatches) console.log(`  ${m}`);
      } else {
        console.log(`\n## ${set.name}: ${s.mismatches.length} mismatches (not listed: the holdout is only scored)`);
      }
    }
  }
  const head = ['set', 'docs', 'agreement', 'missing: precision', 'missing: recall', 'headline exact', 'plan verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  if (byClass) {
    console.log(`\nagreement by failure class (issue 8):\n| set | ${CLASSES.map((c) => c.name).join(' | ')} |\n|${'---|'.repeat(CLASSES.length + 1)}`);
    for (const r of classRows) console.log(`| ${r.join(' | ')} |`);
  }
  console.log(`\ntargets: agreement and "missing" precision/recall ≥ ${pct(TARGET)}, headline rules exact, every verdict right`);
  return strict && failed ? 1 : 0;
}

process.exitCode = await main();
