// The commented DOCX opened by a real office suite: Debian's headless
// LibreOffice converts each plan, before and after, to flat ODT. Every comment survives with its author, initials, date and text, over
// the passage it was placed at, and the document's text is the same as the
// original's. (A plan's fodt before and after: ~2–10 s each.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { readDocx } from '../../functions/core/parsers/docx/index.ts';
import { defaultLimits } from '../../functions/core/parsers/plugin.ts';
import { openFindings, renderDocxComments, type PlacedComment } from '../../functions/core/report/docx-comments.ts';
import { convertWithLibreOffice, ensureLibreOffice, readFodtAnnotations, type OdfAnnotation } from '../support/libreoffice.ts';
import { commentedPlan, handWrittenDocx, reviewer, reviewerNotes, trickyBody } from './make-docx.ts';
import { quoteCore, squash } from './inspect.ts';
import { realPlans } from './plans.ts';

const root = join(import.meta.dirname, '../..');
const date = '2026-11-24T09:30:00Z';
const dir = mkdtempSync(join(tmpdir(), 'plancheck-lo-'));

interface Case {
  name: string;
  comments: PlacedComment[];
}
const cases: Case[] = [];
let textBoxRule = '';

async function add(name: string, bytes: Uint8Array, prepare?: (result: Awaited<ReturnType<typeof checkPlan>>) => Promise<void>): Promise<void> {
  const result = await checkPlan({ bytes, filename: `${name}.docx` });
  await prepare?.(result);
  const { bytes: out, comments } = await renderDocxComments(bytes, result, { date });
  writeFileSync(join(dir, `${name}.docx`), bytes);
  writeFileSync(join(dir, `${name}.commented.docx`), out);
  cases.push({ name, comments });
}

beforeAll(async () => {
  ensureLibreOffice();
  for (const file of realPlans) await add(basename(file, '.docx'), readFileSync(join(root, file)));
  await add('reviewed', await commentedPlan());
  // The hand-written plan with one finding pointed at a text box's paragraph.
  const tricky = handWrittenDocx(trickyBody());
  await add('tricky', tricky, async (result) => {
    const { layout } = await readDocx({ bytes: tricky }, defaultLimits);
    const line = layout.xmlIndexOfLine.findIndex((x) => x !== null && layout.xmlParagraphs[x]!.span.outer !== null);
    const rule = openFindings(result)[0]!;
    textBoxRule = rule.id;
    rule.evidence = [{ path: [], quote: '文本框', position: { start: { line: line + 1, column: 1, offset: 0 }, end: { line: line + 1, column: 1, offset: 0 }, paragraph: line } }];
  });
  const files = cases.flatMap((c) => [join(dir, `${c.name}.docx`), join(dir, `${c.name}.commented.docx`)]);
  convertWithLibreOffice(files, 'fodt', dir);
}, 900_000);

const ours = (annotations: OdfAnnotation[]) => annotations.filter((a) => a.creator === 'plancheck');

describe('LibreOffice opens the DOCX with comments', () => {
  it.each(realPlans.map((f) => basename(f, '.docx')).concat(['reviewed', 'tricky']))('%s: every comment survives, over its passage; the text is unchanged', (name) => {
    const { comments } = cases.find((c) => c.name === name)!;
    const after = readFodtAnnotations(join(dir, `${name}.commented.fodt`));
    const before = readFodtAnnotations(join(dir, `${name}.fodt`));
    const mine = ours(after.annotations);
    expect(mine).toHaveLength(comments.length);
    expect(ours(before.annotations)).toHaveLength(0);
    for (const a of mine) {
      expect(a.initials).toBe('PC');
      expect(a.date.startsWith('2026-11-24T09:30:00')).toBe(true);
    }
    // Same texts, paragraph by paragraph (LibreOffice lists comments on one paragraph in its own order).
    const key = (paragraphs: string[]) => paragraphs.join('\n');
    expect(mine.map((a) => key(a.paragraphs)).sort()).toEqual(comments.map((c) => key(c.text)).sort());
    // Each evidence comment covers the passage holding its quote, as LibreOffice reads the document.
    // (A text box's words are drawn in its shape, outside the range of the paragraph holding it.)
    for (const c of comments.filter((x) => x.anchor === 'evidence' && !x.quote!.startsWith('文本框'))) {
      const a = mine.find((x) => key(x.paragraphs) === key(c.text))!;
      expect(squash(a.anchored), c.rule).toContain(quoteCore(c.quote!));
    }
    // The document's own text, as LibreOffice reads it, is what it was.
    expect(squash(after.bodyText).length).toBeGreaterThan(50);
    expect(squash(after.bodyText)).toBe(squash(before.bodyText));
  });

  it("keeps the reviewer's comments beside plancheck's", () => {
    const { annotations } = readFodtAnnotations(join(dir, 'reviewed.commented.fodt'));
    const theirs = annotations.filter((a) => a.creator === reviewer.author);
    expect(theirs.map((a) => a.paragraphs.join(''))).toEqual(reviewerNotes);
    expect(theirs.every((a) => a.initials === reviewer.initials && a.anchored.length > 40)).toBe(true);
  });

  it("anchors a text box's finding on the paragraph that holds the text box", () => {
    const { comments } = cases.find((c) => c.name === 'tricky')!;
    const c = comments.find((x) => x.rule === textBoxRule)!;
    const a = ours(readFodtAnnotations(join(dir, 'tricky.commented.fodt')).annotations).find((x) => x.paragraphs.join('\n') === c.text.join('\n'))!;
    expect(squash(a.anchored)).toContain('发展基础部分的说明。');
  });
});
