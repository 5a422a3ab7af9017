// Package integrity: a DOCX with two entries of one name is refused (readers
// disagree on which is the document); XML parts are read in any encoding XML
// allows without a declaration (UTF-8, UTF-16 with a BOM).
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../functions/core/errors.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import { appendDuplicateEntry, documentXml, duplicateEntryDocx, plainDocx, utf16Docx } from '../../scripts/hostile-inputs.ts';

const text = (doc: unknown) => JSON.stringify(doc);

describe('duplicate entry names', () => {
  it('two word/document.xml entries → corrupt-docx naming the entry', async () => {
    const e = await parseDocument({ bytes: duplicateEntryDocx(), filename: 'smuggled.docx' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PlanInputError);
    expect(e).toMatchObject({ code: 'corrupt-docx', message: expect.stringContaining('the archive has two entries named word/document.xml') });
  });

  it('names that differ only in case are the same part', async () => {
    const bytes = appendDuplicateEntry(plainDocx(), 'Word/Document.xml', strToU8(documentXml('<w:p><w:r><w:t>别的</w:t></w:r></w:p>')));
    const e = await parseDocument({ bytes, filename: 'case.docx' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'corrupt-docx', message: expect.stringContaining('two entries named Word/Document.xml') });
  });

  it('the control DOCX without a duplicate reads', async () => {
    expect(text(await parseDocument({ bytes: plainDocx(), filename: 'plain.docx' }))).toContain('政务服务事项网上可办率');
  });
});

describe('UTF-16 XML parts', () => {
  it.each(['le', 'be'] as const)('a DOCX whose parts are UTF-16%s with a BOM reads like its UTF-8 twin', async (endian) => {
    const doc = await parseDocument({ bytes: utf16Docx(endian), filename: `utf16${endian}.docx` });
    expect(doc.title).toBe('某市城市数字化转型实施方案');
    expect(doc.sections.map((s) => s.heading)).toContain('总体要求');
    expect(text(doc)).toContain('数据共享率达到95%');
  });
});
