// Where pdf.js finds its CMaps (the character maps of CJK fonts that are not
// embedded). This module sits two folders below the root on purpose: from a
// checkout '../../../' is the repo, in a Lambda bundle every module shares the
// bundle's URL three folders deep, so '../../../' is the bundle root, where
// infra/lambda-bundle.ts copies the CMaps as pdfjs/cmaps/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/** A plain filesystem path ending in '/': pdf.js reads CMaps with fs, and a file:// URL silently gives empty text. */
export function pdfCMapDir(): string {
  if (cached) return cached;
  const candidates = [new URL('../../../pdfjs/cmaps/', import.meta.url), new URL('../../../node_modules/pdfjs-dist/cmaps/', import.meta.url)];
  for (const url of candidates) {
    const path = fileURLToPath(url);
    if (existsSync(path)) return (cached = path.endsWith('/') ? path : `${path}/`);
  }
  throw new Error('pdf.js CMaps not found (pdfjs/cmaps/ beside the bundle, or node_modules/pdfjs-dist/cmaps/)');
}
