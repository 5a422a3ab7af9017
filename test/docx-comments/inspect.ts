// Reading a commented DOCX back for the tests: its parts, its comments, the
// paragraph each comment's range sits in, and the raw zip records.
import { SaxesParser } from 'saxes';
import { decodeXml, readCentralDirectory, type ZipEntry } from '../../functions/core/parsers/docx/zip.ts';
import { readDocumentParagraphs } from '../../functions/core/parsers/docx/package-xml.ts';
import { unzipSync } from 'fflate';

export const squash = (s: string) => s.replace(/\s+/g, '');

export function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, b]) => [n, decodeXml(b)]));
}

export interface WordComment {
  id: number;
  author: string;
  initials: string;
  date: string;
  paragraphs: string[];
}

/** The w:comment elements of a comments part, parsed as XML (so a malformed part fails here). */
export function readComments(xml: string): WordComment[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: WordComment[] = [];
  let current: WordComment | null = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'w:comment') {
      current = { id: Number(a['w:id']), author: a['w:author'] ?? '', initials: a['w:initials'] ?? '', date: a['w:date'] ?? '', paragraphs: [] };
      out.push(current);
    } else if (current && tag.name === 'w:p') current.paragraphs.push('');
    else if (tag.name === 'w:t') inText = !tag.isSelfClosing;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:comment') current = null;
    if (tag.name === 'w:t') inText = false;
  });
  parser.on('text', (t) => {
    const c = current as WordComment | null;
    if (inText && c) c.paragraphs[c.paragraphs.length - 1] += t;
  });
  parser.write(xml).close();
  return out;
}

/** For each comment id: the text of the document paragraph its commentRangeStart sits in, and whether its end and reference follow in that paragraph. */
export function commentAnchors(documentXml: string): Map<number, { text: string; closed: boolean }> {
  const paragraphs = readDocumentParagraphs(documentXml);
  const out = new Map<number, { text: string; closed: boolean }>();
  for (const m of documentXml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)) {
    const at = m.index!;
    // The innermost paragraph holding it: nested (text-box) paragraphs come after the one holding them.
    const p = paragraphs.filter((x) => x.span.content <= at && at < x.span.end).at(-1);
    if (!p) continue;
    const inside = documentXml.slice(at, p.span.end);
    const id = m[1];
    const end = inside.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    const ref = inside.indexOf(`<w:commentReference w:id="${id}"/>`);
    out.set(Number(id), { text: p.text, closed: end > 0 && ref > end });
  }
  return out;
}

/** An entry's local record as stored: header, name, extra field and compressed data. */
export function rawRecord(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  const length = 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true) + entry.compressedSize;
  return bytes.subarray(p, p + length);
}

export { readCentralDirectory };

// Word's automatic numbers are in the checker's text (and quotes) but not in the paragraph's runs.
const outlineNumber = /^(?:第[一二三四五六七八九十百零〇0-9]+[章节部分篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+(?:[.、．][0-9]+)*(?:[.、．]|\s))/;

/** The quote's own words at its start: no ellipsis of a cut quote, no automatic number, its first table cell only. */
export function quoteCore(quote: string, length = 8): string {
  const first = quote.replace(/^…|…$/g, '').split(' | ')[0]!.trim();
  return squash(first.replace(outlineNumber, '')).slice(0, length);
}
