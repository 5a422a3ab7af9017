// The PDF reader proper, imported only when a PDF arrives (it loads pdf.js):
// pages → lines → page furniture and contents dropped → paragraphs and headings.
import type { FlatDocument, ParseWarning } from '../../document/model.ts';
import { PlanInputError } from '../../errors.ts';
import type { ParseInput, ParseLimits } from '../plugin.ts';
import { pageLines } from './lines.ts';
import { dropFurniture } from './page-furniture.ts';
import { buildNodes } from './paragraphs.ts';
import { readPdfPages } from './read-pages.ts';

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown;
}

export async function readPdf(input: ParseInput, limits: ParseLimits): Promise<FlatDocument> {
  const name = input.filename ?? 'the PDF';
  const { pages, imagePages, infoTitle } = await readPdfPages(input.bytes, name, limits);
  const lines = pages.map((p) => ({ height: p.height, lines: pageLines(p) }));
  const kept = dropFurniture(lines);
  const built = buildNodes(kept.pages, infoTitle);
  if (built.nodes.length === 0) throw new PlanInputError('pdf-no-text', `${name} has no text beyond page headers and numbers: submit the DOCX or a PDF with text`);
  const warnings: ParseWarning[] = [];
  if (imagePages.length > 0) {
    warnings.push({
      code: 'pdf-image-pages',
      message: `${imagePages.length} page(s) are images without text (p. ${pageList(imagePages)}): what they show is not read; submit the DOCX or a PDF with text for them`,
    });
  }
  if (kept.contents > 0) warnings.push({ code: 'pdf-contents-skipped', message: `${kept.contents} table-of-contents line(s) skipped` });
  return { format: 'pdf', title: built.title, characters: built.characters, warnings, nodes: built.nodes };
}
