// Diff speed on the real pair (the draft CN12 as DOCX → the final CN04 as PDF):
// diffResults with the fingerprints the reports carry and with them recomputed
// (a report written before 1.2.0), each rendering, and the Markdown comment
// against a base — each against JSON.parse of the two JSON reports, which the
// API does anyway to read them from the store, measured in the same run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPlan } from '../functions/core/check/check-plan.ts';
import type { CheckResult } from '../functions/core/check/result.ts';
import { diffFormats, diffResults, renderDiff } from '../functions/core/diff/index.ts';
import { renderReport } from '../functions/core/report/index.ts';

const read = (name: string) => {
  const file = fileURLToPath(new URL(`../fixtures/real/${name}`, import.meta.url));
  return checkPlan({ bytes: readFileSync(file), filename: name, source: name });
};
const base = await read('CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx');
const head = await read('CN04_nda_trusted_data_space_action_plan_2024-2028.pdf');
const texts = [JSON.stringify(base), JSON.stringify(head)];
const strip = (r: CheckResult): CheckResult => JSON.parse(JSON.stringify(r), (k, v) => (k === 'fingerprint' ? undefined : v));
const [oldBase, oldHead] = [strip(base), strip(head)];

function time(fn: () => unknown, runs = 200): number {
  for (let i = 0; i < 20; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

const diff = diffResults(base, head);
console.log(`pair: ${base.results.length} rules each, ${diff.summary.stillOpen + diff.summary.resolved} findings in the base, ${(texts[0]!.length / 1024).toFixed(0)} + ${(texts[1]!.length / 1024).toFixed(0)} KiB of JSON`);
const baseline = time(() => texts.map((t) => JSON.parse(t)));
console.log(`baseline JSON.parse of both reports: ${baseline.toFixed(3)} ms`);
const row = (name: string, ms: number) => console.log(`${name.padEnd(34)} ${ms.toFixed(3)} ms  ${(ms / baseline).toFixed(2)}× baseline`);
row('diffResults (fingerprints carried)', time(() => diffResults(base, head)));
row('diffResults (fingerprints computed)', time(() => diffResults(oldBase, oldHead)));
for (const format of diffFormats) row(`renderDiff ${format}`, time(() => renderDiff(diff, format)));
row('md report against the base', time(() => renderReport(head, 'md', { base })));
