// The DOCX parser plugin. Light on purpose, as the PDF one: it is registered
// with the others, and the reader (mammoth, xmldom, jszip and our package XML
// reader: ~0.5 MB of code to compile) loads on the first DOCX, so a Markdown
// check never pays for it.
import type { ParseInput, ParseLimits, ParserPlugin } from '../plugin.ts';

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export const docxParser: ParserPlugin = {
  format: 'docx',
  extensions: ['.docx'],
  mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  sniff(bytes) {
    if (!looksLikeZip(bytes)) return false;
    // The central directory at the end names the parts; a DOCX has word/.
    const tail = bytes.subarray(Math.max(0, bytes.length - 256 * 1024));
    return Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength).includes('word/');
  },
  async parse(input: ParseInput, limits: ParseLimits) {
    const { parseDocx } = await import('./index.ts');
    return parseDocx(input, limits);
  },
};
