// Our body reader (body-reader.ts) stands in for mammoth's: on every fixture
// DOCX and on the rare shapes written out below, mammoth's DOCX reader must
// give the same document (everything the parser reads of it) and the same
// messages, in the same order, with either body reader.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../functions/core/parsers/docx/index.ts';
import { createBodyReader } from '../../functions/core/parsers/docx/body-reader.ts';
import { CappedZip } from '../../functions/core/parsers/docx/zip.ts';
import { defaultLimits } from '../../functions/core/parsers/plugin.ts';
import { fixturePath } from '../support/loopback.ts';
import { docxFiles } from '../support/docx-files.ts';

const require = createRequire(import.meta.url);
const bodyReaderModule = require('mammoth/lib/docx/body-reader.js') as { createBodyReader: unknown };
const docxReaderPath = require.resolve('mammoth/lib/docx/docx-reader.js');
type Read = (zip: object, input: object, options: object) => Promise<{ value: unknown; messages: unknown[] }>;
let theirs: unknown;

/** mammoth's DOCX reader loaded afresh with the given body reader (the module cache put back after). */
function docxReaderWith(create: unknown): Read {
  const cache = require.cache as Record<string, unknown>;
  const kept = cache[docxReaderPath];
  const before = bodyReaderModule.createBodyReader;
  delete cache[docxReaderPath];
  bodyReaderModule.createBodyReader = create;
  try {
    return (require(docxReaderPath) as { read: Read }).read;
  } finally {
    bodyReaderModule.createBodyReader = before;
    if (kept) cache[docxReaderPath] = kept;
    else delete cache[docxReaderPath];
  }
}

const KEYS = ['type', 'value', 'children', 'styleId', 'styleName', 'numbering', 'alignment', 'isBold', 'checked', 'colSpan', 'rowSpan', 'href', 'anchor', 'targetFrame', 'breakType', 'name', 'noteType', 'noteId', 'commentId', 'altText', 'contentType', 'body'];
/** What the parser (and anyone reading the model) may read of mammoth's document. */
function project(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(project);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (k in o && typeof o[k] !== 'function') out[k] = project(o[k]);
  if (o.type === 'document') {
    out.notes = project(Object.values((o.notes as { _notes: object })._notes));
    out.comments = project(o.comments);
  }
  return out;
}

function zipOf(files: Record<string, Uint8Array>) {
  const zip = new CappedZip(zipSync(files), defaultLimits.maxUncompressedBytes);
  return {
    exists: (name: string) => zip.has(name),
    read: async (name: string, encoding?: string) => (encoding ? zip.readText(name) : zip.read(name)),
  };
}

