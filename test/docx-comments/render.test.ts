// Word with comments (functions/core/report/docx-comments.ts) on real DOCX
// plans: one comment per open finding, errors first, at its evidence or its
// section; the parts it does not write are the same bytes; the document's
// text, as mammoth and as the checker read it, is unchanged; comments already
// in a plan are kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import type { CheckResult } from '../../functions/core/check/result.ts';
import { isPlanInputError } from '../../functions/core/errors.ts';
import { readDocx } from '../../functions/core/parsers/docx/index.ts';
import { defaultLimits } from '../../functions/core/parsers/plugin.ts';
import { openFindings, renderDocxComments } from '../../functions/core/report/docx-comments.ts';
import { commentedPlan, handWrittenDocx, reviewer, reviewerNotes, trickyBody } from './make-docx.ts';
import { realPlans } from './plans.ts';
import { commentAnchors, parts, quoteCore, rawRecord, readCentralDirectory, readComments, squash } from './inspect.ts';

const root = join(import.meta.dirname, '../..');
const date = '2026-11-24T09:30:00Z';
const written = ['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'];


const rawText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
/** What a check reads from a plan, less the file's hash: rule by rule, status, message, evidence and positions. */
const reading = (r: CheckResult) => ({ ...r, document: { ...r.document, sha256: null } });

