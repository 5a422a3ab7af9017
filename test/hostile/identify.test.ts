// Name the cause: an upload that is no plan we read says what it is, so the
// user can act on it (remove a password, save as .docx, unzip).
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../functions/core/errors.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import { fixture } from '../support/loopback.ts';
import { oleFile, zipNotWord } from '../../scripts/hostile-inputs.ts';

const refusal = (bytes: Uint8Array, filename?: string, mediaType?: string) =>
  parseDocument({ bytes, filename, mediaType }).then(
    () => null,
    (e: unknown) => e as PlanInputError,
  );

describe('OLE compound files (magic D0 CF 11 E0)', () => {
  it.each([
    ['protected.docx', undefined],
    ['plan.bin', undefined],
    [undefined, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('a password-protected DOCX (%s, %s) → docx-encrypted, 422, "remove the password"', async (filename, mediaType) => {
    const e = await refusal(oleFile('encrypted-docx'), filename, mediaType);
    expect(e).toBeInstanceOf(PlanInputError);
    expect(e).toMatchObject({ code: 'docx-encrypted', status: 422, message: expect.stringContaining('is a password-protected Word file: remove the password') });
  });

  it.each(['legacy.doc', 'legacy.docx', 'legacy.md'])('a legacy .doc named %s → legacy-doc, 415, "save it as .docx"', async (filename) => {
    const e = await refusal(oleFile('legacy-doc'), filename);
    expect(e).toMatchObject({ code: 'legacy-doc', status: 415, message: `${filename} is a legacy Word 97–2003 document (.doc): save it as .docx (or PDF) and upload that` });
  });

  it('another OLE file (an old workbook) is named as an old Office file', async () => {
    const e = await refusal(oleFile('other'), 'plan.docx');
    expect(e).toMatchObject({ code: 'unsupported-type', message: expect.stringContaining('is an old Microsoft Office file (OLE compound file), not a Word document') });
  });
});

describe('archives that are not Word documents', () => {
  it.each([
    ['xlsx', 'plan.docx', 'corrupt-docx', 'an Excel workbook (.xlsx)'],
    ['xlsx', undefined, 'unsupported-type', 'an Excel workbook (.xlsx)'],
    ['pptx', 'slides.zip', 'unsupported-type', 'a PowerPoint presentation (.pptx)'],
    ['odt', 'plan.odt', 'unsupported-type', 'an OpenDocument file'],
    ['zipped-docx', 'plans.zip', 'unsupported-type', 'a zip archive holding 方案/plan.docx: unzip it and upload that file itself'],
    ['plain', 'plan.md', 'type-mismatch', 'a zip archive of 1 file(s), not a Word document'],
  ] as const)('%s named %s → %s naming it', async (kind, filename, code, words) => {
    const e = await refusal(zipNotWord(kind), filename);
    expect(e).toMatchObject({ code, message: expect.stringContaining(words) });
  });

  it('a PDF is named by its magic bytes whatever its name', async () => {
    const e = await refusal(fixture('pdf/cmap-chinese.pdf'), 'plan.md');
    expect(e).toMatchObject({ code: 'type-mismatch', message: 'plan.md is a PDF file, not Markdown' });
  });
});
