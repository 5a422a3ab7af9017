// Writes the hostile and careless uploads of issue 11 into a folder (default
// test-output/hostile/), one file per class, with index.json saying what the
// checker must answer for each:
//   npx tsx scripts/make-hostile-inputs.ts [folder]
// then e.g.  for f in test-output/hostile/*; do npx plancheck check "$f" >/dev/null; echo "$? $f"; done
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hostileInputs } from './hostile-inputs.ts';

const out = resolve(process.argv[2] ?? 'test-output/hostile');
mkdirSync(out, { recursive: true });
const index = hostileInputs().map(({ name, bytes, expect, why }) => {
  writeFileSync(join(out, name), bytes);
  return { file: name, bytes: bytes.length, expect, why };
});
writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 2) + '\n');
for (const i of index) console.log(`${i.file.padEnd(28)} ${String(i.bytes).padStart(8)} B  → ${i.expect.padEnd(16)} ${i.why}`);
console.log(`\n${index.length} files in ${out}`);
