// parseDocument: bytes → PlanDocument. The plugin is chosen by the bytes first
// (a ZIP with word/ is DOCX, %PDF- is PDF, text is Markdown), then checked against the
// extension and media type, so a file that is not what its name says is
// refused with both named instead of being read as garbage.
import { buildDocument } from '../document/build-tree.ts';
import type { FlatDocument, PlanDocument } from '../document/model.ts';
import { asInputError, PlanInputError } from '../errors.ts';
import { docxParser } from './docx/plugin.ts';
import { markdownParser, parseMarkdownFiles, type MarkdownFile } from './markdown/index.ts';
import { pdfParser } from './pdf/index.ts';
import { describeZip, isOle, oleError } from './identify.ts';
import { defaultLimits, type ParseInput, type ParseLimits, type ParserPlugin } from './plugin.ts';

// PDF before Markdown: a PDF's header is ASCII, and the text sniff must not get it first.
export const parsers: readonly ParserPlugin[] = [docxParser, pdfParser, markdownParser];

const formatName: Record<string, string> = { docx: 'a ZIP/DOCX file', pdf: 'a PDF file', markdown: 'a text/Markdown file' };
const expectedName: Record<string, string> = { docx: 'DOCX', pdf: 'PDF', markdown: 'Markdown' };

function extensionOf(filename: string | undefined): string | null {
  const m = filename ? /(\.[^./\\]+)$/.exec(filename) : null;
  return m ? m[1]!.toLowerCase() : null;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function resolveLimits(limits?: Partial<ParseLimits>): ParseLimits {
  return { ...defaultLimits, ...limits };
}

/** The plugin for these bytes, or a PlanInputError saying why there is none. */
export function choosePlugin(input: ParseInput): ParserPlugin {
  const name = input.filename ?? 'the file';
  const ext = extensionOf(input.filename);
  const media = input.mediaType?.split(';')[0]!.trim().toLowerCase();
  const byName = parsers.find((p) => (ext && p.extensions.includes(ext)) || (media && p.mediaTypes.includes(media)));
  if (input.bytes.length === 0) throw new PlanInputError('empty', `${name} is empty (0 bytes)`);
  // An OLE compound file, whatever its name: a legacy .doc or a password-protected DOCX, named as such.
  if (isOle(input.bytes)) throw oleError(input.bytes, name);
  const bySniff = parsers.find((p) => p.sniff(input.bytes));
  // Named or sent as PDF and not one: the PDF reader's own error (422), naming what it looks like.
  if (byName?.format === 'pdf' && bySniff?.format !== 'pdf') {
    throw new PlanInputError('not-a-pdf', `${name} is not a PDF (it does not start with %PDF-${bySniff ? `; it is ${formatName[bySniff.format]}` : ''}): submit the plan itself as PDF, DOCX or Markdown`);
  }
  if (!bySniff) {
    // A ZIP without word/ claimed as DOCX is a broken DOCX, not an unknown type: let the DOCX reader say what is wrong.
    if (byName?.format === 'docx' && isZip(input.bytes)) return byName;
    if (isZip(input.bytes)) throw new PlanInputError(byName ? 'type-mismatch' : 'unsupported-type', `${name} is ${describeZip(input.bytes)}; send the plan as DOCX, PDF or Markdown`);
    if (byName) throw new PlanInputError('type-mismatch', `${name} is a binary file, not ${expectedName[byName.format]}`);
    throw new PlanInputError('unsupported-type', `${name} is neither a PDF, a DOCX nor a Markdown/text file`);
  }
  if (byName && byName !== bySniff) {
    throw new PlanInputError('type-mismatch', `${name} is ${formatName[bySniff.format]}, not ${expectedName[byName.format]}`);
  }
  return bySniff;
}

export async function parseFlat(input: ParseInput): Promise<FlatDocument> {
  const limits = resolveLimits(input.limits);
  const name = input.filename ?? 'the file';
  if (input.bytes.length > limits.maxBytes) {
    throw new PlanInputError('too-large', `${name} is ${input.bytes.length} bytes, over the limit of ${limits.maxBytes}`);
  }
  return choosePlugin(input).parse(input, limits);
}

export async function parseDocument(input: ParseInput): Promise<PlanDocument> {
  const limits = resolveLimits(input.limits);
  try {
    return buildDocument(await parseFlat(input), { maxHeadings: limits.maxHeadings });
  } catch (error) {
    throw asInputError(error, input.filename);
  }
}

/** A folder of Markdown files (index.md, then 01-…, 02-… in name order) as ONE document. */
export function parseMarkdownFolder(files: MarkdownFile[], limits?: Partial<ParseLimits>): PlanDocument {
  const resolved = resolveLimits(limits);
  try {
    return buildDocument(parseMarkdownFiles(files, resolved), { maxHeadings: resolved.maxHeadings });
  } catch (error) {
    throw asInputError(error, 'the folder');
  }
}

export type { MarkdownFile };
