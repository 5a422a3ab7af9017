// mammoth's document reader, the part extractRawText and convertToHtml share.
// Using it directly costs what extractRawText costs, without the HTML pass,
// and lets us hand it a zip whose parts were inflated under our own cap. Its
// XML reader, part reader and body reader (body-reader.ts) are ours.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PlanInputError } from '../../errors.ts';
import { maxXmlDepth } from './package-xml.ts';
import { mayHoldAlternateContent, officeNamespaces, readXmlTree } from './xml-tree.ts';
import { createBodyReader } from './body-reader.ts';

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
  // An element's first child of a name, which mammoth's readers ask of every element they
  // read, by a loop: underscore's find built a callback and an iterator for each call.
  const { Element } = require('mammoth/lib/xml/nodes.js') as { Element: { prototype: { children: { name?: string }[]; first(name: string): unknown } } };
  Element.prototype.first = function (name) {
    const children = this.children;
    for (let i = 0; i < children.length; i++) if (children[i].name === name) return children[i];
    return undefined;
  };
  const xml = require('mammoth/lib/xml/index.js') as { readString: ReadString };
  const theirs = xml.readString;
  xml.readString = (text, namespaceMap) =>
    readXmlTree(text, namespaceMap, maxXmlDepth).catch((error: unknown) => {
      if (error instanceof PlanInputError) throw error;
      return theirs(text, namespaceMap);
    });
}

/** mammoth's XML element (xml/nodes.js), as its office XML reader walks it. */
interface MammothXml {
  type: string;
  name?: string;
  children: MammothXml[];
  firstOrEmpty(name: string): { children: MammothXml[] };
}

/**
 * mammoth's collapseAlternateContent (docx/office-xml-reader.js): each
 * mc:AlternateContent replaced by its first mc:Fallback's children (not
 * collapsed further), every other element's children collapsed. The same tree,
 * without the two arrays and the underscore flatten it made for every element
 * of every part; an element whose children hold no mc:AlternateContent keeps
 * its array (the same children in the same order), the others get a new one.
 */
function collapseAlternateContent(node: MammothXml): MammothXml[] {
  if (node.type !== 'element') return [node];
  if (node.name === 'mc:AlternateContent') return node.firstOrEmpty('mc:Fallback').children;
  const children = node.children;
  let out: MammothXml[] | null = null;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'element' && child.name === 'mc:AlternateContent') {
      out ??= children.slice(0, i);
      for (const c of child.firstOrEmpty('mc:Fallback').children) out.push(c);
      continue;
    }
    if (child.type === 'element') collapseAlternateContent(child);
    if (out) out.push(child);
  }
  if (out) node.children = out;
  return [node];
}

/**
 * mammoth's readXmlFromZipFile, which its DOCX reader takes from the office XML
 * reader's module object when it loads: the same part read, BOM stripped and
 * parsed through the XML reader (ours, above), and the same alternate content
 * collapsed, by the function above.
 */
function useOurPartReader(): void {
  const xml = require('mammoth/lib/xml/index.js') as { readString: ReadString };
  const office = require('mammoth/lib/docx/office-xml-reader.js') as { readXmlFromZipFile(zip: MammothZip, path: string): Promise<unknown> };
  office.readXmlFromZipFile = (zip, path) => {
    if (!zip.exists(path)) return Promise.resolve(null);
    return zip
      .read(path, 'utf-8')
      .then((text) => (text as string).replace(/^\uFEFF/g, ''))
      // (A tree our reader built without alternate content has nothing to collapse: the walk over
      // every element of document.xml is skipped.)
      .then((text) => xml.readString(text, officeNamespaces).then((root) => (mayHoldAlternateContent(root as object) ? collapseAlternateContent(root as MammothXml)[0] : root)));
  };
}

/**
 * mammoth's DOCX reader, loaded after our part reader is in place and with our
 * body reader (body-reader.ts), as an instance of our own: a host that loads
 * mammoth, before us or after, keeps mammoth's body reader, which gives the
 * formatting ours leaves out. (A host that loaded mammoth first, as the check
 * bench's baseline does, had also left its reader with mammoth's own part
 * reader, whose alternate-content walk over every element of document.xml
 * cost ~4 ms a long plan.) The module cache is put back as it was. In a bundle
 * mammoth is ours alone and has no such cache: its reader loads once, here.
 */
function loadDocxReader(): DocxReader {
  const body = require('mammoth/lib/docx/body-reader.js') as { createBodyReader: unknown };
  const theirs = body.createBodyReader;
  body.createBodyReader = createBodyReader;
  try {
    const cache = require.cache as Record<string, { exports?: unknown } | undefined> | undefined;
    // Node's own module of mammoth, found by the body reader we hold (a bundle's copy is in no
    // cache; its reader sits beside it, in the same install). By identity, not by resolving a
    // specifier, which a bundle would keep as an unbundled require of mammoth.
    const bodyPath = cache ? Object.keys(cache).find((k) => cache[k]?.exports === body) : undefined;
    if (!cache || !bodyPath) return require('mammoth/lib/docx/docx-reader.js') as DocxReader;
    const path = join(dirname(bodyPath), 'docx-reader.js');
    const kept = cache[path];
    delete cache[path];
    try {
      return require(path) as DocxReader;
    } finally {
      if (kept) cache[path] = kept;
      else delete cache[path];
    }
  } finally {
    body.createBodyReader = theirs;
  }
}


export function readMammothDocument(zip: MammothZip): Promise<MammothResult> {
  if (!docxReader) {
    useOurXmlReader();
    // Before the DOCX reader loads: it keeps the function it finds then.
    useOurPartReader();
    docxReader = loadDocxReader();
  }
  return Promise.resolve(docxReader.read(zip, {}, {}));
}
