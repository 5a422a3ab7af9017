// mammoth's document reader, the part extractRawText and convertToHtml share.
// Using it directly costs what extractRawText costs, without the HTML pass,
// and lets us hand it a zip whose parts were inflated under our own cap.
import { createRequire } from 'node:module';
import { PlanInputError } from '../../errors.ts';
import { maxXmlDepth } from './package-xml.ts';
import { readXmlTree } from './xml-tree.ts';

const require = createRequire(import.meta.url);

export interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: unknown): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

export interface MammothMessage {
  type: string;
  message: string;
}

export interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  isBold?: boolean;
  checked?: boolean;
  alignment?: string | null;
}

interface MammothResult {
  value: MammothElement;
  messages: MammothMessage[];
}

type DocxReader = { read(zip: MammothZip, input: object, options: object): PromiseLike<MammothResult> };
let docxReader: DocxReader | null = null;

type ReadString = (xml: string, namespaceMap?: Record<string, string>) => Promise<unknown>;

/**
 * mammoth's XML reader, swapped for ours (xml-tree.ts) in mammoth's own module
 * object, which its office XML reader looks readString up in at each call. A
 * part saxes refuses and xmldom would have read (a stray '&', text before the
 * root) goes to mammoth's reader as before, so no document it read is refused
 * now; a part nested past the package's depth limit is too-complex at once.
 */
function useOurXmlReader(): void {
  const xml = require('mammoth/lib/xml/index.js') as { readString: ReadString };
  const theirs = xml.readString;
  xml.readString = (text, namespaceMap) =>
    readXmlTree(text, namespaceMap, maxXmlDepth).catch((error: unknown) => {
      if (error instanceof PlanInputError) throw error;
      return theirs(text, namespaceMap);
    });
}

export function readMammothDocument(zip: MammothZip): Promise<MammothResult> {
  if (!docxReader) {
    docxReader = require('mammoth/lib/docx/docx-reader.js') as DocxReader;
    useOurXmlReader();
  }
  return Promise.resolve(docxReader.read(zip, {}, {}));
}
