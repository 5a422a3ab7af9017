// Word with comments: writing a checked DOCX back with its findings as
// comments, against checking the same file (the baseline, measured in the same
// run): the renderer reads the DOCX once more, to find where each paragraph
// sits, so it should cost about what the check's reading does, not more.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPlan } from '../functions/core/check/check-plan.ts';
import { renderDocxComments } from '../functions/core/report/docx-comments.ts';

const plans = [
  'fixtures/real/CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx',
  'fixtures/real/CN09_national_14th5_digital_economy_plan_toolgen_nostyle.docx',
  'fixtures/real/EN11_singapore_smart_nation_strategy_nov2018.docx',
];

async function median(fn: () => Promise<unknown>, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

for (const plan of plans) {
  const bytes = readFileSync(fileURLToPath(new URL(`../${plan}`, import.meta.url)));
  const result = await checkPlan({ bytes, filename: plan });
  const check = await median(() => checkPlan({ bytes, filename: plan }));
  const render = await median(() => renderDocxComments(bytes, result, { date: '2026-01-01T00:00:00Z' }));
  const out = await renderDocxComments(bytes, result, { date: '2026-01-01T00:00:00Z' });
  console.log(
    `${plan.split('/').pop()!.slice(0, 40).padEnd(40)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KiB  check ${check.toFixed(0).padStart(5)} ms  ` +
      `comments ${render.toFixed(0).padStart(5)} ms (${(render / check).toFixed(2)}× check)  ${out.comments.length} comments, +${((out.bytes.length - bytes.length) / 1024).toFixed(1)} KiB`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
