// What a printed page carries besides the plan: running headers and footers,
// page numbers, and a table of contents with dot leaders. Headers and footers
// are lines in the top or bottom tenth of a page that repeat (digits aside) on
// at least 30% of the pages; a page number is a bare number there, on any page.
import type { PdfLine } from './lines.ts';

const BAND = 0.1;
const PAGE_NUMBER = [
  /^[-—–－~\s]*\d{1,4}[-—–－~\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(?:page\s*)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i,
  /^[-—–\s]*[ivxlc]{1,6}[-—–\s]*$/i,
];
/** A contents line: its entry, then dot leaders (or an ellipsis run) and a page number. */
const DOT_LEADER = /(?:[.．·•…‥⋯·]\s*){4,}\s*\d{1,4}\s*$/;
const CONTENTS_HEADING = /^(?:目\s*录|目\s*錄|contents|table of contents)$/i;

export interface PageLines {
  height: number;
  lines: PdfLine[];
}

export interface Furniture {
  /** The lines that remain, page by page. */
  pages: PdfLine[][];
  /** Lines dropped as running headers, footers or page numbers. */
  furniture: number;
  /** Lines dropped as table-of-contents entries. */
  contents: number;
}

const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

function inBand(line: PdfLine, height: number): boolean {
  return line.y > height * (1 - BAND) || line.y < height * BAND;
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text.trim()));
}

export function isContentsLine(text: string): boolean {
  return DOT_LEADER.test(text);
}

export function dropFurniture(pages: PageLines[]): Furniture {
  const seen = new Map<string, Set<number>>();
  pages.forEach((p, i) => {
    for (const line of p.lines) {
      if (!inBand(line, p.height)) continue;
      const k = key(line.text);
      let on = seen.get(k);
      if (!on) seen.set(k, (on = new Set()));
      on.add(i);
    }
  });
  const repeatAt = Math.max(2, Math.ceil(pages.length * 0.3));
  let furniture = 0;
  let contents = 0;
  const out = pages.map((p) => {
    const leaders = p.lines.filter((l) => isContentsLine(l.text)).length;
    return p.lines.filter((line) => {
      if (inBand(line, p.height) && (isPageNumber(line.text) || (seen.get(key(line.text))?.size ?? 0) >= repeatAt)) {
        furniture++;
        return false;
      }
      if (isContentsLine(line.text) || (leaders >= 3 && CONTENTS_HEADING.test(line.text.trim()))) {
        contents++;
        return false;
      }
      return true;
    });
  });
  return { pages: out, furniture, contents };
}
