// The PDF parser plugin. This module is light on purpose: it is registered with
// the others, and pdf.js (~2 MB, ~130 ms to import) is loaded by read-pdf.ts
// only when a PDF arrives, so a Markdown or DOCX check never pays for it.
import { PlanInputError } from '../../errors.ts';
import type { ParseInput, ParseLimits, ParserPlugin } from '../plugin.ts';

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** The header may follow a little junk (the spec's readers look in the first 1024 bytes). */
const HEADER_WINDOW = 1024;

export function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - MAGIC.length, HEADER_WINDOW);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] !== 0x25) continue;
    let j = 1;
    while (j < MAGIC.length && bytes[i + j] === MAGIC[j]) j++;
    if (j === MAGIC.length) return true;
  }
  return false;
}

export async function parsePdf(input: ParseInput, limits: ParseLimits) {
  const name = input.filename ?? 'the PDF';
  if (input.bytes.length === 0) throw new PlanInputError('empty', `${name} is empty (0 bytes)`);
  if (input.bytes.length > limits.maxBytes) {
    throw new PlanInputError('too-large', `${name} is ${input.bytes.length} bytes, over the limit of ${limits.maxBytes}`);
  }
  if (!looksLikePdf(input.bytes)) throw new PlanInputError('not-a-pdf', `${name} is not a PDF (it does not start with %PDF-): submit the plan itself as PDF, DOCX or Markdown`);
  const { readPdf } = await import('./read-pdf.ts');
  return readPdf(input, limits);
}

export const pdfParser: ParserPlugin = {
  format: 'pdf',
  extensions: ['.pdf'],
  mediaTypes: ['application/pdf', 'application/x-pdf'],
  sniff: looksLikePdf,
  parse: parsePdf,
};
