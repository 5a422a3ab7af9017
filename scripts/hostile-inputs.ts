// Builders for hostile and careless uploads: the inputs of issue 11, made
// byte by byte so a test (test/hostile/) and the generator
// (scripts/make-hostile-inputs.ts) share them. Each returns the bytes and the
// name an uploader would give them.
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface HostileInput {
  name: string;
  bytes: Uint8Array;
  /** What the checker must answer: a PlanInputError code, or 'ok' for a plan it reads. */
  expect: string;
  why: string;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>';

const para = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/** A minimal DOCX from its parts (strings are written as UTF-8). */
export function docxFromParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, value] of Object.entries({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, ...parts })) {
    files[name] = typeof value === 'string' ? strToU8(value) : value;
  }
  return zipSync(files, { level: 9 });
}

/** A small, ordinary plan as DOCX: the control case every hostile variant is measured against. */
export function plainDocx(): Uint8Array {
  const body = [para('某市城市数字化转型实施方案（2023—2025年）'), para('一、总体要求'), para('到2025年，政务服务事项网上可办率达到100%。')].join('');
  return docxFromParts({ 'word/document.xml': documentXml(body) });
}

/**
 * The 9 KB DOCX that killed `npm start`: a numbered list level starting at
 * `start` in `format` (upperLetter, upperRoman…), and `count` numbered paragraphs.
 */
export function hugeListLabelDocx(format: string, start = 2_000_000_000, count = 20): Uint8Array {
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const items = Array.from({ length: count }, (_, i) => para(`第${i + 1}项任务：建设城市数据中台。`, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'));
  return docxFromParts({
    'word/document.xml': documentXml([para('某市数字化转型方案'), ...items].join('')),
    'word/_rels/document.xml.rels': DOC_RELS,
    'word/numbering.xml': numbering,
  });
}

/** Elements nested `depth` deep in word/document.xml (content controls, tables in cells, or hyperlinks in a paragraph). */
export function deepNestedDocx(depth: number, kind: 'sdt' | 'tbl' | 'hyperlink' = 'sdt'): Uint8Array {
  const leaf = para('深处的文字');
  const run = '<w:r><w:t>深处的文字</w:t></w:r>';
  const body =
    kind === 'sdt'
      ? '<w:sdt><w:sdtContent>'.repeat(depth) + leaf + '</w:sdtContent></w:sdt>'.repeat(depth)
      : kind === 'tbl'
        ? '<w:tbl><w:tr><w:tc>'.repeat(depth) + leaf + '</w:tc></w:tr></w:tbl>'.repeat(depth)
        : '<w:p>' + '<w:hyperlink>'.repeat(depth) + run + '</w:hyperlink>'.repeat(depth) + '</w:p>';
  return docxFromParts({ 'word/document.xml': documentXml(para('某市数字化转型方案') + body) });
}

/** The classic zip-smuggling shape: two entries named word/document.xml (a reader that keeps the last sees other text). */
export function duplicateEntryDocx(): Uint8Array {
  const first = plainDocx();
  const other = strToU8(documentXml(para('这是另一份文件的内容。')));
  return appendDuplicateEntry(first, 'word/document.xml', other);
}

/** Adds a stored (uncompressed) entry named `name` to a zip, after the existing ones, rewriting the central directory. */
export function appendDuplicateEntry(zip: Uint8Array, name: string, data: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdStart = view.getUint32(eocd + 16, true);
  const nameBytes = strToU8(name);
  const crc = crc32(data);
  const local = new Uint8Array(30 + nameBytes.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(data, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, cdStart, true); // the new local header goes where the old central directory began
  central.set(nameBytes, 46);
  const oldCentral = zip.subarray(cdStart, cdStart + cdSize);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count + 1, true);
  ev.setUint16(10, count + 1, true);
  ev.setUint32(12, cdSize + central.length, true);
  ev.setUint32(16, cdStart + local.length, true);
  const out = new Uint8Array(cdStart + local.length + cdSize + central.length + 22);
  out.set(zip.subarray(0, cdStart), 0);
  out.set(local, cdStart);
  out.set(oldCentral, cdStart + local.length);
  out.set(central, cdStart + local.length + cdSize);
  out.set(end, cdStart + local.length + cdSize + central.length);
  return out;
}

function crc32(data: Uint8Array): number {
  let c = ~0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A valid DOCX whose XML parts are all UTF-16 with a BOM, as XML allows. */
export function utf16Docx(endian: 'le' | 'be' = 'le'): Uint8Array {
  const enc = (xml: string) => utf16(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), endian);
  const body = [para('某市城市数字化转型实施方案'), para('一、总体要求'), para('到2025年，数据共享率达到95%。')].join('');
  return docxFromParts({ '[Content_Types].xml': enc(CONTENT_TYPES), '_rels/.rels': enc(RELS), 'word/document.xml': enc(documentXml(body)) });
}

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) v.setUint16(2 + 2 * i, text.charCodeAt(i), endian === 'le');
  return out;
}

