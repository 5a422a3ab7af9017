// What mammoth does not expose, read from the package XML with a streaming
// parser: outline levels set on paragraphs and styles, style inheritance
// (w:basedOn), the numbering definitions, and whether a paragraph sits in a
// table-of-contents content control.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { PlanInputError } from '../../errors.ts';
import { keepTreeFor, officeNamespaces, treeBuilder, xmlnsOptions } from './xml-tree.ts';

export interface XmlParagraph {
  /** Concatenated w:t text, to align with mammoth's paragraphs. */
  text: string;
  styleId: string | null;
  /** w:outlineLvl on the paragraph itself (0-based; 9 = body text). */
  outlineLevel: number | null;
  numId: string | null;
  ilvl: number | null;
  /** Inside a content control that holds a table of contents. */
  inToc: boolean;
  /** Where the paragraph sits in the document.xml text, for writers that add to it (Word comments). */
  span: ParagraphSpan;
}

export interface ParagraphSpan {
  /** Index where its run content starts: after the start tag, or after its own w:pPr. */
  content: number;
  /** Index of its end tag </w:p>, or of the "/>" of an empty <w:p/>. */
  end: number;
  selfClosing: boolean;
  /** A paragraph inside another (a text box's): the index of the outermost paragraph holding it. */
  outer: number | null;
}

export interface StyleDefinition {
  id: string;
  name: string | null;
  basedOn: string | null;
  outlineLevel: number | null;
  numId: string | null;
  ilvl: number | null;
}

export interface Styles {
  byId: Map<string, StyleDefinition>;
  defaultParagraphStyle: string | null;
}

export interface NumberingLevel {
  format: string;
  text: string;
  start: number;
}

export interface NumberingDefinitions {
  /** numId → abstractNumId */
  nums: Map<string, string>;
  /** abstractNumId → levels by ilvl */
  abstracts: Map<string, Map<number, NumberingLevel>>;
}

/**
 * Element depth accepted in a package part. Word's deepest documents (tables
 * in tables in content controls) stay under a hundred; mammoth recurses once
 * a level and overflows its stack at a few thousand.
 */
export const maxXmlDepth = 256;

/**
 * One streaming pass over a part, namespace-aware as mammoth's reader is. For
 * the parts mammoth reads too (`forMammoth`), it builds mammoth's element tree
 * on the way and keeps it for mammoth to take (xml-tree.ts): the part is parsed
 * once for both readers. Whoever reads a part forMammoth drops its tree after
 * mammoth has run (readDocx).
 */
function parse(
  xml: string,
  part: string,
  handlers: {
    /** `at`: the index just past the tag in the XML text. */
    open(tag: SaxesTagNS, parents: string[], at: number): void;
    close?(name: string, parents: string[], at: number, selfClosing: boolean): void;
    text?(text: string, parents: string[]): void;
  },
  forMammoth = false,
): void {
  const parser = new SaxesParser(xmlnsOptions);
  const tree = forMammoth ? treeBuilder(officeNamespaces) : null;
  const stack: string[] = [];
  parser.on('opentag', (tag) => {
    if (stack.length >= maxXmlDepth) {
      throw new PlanInputError('too-complex', `${part} nests XML elements more than ${maxXmlDepth} deep (Word writes a few dozen); the document is too deeply nested to read`);
    }
    tree?.open(tag);
    handlers.open(tag, stack, parser.position);
    if (!tag.isSelfClosing) stack.push(tag.name);
    else handlers.close?.(tag.name, stack, parser.position, true);
  });
  parser.on('closetag', (tag) => {
    tree?.close();
    if (tag.isSelfClosing) return;
    stack.pop();
    handlers.close?.(tag.name, stack, parser.position, false);
  });
  const onText = handlers.text;
  if (onText || tree) {
    parser.on('text', (text) => {
      tree?.text(text);
      onText?.(text, stack);
    });
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof PlanInputError) throw error;
    throw new PlanInputError('corrupt-docx', `Not a readable DOCX: malformed XML in ${part} (${(error as Error).message.split('\n')[0]})`, {
      cause: error,
    });
  }
  const root = tree?.root();
  if (root) keepTreeFor(xml, officeNamespaces, root);
}

/** An attribute's value by its name as written (w:val). */
const attr = (tag: SaxesTagNS, name: string): string | undefined => tag.attributes[name]?.value;

