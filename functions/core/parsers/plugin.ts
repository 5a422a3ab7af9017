import type { FlatDocument, SourceFormat } from '../document/model.ts';

export interface ParseLimits {
  /** Input bytes accepted at all. */
  maxBytes: number;
  /** DOCX: total uncompressed bytes of the parts we read (zip-bomb cap). */
  maxUncompressedBytes: number;
  /** Headings accepted before the document is refused as too complex. */
  maxHeadings: number;
  /** PDF: pages accepted at all (checked before any page is read). */
  maxPages: number;
  /** PDF: characters of text read before the document is refused. */
  maxCharacters: number;
  /** PDF: distinct fonts read before the document is refused (each costs memory and parse time). */
  maxFonts: number;
}

export const defaultLimits: ParseLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxHeadings: 20_000,
  maxPages: 1_000,
  maxCharacters: 8_000_000,
  maxFonts: 2_000,
};

export interface ParseInput {
  bytes: Uint8Array;
  /** File name as given (used for the extension and in messages). */
  filename?: string;
  /** Media type as given by HTTP or S3 metadata. */
  mediaType?: string;
  limits?: Partial<ParseLimits>;
}

/** A parser plugin: chosen by format, returns the flat node list the one tree builder turns into sections. */
export interface ParserPlugin {
  format: SourceFormat;
  extensions: string[];
  mediaTypes: string[];
  /** True when the bytes look like this format (magic numbers, decodable text). */
  sniff(bytes: Uint8Array): boolean;
  parse(input: ParseInput, limits: ParseLimits): Promise<FlatDocument>;
}
