// The PDF reader proper, imported only when a PDF arrives (it loads pdf.js):
// pages → lines and ruled tables → page furniture and contents dropped → tables
// split over pages joined → paragraphs, headings and table blocks.
import type { FlatDocument, ParseWarning } from '../../document/model.ts';
import { PlanInputError } from '../../errors.ts';
import type { ParseInput, ParseLimits } from '../plugin.ts';
import { findGrids } from './grids.ts';
import { dropFurniture } from './page-furniture.ts';
import { buildNodes, joinLines } from './paragraphs.ts';
import { readPdfPages } from './read-pages.ts';
import { interleave, joinSplitTables, pageContent } from './tables.ts';

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown;
}

export async function readPdf(input: ParseInput, limits: ParseLimits): Promise<FlatDocument> {
  const name = input.filename ?? 'the PDF';
  const { pages, imagePages, infoTitle } = await readPdfPages(input.bytes, name, limits);
  const content = pages.map((p) => pageContent(p, p.rulings.length ? findGrids(p.rulings) : []));
  const kept = dropFurniture(content.map((c, i) => ({ height: pages[i]!.height, lines: c.lines })));
  const elements = joinSplitTables(
    kept.pages.map((lines, i) => interleave(lines, content[i]!.tables)),
    joinLines,
  );
  const built = buildNodes(elements, infoTitle);
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
