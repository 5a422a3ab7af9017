// mammoth's XML reader, replaced: it parses every package part with xmldom
// into a DOM and then copies that DOM into its own element tree, the largest
// single cost of reading a DOCX (~40% of a 200k-character plan's read). saxes,
// which reads the package XML for us already, builds the same tree in one
// streaming pass at about a quarter of the cost, and word/document.xml is
// parsed once for both (readDocumentParagraphs keeps the tree it built for
// mammoth to take). Same names as mammoth's reader gives them (a mapped
// prefix, else {namespace-uri}local), the same text nodes (comments, CDATA and
// processing instructions dropped), the same attributes (namespace
// declarations included), and the package's depth limit on every part.
import { createRequire } from 'node:module';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { PlanInputError } from '../../errors.ts';

const require = createRequire(import.meta.url);

/** The namespaces mammoth's office XML reader maps to prefixes (mammoth 1.13, docx/office-xml-reader.js). */
export const officeNamespaces: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

/**
 * A prefix no declaration binds reads as no namespace at all, as xmldom (and so
 * mammoth) reads it; saxes would refuse the part. The sentinel URI marks it.
 */
const UNBOUND = 'urn:plancheck:unbound-prefix';
export const xmlnsOptions = { xmlns: true, resolvePrefix: () => UNBOUND } as const;

/** mammoth's element: its reader's methods (first, firstOrEmpty, text…) come from its own class. */
export interface XmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { type: 'text'; value: string };

type Nodes = { Element: new (name: string, attributes: Record<string, string>, children: XmlNode[]) => XmlElement; text(value: string): XmlNode };
let nodes: Nodes | null = null;

export interface TreeBuilder {
  open(tag: SaxesTagNS): void;
  close(): void;
  text(value: string): void;
  root(): XmlElement | undefined;
}

/**
 * Builds mammoth's tree from a namespace-aware saxes parser's events. saxes
 * keeps one handler an event, so the parser's owner calls these from its own
 * (package-xml.ts reads its facts in the same pass).
 */
