// End-to-end check speed: a ~200,000-character plan as DOCX, parsed and checked
// (checkPlan), against mammoth.extractRawText of the same bytes measured in the
// same run (target: within 1.5×), after one warm-up and in the steady state; then
// plans checked per second over every fixture in the tree.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import mammoth from 'mammoth';
import { checkPlan, checkDocument } from '../functions/core/check/check-plan.ts';
import { parseDocument, parseMarkdownFolder } from '../functions/core/parsers/index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const TARGET_CHARS = 200_000;
const RUNS = 5;

/** A long plan: the real national plan's paragraphs under generated chapters, with an indicator table per chapter. */
async function bigDocx(): Promise<{ bytes: Uint8Array; chars: number }> {
  const source = readFileSync(join(root, 'fixtures/real/CN07_national_14th5_digital_economy_plan.md'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 40 && !l.startsWith('#') && !l.startsWith('*'));
  const children: (Paragraph | Table)[] = [new Paragraph({ text: '某市城市数字化转型规划（2021—2025年）', heading: HeadingLevel.TITLE })];
  let chars = 0;
  for (let chapter = 1; chars < TARGET_CHARS; chapter++) {
    children.push(new Paragraph({ text: `第${chapter}章 重点任务${chapter}`, heading: HeadingLevel.HEADING_1 }));
    for (let s = 1; s <= 4 && chars < TARGET_CHARS; s++) {
      children.push(new Paragraph({ text: `（${s}）推进任务${chapter}.${s}`, heading: HeadingLevel.HEADING_2 }));
      for (let p = 0; p < 3; p++) {
        const text = source[(chapter * 7 + s * 3 + p) % source.length];
        children.push(new Paragraph({ text }));
        chars += text.length;
      }
    }
    const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    children.push(new Table({ rows: [row(['指标名称', '2020年', '2025年', '属性']), row([`指标${chapter}（%）`, '60', '90', '预期性']), row([`指标${chapter}b（个）`, '10', '30', '约束性'])] }));
  }
  const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return { bytes, chars };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name.endsWith('_md') && statSync(p).isDirectory()) out.push(p);
      else if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|docx)$/.test(name) && !/^README|PROVENANCE/.test(name)) out.push(p);
    }
  };
  for (const d of ['fixtures/rules', 'fixtures/plans', 'fixtures/real']) {
    try {
      walk(join(root, d));
    } catch {
      /* folder not there yet */
    }
  }
  return out;
}

const { bytes, chars } = await bigDocx();
console.log(`plan: ${chars.toLocaleString()} characters of text, ${(bytes.length / 1024).toFixed(0)} KiB DOCX`);
let t = performance.now();
const first = await checkPlan({ bytes, filename: 'big.docx' });
console.log(`first check (cold: module load, dictionaries): ${(performance.now() - t).toFixed(0)} ms, ${first.results.length} rules`);
const baseline = await time(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
const check = await time(() => checkPlan({ bytes, filename: 'big.docx' }));
console.log(`mammoth.extractRawText (baseline): ${baseline.toFixed(0)} ms (median of ${RUNS})`);
console.log(`checkPlan, parse + check:         ${check.toFixed(0)} ms (median of ${RUNS})`);
console.log(`ratio: ${(check / baseline).toFixed(2)}× the baseline (target ≤ 1.5×)`);
// Steady state, as a warm Lambda container checks plan after plan: both warmed alike, then
// measured in turn (A/B interleaved) so that a machine's slow moment falls on both.
const WARM = 5;
const STEADY = 11;
for (let i = 0; i < WARM; i++) {
  await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  await checkPlan({ bytes, filename: 'big.docx' });
}
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < STEADY; i++) {
  let t0 = performance.now();
  await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  a.push(performance.now() - t0);
  t0 = performance.now();
  await checkPlan({ bytes, filename: 'big.docx' });
  b.push(performance.now() - t0);
}
console.log(
  `steady state (after ${WARM} warm-ups each, ${STEADY} interleaved runs): mammoth ${median(a).toFixed(0)} ms, checkPlan ${median(b).toFixed(0)} ms, ratio ${(median(b) / median(a)).toFixed(2)}× (target ≤ 1.5×)`,
);
if (typeof globalThis.gc === 'function') globalThis.gc();
console.log(`heap after: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`);

const files = fixtureFiles();
const readAll = async (check: boolean) => {
  const t0 = performance.now();
  for (const f of files) {
    const doc = statSync(f).isDirectory()
      ? parseMarkdownFolder(readdirSync(f).filter((n) => n.endsWith('.md')).map((name) => ({ name, bytes: readFileSync(join(f, name)) })))
      : await parseDocument({ bytes: readFileSync(f), filename: f });
    if (check) await checkDocument(doc);
  }
  return (performance.now() - t0) / 1000;
};
const parseOnly = await readAll(false);
const parseAndCheck = await readAll(true);
console.log(`fixtures: ${files.length} plans; parse only (baseline) ${(files.length / parseOnly).toFixed(1)} plans/s, parse + check ${(files.length / parseAndCheck).toFixed(1)} plans/s (${(parseAndCheck / parseOnly).toFixed(2)}× the parse time)`);
