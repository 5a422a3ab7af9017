// mammoth's body reader (docx/body-reader.js), rewritten for speed: the same
// document elements, extras and messages, read into plain arrays. mammoth's
// wraps every element it reads in a ReadResult and a Result and merges them by
// underscore's pluck and flatten at every level: ~10 ms and ~23 MB of garbage
// a 200k-character plan, a third of what checking one allocates. What it
// returns is what mammoth's gives for what the DOCX reader reads (type,
// children, text, style, numbering, alignment, bold, checkbox; images, notes
// and comments as mammoth makes them): index.ts walks it, nothing renders it.
// So only our own instance of mammoth's DOCX reader takes it
// (mammoth-internals.ts); mammoth's module keeps its own for anyone else.
// Messages come in mammoth's order (a paragraph's style before its runs', a
// table's style after its rows') and once each, as its Result merges them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface XmlList {
  getElementsByTagName(name: string): XmlList;
  map<T>(fn: (e: XmlElement) => T): T[];
}
interface XmlElement {
  type: string;
  name: string;
  value?: string;
  attributes: Record<string, string | undefined>;
  children: XmlElement[];
  first(name: string): XmlElement | undefined;
  firstOrEmpty(name: string): XmlElement;
  text(): string;
  getElementsByTagName(name: string): XmlList;
}
interface Message {
  type: string;
  message: string;
}
type DocElement = { type: string; children?: DocElement[]; value?: string; [key: string]: unknown };
type StyleLookup = (id: string) => { name?: string | null } | undefined;

/** What mammoth's DOCX reader hands createBodyReader (docx-reader.js, readXmlFileWithBody). */
interface BodyOptions {
  relationships: { findTargetByRelationshipId(id: string | undefined): string };
  contentTypes: { findContentType(path: string): string };
  docxFile: { read(path: string, encoding?: string): unknown };
  files: { read(path: string, encoding?: string): unknown };
  numbering: unknown;
  styles: { findParagraphStyleById: StyleLookup; findCharacterStyleById: StyleLookup; findTableStyleById: StyleLookup };
}

interface Mammoth {
  documents: Record<string, (...args: never[]) => DocElement> & { types: Record<string, string>; lineBreak: DocElement; pageBreak: DocElement; columnBreak: DocElement };
  readNumberingProperties: (styleId: string | null, element: XmlElement, numbering: unknown) => unknown;
  replaceFragment: (uri: string, fragment: string) => string;
  uriToZipEntryName: (base: string, uri: string) => string;
  dingbat: { hex(font: string | undefined, char: string | undefined): { string: string } | undefined };
  emptyElement: XmlElement;
}
let mammoth: Mammoth | null = null;
function load(): Mammoth {
  if (mammoth) return mammoth;
  const uris = require('mammoth/lib/docx/uris.js') as Pick<Mammoth, 'replaceFragment' | 'uriToZipEntryName'>;
  mammoth = {
    documents: require('mammoth/lib/documents.js') as Mammoth['documents'],
    // Its own numbering lookup, not a copy: the reader's exported helper.
    readNumberingProperties: (require('mammoth/lib/docx/body-reader.js') as { _readNumberingProperties: Mammoth['readNumberingProperties'] })._readNumberingProperties,
    replaceFragment: uris.replaceFragment,
    uriToZipEntryName: uris.uriToZipEntryName,
    dingbat: require('dingbat-to-unicode') as Mammoth['dingbat'],
    emptyElement: (require('mammoth/lib/xml/nodes.js') as { emptyElement: XmlElement }).emptyElement,
  };
  return mammoth;
}

const warning = (message: string): Message => ({ type: 'warning', message });
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

// Elements mammoth reads through to their children (its readChildElements).
const CHILDREN_READ = new Set([
  'w:customXml', 'w:ins', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd', 'w:moveToRangeStart',
  'w:object', 'w:smartTag', 'w:drawing', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect',
]);
// Elements it skips without a message (its ignoreElements).
const IGNORED: Record<string, true> = {
  'office-word:wrap': true, 'v:shadow': true, 'v:shapetype': true, 'w:annotationRef': true, 'w:bookmarkEnd': true, 'w:sectPr': true,
  'w:proofErr': true, 'w:lastRenderedPageBreak': true, 'w:commentRangeStart': true, 'w:commentRangeEnd': true, 'w:del': true,
  'w:footnoteRef': true, 'w:endnoteRef': true, 'w:moveFrom': true, 'w:pPr': true, 'w:rPr': true, 'w:tblPr': true, 'w:tblGrid': true,
  'w:trPr': true, 'w:tcPr': true,
};
const SUPPORTED_IMAGES: Record<string, true> = { 'image/png': true, 'image/gif': true, 'image/jpeg': true, 'image/svg+xml': true, 'image/tiff': true };