async function both(files: Record<string, Uint8Array>, label: string): Promise<void> {
  const run = async (read: Read) => {
    try {
      const r = await read(zipOf(files), {}, {});
      return JSON.stringify({ value: project(r.value), messages: r.messages });
    } catch (error) {
      return `throws ${(error as Error).message}`;
    }
  };
  expect(await run(docxReaderWith(createBodyReader)), label).toBe(await run(docxReaderWith(theirs)));
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const documentOf = (body: string) => ({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${NS}><w:body>${body}</w:body></w:document>`) });
const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (inner: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${inner}</w:r>`;

describe('our body reader for mammoth', () => {
  beforeAll(() => {
    // mammoth's own (the DOCX reader takes ours for its own instance of mammoth's reader only).
    theirs = bodyReaderModule.createBodyReader;
    return readDocx({ bytes: readFileSync(fixturePath('plans/p05-riverton-english.docx')), filename: 'p05.docx' }, defaultLimits);
  });

  it('leaves mammoth’s own in its module, for any other user of mammoth in the process', () => {
    expect(bodyReaderModule.createBodyReader).toBe(theirs);
    expect(theirs).not.toBe(createBodyReader);
  });

  it('reads every fixture DOCX as mammoth’s does', async () => {
    const files = docxFiles(fixturePath(''));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const { unzipSync } = await import('fflate');
      await both(unzipSync(readFileSync(file)), file);
    }
  }, 180_000);

  it('reads the rare shapes as mammoth’s does', async () => {
    const cases: Record<string, string> = {
      styles: p(r('<w:t>a</w:t>', '<w:rStyle w:val="Nope"/><w:b/>'), '<w:pStyle w:val="Missing"/><w:jc w:val="center"/>') + p(r('<w:t>b</w:t>', '<w:b w:val="0"/>'), '<w:pStyle/>'),
      'table style after rows': `<w:tbl><w:tblPr><w:tblStyle w:val="T1"/></w:tblPr><w:tr><w:tc>${p(r('<w:t>x</w:t>', '<w:rStyle w:val="R9"/>'))}</w:tc></w:tr></w:tbl>`,
      merges: `<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${p(r('<w:t>a</w:t>'))}</w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p(r('<w:t>b</w:t>'))}</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>${p('')}</w:tc><w:tc>${p(r('<w:t>c</w:t>'))}</w:tc></w:tr><w:tr><w:trPr><w:del/></w:trPr><w:tc>${p(r('<w:t>gone</w:t>'))}</w:tc></w:tr></w:tbl>`,
      'non-row in a table': `<w:tbl><w:bookmarkStart w:name="x"/><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>${p(r('<w:t>a</w:t>'))}</w:tc></w:tr></w:tbl>`,
      'non-cell in a row': `<w:tbl><w:tr>${p(r('<w:t>stray</w:t>'))}<w:tc>${p(r('<w:t>a</w:t>'))}</w:tc></w:tr></w:tbl>`,
      'deleted paragraph mark': p(r('<w:t>one</w:t>'), '<w:rPr><w:del/></w:rPr>') + p(r('<w:t>two</w:t>')) + p(r('<w:t>tail</w:t>'), '<w:rPr><w:del/></w:rPr>'),
      fields: p(r('<w:fldChar w:fldCharType="begin"/>') + r('<w:instrText> HYPERLINK "http://x.test/a" </w:instrText>') + r('<w:fldChar w:fldCharType="separate"/>') + r('<w:t>link</w:t>') + r('<w:fldChar w:fldCharType="end"/>') + r('<w:fldChar w:fldCharType="end"/>') + r('<w:fldChar w:fldCharType="separate"/>')),
      'field checkbox': p(r('<w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar>') + r('<w:instrText>FORMCHECKBOX</w:instrText>') + r('<w:fldChar w:fldCharType="end"/>') + r('<w:t>agree</w:t>')),
      'sdt checkbox': p(`<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent>${r('<w:t>☐</w:t>')}${r('<w:t>x</w:t>')}</w:sdtContent></w:sdt>`) + p(`<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent>${r('<w:t></w:t>')}</w:sdtContent></w:sdt>`) + `<w:sdt><w:sdtContent>${p(r('<w:t>block</w:t>'))}</w:sdtContent></w:sdt>`,
      'text boxes': p(r('<w:t>anchor</w:t>') + r(`<w:pict><v:shape><v:textbox><w:txbxContent>${p(r('<w:t>boxed</w:t>'))}</w:txbxContent></v:textbox></v:shape></w:pict>`) + r('<w:t>after</w:t>')) + `<w:pict><v:textbox><w:txbxContent>${p(r('<w:t>lost</w:t>'))}</w:txbxContent></v:textbox></w:pict>`,
      'alternate content': p(`<mc:AlternateContent><mc:Choice Requires="w14">${r('<w:t>new</w:t>')}</mc:Choice><mc:Fallback>${r('<w:t>old</w:t>')}</mc:Fallback></mc:AlternateContent>`),
      'odd runs': p(r('<w:tab/><w:br/><w:br w:type="page"/><w:br w:type="column"/><w:br w:type="odd"/><w:br w:type="odd"/><w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Nope" w:char="0041"/><w:footnoteReference w:id="1"/><w:endnoteReference w:id="2"/><w:commentReference w:id="3"/><w:unknownThing/><w:unknownThing/>')),
      hyperlinks: p('<w:hyperlink w:anchor="top">' + r('<w:t>up</w:t>') + '</w:hyperlink><w:hyperlink>' + r('<w:t>plain</w:t>') + '</w:hyperlink>') + '<w:bookmarkStart w:name="_GoBack"/><w:bookmarkStart w:name="keep"/><w:bookmarkEnd/>',
      'broken text': p(r('<w:t>a<!-- c -->b</w:t>')),
    };
    for (const [label, body] of Object.entries(cases)) await both(documentOf(body), label);
  });
});
