// Whole processes, as a CI hook, an editor's check on save or a shell user
// pays them: the built CLI (bin/plancheck.js → dist/, `npm run build`) in a
// fresh node each time, against a fresh node doing the least the same job
// needs, measured alternately in this run (the machine is shared: load drifts).
// Wall time (median), and the child's CPU (user + sys, from the kernel's
// accounting of waited-for children). Targets (issue 10):
//   plancheck --version             ≤ 1.5× node -e 0
//   plancheck check <200k DOCX>     ≤ 1.5× node running mammoth.extractRawText on it
//   plancheck check <40 KB Markdown> ≤ 2× node running remark + GFM's parse of it
// The CLI's code cache (functions/cli/code-cache.ts) lives in a folder of this
// run's own, written by the first (warm-up) runs, as a user's is after their
// first check; a check with an empty cache is shown too, for the record, as is
// the TypeScript path (node --import tsx functions/cli/main.ts, the bin before
// the build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { bundleCli, distDir } from '../infra/cli-bundle.ts';
import { repoRoot } from '../infra/lambda-bundle.ts';
import { plan } from './generated-plan.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const work = mkdtempSync(join(tmpdir(), 'plancheck-process-'));
process.env.PLANCHECK_CACHE_DIR = join(work, 'code-cache');
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Measure this checkout's code, not whatever dist/ holds.
await bundleCli(distDir);
const bin = join(repoRoot, 'bin/plancheck.js');

const docxPath = join(work, 'plan.docx');
writeFileSync(docxPath, new Uint8Array(await Packer.toBuffer(plan().docx)));
const mdPath = join(repoRoot, 'fixtures/real/CN07_national_14th5_digital_economy_plan.md');

const mammothScript = join(work, 'mammoth.mjs');
writeFileSync(
  mammothScript,
  `import mammoth from ${JSON.stringify(join(repoRoot, 'node_modules/mammoth/lib/index.js'))};\n` +
    `const r = await mammoth.extractRawText({ path: ${JSON.stringify(docxPath)} });\nif (r.value.length < 100000) process.exit(3);\n`,
);
const remarkScript = join(work, 'remark.mjs');
const mod = (p: string) => JSON.stringify(join(repoRoot, 'node_modules', p));
writeFileSync(
  remarkScript,
  `import { readFileSync } from 'node:fs';\nimport { unified } from ${mod('unified/index.js')};\nimport remarkParse from ${mod('remark-parse/index.js')};\nimport remarkGfm from ${mod('remark-gfm/index.js')};\n` +
    `const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(${JSON.stringify(mdPath)}, 'utf8'));\nif (tree.children.length < 10) process.exit(3);\n`,
);

interface Sample {
  wall: number;
  cpu: number;
}

/** Children's CPU time so far (cutime + cstime of /proc/self/stat, 10 ms ticks): what the waited-for children used. */
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ": state is fields[0], so utime is [11], stime [12], cutime [13], cstime [14].
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

/** Runs a command once: wall ms and the child's CPU ms. */
function once(args: string[], ok: (status: number | null) => boolean, cwd = work, env: NodeJS.ProcessEnv = process.env): Sample {
  const cpu0 = childCpuMs();
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - t;
  if (!ok(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: childCpuMs() - cpu0 };
}

function compare(name: string, target: number, baseline: [string, string[], (s: number | null) => boolean], subject: [string, string[], (s: number | null) => boolean]): void {
  for (let i = 0; i < 2; i++) {
    once(baseline[1], baseline[2]);
    once(subject[1], subject[2]);
  }
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(once(baseline[1], baseline[2]));
    b.push(once(subject[1], subject[2]));
  }
  const line = (label: string, xs: Sample[]) =>
    console.log(`${label.padEnd(46)} wall ${med(xs.map((x) => x.wall)).toFixed(0).padStart(5)} ms   cpu ${med(xs.map((x) => x.cpu)).toFixed(0).padStart(5)} ms`);
  line(baseline[0], a);
  line(subject[0], b);
  const ratio = med(b.map((x) => x.wall)) / med(a.map((x) => x.wall));
  const cpuRatio = med(b.map((x) => x.cpu)) / med(a.map((x) => x.cpu));
  console.log(`ratio ${name}: ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× cpu (target ≤ ${target.toFixed(1)}×)${ratio <= target ? '' : '  ← over target'}`);
}

const zero = (s: number | null) => s === 0;
const checked = (s: number | null) => s === 0 || s === 1;
console.log(`node ${process.version}; ${RUNS} runs each, alternating; DOCX ${docxPath} (generated 200k-character plan); Markdown ${mdPath.slice(repoRoot.length)}`);
compare('--version / node -e 0', 1.5, ['node -e 0', ['-e', '0'], zero], ['plancheck --version', [bin, '--version'], zero]);
compare('check DOCX / mammoth.extractRawText', 1.5, ['node + mammoth.extractRawText (200k DOCX)', [mammothScript], zero], ['plancheck check plan.docx', [bin, 'check', docxPath], checked]);
compare('check Markdown / remark parse', 2, ['node + remark + GFM parse (40 KB Markdown)', [remarkScript], zero], ['plancheck check plan.md', [bin, 'check', mdPath], checked]);
for (const [label, file] of [['DOCX', docxPath], ['Markdown', mdPath]] as const) {
  // Each run in a folder of its own: nothing cached, and the run writes the cache as a first check does.
  const cold = Array.from({ length: 3 }, (_, i) => once([bin, 'check', file], checked, work, { ...process.env, PLANCHECK_CACHE_DIR: join(work, `cold-${label}-${i}`) }));
  console.log(`for the record, check ${label} with an empty code cache (median of 3): ${med(cold.map((x) => x.wall)).toFixed(0)} ms wall, ${med(cold.map((x) => x.cpu)).toFixed(0)} ms cpu`);
}
if (existsSync(join(repoRoot, 'node_modules/tsx'))) {
  const tsxVersion = once(['--import', 'tsx', join(repoRoot, 'functions/cli/main.ts'), '--version'], zero, repoRoot);
  console.log(`for the record, the TypeScript path (tsx, the bin before dist/): --version ${tsxVersion.wall.toFixed(0)} ms wall, ${tsxVersion.cpu.toFixed(0)} ms cpu (one run)`);
}
rmSync(work, { recursive: true, force: true });
