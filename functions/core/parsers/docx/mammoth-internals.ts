// mammoth's document reader, the part extractRawText and convertToHtml share.
// Using it directly costs what extractRawText costs, without the HTML pass,
// and lets us hand it a zip whose parts were inflated under our own cap.
import { createRequire } from 'node:module';

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

export function readMammothDocument(zip: MammothZip): Promise<MammothResult> {
  docxReader ??= require('mammoth/lib/docx/docx-reader.js') as DocxReader;
  return Promise.resolve(docxReader.read(zip, {}, {}));
}
