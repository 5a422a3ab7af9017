// PDF reading cost: plancheck's whole read (parseDocument → PlanDocument) against
// the floor in the same run — pdf.js getTextContent of every page of the same
// file, with the same options — on CN01 (26 pages, the official print) and on a
// generated 120-page Chinese plan in a CMap font. Also the first PDF's cost:
// loading pdf.js, which a Markdown or DOCX read never pays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../functions/core/parsers/index.ts';
import { pdfCMapDir } from '../functions/core/parsers/pdf-assets.ts';
import { loadPdfJs } from '../functions/core/parsers/pdf/load-pdfjs.ts';
import { longPdf } from '../scripts/make-pdf-fixtures.ts';

const t0 = performance.now();
const pdfjs = await loadPdfJs();
console.log(`pdf.js import (first PDF only): ${(performance.now() - t0).toFixed(0)} ms`);

async function floor(bytes: Uint8Array): Promise<number> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl: pdfCMapDir(), cMapPacked: true, disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  global.gc?.();
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const show = (label: string, xs: number[]) =>
  console.log(`${label.padEnd(44)} median ${med(xs).toFixed(1).padStart(7)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`);

/** Floor and subject alternately (the machine is shared: load drifts), after a warm-up. */
async function compare(name: string, bytes: Uint8Array, runs = 9): Promise<void> {
  const subject = () => parseDocument({ bytes, filename: `${name}.pdf` });
  for (let i = 0; i < 2; i++) {
    await floor(bytes);
    await subject();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time(() => floor(bytes)));
    b.push(await time(subject));
  }
  const doc = await subject();
  console.log(`${name}: ${bytes.length} bytes, ${doc.characters} characters read`);
  show(`${name} floor: pdf.js getTextContent, every page`, a);
  show(`${name} plancheck parseDocument`, b);
  console.log(`ratio ${name} PDF read / getTextContent: ${(med(b) / med(a)).toFixed(2)}× (target ≤ 1.30×)`);
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 2);
await compare('CN01', new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/real/CN01_national_14th5_digital_economy_plan.pdf'))));
await compare('long120', await longPdf(120), 5);
clearInterval(sampler);
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`);
