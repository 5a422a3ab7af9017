// The DOCX parser plugin: mammoth's document model for text, runs and tables;
// the package XML for what mammoth leaves out (outline levels, style
// inheritance, automatic numbering, tables of contents). Both are walked in
// document order and aligned paragraph by paragraph.
import { isFrontMatter, isLetterhead } from '../../document/build-tree.ts';
import type {
  FlatDocument,
  FlatNode,
  FlatParagraph,
  ParseWarning,
  Position,
  Table,
  TableCell,
  TableRow,
} from '../../document/model.ts';
import { asInputError, isInputShapeFailure, PlanInputError } from '../../errors.ts';
import type { ParseInput, ParseLimits } from '../plugin.ts';
import { NumberingCounters } from './auto-numbering.ts';
import { readMammothDocument, type MammothElement, type MammothZip } from './mammoth-internals.ts';
import {
  readCoreTitle,
  readDocumentParagraphs,
  readNumbering,
  readStyles,
  type StyleDefinition,
  type Styles,
  type XmlParagraph,
} from './package-xml.ts';
import { CappedZip } from './zip.ts';
import { looksLikeZip } from './plugin.ts';
import { dropTreeFor } from './xml-tree.ts';
import { describeZip } from '../identify.ts';
import { nonSpaceLength } from '../../text/spaces.ts';

