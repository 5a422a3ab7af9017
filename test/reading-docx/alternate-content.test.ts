// mammoth's DOCX reader takes each part through readXmlFromZipFile, which we
// replace (mammoth-internals.ts) to collapse mc:AlternateContent without the
// arrays mammoth made per element: the trees must be the ones its own
// function gives, alternate content or not (no fixture holds any).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readMammothDocument, type MammothZip } from '../../functions/core/parsers/docx/mammoth-internals.ts';

const require = createRequire(import.meta.url);
type ReadPart = (zip: MammothZip, path: string) => Promise<unknown>;
const office = require('mammoth/lib/docx/office-xml-reader.js') as { readXmlFromZipFile: ReadPart };
// mammoth's own, taken before the first DOCX installs ours.
const theirs = office.readXmlFromZipFile;

const zipOf = (xml: string): MammothZip => ({ exists: (p) => p === 'part.xml', read: async () => xml, write() {}, toArrayBuffer: async () => new ArrayBuffer(0) });
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const parts = {
  plain: `<w:document ${NS}><w:body><w:p><w:r><w:t>a</w:t></w:r></w:p></w:body></w:document>`,
  'a fallback of two runs, with a BOM': `\uFEFF<w:document ${NS}><w:body><w:p><mc:AlternateContent><mc:Choice><w:r><w:t>c</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>f1</w:t></w:r><w:r><w:t>f2</w:t></w:r></mc:Fallback></mc:AlternateContent><w:r><w:t>after</w:t></w:r></w:p></w:body></w:document>`,
  'no fallback, two fallbacks, nested in a fallback': `<w:document ${NS}><mc:AlternateContent><mc:Choice/></mc:AlternateContent><w:body>x<mc:AlternateContent><mc:Fallback><w:p><mc:AlternateContent><mc:Fallback><w:t>nested</w:t></mc:Fallback></mc:AlternateContent></w:p></mc:Fallback><mc:Fallback><w:t>second</w:t></mc:Fallback></mc:AlternateContent>y<w:p/></w:body></w:document>`,
  'the root itself': `<mc:AlternateContent ${NS}><mc:Fallback><w:document><w:body/></w:document></mc:Fallback></mc:AlternateContent>`,
  'in a table cell, and an empty one': `<w:document ${NS}><w:body><w:tbl><w:tr><w:tc><mc:AlternateContent><mc:Fallback>t</mc:Fallback></mc:AlternateContent><w:p><w:r><mc:AlternateContent/></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`,
};

describe('a package part as mammoth reads it', () => {
  it('is the tree mammoth’s own readXmlFromZipFile gives', async () => {
    // Any read installs ours; this zip holds nothing, so the read itself fails.
    await readMammothDocument(zipOf('')).catch(() => undefined);
    const ours = office.readXmlFromZipFile;
    expect(ours).not.toBe(theirs);
    for (const [name, xml] of Object.entries(parts)) {
      expect(JSON.stringify(await ours(zipOf(xml), 'part.xml')), name).toBe(JSON.stringify(await theirs(zipOf(xml), 'part.xml')));
    }
    expect(await ours(zipOf(parts.plain), 'missing.xml')).toBeNull();
  });
});
