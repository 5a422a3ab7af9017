// Bounded expansion in the readers: generated text (list labels) stays short
// whatever the numbering part says, Markdown nesting is capped before remark
// sees it, and errors caused by the input's shape are bad input.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import { maxLabelLength } from '../../functions/core/parsers/docx/auto-numbering.ts';
import { hugeListLabelDocx } from '../../scripts/hostile-inputs.ts';

const paragraphs = (doc: Awaited<ReturnType<typeof parseDocument>>) => {
  const out: string[] = [];
  const walk = (sections: typeof doc.sections) => {
    for (const s of sections) {
      for (const b of s.blocks) if (b.type === 'paragraph') out.push(b.text);
      walk(s.children);
    }
  };
  for (const b of doc.preamble) if (b.type === 'paragraph') out.push(b.text);
  walk(doc.sections);
  return out;
};

describe('DOCX list labels are bounded', () => {
  it.each([
    ['upperLetter', 20],
    ['lowerLetter', 20],
    ['upperRoman', 50],
    ['lowerRoman', 50],
  ])('a list starting at two billion in %s: %i items read, no label longer than the cap', async (format, count) => {
    const started = Date.now();
    const doc = await parseDocument({ bytes: hugeListLabelDocx(format, 2_000_000_000, count), filename: 'labels.docx' });
    const items = paragraphs(doc).filter((t) => t.includes('建设城市数据中台'));
    expect(items).toHaveLength(count);
    for (const text of items) expect(text.length).toBeLessThan(maxLabelLength + 30);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('ordinary letter and roman labels are still rendered', async () => {
    const letters = paragraphs(await parseDocument({ bytes: hugeListLabelDocx('upperLetter', 1, 3), filename: 'l.docx' })).filter((t) => t.includes('中台'));
    expect(letters.map((t) => t.split('第')[0])).toEqual(['A.', 'B.', 'C.']);
    const romans = paragraphs(await parseDocument({ bytes: hugeListLabelDocx('upperRoman', 3998, 3), filename: 'r.docx' })).filter((t) => t.includes('中台'));
    expect(romans.map((t) => t.split('第')[0])).toEqual(['MMMCMXCVIII.', 'MMMCMXCIX.', '4000.']);
  });
});
