// Bounded expansion in the readers: generated text (list labels) stays short
// whatever the numbering part says, Markdown nesting is capped before remark
// sees it, and errors caused by the input's shape are bad input.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import { maxLabelLength } from '../../functions/core/parsers/docx/auto-numbering.ts';
import { maxMarkdownNesting } from '../../functions/core/parsers/markdown/nesting.ts';
import { asInputError, PlanInputError } from '../../functions/core/errors.ts';
import { maxXmlDepth } from '../../functions/core/parsers/docx/package-xml.ts';
import { deepListMarkdown, deepNestedDocx, hugeListLabelDocx, nestedBlockquotes } from '../../scripts/hostile-inputs.ts';

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

describe('Markdown nesting is capped before remark parses it', () => {
  it.each([
    ['a list 20,000 levels deep on one line', deepListMarkdown(20_000, 'one-line'), 3],
    ['a list 1,000 levels deep, one level a line', deepListMarkdown(1_000, 'per-line'), 3 + maxMarkdownNesting],
    ['50,000 nested blockquote markers', nestedBlockquotes(50_000), 3],
    ['20,000 spaced blockquote markers', nestedBlockquotes(20_000, true), 3],
  ])('%s → too-complex naming the line, in bounded time', async (_, bytes, line) => {
    const started = Date.now();
    const error = await parseDocument({ bytes, filename: 'deep.md' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanInputError);
    expect(error).toMatchObject({ code: 'too-complex', message: expect.stringContaining(`deep.md: line ${line} nests lists or block quotes more than ${maxMarkdownNesting} levels deep`) });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('ordinary nesting (a list ten levels deep, quotes in lists) is read', async () => {
    const doc = await parseDocument({ bytes: deepListMarkdown(10, 'per-line'), filename: 'ok.md' });
    expect(JSON.stringify(doc)).toContain('第10层');
    const quoted = await parseDocument({ bytes: nestedBlockquotes(maxMarkdownNesting), filename: 'q.md' });
    expect(JSON.stringify(quoted)).toContain('引文');
  });
});

describe('failures caused by the input’s shape are bad input', () => {
  it.each(['sdt', 'tbl', 'hyperlink'] as const)('DOCX elements (%s) nested 5,000 deep → too-complex naming the depth, not a corrupt file or a stack trace', async (kind) => {
    const error = await parseDocument({ bytes: deepNestedDocx(5000, kind), filename: 'deep.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanInputError);
    expect(error).toMatchObject({ code: 'too-complex', message: expect.stringContaining(`nests XML elements more than ${maxXmlDepth} deep`) });
  });

  it('ordinary nesting (tables ten deep) is read', async () => {
    const doc = await parseDocument({ bytes: deepNestedDocx(10, 'tbl'), filename: 'ok.docx' });
    expect(JSON.stringify(doc)).toContain('深处的文字');
  });

  it('a stack overflow or an invalid string length becomes PlanInputError too-complex; other errors pass through', () => {
    const overflow = (() => {
      const recurse = (n: number): number => recurse(n + 1) + 1;
      try {
        recurse(0);
      } catch (e) {
        return e;
      }
    })();
    const tooLong = (() => {
      try {
        'x'.repeat(2 ** 30);
      } catch (e) {
        return e;
      }
    })();
    expect(asInputError(overflow, 'plan.md')).toMatchObject({ name: 'PlanInputError', code: 'too-complex', message: expect.stringMatching(/^plan\.md nests its parts too deeply to read \(Maximum call stack size exceeded\)/) });
    expect(asInputError(tooLong, 'plan.md')).toMatchObject({ code: 'too-complex', message: expect.stringMatching(/^plan\.md expands to more text than can be read/) });
    const bug = new TypeError('x is undefined');
    expect(asInputError(bug)).toBe(bug);
  });
});