function intAttr(tag: SaxesTagNS, name = 'w:val'): number | null {
  const value = attr(tag, name);
  if (value === undefined) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

const last = (stack: string[], back = 0): string | undefined => stack[stack.length - 1 - back];

export function readDocumentParagraphs(xml: string): XmlParagraph[] {
  const out: XmlParagraph[] = [];
  const open: XmlParagraph[] = [];
  let outermost = -1;
  const sdtToc: boolean[] = [];
  let choiceDepth = 0;
  let inText = false;
  parse(xml, 'word/document.xml', {
    open(tag, parents, at) {
      const name = tag.name;
      if (name === 'mc:Choice') choiceDepth++;
      if (choiceDepth > 0) return; // mammoth reads mc:Fallback only
      switch (name) {
        case 'w:p': {
          if (open.length === 0) outermost = out.length;
          const p: XmlParagraph = {
            text: '',
            styleId: null,
            outlineLevel: null,
            numId: null,
            ilvl: null,
            inToc: sdtToc.includes(true),
            // An empty <w:p/> ends at its "/>".
            span: { content: at, end: tag.isSelfClosing ? xml.lastIndexOf('/', at - 1) : at, selfClosing: tag.isSelfClosing, outer: open.length > 0 ? outermost : null },
          };
          out.push(p);
          if (!tag.isSelfClosing) open.push(p);
          break;
        }
        case 'w:sdt':
          sdtToc.push(false);
          break;
        case 'w:docPartGallery':
          if (/table of contents/i.test(attr(tag, 'w:val') ?? '') && sdtToc.length > 0) {
            sdtToc[sdtToc.length - 1] = true;
          }
          break;
        case 'w:t':
          inText = !tag.isSelfClosing;
          break;
        default: {
          // Properties count only when they are the paragraph's own (not a tracked change's).
          const current = open[open.length - 1];
          if (!current) break;
          if (last(parents) === 'w:pPr' && last(parents, 1) === 'w:p') {
            if (name === 'w:pStyle') current.styleId = attr(tag, 'w:val') ?? null;
            else if (name === 'w:outlineLvl') current.outlineLevel = intAttr(tag);
          } else if (last(parents) === 'w:numPr' && last(parents, 1) === 'w:pPr' && last(parents, 2) === 'w:p') {
            if (name === 'w:numId') current.numId = attr(tag, 'w:val') ?? null;
            else if (name === 'w:ilvl') current.ilvl = intAttr(tag);
          }
        }
      }
    },
    close(name, parents, at, selfClosing) {
      if (name === 'mc:Choice') {
        choiceDepth--;
        return;
      }
      if (choiceDepth > 0) return;
      if (name === 'w:p') {
        // An empty <w:p/> was never opened: the paragraph holding it (a text box's anchor) goes on.
        if (!selfClosing) open.pop()!.span.end = xml.lastIndexOf('</', at - 1);
      } else if (name === 'w:pPr' && last(parents) === 'w:p') {
        const p = open[open.length - 1];
        if (p) p.span.content = at;
      } else if (name === 'w:sdt') sdtToc.pop();
      else if (name === 'w:t') inText = false;
    },
    text(text) {
      if (inText && choiceDepth === 0) {
        const current = open[open.length - 1];
        if (current) current.text += text;
      }
    },
  }, true);
  return out;
}

export function readStyles(xml: string | null): Styles {
  const byId = new Map<string, StyleDefinition>();
  let defaultParagraphStyle: string | null = null;
  if (!xml) return { byId, defaultParagraphStyle };
  let current: StyleDefinition | null = null;
  parse(xml, 'word/styles.xml', {
    open(tag, parents) {
      if (tag.name === 'w:style') {
        current = null;
        if ((attr(tag, 'w:type') ?? 'paragraph') !== 'paragraph') return;
        const id = attr(tag, 'w:styleId') ?? '';
        current = { id, name: null, basedOn: null, outlineLevel: null, numId: null, ilvl: null };
        byId.set(id, current);
        const isDefault = attr(tag, 'w:default');
        if (isDefault === '1' || isDefault === 'true') defaultParagraphStyle = id;
        return;
      }
      if (!current) return;
      const parent = last(parents);
      if (parent === 'w:style') {
        if (tag.name === 'w:name') current.name = attr(tag, 'w:val') ?? null;
        else if (tag.name === 'w:basedOn') current.basedOn = attr(tag, 'w:val') ?? null;
      } else if (parent === 'w:pPr' && tag.name === 'w:outlineLvl') {
        current.outlineLevel = intAttr(tag);
      } else if (parent === 'w:numPr') {
        if (tag.name === 'w:numId') current.numId = attr(tag, 'w:val') ?? null;
        else if (tag.name === 'w:ilvl') current.ilvl = intAttr(tag);
      }
    },
    close(name) {
      if (name === 'w:style') current = null;
    },
  }, true);
  return { byId, defaultParagraphStyle };
}

export function readNumbering(xml: string | null): NumberingDefinitions {
  const nums = new Map<string, string>();
  const abstracts = new Map<string, Map<number, NumberingLevel>>();
  if (!xml) return { nums, abstracts };
  let abstract: Map<number, NumberingLevel> | null = null;
  let level: NumberingLevel | null = null;
  let numId: string | null = null;
  parse(xml, 'word/numbering.xml', {
    open(tag, parents) {
      switch (tag.name) {
        case 'w:abstractNum':
          abstract = new Map();
          abstracts.set(attr(tag, 'w:abstractNumId') ?? '', abstract);
          break;
        case 'w:lvl':
          if (abstract && last(parents) === 'w:abstractNum') {
            level = { format: 'decimal', text: '', start: 1 };
            abstract.set(intAttr(tag, 'w:ilvl') ?? 0, level);
          }
          break;
        case 'w:start':
          if (level && last(parents) === 'w:lvl') level.start = intAttr(tag) ?? 1;
          break;
        case 'w:numFmt':
          if (level && last(parents) === 'w:lvl') level.format = attr(tag, 'w:val') ?? 'decimal';
          break;
        case 'w:lvlText':
          if (level && last(parents) === 'w:lvl') level.text = attr(tag, 'w:val') ?? '';
          break;
        case 'w:num':
          numId = attr(tag, 'w:numId') ?? null;
          break;
        case 'w:abstractNumId':
          if (numId !== null && last(parents) === 'w:num') nums.set(numId, attr(tag, 'w:val') ?? '');
          break;
      }
    },
    close(name) {
      if (name === 'w:abstractNum') abstract = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') numId = null;
    },
  }, true);
  return { nums, abstracts };
}

export function readCoreTitle(xml: string | null): string | null {
  if (!xml) return null;
  let title = '';
  let inTitle = false;
  try {
    parse(xml, 'docProps/core.xml', {
      open(tag) {
        inTitle = tag.name === 'dc:title' && !tag.isSelfClosing;
      },
      close() {
        inTitle = false;
      },
      text(text) {
        if (inTitle) title += text;
      },
    });
  } catch {
    return null; // document properties are optional; a broken one is not worth refusing the plan
  }
  return title.trim() || null;
}
