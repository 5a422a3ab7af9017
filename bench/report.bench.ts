// Report rendering speed: a 45-rule result (the real national plan's result,
// its rules repeated to 45 with their evidence) rendered in every format, each
// against JSON.stringify of the same result measured in the same run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPlan } from '../functions/core/check/check-plan.ts';
import type { CheckResult, RuleResult } from '../functions/core/check/result.ts';
import { renderReport, reportFormats } from '../functions/core/report/index.ts';

const file = fileURLToPath(new URL('../fixtures/real/CN07_national_14th5_digital_economy_plan.md', import.meta.url));
const base = await checkPlan({ bytes: readFileSync(file), filename: file, source: 'CN07.md' });
const results: RuleResult[] = [];
for (let i = 0; results.length < 45; i++) {
  const r = base.results[i % base.results.length]!;
  results.push({ ...r, id: `${r.id}-${i}` });
}
const result: CheckResult = { ...base, results };
const evidence = results.reduce((n, r) => n + r.evidence.length + r.parts.reduce((m, p) => m + p.evidence.length, 0), 0);

function time(fn: () => unknown, runs = 200): number {
  for (let i = 0; i < 20; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

const baseline = time(() => JSON.stringify(result));
console.log(`result: ${results.length} rules, ${evidence} evidence quotes`);
console.log(`baseline JSON.stringify(result): ${baseline.toFixed(3)} ms`);
for (const format of reportFormats) {
  const ms = time(() => renderReport(result, format));
  const size = renderReport(result, format).length;
  console.log(`${format.padEnd(6)} ${ms.toFixed(3)} ms  ${(ms / baseline).toFixed(1)}× baseline  ${(size / 1024).toFixed(0)} KiB`);
}
