// pdf.js → positioned text items per page. Everything pdf.js can throw becomes
// a PlanInputError that names the cause and what to do; the caps on pages,
// characters and fonts bound time and memory before and while pages are read.
import { PlanInputError } from '../../errors.ts';
import type { ParseLimits } from '../plugin.ts';
import { pdfCMapDir } from '../pdf-assets.ts';
import { loadPdfJs } from './load-pdfjs.ts';
import { columnGapLines, rulingsOf, type PathOps, type Segment } from './rulings.ts';

/** One run of text as pdf.js places it: baseline origin (y from the page bottom), size, advance width, font id. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
  font: string;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** The page's ruling lines, read only when its text has column gaps (a table may be drawn there). */
  rulings: Segment[];
}

export interface PdfPages {
  pages: PdfPage[];
  /** Pages without text that paint an image: scanned pages whose content cannot be read. */
  imagePages: number[];
  /** The document info dictionary's title, when set. */
  infoTitle: string | null;
}

/** Text-less pages checked for images (each check builds the page's operator list). */
const MAX_IMAGE_CHECKS = 50;

const SCAN_ADVICE = 'submit the DOCX or a PDF with text (export it from the word processor, or run OCR first)';

function openError(error: unknown, name: string): PlanInputError {
  const e = error as { name?: string; code?: number; message?: string };
  if (e?.name === 'PasswordException') {
    return new PlanInputError(
      'pdf-encrypted',
      `${name} is password-protected${e.code === 2 ? ' (the password given is wrong)' : ''}: submit a copy without a password to open it`,
      { cause: error },
    );
  }
  if (e?.name === 'InvalidPDFException') {
    return new PlanInputError('corrupt-pdf', `Not a readable PDF: ${name} is damaged or truncated (${e.message ?? 'invalid PDF structure'}): export it again`, { cause: error });
  }
  return new PlanInputError('corrupt-pdf', `Not a readable PDF: ${name} could not be read (${e?.message ?? String(error)}): export it again`, { cause: error });
}

export async function readPdfPages(bytes: Uint8Array, name: string, limits: ParseLimits): Promise<PdfPages> {
  const pdfjs = await loadPdfJs();
  // pdf.js refuses a Node Buffer and detaches the array it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    cMapUrl: pdfCMapDir(),
    cMapPacked: true,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openError(error, name);
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new PlanInputError('too-complex', `${name} has ${doc.numPages} pages, over the limit of ${limits.maxPages}: submit the plan without its annexes, or split it`);
    }
    if (doc.numPages === 0) throw new PlanInputError('empty', `${name} has no pages`);
    let infoTitle: string | null = null;
    try {
      const meta = await doc.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === 'string' && t.trim()) infoTitle = t.trim();
    } catch {
      // A broken info dictionary costs the title hint, nothing else.
    }
    const pages: PdfPage[] = [];
    const fonts = new Set<string>();
    const textless: number[] = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let page;
      let content;
      try {
        page = await doc.getPage(n);
        content = await page.getTextContent({ disableNormalization: false });
      } catch (error) {
        throw openError(error, name);
      }
      const view = page.view; // [x0, y0, x1, y1]
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const t = raw.transform as number[];
        const size = Math.hypot(t[2]!, t[3]!) || Math.hypot(t[0]!, t[1]!);
        items.push({ str: raw.str, x: t[4]! - view[0]!, y: t[5]! - view[1]!, size, width: raw.width, font: raw.fontName });
        characters += raw.str.length;
        fonts.add(raw.fontName);
      }
      if (characters > limits.maxCharacters) {
        throw new PlanInputError('too-large', `${name} has over ${limits.maxCharacters} characters of text (by page ${n}): submit the plan without its annexes`);
      }
      if (fonts.size > limits.maxFonts) {
        throw new PlanInputError('too-complex', `${name} uses over ${limits.maxFonts} fonts (by page ${n}): export it again as a plain PDF`);
      }
      if (items.length === 0) textless.push(n);
      let rulings: Segment[] = [];
      // Two lines with column gaps, or one where the page before drew rules (a table's last row run over).
      const gaps = columnGapLines(items);
      if (gaps >= 2 || (gaps === 1 && (pages[pages.length - 1]?.rulings.length ?? 0) > 0)) {
        try {
          const ops = await page.getOperatorList();
          rulings = rulingsOf(ops.fnArray, ops.argsArray, pdfjs.OPS as PathOps, [view[0]!, view[1]!]) ?? [];
        } catch {
          // A page whose drawing cannot be read keeps its text, as lines.
        }
      }
      pages.push({ number: n, width: view[2]! - view[0]!, height: view[3]! - view[1]!, items, rulings });
      page.cleanup();
    }
    const imagePages: number[] = [];
    if (textless.length > 0) {
      const { OPS } = pdfjs;
      const paints = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
      // All pages text-less: the first tells whether it is a scan; otherwise check the first few.
      const toCheck = textless.length === pages.length ? textless.slice(0, 1) : textless.slice(0, MAX_IMAGE_CHECKS);
      for (const n of toCheck) {
        try {
          const page = await doc.getPage(n);
          const ops = await page.getOperatorList();
          if (ops.fnArray.some((f) => paints.has(f))) imagePages.push(n);
          page.cleanup();
        } catch {
          // A page that cannot be drawn is reported as text-less below, nothing more.
        }
      }
    }
    if (characters === 0 || textless.length === pages.length) {
      const scan = imagePages.length > 0;
      throw new PlanInputError(
        'pdf-no-text',
        scan
          ? `${name} is an image scan with no text layer: ${SCAN_ADVICE}`
          : `${name} has no text layer (${pages.length} page${pages.length > 1 ? 's' : ''} without text): ${SCAN_ADVICE}`,
      );
    }
    return { pages, imagePages, infoTitle };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