type ComplexField = { type: 'begin'; fldChar: XmlElement } | { type: 'hyperlink'; options: { href?: string; anchor?: string } } | { type: 'checkbox'; checked: boolean } | { type: 'unknown' };

const readBoolean = (element: XmlElement | undefined): boolean => {
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value !== 'false' && value !== '0';
};

/** One reading of a list of elements, as mammoth's BodyReader: its field stack and deleted paragraphs last for the list. */
class Body {
  private complexFields: ComplexField[] = [];
  private instrText: string[] = [];
  private deleted: XmlElement[] = [];
  readonly messages: Message[] = [];
  private readonly m = load();

  constructor(private readonly o: BodyOptions) {}

  /** Reads elements into `out`; what mammoth moves out of its paragraph (text boxes) goes to `extra`. */
  elements(list: readonly XmlElement[], out: DocElement[], extra: DocElement[]): void {
    for (let i = 0; i < list.length; i++) this.element(list[i], out, extra);
  }

  private element(e: XmlElement, out: DocElement[], extra: DocElement[]): void {
    if (e.type !== 'element') return;
    const { documents } = this.m;
    switch (e.name) {
      case 'w:p':
        return this.paragraph(e, out);
      case 'w:r':
        return this.run(e, out, extra);
      case 'w:t':
        out.push({ type: 'text', value: e.text() });
        return;
      case 'w:tab':
        out.push({ type: 'tab' });
        return;
      case 'w:noBreakHyphen':
        out.push({ type: 'text', value: '\u2011' });
        return;
      case 'w:softHyphen':
        out.push({ type: 'text', value: '\u00AD' });
        return;
      case 'w:fldChar':
        return this.fldChar(e, out);
      case 'w:instrText':
        this.instrText.push(e.text());
        return;
      case 'w:sym':
        return this.symbol(e, out);
      case 'w:hyperlink':
        return this.hyperlink(e, out, extra);
      case 'w:tbl':
        return this.table(e, out, extra);
      case 'w:tr':
        return this.tableRow(e, out, extra);
      case 'w:tc':
        return this.tableCell(e, out, extra);
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        out.push(documents.NoteReference({ noteType: e.name === 'w:footnoteReference' ? 'footnote' : 'endnote', noteId: e.attributes['w:id'] } as never));
        return;
      case 'w:commentReference':
        out.push(documents.commentReference({ commentId: e.attributes['w:id'] } as never));
        return;
      case 'w:br': {
        const type = e.attributes['w:type'];
        if (type == null || type === 'textWrapping') out.push(documents.lineBreak);
        else if (type === 'page') out.push(documents.pageBreak);
        else if (type === 'column') out.push(documents.columnBreak);
        else this.messages.push(warning('Unsupported break type: ' + type));
        return;
      }
      case 'w:bookmarkStart': {
        const name = e.attributes['w:name'];
        if (name !== '_GoBack') out.push(documents.BookmarkStart({ name } as never));
        return;
      }
      case 'mc:AlternateContent':
        return this.elements(e.firstOrEmpty('mc:Fallback').children, out, extra);
      case 'w:sdt':
        return this.sdt(e, out, extra);
      case 'w:pict': {
        // Its content leaves the paragraph: mammoth puts it after the paragraph (its extras first).
        const inner: DocElement[] = [];
        const innerExtra: DocElement[] = [];
        this.elements(e.children, inner, innerExtra);
        for (const x of innerExtra) extra.push(x);
        for (const x of inner) extra.push(x);
        return;
      }
      case 'wp:inline':
      case 'wp:anchor':
        return this.drawing(e, out);
      case 'v:imagedata': {
        const id = e.attributes['r:id'];
        if (id) this.image(this.embeddedImage(id), e.attributes['o:title'], out);
        else this.messages.push(warning('A v:imagedata element without a relationship ID was ignored'));
        return;
      }
      default:
        if (CHILDREN_READ.has(e.name)) return this.elements(e.children, out, extra);
        if (!hasOwn(IGNORED, e.name)) this.messages.push(warning('An unrecognised element was ignored: ' + e.name));
    }
  }

