// mammoth reads the package XML through our saxes reader (xml-tree.ts), and
// word/document.xml, styles and numbering through the tree the package pass
// built: the trees must be exactly what mammoth's own xmldom reader gives, on
// every part of every DOCX the team has, or mammoth would read another document.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../functions/core/parsers/docx/index.ts';
import { keptTreeCount, officeNamespaces, readXmlTree } from '../../functions/core/parsers/docx/xml-tree.ts';
import { decodeXml } from '../../functions/core/parsers/docx/zip.ts';
import { defaultLimits } from '../../functions/core/parsers/plugin.ts';
import { fixturePath } from '../support/loopback.ts';
import { docxFiles } from '../support/docx-files.ts';

const require = createRequire(import.meta.url);
type ReadString = (xml: string, map: Record<string, string>) => Promise<unknown>;
// mammoth's reader module itself (xml/reader.js), which our swap in xml/index.js leaves as it is.
const xmldom = require('mammoth/lib/xml/reader.js') as { readString: ReadString };
const swapped = require('mammoth/lib/xml/index.js') as { readString: ReadString };

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('our XML reader for mammoth', () => {
  // Loading mammoth through the DOCX reader installs the swap.
  beforeAll(() => readDocx({ bytes: readFileSync(fixturePath('plans/p05-riverton-english.docx')), filename: 'p05.docx' }, defaultLimits));

  it('gives the tree mammoth’s own reader gives, for every XML part of every fixture DOCX', async () => {
    const files = docxFiles(fixturePath(''));
    expect(files.length).toBeGreaterThan(50);
    let parts = 0;
    for (const file of files) {
      for (const [name, bytes] of Object.entries(unzipSync(readFileSync(file)))) {
        if (!/\.(?:xml|rels)$/.test(name)) continue;
        const xml = decodeXml(bytes);
        const theirs = JSON.stringify(await xmldom.readString(xml, { ...officeNamespaces }));
        expect(JSON.stringify(await readXmlTree(xml, { ...officeNamespaces })), `${file} ${name}`).toBe(theirs);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(1000);
  }, 120_000);

  it('keeps what mammoth’s reader keeps: text split by comments and CDATA, xml:space, namespace declarations, an unbound prefix as a plain name', async () => {
    for (const xml of [
      `<w:document ${W}><w:t xml:space="preserve"> a &amp; b &#x4e2d; </w:t></w:document>`,
      `<w:document ${W}><w:t>a<!--x-->b<![CDATA[c]]>d</w:t></w:document>`,
      `<w:document><w:t>unbound</w:t></w:document>`,
    ]) {
      expect(JSON.stringify(await readXmlTree(xml, { ...officeNamespaces }))).toBe(JSON.stringify(await xmldom.readString(xml, { ...officeNamespaces })));
    }
  });

  it('a part saxes refuses and xmldom reads (text before the root, a stray &) is still read, by mammoth’s reader', async () => {
    expect(swapped.readString).not.toBe(xmldom.readString);
    for (const xml of [`junk<w:document ${W}/>`, `<w:document ${W}><w:t>a & b</w:t></w:document>`]) {
      await expect(readXmlTree(xml, { ...officeNamespaces })).rejects.toThrow();
      expect(JSON.stringify(await swapped.readString(xml, { ...officeNamespaces }))).toBe(JSON.stringify(await xmldom.readString(xml, { ...officeNamespaces })));
    }
  });

  it('a part nested past the package depth limit is too-complex, not a stack overflow', async () => {
    const deep = `<w:document ${W}>${'<w:sdt>'.repeat(300)}${'</w:sdt>'.repeat(300)}</w:document>`;
    await expect(swapped.readString(deep, { ...officeNamespaces })).rejects.toMatchObject({ code: 'too-complex' });
  });

  it('leaves no tree behind once a DOCX is read, read well or refused', async () => {
    await readDocx({ bytes: readFileSync(fixturePath('plans/p02-yunling-custom-styles.custom-styles.docx')), filename: 'p02.docx' }, defaultLimits);
    expect(keptTreeCount()).toBe(0);
    const cut = readFileSync(fixturePath('plans/p05-riverton-english.docx'));
    await expect(readDocx({ bytes: cut.subarray(0, cut.length - 200), filename: 'cut.docx' }, defaultLimits)).rejects.toThrow();
    expect(keptTreeCount()).toBe(0);
  });
});
