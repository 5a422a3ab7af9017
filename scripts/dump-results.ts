// `npx tsx scripts/dump-results.ts <out.jsonl>`: every labelled document (the team's
// fixtures, the per-rule fixtures, the real documents, the blind dev and holdout
// sets) checked under every profile, one JSON line per result, in a fixed order.
// A speed change must leave every judgement as it was: dump before and after and
// compare the two files with `cmp`. Fields that differ between runs or builds
// (timings, the build hash) are left out. Lines are written as they come: the full
// dump is over 600 MB, more than one string may hold.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../functions/core/check/check-plan.ts';
import { loadPlan } from '../test/check/helpers/load-plan.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtures = join(root, 'fixtures');
const VOLATILE = /^(elapsed|durationMs|ms|timings?|checkedAt|generatedAt|build)$/i;

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: npx tsx scripts/dump-results.ts <out.jsonl>\n');
  process.exit(2);
}
const paths = new Set<string>();
for (const [file, prefix] of [['labels.json', ''], ['blind/dev/labels.json', 'blind/dev/'], ['blind/holdout/labels.json', 'blind/holdout/']]) {
  const at = join(fixtures, file);
  if (existsSync(at)) for (const key of Object.keys(JSON.parse(readFileSync(at, 'utf8')))) paths.add(prefix + key);
}
for (const id of readdirSync(join(fixtures, 'rules'))) for (const f of readdirSync(join(fixtures, 'rules', id))) if (f.endsWith('.md')) paths.add(`rules/${id}/${f}`);
const profiles = (JSON.parse(readFileSync(join(root, 'rules/profiles.json'), 'utf8')).profiles as { name: string }[]).map((p) => p.name);
const fd = openSync(out, 'w');
let n = 0;
for (const p of [...paths].sort()) {
  const full = join(fixtures, p);
  if (!existsSync(full)) continue;
  const doc = await loadPlan(full);
  for (const profile of profiles) {
    const result = await checkDocument(doc, { profile });
    writeSync(fd, JSON.stringify({ p, profile, result }, (k, v) => (VOLATILE.test(k) ? undefined : v)) + '\n');
    n++;
  }
}
closeSync(fd);
console.log(`${n} results of ${paths.size} documents × ${profiles.length} profiles → ${out}`);