  private style(element: XmlElement, tag: string, kind: string, find: StyleLookup): { styleId: string | null; name: string | null } {
    const styleElement = element.first(tag);
    let styleId: string | null = null;
    let name: string | null = null;
    if (styleElement) {
      styleId = styleElement.attributes['w:val'] as string;
      if (styleId) {
        const style = find(styleId);
        if (style) name = style.name as string;
        else this.messages.push(warning(kind + ' style with ID ' + styleId + ' was referenced but not defined in the document'));
      }
    }
    return { styleId, name };
  }

  /** A paragraph: what its runs moved out (text boxes) follows it, and goes no further. */
  private paragraph(e: XmlElement, out: DocElement[]): void {
    const properties = e.firstOrEmpty('w:pPr');
    if (properties.firstOrEmpty('w:rPr').first('w:del')) {
      // A deleted paragraph mark: its content joins the next paragraph's.
      for (const child of e.children) this.deleted.push(child);
      return;
    }
    let childrenXml = e.children;
    if (this.deleted.length > 0) {
      childrenXml = this.deleted.concat(childrenXml);
      this.deleted = [];
    }
    const style = this.style(properties, 'w:pStyle', 'Paragraph', this.o.styles.findParagraphStyleById);
    const alignment = properties.firstOrEmpty('w:jc').attributes['w:val'];
    const numbering = this.m.readNumberingProperties(style.styleId, properties.firstOrEmpty('w:numPr'), this.o.numbering);
    const children: DocElement[] = [];
    const moved: DocElement[] = [];
    this.elements(childrenXml, children, moved);
    out.push({ type: 'paragraph', children, styleId: style.styleId || null, styleName: style.name || null, numbering: numbering || null, alignment: alignment || null });
    for (const x of moved) out.push(x);
  }

  private run(e: XmlElement, out: DocElement[], extra: DocElement[]): void {
    const properties = e.firstOrEmpty('w:rPr');
    const style = this.style(properties, 'w:rStyle', 'Run', this.o.styles.findCharacterStyleById);
    let children: DocElement[] = [];
    this.elements(e.children, children, extra);
    // The field a run sits in is known once its own field characters are read.
    const link = this.hyperlinkOptions();
    if (link !== null) children = [this.m.documents.Hyperlink(children as never, link as never)];
    out.push({ type: 'run', children, styleId: style.styleId || null, styleName: style.name || null, isBold: readBoolean(properties.first('w:b')) });
  }

  private hyperlinkOptions(): { href?: string; anchor?: string } | null {
    for (let i = this.complexFields.length - 1; i >= 0; i--) {
      const field = this.complexFields[i];
      if (field.type === 'hyperlink') return field.options;
    }
    return null;
  }

  private fldChar(e: XmlElement, out: DocElement[]): void {
    const type = e.attributes['w:fldCharType'];
    if (type === 'begin') {
      this.complexFields.push({ type: 'begin', fldChar: e });
      this.instrText = [];
    } else if (type === 'end') {
      if (this.complexFields.length === 0) {
        this.messages.push(warning('Ignoring complex field end character without corresponding start character'));
        return;
      }
      let end = this.complexFields.pop()!;
      if (end.type === 'begin') end = this.currentField(end);
      if (end.type === 'checkbox') out.push(this.m.documents.checkbox({ checked: end.checked } as never));
    } else if (type === 'separate') {
      if (this.complexFields.length === 0) {
        this.messages.push(warning('Ignoring complex field separator character without corresponding start character'));
        return;
      }
      this.complexFields.push(this.currentField(this.complexFields.pop()!));
    }
  }

  private currentField(field: ComplexField): ComplexField {
    const instrText = this.instrText.join('');
    const fldChar = field.type === 'begin' ? field.fldChar : this.m.emptyElement;
    const link = /^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/.exec(instrText);
    if (link) {
      const location = link[2] === undefined ? link[3] : link[2];
      return { type: 'hyperlink', options: link[1] === undefined ? { href: location } : { anchor: location } };
    }
    if (/\s*FORMCHECKBOX\s*/.exec(instrText)) {
      const box = fldChar.firstOrEmpty('w:ffData').firstOrEmpty('w:checkBox');
      const checked = box.first('w:checked');
      return { type: 'checkbox', checked: checked == null ? readBoolean(box.first('w:default')) : readBoolean(checked) };
    }
    return { type: 'unknown' };
  }