/**
 * An OLE compound file (magic D0 CF 11 E0 A1 B1 1A E1) with directory entries
 * named as Word writes them: a legacy .doc (WordDocument) or a
 * password-protected DOCX (EncryptionInfo + EncryptedPackage).
 */
export function oleFile(kind: 'legacy-doc' | 'encrypted-docx' | 'other'): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const v = new DataView(out.buffer);
  v.setUint16(0x18, 0x3e, true); // minor version
  v.setUint16(0x1a, 3, true); // major version
  v.setUint16(0x1c, 0xfffe, true); // byte order
  v.setUint16(0x1e, 9, true); // sector shift
  const names = { 'legacy-doc': ['Root Entry', 'WordDocument', '1Table'], 'encrypted-docx': ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'], other: ['Root Entry', 'Workbook'] }[kind];
  names.forEach((n, i) => {
    const at = 512 + 128 * i;
    for (let k = 0; k < n.length; k++) v.setUint16(at + 2 * k, n.charCodeAt(k), true);
    v.setUint16(at + 64, (n.length + 1) * 2, true);
  });
  return out;
}

/** Zips that are not Word documents: a workbook, a presentation, an ODF text, a zip holding a .docx, a zip of anything. */
export function zipNotWord(kind: 'xlsx' | 'pptx' | 'odt' | 'zipped-docx' | 'plain'): Uint8Array {
  const files: Zippable = {};
  if (kind === 'xlsx') Object.assign(files, { '[Content_Types].xml': strToU8(CONTENT_TYPES), 'xl/workbook.xml': strToU8('<workbook/>') });
  if (kind === 'pptx') Object.assign(files, { '[Content_Types].xml': strToU8(CONTENT_TYPES), 'ppt/presentation.xml': strToU8('<presentation/>') });
  if (kind === 'odt') Object.assign(files, { mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') });
  if (kind === 'zipped-docx') files['方案/plan.docx'] = plainDocx();
  if (kind === 'plain') files['notes.txt'] = strToU8('hello');
  return zipSync(files);
}

/** A list nested `depth` levels deep: on one line ("- - - - x"), or one level per line, each indented two more spaces. */
export function deepListMarkdown(depth: number, shape: 'one-line' | 'per-line'): Uint8Array {
  if (shape === 'one-line') return strToU8(`# 方案\n\n${'- '.repeat(depth)}项目\n`);
  const lines = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}层`);
  return strToU8(`# 方案\n\n${lines.join('\n')}\n`);
}

/** `count` nested blockquote markers on one line (">>>>…"), or spaced ("> > > …"). */
export function nestedBlockquotes(count: number, spaced = false): Uint8Array {
  return strToU8(`# 方案\n\n${(spaced ? '> ' : '>').repeat(count)} 引文\n`);
}

/** Bidi controls in a plan's text: an override that would reverse the report's own words after it. */
export function bidiMarkdown(): Uint8Array {
  return strToU8('# 某市数字化转型方案\n\n## 发展目标\n\n到2025年，\u202Eevil\u202C 数据共享率达到\u2067isolate\u2069 95%。\u202Dx\u202A\u202B\u2066\u2068\n');
}

/** Every class, with what the checker must answer. */
export function hostileInputs(): HostileInput[] {
  return [
    { name: 'plain.docx', bytes: plainDocx(), expect: 'ok', why: 'control: an ordinary small DOCX' },
    { name: 'list-labels-letter.docx', bytes: hugeListLabelDocx('upperLetter'), expect: 'ok', why: 'a list starting at 2e9 with a letter format (labels bounded)' },
    { name: 'list-labels-roman.docx', bytes: hugeListLabelDocx('upperRoman', 2_000_000_000, 50), expect: 'ok', why: 'a list starting at 2e9 with a roman format' },
    { name: 'deep-nesting.docx', bytes: deepNestedDocx(5000), expect: 'too-complex', why: 'content controls nested 5,000 deep (a stack overflow in mammoth)' },
    { name: 'duplicate-entries.docx', bytes: duplicateEntryDocx(), expect: 'corrupt-docx', why: 'two word/document.xml entries (zip smuggling)' },
    { name: 'utf16.docx', bytes: utf16Docx(), expect: 'ok', why: 'XML parts in UTF-16 with BOM' },
    { name: 'legacy.doc', bytes: oleFile('legacy-doc'), expect: 'legacy-doc', why: 'a Word 97–2003 .doc' },
    { name: 'protected.docx', bytes: oleFile('encrypted-docx'), expect: 'docx-encrypted', why: 'a password-protected DOCX (OLE container)' },
    { name: 'workbook.docx', bytes: zipNotWord('xlsx'), expect: 'corrupt-docx', why: 'an Excel workbook named .docx' },
    { name: 'zipped.zip', bytes: zipNotWord('zipped-docx'), expect: 'unsupported-type', why: 'a zip holding a DOCX' },
    { name: 'deep-list-one-line.md', bytes: deepListMarkdown(20_000, 'one-line'), expect: 'too-complex', why: 'a list nested 20,000 levels on one line' },
    { name: 'deep-list-per-line.md', bytes: deepListMarkdown(1_000, 'per-line'), expect: 'too-complex', why: 'a list nested 1,000 levels, one per line' },
    { name: 'blockquotes.md', bytes: nestedBlockquotes(50_000), expect: 'too-complex', why: '50,000 nested blockquote markers' },
    { name: 'bidi.md', bytes: bidiMarkdown(), expect: 'ok', why: 'bidi override characters in the plan text' },
    // A careless clerk's uploads.
    { name: 'empty.md', bytes: new Uint8Array(0), expect: 'empty', why: 'an empty file' },
    { name: 'blank.md', bytes: strToU8(' \n\t\n'.repeat(1000)), expect: 'empty', why: 'only whitespace' },
    { name: 'binary.md', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), expect: 'type-mismatch', why: 'binary bytes named .md' },
    { name: 'latin1.md', bytes: Uint8Array.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a]), expect: 'invalid-encoding', why: 'Latin-1 text, not UTF-8' },
    { name: 'truncated.docx', bytes: plainDocx().subarray(0, 600), expect: 'corrupt-docx', why: 'a DOCX cut short' },
    { name: 'plan.docx.pdf', bytes: plainDocx(), expect: 'not-a-pdf', why: 'a DOCX named .pdf' },
    // An attacker's.
    { name: 'one-line.md', bytes: strToU8(`# 方案\n\n${'到2025年，数据共享率达到95%。'.repeat(60_000)}\n`), expect: 'ok', why: 'one paragraph of 1 M characters on one line' },
    { name: 'headings.md', bytes: strToU8(Array.from({ length: 25_000 }, (_, i) => `# 第${i}章`).join('\n')), expect: 'too-complex', why: '25,000 headings (over the heading limit)' },
    { name: 'emphasis.md', bytes: strToU8(`# 方案\n\n${'*_'.repeat(50_000)}正文${'_*'.repeat(50_000)}\n`), expect: 'too-complex', why: '100,000 unmatched emphasis markers on one line' },
    { name: 'brackets.md', bytes: strToU8(`# 方案\n\n${'['.repeat(50_000)}正文${']('.repeat(50_000)}\n`), expect: 'too-complex', why: '50,000 nested link brackets on one line' },
  ];
}
