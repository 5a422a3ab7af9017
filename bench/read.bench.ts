// Reading cost: plancheck's whole read (parseDocument → PlanDocument) against
// the floor of each format in the same run — mammoth.extractRawText for DOCX,
// remark's bare parse for Markdown — on a generated ~200,000-character plan.
import { Packer } from 'docx';
import mammoth from 'mammoth';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from '../functions/core/parsers/index.ts';
import { plan } from './generated-plan.ts';

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  global.gc?.();
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const show = (label: string, xs: number[]) =>
  console.log(`${label.padEnd(40)} median ${med(xs).toFixed(1).padStart(7)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`);

/** Runs baseline and subject alternately (the machine is shared: load drifts), after a warm-up. */
async function compare(name: string, baseline: [string, () => unknown], subject: [string, () => unknown], runs = 11): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await baseline[1]();
    await subject[1]();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time(baseline[1]));
    b.push(await time(subject[1]));
  }
  show(baseline[0], a);
  show(subject[0], b);
  console.log(`ratio ${name}: ${(med(b) / med(a)).toFixed(2)}× (target ≤ 1.30×)`);
}

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 2);

const { markdown, docx } = plan();
const docxBytes = new Uint8Array(await Packer.toBuffer(docx));
const mdBytes = new TextEncoder().encode(markdown);
const probe = await parseDocument({ bytes: docxBytes, filename: 'bench.docx' });
console.log(`plan: ${markdown.length} characters of Markdown, DOCX ${docxBytes.length} bytes (${probe.characters} characters read)`);

await compare(
  'DOCX read / extractRawText',
  ['DOCX floor: mammoth.extractRawText', () => mammoth.extractRawText({ buffer: Buffer.from(docxBytes) })],
  ['DOCX plancheck parseDocument', () => parseDocument({ bytes: docxBytes, filename: 'bench.docx' })],
);
await compare(
  'Markdown read / remark parse',
  ['Markdown floor: remark + gfm parse', () => unified().use(remarkParse).use(remarkGfm).parse(markdown)],
  ['Markdown plancheck parseDocument', () => parseDocument({ bytes: mdBytes, filename: 'bench.md' })],
);
clearInterval(sampler);
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MB`);