  private symbol(e: XmlElement, out: DocElement[]): void {
    const font = e.attributes['w:font'];
    const char = e.attributes['w:char'];
    const { dingbat } = this.m;
    let unicode = dingbat.hex(font, char);
    if (unicode == null && /^F0..$/.test(char as string)) unicode = dingbat.hex(font, (char as string).substring(2));
    if (unicode == null) this.messages.push(warning('A w:sym element with an unsupported character was ignored: char ' + char + ' in font ' + font));
    else out.push({ type: 'text', value: unicode.string });
  }

  private hyperlink(e: XmlElement, out: DocElement[], extra: DocElement[]): void {
    const relationshipId = e.attributes['r:id'];
    const anchor = e.attributes['w:anchor'];
    const children: DocElement[] = [];
    this.elements(e.children, children, extra);
    const create = (options: object) => out.push(this.m.documents.Hyperlink(children as never, { targetFrame: e.attributes['w:tgtFrame'] || null, ...options } as never));
    if (relationshipId) {
      let href = this.o.relationships.findTargetByRelationshipId(relationshipId);
      if (anchor) href = this.m.replaceFragment(href, anchor);
      create({ href });
    } else if (anchor) create({ anchor });
    else for (const c of children) out.push(c);
  }

  private sdt(e: XmlElement, out: DocElement[], extra: DocElement[]): void {
    const content: DocElement[] = [];
    this.elements(e.firstOrEmpty('w:sdtContent').children, content, extra);
    const checkbox = e.firstOrEmpty('w:sdtPr').first('wordml:checkbox');
    if (!checkbox) {
      for (const c of content) out.push(c);
      return;
    }
    const checkedElement = checkbox.first('wordml:checked');
    const checked = !!checkedElement && checkedElement.attributes['wordml:val'] !== 'false' && checkedElement.attributes['wordml:val'] !== '0';
    const box = this.m.documents.checkbox({ checked } as never);
    // mammoth's transform: the first non-empty text, children before their parent, becomes the box.
    let found = false;
    const replace = (element: DocElement): DocElement => {
      if (element.children) element.children = element.children.map(replace);
      if (element.type === 'text' && (element.value as string).length > 0 && !found) {
        found = true;
        return box;
      }
      return element;
    };
    const replaced = content.map(replace);
    if (found) for (const c of replaced) out.push(c);
    else out.push(box);
  }

  private table(e: XmlElement, out: DocElement[], extra: DocElement[]): void {
    const tableProperties = e.firstOrEmpty('w:tblPr');
    // The table's style message comes after its rows' (mammoth merges it last).
    const messagesBefore = this.messages.length;
    const style = this.style(tableProperties, 'w:tblStyle', 'Table', this.o.styles.findTableStyleById);
    const styleMessages = this.messages.splice(messagesBefore);
    const rows: DocElement[] = [];
    this.elements(e.children, rows, extra);
    this.rowSpans(rows);
    for (const m of styleMessages) this.messages.push(m);
    out.push({ type: 'table', children: rows, styleId: style.styleId || null, styleName: style.name || null });
  }

  private tableRow(e: XmlElement, out: DocElement[], extra: DocElement[]): void {
    const properties = e.firstOrEmpty('w:trPr');
    if (properties.first('w:del')) return;
    const isHeader = !!properties.first('w:tblHeader');
    const children: DocElement[] = [];
    this.elements(e.children, children, extra);
    out.push({ type: 'tableRow', children, isHeader });
  }

  private tableCell(e: XmlElement, out: DocElement[], extra: DocElement[]): void {
    const children: DocElement[] = [];
    this.elements(e.children, children, extra);
    const properties = e.firstOrEmpty('w:tcPr');
    const gridSpan = properties.firstOrEmpty('w:gridSpan').attributes['w:val'];
    const vMerge = properties.first('w:vMerge');
    const val = vMerge?.attributes['w:val'];
    out.push({ type: 'tableCell', children, colSpan: gridSpan ? parseInt(gridSpan, 10) : 1, rowSpan: 1, _vMerge: vMerge ? val === 'continue' || !val : null });
  }

