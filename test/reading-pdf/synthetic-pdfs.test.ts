// The synthetic PDFs of fixtures/pdf (scripts/make-pdf-fixtures.ts) and bad
// input, through real pdf.js: a CJK font that needs the CMaps, running headers
// and page numbers, a paragraph over a page break, scans, passwords, damage,
// a file that only says it is a PDF, and the caps.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../functions/core/document/build-tree.ts';
import type { PlanDocument } from '../../functions/core/document/model.ts';
import { PlanInputError } from '../../functions/core/errors.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import type { ParseLimits } from '../../functions/core/parsers/plugin.ts';
import { longPdf } from '../../scripts/make-pdf-fixtures.ts';

const DIR = join(import.meta.dirname, '../../fixtures/pdf');
const REAL = join(import.meta.dirname, '../../fixtures/real');
const bytesOf = (name: string) => readFileSync(join(DIR, name));
const read = (name: string, limits?: Partial<ParseLimits>) => parseDocument({ bytes: bytesOf(name), filename: name, limits });
const texts = (doc: PlanDocument) => [...doc.preamble, ...[...walkSections(doc.sections)].flatMap((s) => s.blocks)].map((b) => (b.type === 'table' ? '' : b.text));

async function refusal(p: Promise<unknown>): Promise<PlanInputError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(PlanInputError);
  return e as PlanInputError;
}

describe('a Chinese PDF whose font is not embedded (STSong-Light through UniGB-UCS2-H)', async () => {
  const doc = await read('cmap-chinese.pdf');

  it('reads its text through the CMaps, chapters from fake bold numbering', () => {
    expect(doc.title).toBe('海滨市城市数字化转型规划');
    expect(doc.sections.map((s) => s.rawHeading)).toEqual(['一、总体要求', '二、主要任务', '三、保障措施']);
    expect(doc.sections[0]!.children.map((s) => s.rawHeading)).toEqual(['（一）指导思想。', '（二）发展目标。']);
  });

  it('drops the running header and the "- n -" page numbers, and joins the goals paragraph across the page break', () => {
    const all = texts(doc);
    expect(all.filter((t) => t.includes('海滨市城市数字化转型规划'))).toEqual(['海滨市城市数字化转型规划']); // the title only
    expect(all.filter((t) => /^-\s*\d+\s*-$/.test(t))).toEqual([]);
    const goals = all.find((t) => t.startsWith('到2026年'))!;
    expect(goals).toMatch(/数字化转型取得明显成效。$/);
    expect(goals).not.toContain(' ');
    const goalsBlock = doc.sections[0]!.children[1]!.blocks[0]!;
    expect(goalsBlock.position.page).toBe(1);
  });
});

describe('pages without text', () => {
  it('a scanned PDF is refused: an image scan, submit the DOCX or a PDF with text', async () => {
    const e = await refusal(read('scanned.pdf'));
    expect(e.code).toBe('pdf-no-text');
    expect(e.status).toBe(422);
    expect(e.message).toMatch(/^scanned\.pdf is an image scan with no text layer: submit the DOCX or a PDF with text/);
  });

  it('a text PDF with one scanned page is read, with a warning naming the page', async () => {
    const doc = await read('mixed-scan.pdf');
    expect(doc.sections.map((s) => s.rawHeading)).toEqual(['一、总体要求', '二、主要任务', '三、保障措施']);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'pdf-image-pages', message: expect.stringMatching(/1 page\(s\) are images without text \(p\. 3\)/) })]);
  });
});

describe('bad input', () => {
  it('a password-protected PDF is refused, and one with only an owner password opens', async () => {
    const e = await refusal(read('password.pdf'));
    expect(e.code).toBe('pdf-encrypted');
    expect(e.status).toBe(422);
    expect(e.message).toBe('password.pdf is password-protected: submit a copy without a password to open it');
    const open = await read('owner-only.pdf');
    expect(texts(open).join('')).toContain('政务服务全程网办率达到90%');
  });

  it('a truncated PDF is refused as damaged, not read as an empty plan', async () => {
    const whole = readFileSync(join(REAL, 'CN04_nda_trusted_data_space_action_plan_2024-2028.pdf'));
    for (const keep of [2000, Math.floor(whole.length / 2)]) {
      const e = await refusal(parseDocument({ bytes: whole.subarray(0, keep), filename: 'cut.pdf' }));
      expect(['corrupt-pdf', 'pdf-no-text']).toContain(e.code);
      expect(e.status).toBe(422);
    }
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x41)]);
    const e = await refusal(parseDocument({ bytes: garbage, filename: 'garbage.pdf' }));
    expect(e.code).toBe('corrupt-pdf');
    expect(e.message).toMatch(/^Not a readable PDF: garbage\.pdf/);
  });

  it('a file that says PDF and is not is refused with 422, by name and by media type', async () => {
    const html = Buffer.from('<html><body>规划</body></html>');
    const byName = await refusal(parseDocument({ bytes: html, filename: 'plan.pdf' }));
    expect(byName.code).toBe('not-a-pdf');
    expect(byName.status).toBe(422);
    expect(byName.message).toMatch(/plan\.pdf is not a PDF .*text\/Markdown/);
    const byType = await refusal(parseDocument({ bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), mediaType: 'application/pdf' }));
    expect(byType.code).toBe('not-a-pdf');
  });

  it('a PDF named .docx is a type mismatch', async () => {
    const e = await refusal(parseDocument({ bytes: bytesOf('cmap-chinese.pdf'), filename: 'plan.docx' }));
    expect(e.code).toBe('type-mismatch');
    expect(e.message).toBe('plan.docx is a PDF file, not DOCX');
  });
});

describe('caps on pages, characters and fonts', () => {
  it('refuses over the page, character and font limits', async () => {
    expect((await refusal(read('cmap-chinese.pdf', { maxPages: 2 }))).message).toMatch(/has 3 pages, over the limit of 2/);
    expect((await refusal(read('cmap-chinese.pdf', { maxCharacters: 100 }))).code).toBe('too-large');
    expect((await refusal(read('mixed-scan.pdf', { maxFonts: 0 }))).code).toBe('too-complex');
  });

  it('refuses a 2,000-page PDF before reading its pages, in bounded time', async () => {
    const big = await longPdf(2000);
    const t0 = performance.now();
    const e = await refusal(parseDocument({ bytes: big, filename: 'long.pdf' }));
    expect(e.code).toBe('too-complex');
    expect(e.message).toMatch(/2000 pages, over the limit of 1000/);
    expect(performance.now() - t0).toBeLessThan(5000);
  }, 60_000);
});

describe('pdf.js is loaded only when a PDF arrives', () => {
  it('a Markdown parse in a fresh process leaves pdf.js unloaded; a PDF parse loads it', () => {
    const code = `
      const { parseDocument } = await import('./functions/core/parsers/index.ts');
      const { readFileSync } = await import('node:fs');
      await parseDocument({ bytes: readFileSync('fixtures/real/CN07_national_14th5_digital_economy_plan.md'), filename: 'a.md' });
      const before = 'pdfjsWorker' in globalThis || 'pdfjsLib' in globalThis;
      await parseDocument({ bytes: readFileSync('fixtures/pdf/cmap-chinese.pdf'), filename: 'a.pdf' });
      console.log(JSON.stringify({ before, after: 'pdfjsWorker' in globalThis }));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ before: false, after: true });
  }, 120_000);
});
