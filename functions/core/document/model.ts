// The document model every parser returns and everything downstream reads.
// Positions follow unist: 1-based line and column, 0-based offset. For DOCX the
// "source text" is the document's paragraphs joined by newlines (one paragraph a
// line, table cells included in document order), so line = paragraph + 1; the
// paragraph index is also given on its own because that is what Word users see.
// For PDF the source text is the document's text lines in reading order (page
// furniture and contents lines left out), one line a line, and each position
// also names its page and its line on that page, which is what a reader of the
// printed plan can find.

export type SourceFormat = 'markdown' | 'docx' | 'pdf';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
  /** DOCX: 0-based index of the paragraph (w:p) in document order, table cells included. */
  paragraph?: number;
  /** DOCX: 0-based index of the table (w:tbl) in document order, for a table and its cells. */
  table?: number;
  /** Multi-file Markdown sources (a folder): the file the node came from. */
  file?: string;
  /** PDF: 1-based page the node starts on. */
  page?: number;
  /** PDF: 1-based line on that page (every text line of the page counted, running header included). */
  pageLine?: number;
}

/** Outline numbering as written ("（一）") and as parsed (scheme + ordinal). */
export interface Numbering {
  text: string;
  scheme: NumberingScheme;
  /** The ordinal value (一 → 1, (3) → 3); for dotted decimals the last component. */
  value: number;
  /** Dotted decimals "1.2.3" → [1, 2, 3]; otherwise [value]. */
  parts: number[];
}

export type NumberingScheme =
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'part' // 第一部分 / 第一篇
  | 'page' // 【第5页】 (a slide of a deck's text)
  | 'capital' // 壹、 貳、 (Taiwan's outline top level)
  | 'chinese-dun' // 一、
  | 'chinese-paren' // （一）
  | 'arabic-dot' // 1. / 1．/ 1、
  | 'arabic-paren' // （1） / (1) / 1)
  | 'circled' // ①
  | 'decimal' // 1.1 / 1.1.1 (depth in parts)
  | 'roman' // I. / II.
  | 'latin' // A. / (a)
  | 'labelled'; // 策略一： / 行動方案1-1 / Goal 2: (a word labels the number)

export type HeadingSource =
  | 'markdown' // # heading
  | 'style' // Word heading style (any name, any locale, or based on one)
  | 'outline-level' // w:outlineLvl on the paragraph or its style
  | 'numbering' // promoted from a paragraph by its outline numbering
  | 'font-size' // PDF: a short line set well above the body text size
  | 'bold'; // a short paragraph that is bold throughout (Markdown **…** line)

export interface Paragraph {
  type: 'paragraph';
  text: string;
  position: Position;
}

export interface ListItem {
  type: 'listItem';
  text: string;
  ordered: boolean;
  /** 1-based nesting depth of the list the item is in. */
  depth: number;
  position: Position;
}

export interface TableCell {
  text: string;
  position: Position;
}

export interface TableRow {
  cells: TableCell[];
  position: Position;
}

export interface Table {
  type: 'table';
  rows: TableRow[];
  /** The paragraph just before the table when it reads as a caption (表1 …). */
  caption?: string;
  position: Position;
}

export type Block = Paragraph | ListItem | Table;

export interface Section {
  type: 'section';
  /** Heading text without its numbering, trimmed. */
  heading: string;
  /** Heading as written, numbering included. */
  rawHeading: string;
  /** 1-based depth in the section tree (not the source's level, which may skip). */
  level: number;
  numbering: Numbering | null;
  source: HeadingSource;
  /** Headings from the root down to and including this one. */
  path: string[];
  position: Position;
  blocks: Block[];
  children: Section[];
}

export interface ParseWarning {
  code: string;
  message: string;
  position?: Position;
}

export interface PlanDocument {
  type: 'document';
  format: SourceFormat;
  title: string | null;
  /** Characters of source text (DOCX: of the extracted paragraphs). */
  characters: number;
  warnings: ParseWarning[];
  /** Blocks before the first heading. */
  preamble: Block[];
  sections: Section[];
}

// What a parser plugin hands to the one tree builder: headings and blocks in
// document order. A heading's level is the source's own (Markdown depth, style
// or outline level) when it has one; numbering-only headings get theirs from
// the builder, which also promotes numbered or bold paragraphs to headings.

export interface FlatHeading {
  type: 'heading';
  text: string;
  /** 1-based level as the source states it; absent when only numbering says it is a heading. */
  level?: number;
  source: HeadingSource;
  position: Position;
}

/** A paragraph with hints the builder uses to decide whether it is a heading. */
export interface FlatParagraph extends Paragraph {
  /** The whole paragraph is bold (Word run properties, a Markdown **…** line, a PDF line printed twice as fake bold). */
  bold?: boolean;
  /** Automatic (Word list) numbering was applied: an ordinary list item, not a heading candidate. */
  listLevel?: number;
}

export type FlatNode = FlatHeading | FlatParagraph | ListItem | Table;

export interface FlatDocument {
  format: SourceFormat;
  title: string | null;
  characters: number;
  warnings: ParseWarning[];
  nodes: FlatNode[];
}