  /** mammoth's calculateRowSpans: a vertically merged cell's continuations dropped, its rowSpan counted. */
  private rowSpans(rows: DocElement[]): void {
    if (rows.some((row) => row.type !== 'tableRow')) {
      this.dropVMerge(rows);
      this.messages.push(warning('unexpected non-row element in table, cell merging may be incorrect'));
      return;
    }
    if (rows.some((row) => row.children!.some((cell) => cell.type !== 'tableCell'))) {
      this.dropVMerge(rows);
      this.messages.push(warning('unexpected non-cell element in table row, cell merging may be incorrect'));
      return;
    }
    const columns: Record<number, DocElement> = {};
    for (const row of rows) {
      let cellIndex = 0;
      for (const cell of row.children!) {
        if (cell._vMerge && columns[cellIndex]) (columns[cellIndex].rowSpan as number)++;
        else {
          columns[cellIndex] = cell;
          cell._vMerge = false;
        }
        cellIndex += cell.colSpan as number;
      }
    }
    for (const row of rows) {
      row.children = row.children!.filter((cell) => !cell._vMerge);
      for (const cell of row.children) delete cell._vMerge;
    }
  }

  private dropVMerge(rows: DocElement[]): void {
    const visit = (element: DocElement) => {
      for (const child of element.children ?? []) {
        visit(child);
        if (child.type === 'tableCell') delete child._vMerge;
      }
    };
    rows.forEach(visit);
  }

  private drawing(e: XmlElement, out: DocElement[]): void {
    const blips = e.getElementsByTagName('a:graphic').getElementsByTagName('a:graphicData').getElementsByTagName('pic:pic').getElementsByTagName('pic:blipFill').getElementsByTagName('a:blip');
    blips.map((blip) => this.blip(e, blip, out));
  }

  private blip(e: XmlElement, blip: XmlElement, out: DocElement[]): void {
    const propertiesElement = e.firstOrEmpty('wp:docPr');
    const properties = propertiesElement.attributes;
    const altText = properties.descr == null || /^\s*$/.test(properties.descr) ? properties.title : properties.descr;
    const embed = blip.attributes['r:embed'];
    const link = blip.attributes['r:link'];
    let file: { path: string; read: unknown } | null = null;
    if (embed) file = this.embeddedImage(embed);
    else if (link) {
      const path = this.o.relationships.findTargetByRelationshipId(link);
      file = { path, read: this.o.files.read.bind(this.o.files, path) };
    }
    if (file === null) {
      this.messages.push(warning('Could not find image file for a:blip element'));
      return;
    }
    const image: DocElement[] = [];
    this.image(file, altText, image);
    const relationshipId = propertiesElement.firstOrEmpty('a:hlinkClick').attributes['r:id'];
    if (relationshipId) out.push(this.m.documents.Hyperlink(image as never, { href: this.o.relationships.findTargetByRelationshipId(relationshipId) } as never));
    else out.push(image[0]);
  }

  private embeddedImage(relationshipId: string): { path: string; read: unknown } {
    const path = this.m.uriToZipEntryName('word', this.o.relationships.findTargetByRelationshipId(relationshipId));
    return { path, read: this.o.docxFile.read.bind(this.o.docxFile, path) };
  }

  private image(file: { path: string; read: unknown }, altText: string | undefined, out: DocElement[]): void {
    const contentType = this.o.contentTypes.findContentType(file.path);
    out.push(this.m.documents.Image({ readImage: file.read, altText, contentType } as never));
    if (!SUPPORTED_IMAGES[contentType]) this.messages.push(warning('Image of type ' + contentType + ' is unlikely to display in web browsers'));
  }
}

/** Messages once each, in order (mammoth's Result keeps the first of equal ones). */
function distinct(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = m.type + '\u0000' + m.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What mammoth's readers take from a body reading: its value, its messages, and map. */
class Read<T> {
  constructor(
    readonly value: T,
    readonly messages: Message[],
  ) {}
  map<U>(fn: (value: T) => U): Read<U> {
    return new Read(fn(this.value), this.messages);
  }
}

/** mammoth's createBodyReader: a new reading (field stack, deleted paragraphs) for each list read. */
export function createBodyReader(options: BodyOptions) {
  const read = (elements: readonly XmlElement[]) => {
    const body = new Body(options);
    const out: DocElement[] = [];
    // Moved content outside any paragraph is dropped, as mammoth's document and notes drop it.
    body.elements(elements, out, []);
    return new Read(out, distinct(body.messages));
  };
  return { readXmlElements: read, readXmlElement: (element: XmlElement) => read([element]) };
}