export function treeBuilder(namespaceMap: Record<string, string>): TreeBuilder {
  nodes ??= require('mammoth/lib/xml/nodes.js') as Nodes;
  const { Element, text } = nodes;
  // Names by namespace, then local name: the namespace URI is the same string every time (its hash
  // kept), where a key joining it to the local name was a new string to hash per attribute.
  const names = new Map<string, Map<string, string>>();
  const nameOf = (uri: string, local: string): string => {
    if (!uri || uri === UNBOUND) return local;
    let byLocal = names.get(uri);
    if (!byLocal) names.set(uri, (byLocal = new Map()));
    let name = byLocal.get(local);
    if (name === undefined) {
      const prefix = namespaceMap[uri];
      byLocal.set(local, (name = prefix ? `${prefix}:${local}` : `{${uri}}${local}`));
    }
    return name;
  };
  const singles = new Map<string, Map<string, Record<string, string>>>();
  let singleCount = 0;
  const single = (name: string, value: string): Record<string, string> => {
    let byValue = singles.get(name);
    if (!byValue) singles.set(name, (byValue = new Map()));
    let attributes = byValue.get(value);
    if (attributes) return attributes;
    attributes = Object.create(null) as Record<string, string>;
    attributes[name] = value;
    // (Values that never repeat, w:rsidR's, are not kept past a bound: the map lives as long as the tree.)
    if (singleCount < MAX_SHARED_ATTRIBUTES) {
      singleCount++;
      byValue.set(value, Object.freeze(attributes));
    }
    return attributes;
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let alternate = false;
  return {
    open(tag) {
      // Null prototype, as mammoth's reader makes them: an attribute named __proto__ stays an attribute.
      // Such an object is a dictionary of ~190 bytes, alive as long as the tree: most elements (w:r,
      // w:rPr…) have no attribute and share one empty, frozen one, and those with one (xml:space on
      // every w:t, w:val on w:pStyle, w:sz…) share one frozen object per name and value. Every
      // reader only reads attributes.
      let attributes = NO_ATTRIBUTES;
      let firstName: string | null = null;
      let firstValue = '';
      for (const key in tag.attributes) {
        const a = tag.attributes[key]!;
        const attributeName = nameOf(a.uri, a.local);
        if (firstName === null) {
          firstName = attributeName;
          firstValue = a.value;
          continue;
        }
        if (attributes === NO_ATTRIBUTES) {
          attributes = Object.create(null) as Record<string, string>;
          attributes[firstName] = firstValue;
        }
        attributes[attributeName] = a.value;
      }
      if (firstName !== null && attributes === NO_ATTRIBUTES) attributes = single(firstName, firstValue);
      const name = nameOf(tag.uri, tag.local);
      if (name === ALTERNATE_CONTENT) alternate = true;
      // Leaves (w:b, w:sz, w:pStyle…) share one empty, frozen children array until a child comes:
      // every reader replaces children (map, filter, flatten) rather than changing them.
      const element = new Element(name, attributes, NO_CHILDREN);
      const parent = stack[stack.length - 1];
      if (parent) adopt(parent, element);
      else root ??= element;
      stack.push(element);
    },
    // saxes sends closetag for a self-closing tag too.
    close() {
      stack.pop();
    },
    text(value) {
      const parent = stack[stack.length - 1];
      if (parent) adopt(parent, text(value));
    },
    root: () => {
      if (root && !alternate) withoutAlternateContent.add(root);
      return root;
    },
  };
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);
const NO_CHILDREN = Object.freeze([]) as unknown as XmlNode[];
const MAX_SHARED_ATTRIBUTES = 4096;

function adopt(parent: XmlElement, child: XmlNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [child];
  else parent.children.push(child);
}

const ALTERNATE_CONTENT = 'mc:AlternateContent';
/** Trees this builder made that hold no mc:AlternateContent element: nothing for mammoth's part reader to collapse. */
const withoutAlternateContent = new WeakSet<object>();

/** Whether a part's tree may hold mc:AlternateContent (false only for a tree built here without one). */
export function mayHoldAlternateContent(root: object): boolean {
  return !withoutAlternateContent.has(root);
}

/** Trees already built for a part's text (word/document.xml, by readDocumentParagraphs), taken once by mammoth. */
const prebuilt = new Map<string, { map: Record<string, string>; root: XmlElement }>();

export function keepTreeFor(xml: string, map: Record<string, string>, root: XmlElement): void {
  prebuilt.set(xml, { map, root });
}

export function dropTreeFor(xml: string): void {
  prebuilt.delete(xml);
}

/** Trees built and not yet taken or dropped: none once a DOCX has been read (a long-lived thread keeps no plan's tree). */
export function keptTreeCount(): number {
  return prebuilt.size;
}

const sameMap = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/** mammoth's readString(xml, namespaceMap), as a promise of the root element. */
export function readXmlTree(xml: string, namespaceMap: Record<string, string> = {}, maxDepth = Infinity): Promise<XmlElement> {
  const kept = prebuilt.get(xml);
  if (kept && sameMap(kept.map, namespaceMap)) {
    prebuilt.delete(xml);
    return Promise.resolve(kept.root);
  }
  try {
    const parser = new SaxesParser(xmlnsOptions);
    const tree = treeBuilder(namespaceMap);
    let depth = 0;
    parser.on('opentag', (tag) => {
      if (++depth > maxDepth) throw new PlanInputError('too-complex', `a package part nests XML elements more than ${maxDepth} deep (Word writes a few dozen); the document is too deeply nested to read`);
      tree.open(tag);
    });
    // saxes sends closetag for a self-closing tag too.
    parser.on('closetag', () => {
      depth--;
      tree.close();
    });
    parser.on('text', tree.text);
    parser.write(xml).close();
    const root = tree.root();
    if (!root) throw new Error('no root element');
    return Promise.resolve(root);
  } catch (error) {
    return Promise.reject(error);
  }
}