describe.each(realPlans)('%s with comments', (file) => {
  it('has one comment per open finding, errors first, anchored at its evidence; the rest of the package and the text unchanged', async () => {
    const bytes = readFileSync(join(root, file));
    const result = await checkPlan({ bytes, filename: file });
    const { bytes: out, comments } = await renderDocxComments(bytes, result, { date, filename: file });

    // One comment per fail/partial finding, in the order the reports list them (errors first).
    const open = openFindings(result);
    expect(open.length).toBeGreaterThan(5);
    expect(comments.map((c) => c.rule)).toEqual(open.map((r) => r.id));
    const ranks = open.map((r) => ['error', 'warning', 'info'].indexOf(r.severity));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(ranks[0]).toBe(0);

    // comments.xml: author, initials, date of the check; title, clause, status and advice in the report's language.
    const p = parts(out);
    const wordComments = readComments(p['word/comments.xml']!);
    expect(wordComments.map((c) => c.id)).toEqual(comments.map((c) => c.id));
    expect(new Set(wordComments.map((c) => c.id)).size).toBe(wordComments.length);
    for (const [i, c] of wordComments.entries()) {
      const rule = open[i]!;
      expect(c).toMatchObject({ author: 'plancheck', initials: 'PC', date: '2026-11-24T09:30:00Z' });
      expect(c.paragraphs[0]).toContain(rule.clause);
      expect(c.paragraphs[0]).toContain(rule.title[result.lang]);
      expect(c.paragraphs[1]).toContain(rule.message);
      expect(c.paragraphs.some((t) => t.includes(rule.expected))).toBe(true);
      expect(c.paragraphs.at(-1)).toBe(`plancheck · ${rule.id}`);
    }

    // Each comment's range and reference sit in the paragraph it was placed at: an evidence comment in the paragraph of its quote.
    const anchors = commentAnchors(p['word/document.xml']!);
    expect(anchors.size).toBe(comments.length);
    let evidenceChecked = 0;
    for (const c of comments) {
      const at = anchors.get(c.id)!;
      expect(at.closed, `${c.rule}: range end and reference after the start`).toBe(true);
      const rule = open.find((r) => r.id === c.rule)!;
      if (c.anchor === 'evidence') {
        const evidence = [...rule.evidence, ...rule.parts.flatMap((x) => x.evidence)];
        expect(evidence.map((e) => e.quote)).toContain(c.quote);
        expect(squash(at.text), `${c.rule} at ¶${c.paragraph + 1}`).toContain(quoteCore(c.quote!));
        evidenceChecked++;
      } else if (c.anchor === 'title' && result.document.title) {
        expect(squash(at.text)).toBe(squash(result.document.title));
      }
    }
    expect(evidenceChecked).toBeGreaterThan(0);

    // Only the four parts are written; every other entry is the same record, byte for byte.
    const before = readCentralDirectory(bytes);
    const after = readCentralDirectory(out);
    expect([...after.keys()].sort()).toEqual([...new Set([...before.keys(), 'word/comments.xml'])].sort());
    for (const [name, entry] of before) {
      if (written.includes(name)) continue;
      expect(Buffer.compare(rawRecord(out, after.get(name)!), rawRecord(bytes, entry)), name).toBe(0);
    }
    expect(p['word/_rels/document.xml.rels']!.match(/relationships\/comments"/g)).toHaveLength(1);
    expect(p['[Content_Types].xml']).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');

    // The text is unchanged: mammoth's raw text, and the checker's whole reading of it.
    expect(await rawText(out)).toBe(await rawText(bytes));
    expect(reading(await checkPlan({ bytes: out, filename: file }))).toEqual(reading(result));
  }, 60_000);
});

describe('a plan that already has comments', () => {
  it('keeps the reviewer\'s comments and ranges, adds its own with fresh ids, one relationship and content type', async () => {
    const bytes = await commentedPlan();
    const result = await checkPlan({ bytes, filename: 'p10-reviewed.docx' });
    const { bytes: out, comments } = await renderDocxComments(bytes, result, { date, filename: 'p10-reviewed.docx' });
    const before = parts(bytes);
    const after = parts(out);
    const old = readComments(before['word/comments.xml']!);
    expect(old.map((c) => c.paragraphs.join(''))).toEqual(reviewerNotes);
    const all = readComments(after['word/comments.xml']!);
    expect(all.slice(0, old.length)).toEqual(old);
    expect(all.slice(old.length).map((c) => c.id)).toEqual(comments.map((c) => c.id));
    expect(all.slice(0, old.length).every((c) => c.author === reviewer.author)).toBe(true);
    expect(Math.min(...comments.map((c) => c.id))).toBeGreaterThan(Math.max(...old.map((c) => c.id)));
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(comments.length).toBe(openFindings(result).length);
    expect(comments.some((c) => c.rule === 'architecture-layers')).toBe(true);
    // The reviewer's ranges are still where they were; ours are added beside them.
    const anchors = commentAnchors(after['word/document.xml']!);
    for (const c of old) expect(anchors.get(c.id)?.closed).toBe(true);
    for (const c of comments) expect(anchors.get(c.id)?.closed).toBe(true);
    expect(after['word/_rels/document.xml.rels']).toBe(before['word/_rels/document.xml.rels']);
    expect(after['[Content_Types].xml']!.match(/PartName="\/word\/comments\.xml"/g)).toHaveLength(1);
    expect(await rawText(out)).toBe(await rawText(bytes));
    expect(reading(await checkPlan({ bytes: out, filename: 'p10-reviewed.docx' }))).toEqual(reading(result));
  }, 60_000);
});

describe('hard places to anchor', () => {
  /** A check of the hand-written plan whose first three open findings point at the given lines. */
  async function pointedAt(bytes: Uint8Array, lines: number[]) {
    const result = await checkPlan({ bytes, filename: 'tricky.docx' });
    const open = openFindings(result);
    lines.forEach((line, i) => {
      const rule = open[i]!;
      rule.evidence = [{ path: [], quote: `¶${line}`, position: { start: { line: line + 1, column: 1, offset: 0 }, end: { line: line + 1, column: 1, offset: 0 }, paragraph: line } }];
      rule.parts = rule.parts.map((p) => ({ ...p, evidence: [] }));
    });
    for (const rule of open.slice(lines.length)) {
      rule.evidence = [];
      rule.parts = rule.parts.map(({ insertAt: _at, ...p }) => ({ ...p, evidence: [] }));
      delete rule.insertAt;
    }
    return { result, open };
  }

  for (const utf16 of [false, true]) {
    it(`a text box's paragraph gives way to the paragraph holding it; an empty <w:p/> and a table cell take a comment${utf16 ? ' (document.xml in UTF-16)' : ''}`, async () => {
      const bytes = handWrittenDocx(trickyBody(), { utf16 });
      const { layout } = await readDocx({ bytes }, defaultLimits);
      const lineOf = (test: (i: number) => boolean) => layout.xmlIndexOfLine.findIndex((x) => x !== null && test(x));
      const textBox = lineOf((i) => layout.xmlParagraphs[i]!.span.outer !== null);
      const empty = lineOf((i) => layout.xmlParagraphs[i]!.span.selfClosing);
      const cell = lineOf((i) => layout.xmlParagraphs[i]!.text === '8000');
      expect([textBox, empty, cell].every((l) => l > 0)).toBe(true);

      const { result, open } = await pointedAt(bytes, [textBox, empty, cell]);
      const { bytes: out, comments } = await renderDocxComments(bytes, result, { date });
      const p = parts(out);
      expect(p['word/document.xml']).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
      const anchors = commentAnchors(p['word/document.xml']!);
      const byRule = (i: number) => anchors.get(comments.find((c) => c.rule === open[i]!.id)!.id)!;
      expect(byRule(0)).toEqual({ text: '发展基础部分的说明。', closed: true }); // the body paragraph, not the text box's
      expect(byRule(1)).toEqual({ text: '', closed: true });
      expect(byRule(2)).toEqual({ text: '8000', closed: true });
      // The rest: no evidence and no insertion point: the section the rule's scope names, else the title.
      const rest = comments.filter((c) => !open.slice(0, 3).some((r) => r.id === c.rule));
      expect(rest.length).toBeGreaterThan(0);
      for (const c of rest) expect(['section', 'title']).toContain(c.anchor);
      for (const c of rest.filter((x) => x.anchor === 'title')) expect(anchors.get(c.id)!.text).toBe('某市城市数字化转型规划（2023—2025年）');
      // The package had no document relationships part: one is written.
      expect(p['word/_rels/document.xml.rels']).toContain('Target="comments.xml"');
      // (mammoth cannot read a UTF-16 part itself; the checker decodes it first.)
      if (!utf16) expect(await rawText(out)).toBe(await rawText(bytes));
      const again = await checkPlan({ bytes: out, filename: 'tricky.docx' });
      expect(again.results.map((r) => [r.id, r.status])).toEqual((await checkPlan({ bytes, filename: 'tricky.docx' })).results.map((r) => [r.id, r.status]));
    });
  }

  it('an insertion point (insertAt.position) anchors a missing finding there', async () => {
    const bytes = handWrittenDocx(trickyBody());
    const { result, open } = await pointedAt(bytes, []);
    const { document } = await readDocx({ bytes }, defaultLimits);
    const safeguards = document.nodes.find((n) => n.type !== 'table' && n.text === '第三章 保障措施')!;
    Object.assign(open[0]!, { insertAt: { path: ['保障措施'], starter: { zh: '', en: '' }, position: safeguards.position } });
    Object.assign(open[1]!, { insertAt: { path: ['发展目标'], starter: { zh: '', en: '' } } });
    const { bytes: out, comments } = await renderDocxComments(bytes, result, { date });
    const anchors = commentAnchors(parts(out)['word/document.xml']!);
    expect(comments[0]).toMatchObject({ rule: open[0]!.id, anchor: 'insertion', paragraph: safeguards.position.paragraph });
    expect(anchors.get(comments[0]!.id)!.text).toBe('第三章 保障措施');
    expect(comments[1]).toMatchObject({ rule: open[1]!.id, anchor: 'insertion' });
    expect(anchors.get(comments[1]!.id)!.text).toBe('第二章 发展目标');
  });
});

describe('refusals', () => {
  it('a Markdown or PDF check has no Word file to comment', async () => {
    const md = readFileSync(join(root, 'fixtures/plans/p01-linhu-complete.md'));
    const result = await checkPlan({ bytes: md, filename: 'p01.md' });
    const error = await renderDocxComments(md, result, { date }).catch((e: unknown) => e);
    expect(isPlanInputError(error) && error.code).toBe('unsupported-type');
    expect((error as Error).message).toMatch(/Markdown plan: Word comments are written into a DOCX plan only/);
  });

  it('a DOCX that is not the checked one is refused, not commented at wrong places', async () => {
    const a = readFileSync(join(root, 'fixtures/plans/p10-xichuan-missing-layers.autonumber.docx'));
    const b = readFileSync(join(root, 'fixtures/plans/p11-baisha-missing-safeguards.outline-level.docx'));
    const result = await checkPlan({ bytes: a, filename: 'a.docx' });
    const error = await renderDocxComments(b, result, { date, filename: 'b.docx' }).catch((e: unknown) => e);
    expect(isPlanInputError(error) && error.code).toBe('type-mismatch');
    expect((error as Error).message).toMatch(/b\.docx is not the file this report was made from/);
  });
});