const HEADING_STYLE = /^(?:heading|标题|標題|überschrift|titre|titolo|título)\s*([1-9])$/i;
const TITLE_STYLE = /^(?:title|标题|標題|titel|titre)$/i;
const OUTLINE_NUMBER = /^(?:第[一二三四五六七八九十百零〇0-9]+[章节部分篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+(?:[.、．][0-9]*)*\s)/;
const TOC_STYLE = /^(?:toc|目录|目錄)\s*[1-9]$/i;
const CAPTION = /^(?:表|table)\s*[0-9０-９一二三四五六七八九十]/i;
// How far ahead a mammoth paragraph may find its XML twin (mammoth moves text-box paragraphs after their anchor).
const ALIGN_WINDOW = 32;

function toMammothZip(zip: CappedZip): MammothZip {
  return {
    exists: (name) => zip.has(name),
    read: async (name, encoding) => (encoding ? zip.readText(name) : zip.read(name)),
    write: () => {
      throw new Error('read-only');
    },
    toArrayBuffer: () => Promise.reject(new Error('read-only')),
  };
}

function optionalText(zip: CappedZip, name: string): string | null {
  return zip.has(name) ? zip.readText(name) : null;
}

function styleChain(styles: Styles, id: string | null): StyleDefinition[] {
  const chain: StyleDefinition[] = [];
  const seen = new Set<string>();
  let current = id;
  while (current !== null && !seen.has(current) && chain.length < 16) {
    seen.add(current);
    const style = styles.byId.get(current);
    if (!style) break;
    chain.push(style);
    current = style.basedOn;
  }
  return chain;
}

interface HeadingInfo {
  level: number;
  source: 'style' | 'outline-level';
}

function headingFor(xml: XmlParagraph | undefined, chain: StyleDefinition[]): HeadingInfo | null {
  // Direct formatting wins over the style, as in Word's navigation pane: 9 is body text.
  if (xml?.outlineLevel != null) {
    return xml.outlineLevel >= 0 && xml.outlineLevel <= 8 ? { level: xml.outlineLevel + 1, source: 'outline-level' } : null;
  }
  for (const style of chain) {
    const named = HEADING_STYLE.exec(style.name ?? '') ?? HEADING_STYLE.exec(style.id);
    if (named) return { level: Number(named[1]), source: 'style' };
    if (style.outlineLevel != null) {
      return style.outlineLevel >= 0 && style.outlineLevel <= 8 ? { level: style.outlineLevel + 1, source: 'style' } : null;
    }
  }
  return null;
}

interface RunSummary {
  text: string;
  boldChars: number;
  plainChars: number;
}

function collectText(element: MammothElement, out: RunSummary, bold: boolean): void {
  switch (element.type) {
    case 'text': {
      const value = element.value ?? '';
      out.text += value;
      const visible = nonSpaceLength(value);
      if (bold) out.boldChars += visible;
      else out.plainChars += visible;
      return;
    }
    case 'tab':
      out.text += '\t';
      return;
    case 'break':
      out.text += ' '; // one paragraph is one line of the source text
      return;
    case 'checkbox':
      out.text += element.checked ? '☒' : '☐';
      return;
    case 'noteReference':
    case 'commentReference':
    case 'image':
      return;
    case 'run':
      for (const child of element.children ?? []) collectText(child, out, bold || !!element.isBold);
      return;
    default:
      for (const child of element.children ?? []) collectText(child, out, bold);
  }
}

const squash = (text: string): string => text.replace(/\s+/g, '');

class Reader {
  readonly nodes: FlatNode[] = [];
  readonly warnings: ParseWarning[] = [];
  /** For each line (Position.paragraph): the index of the word/document.xml paragraph it was read from, null when unaligned. */
  readonly xmlIndexOfLine: (number | null)[] = [];
  private readonly lines: string[] = [];
  private offset = 0;
  private xmlCursor = 0;
  private unaligned = 0;
  private tableIndex = 0;
  private headings = 0;
  title: string | null = null;
  /** The opening short centred or bold paragraph, the title when nothing better names the document. */
  leadTitle: string | null = null;
  private seenText = false;
  private readonly counters: NumberingCounters;
  private readonly squashed: string[];

  constructor(
    private readonly xml: XmlParagraph[],
    private readonly styles: Styles,
    numbering: ConstructorParameters<typeof NumberingCounters>[0],
    private readonly limits: ParseLimits,
  ) {
    this.counters = new NumberingCounters(numbering);
    this.squashed = xml.map((p) => squash(p.text));
  }

  /** Length of the source text (the lines joined by newlines), without joining them. */
  get characters(): number {
    return Math.max(0, this.offset - 1);
  }

  /** Whether the source text is all whitespace. */
  get blank(): boolean {
    return !this.lines.some((l) => l.trim() !== '');
  }

  get unalignedCount(): number {
    return this.unaligned;
  }

  private align(text: string): XmlParagraph | undefined {
    const key = squash(text);
    const end = Math.min(this.xml.length, this.xmlCursor + ALIGN_WINDOW);
    for (let i = this.xmlCursor; i < end; i++) {
      if (this.squashed[i] === key) {
        this.xmlCursor = i + 1;
        return this.xml[i];
      }
    }
    this.unaligned++;
    return undefined;
  }

  /** Registers one paragraph as a line of the source text and returns its position. */
  private line(text: string, xmlIndex: number | null): Position {
    const paragraph = this.lines.length;
    this.lines.push(text);
    this.xmlIndexOfLine.push(xmlIndex);
    const start = { line: paragraph + 1, column: 1, offset: this.offset };
    const end = { line: paragraph + 1, column: text.length + 1, offset: this.offset + text.length };
    this.offset += text.length + 1;
    return { start, end, paragraph };
  }

  // A plan's thousands of paragraphs use a handful of styles: each chain is followed once (read only).
  private readonly chains = new Map<string | null, StyleDefinition[]>();
  private chainOf(styleId: string | null): StyleDefinition[] {
    let chain = this.chains.get(styleId);
    if (!chain) this.chains.set(styleId, (chain = styleChain(this.styles, styleId)));
    return chain;
  }

  /** Reads a paragraph's text, numbering and heading facts; emits nothing. */
  private paragraph(element: MammothElement) {
    const runs: RunSummary = { text: '', boldChars: 0, plainChars: 0 };
    for (const child of element.children ?? []) collectText(child, runs, false);
    const xml = this.align(runs.text);
    const styleId = xml?.styleId ?? element.styleId ?? this.styles.defaultParagraphStyle;
    const chain = this.chainOf(styleId);
    let text = runs.text.trim();
    let listLevel: number | undefined;
    const numId = xml ? (xml.numId ?? chain.find((s) => s.numId !== null)?.numId ?? null) : null;
    if (numId !== null && text !== '') {
      const ilvl = xml?.ilvl ?? chain.find((s) => s.ilvl !== null)?.ilvl ?? 0;
      const rendered = this.counters.next(numId, ilvl);
      if (rendered?.text) text = `${rendered.text}${/[.、．）)]$/.test(rendered.text) ? '' : ' '}${text}`;
      else if (rendered) listLevel = rendered.level + 1;
    } else if (!xml && element.numbering && text !== '') {
      listLevel = Number(element.numbering.level) + 1;
    }
    const styleName = chain[0]?.name ?? element.styleName ?? '';
    const inToc = (xml?.inToc ?? false) || TOC_STYLE.test(styleName);
    const isTitle = TITLE_STYLE.test(styleName) || (chain[0] ? TITLE_STYLE.test(chain[0].id) : false);
    return {
      text,
      xmlIndex: xml ? this.xmlCursor - 1 : null,
      centered: element.alignment === 'center',
      bold: runs.boldChars > 0 && runs.plainChars === 0,
      listLevel,
      heading: inToc || isTitle ? null : headingFor(xml, chain),
      inToc,
      isTitle,
    };
  }

  block(element: MammothElement): void {
    if (element.type === 'paragraph') {
      const p = this.paragraph(element);
      const position = this.line(p.text, p.xmlIndex);
      if (p.inToc || p.text === '') return; // the TOC repeats the headings; keep its lines, not its entries
      if (p.isTitle && this.title === null) this.title = p.text;
      // A document without a Title style usually opens with its title, short and centred or bold:
      // it names the document rather than opening a section, so it loses the bold hint.
      const lead = !this.seenText && !p.heading && !p.isTitle && (p.centered || p.bold) && p.text.length <= 100 && !OUTLINE_NUMBER.test(p.text) && !isFrontMatter(p.text) && !isLetterhead(p.text);
      // A letterhead (××人民政府文件, its number) comes before the title: the title is still to come.
      if (!isLetterhead(p.text)) this.seenText = true;
      if (lead) {
        this.leadTitle = p.text;
        this.nodes.push({ type: 'paragraph', text: p.text, position });
        return;
      }
      if (p.heading) {
        if (++this.headings > this.limits.maxHeadings) {
          throw new PlanInputError('too-complex', `DOCX has more than ${this.limits.maxHeadings} headings`);
        }
        this.nodes.push({ type: 'heading', text: p.text, level: p.heading.level, source: p.heading.source, position });
        return;
      }
      // (Set in the order the spread copies gave them, without the copies: JSON keeps key order.)
      const node: FlatParagraph = { type: 'paragraph', text: p.text, position };
      if (p.bold) node.bold = true;
      if (p.listLevel !== undefined) node.listLevel = p.listLevel;
      this.nodes.push(node);
    } else if (element.type === 'table') {
      this.table(element);
    } else {
      for (const child of element.children ?? []) this.block(child);
    }
  }

  private table(element: MammothElement): void {
    const table = this.tableIndex++;
    const rows: TableRow[] = [];
    const first = this.lines.length;
    for (const row of element.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells: TableCell[] = [];
      const rowFirst = this.lines.length;
      for (const cell of row.children ?? []) {
        if (cell.type !== 'tableCell') continue;
        const cellFirst = this.lines.length;
        const texts: string[] = [];
        this.cellContent(cell, texts);
        cells.push({ text: texts.filter((t) => t !== '').join('\n'), position: this.span(cellFirst, table) });
      }
      rows.push({ cells, position: this.span(rowFirst, table) });
    }
    const node: Table = { type: 'table', rows, position: this.span(first, table) };
    const previous = this.nodes[this.nodes.length - 1];
    if (previous && previous.type === 'paragraph' && CAPTION.test(previous.text) && previous.text.length <= 80) {
      node.caption = previous.text;
    }
    this.nodes.push(node);
  }

  /** Cell paragraphs are lines of the source text; nested tables flatten into the cell, a row a line. */
  private cellContent(element: MammothElement, texts: string[]): void {
    for (const child of element.children ?? []) {
      if (child.type === 'paragraph') {
        const p = this.paragraph(child);
        this.line(p.text, p.xmlIndex);
        texts.push(p.text);
      } else if (child.type === 'table') {
        for (const row of child.children ?? []) {
          const cellTexts: string[] = [];
          for (const cell of row.children ?? []) {
            const inner: string[] = [];
            this.cellContent(cell, inner);
            cellTexts.push(inner.filter((t) => t !== '').join(' '));
          }
          texts.push(cellTexts.join(' | '));
        }
      } else {
        this.cellContent(child, texts);
      }
    }
  }

  /** Position from line `first` to the last line registered, for a table, row or cell. */
  private span(first: number, table: number): Position {
    const lastLine = Math.max(first, this.lines.length - 1);
    const startOffset = this.offsetOfLine(first);
    const endText = this.lines[lastLine] ?? '';
    const endOffset = this.offsetOfLine(lastLine) + endText.length;
    return {
      start: { line: first + 1, column: 1, offset: startOffset },
      end: { line: lastLine + 1, column: endText.length + 1, offset: endOffset },
      paragraph: first,
      table,
    };
  }

  private offsetOfLine(line: number): number {
    // Called for recent lines only: walk back from the running offset.
    if (line >= this.lines.length) return this.offset;
    let offset = this.offset;
    for (let i = this.lines.length - 1; i >= line; i--) offset -= this.lines[i]!.length + 1;
    return offset;
  }
}


/** What a writer into the same DOCX needs (Word comments): its parts and where each paragraph of the source text sits. */
export interface DocxLayout {
  zip: CappedZip;
  /** word/document.xml as decoded text; spans index into it. */
  documentXml: string;
  /** The paragraphs of word/document.xml in document order (those in mc:Choice left out, as mammoth does). */
  xmlParagraphs: XmlParagraph[];
  /** By Position.paragraph: the index in xmlParagraphs that line was read from, null when it could not be aligned. */
  xmlIndexOfLine: (number | null)[];
}

export async function parseDocx(input: ParseInput, limits: ParseLimits): Promise<FlatDocument> {
  return (await readDocx(input, limits)).document;
}

/** Parses a DOCX and keeps its layout: one reading for the check and for a writer, so positions agree. */
export async function readDocx(input: ParseInput, limits: ParseLimits): Promise<{ document: FlatDocument; layout: DocxLayout }> {
  const { bytes } = input;
  const name = input.filename ?? 'the DOCX';
  if (bytes.length === 0) throw new PlanInputError('empty', `${name} is empty (0 bytes)`);
  if (bytes.length > limits.maxBytes) {
    throw new PlanInputError('too-large', `${name} is ${bytes.length} bytes, over the limit of ${limits.maxBytes}`);
  }
  if (!looksLikeZip(bytes)) throw new PlanInputError('corrupt-docx', `Not a readable DOCX: ${name} is not a zip archive`);
  const zip = new CappedZip(bytes, limits.maxUncompressedBytes);
  if (!zip.has('word/document.xml')) {
    throw new PlanInputError('corrupt-docx', `Not a readable DOCX: ${name} has no word/document.xml (it is ${describeZip(bytes)})`);
  }
  // Everything mammoth and we read is XML; media are never inflated.
  zip.checkDeclared([...zip.entries.keys()].filter((n) => /\.(?:xml|rels)$/i.test(n)));

  const documentXml = zip.readText('word/document.xml');
  const stylesXml = optionalText(zip, 'word/styles.xml');
  const numberingXml = optionalText(zip, 'word/numbering.xml');
  let result;
  let xmlParagraphs: XmlParagraph[];
  let styles: Styles;
  let numbering: ReturnType<typeof readNumbering>;
  try {
    // Each pass also builds mammoth's tree of its part, which mammoth takes instead of parsing it again.
    xmlParagraphs = readDocumentParagraphs(documentXml);
    styles = readStyles(stylesXml);
    numbering = readNumbering(numberingXml);
    result = await readMammothDocument(toMammothZip(zip));
  } catch (error) {
    if (error instanceof PlanInputError) throw error;
    // A stack overflow in mammoth is the document's nesting (in a part we do not pre-read), not damage.
    if (isInputShapeFailure(error)) throw asInputError(error, name);
    throw new PlanInputError('corrupt-docx', `Not a readable DOCX: ${(error as Error).message}`, { cause: error });
  } finally {
    // A tree mammoth did not ask for (a part it found under another name) is not kept past this plan.
    for (const xml of [documentXml, stylesXml, numberingXml]) if (xml !== null) dropTreeFor(xml);
  }

  const reader = new Reader(xmlParagraphs, styles, numbering, limits);
  for (const child of result.value.children ?? []) reader.block(child);
  if (reader.blank) throw new PlanInputError('empty', `${name} contains no text`);

  const warnings: ParseWarning[] = result.messages.map((m) => ({ code: `docx-${m.type}`, message: m.message }));
  if (reader.unalignedCount > 0) {
    warnings.push({
      code: 'docx-outline-unaligned',
      message: `${reader.unalignedCount} paragraph(s) could not be matched with word/document.xml; their outline levels and automatic numbers are not read`,
    });
  }
  warnings.push(...reader.warnings);
  const title = reader.title ?? readCoreTitle(optionalText(zip, 'docProps/core.xml')) ?? reader.leadTitle;
  return {
    document: { format: 'docx', title, characters: reader.characters, warnings, nodes: reader.nodes },
    layout: { zip, documentXml, xmlParagraphs, xmlIndexOfLine: reader.xmlIndexOfLine },
  };
}

// The plugin registered with the others: light, it loads this module on the first DOCX.
export { docxParser } from './plugin.ts';
