// `npm run fixtures:pdf`: writes the synthetic PDFs of fixtures/pdf/ with pdfkit.
// Each is a case the real PDFs do not cover:
//   cmap-chinese.pdf   Chinese set in a non-embedded CID font (STSong-Light, UniGB-UCS2-H):
//                      its text exists only through pdf.js's CMaps; running header, page
//                      numbers "- n -", fake bold chapters, a paragraph across a page break
//   ruled-table.pdf    a ruled table that runs over two pages
//   indicator-table.pdf    a plan whose indicator table has a category merged down over
//                      rows, its rules painted as thin filled rectangles (as Word prints them)
//   key-projects-table.pdf a plan's key-project table over a page break: stroked cells, the
//                      header repeated on the next page, a row cut in two by the break
//   scanned.pdf        two pages that are only images (no text layer)
//   mixed-scan.pdf     three text pages and one image page
//   password.pdf       opens only with a user password
//   owner-only.pdf     an owner password (permissions) only: opens without one
// Output is deterministic: a fixed creation date (pdfkit derives the file ID from it)
// and RC4 encryption (no random IV).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

const OUT = join(import.meta.dirname, '..', 'fixtures', 'pdf');
const DATE = new Date('2024-01-01T00:00:00Z');
const A4: [number, number] = [595.28, 841.89];

type Doc = InstanceType<typeof PDFDocument>;

function newDoc(options: Partial<PDFKit.PDFDocumentOptions> = {}): Doc {
  return new PDFDocument({ size: A4, margin: 0, autoFirstPage: false, compress: true, info: { CreationDate: DATE, Producer: 'plancheck fixtures', Creator: 'plancheck' }, ...options });
}

async function toBytes(doc: Doc): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

// --- Chinese through a predefined CMap: the font is named, not embedded ---------

const CID_FONT = 'FCJK';
/** Writes a low-level object (its typings want a data chunk; a dictionary has none). */
const finish = (ref: PDFKit.PDFKitReference) => (ref as unknown as { end(): void }).end();

/** Adds STSong-Light with the UniGB-UCS2-H CMap to the current page's resources. */
function cjkFont(doc: Doc): void {
  const page = doc.page as unknown as { fonts: Record<string, unknown> };
  if (page.fonts[CID_FONT]) return;
  const store = doc as unknown as { _cjkFont?: unknown };
  if (!store._cjkFont) {
    const descriptor = doc.ref({ Type: 'FontDescriptor', FontName: 'STSong-Light', Flags: 6, FontBBox: [-25, -254, 1000, 880], ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 880, StemV: 93 });
    finish(descriptor);
    const cid = doc.ref({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: 'STSong-Light',
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('GB1'), Supplement: 4 },
      FontDescriptor: descriptor,
      DW: 1000,
    });
    finish(cid);
    const font = doc.ref({ Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong-Light-UniGB-UCS2-H', Encoding: 'UniGB-UCS2-H', DescendantFonts: [cid] });
    finish(font);
    store._cjkFont = font;
  }
  page.fonts[CID_FONT] = store._cjkFont;
}

const hex = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

/** Chinese text at (x, y from the top), one line; every character 1 em wide (DW 1000). */
function cjkText(doc: Doc, text: string, x: number, y: number, size: number, { bold = false } = {}): void {
  cjkFont(doc);
  // pdfkit flips the page (origin top-left, y down): the text matrix flips it back.
  const draw = (dx: number) => doc.addContent(`BT /${CID_FONT} ${size} Tf 1 0 0 -1 ${(x + dx).toFixed(2)} ${y.toFixed(2)} Tm <${hex(text)}> Tj ET`);
  draw(0);
  if (bold) draw(0.6); // fake bold, as gov.cn prints it: the same text again 0.6 pt to the right
}

/** Wraps Chinese text into lines of `perLine` characters; the first line indented two characters. */
function cjkParagraph(doc: Doc, text: string, y: number, { size = 14, left = 72, perLine = 30, spacing = 26 } = {}): number {
  let line = text.slice(0, perLine - 2);
  cjkText(doc, line, left + size * 2, y, size);
  let rest = text.slice(perLine - 2);
  while (rest) {
    y += spacing;
    line = rest.slice(0, perLine);
    rest = rest.slice(perLine);
    cjkText(doc, line, left, y, size);
  }
  return y + spacing;
}

/** A heading line at the outline indent; returns the y of the line below it. */
function heading(doc: Doc, text: string, y: number, { bold = true } = {}): number {
  cjkText(doc, text, 100, y, 14, { bold });
  return y + 28;
}

function runningHeaderAndNumber(doc: Doc, n: number): void {
  cjkText(doc, '海滨市城市数字化转型规划', 72, 50, 10);
  doc.font('Helvetica').fontSize(10).text(`- ${n} -`, 0, 800, { width: A4[0], align: 'center', lineBreak: false });
}

export async function cmapChinesePdf(): Promise<Uint8Array> {
  const doc = newDoc({ info: { Title: '海滨市城市数字化转型规划（2024—2026年）', CreationDate: DATE } });
  doc.addPage();
  cjkText(doc, '海滨市城市数字化转型规划', 130, 120, 24, { bold: true });
  cjkText(doc, '（2024—2026年）', 200, 156, 18);
  let y = 220;
  y = cjkParagraph(doc, '为加快推进城市数字化转型，依据国家和省有关部署，结合本市实际，制定本规划。规划期为2024年至2026年。', y);
  y = heading(doc, '一、总体要求', y);
  y = heading(doc, '（一）指导思想。', y, { bold: false });
  y = cjkParagraph(doc, '坚持以人民为中心，统筹发展和安全，以数据要素为核心，全面推进经济、生活、治理数字化转型。', y);
  y = heading(doc, '（二）发展目标。', y, { bold: false });
  // The goals paragraph runs to the bottom of page 1 and on to page 2.
  const goals = '到2026年，全市数字经济核心产业增加值占地区生产总值比重达到12%，政务服务事项全程网办率达到90%，建成千兆光纤网络和5G网络全覆盖的数字基础设施体系，城市运行一网统管平台覆盖全部区县，数据共享开放水平进入全省前列，数字化转型取得明显成效。';
  const first = goals.slice(0, 28 + 30 * 4);
  y = cjkParagraph(doc, first, y);
  runningHeaderAndNumber(doc, 1);
  doc.addPage();
  let y2 = 100;
  let rest = goals.slice(first.length);
  while (rest) {
    cjkText(doc, rest.slice(0, 30), 72, y2, 14);
    rest = rest.slice(30);
    y2 += 26;
  }
  y2 += 4;
  y2 = heading(doc, '二、主要任务', y2);
  y2 = heading(doc, '（一）建设数字基础设施。', y2, { bold: false });
  y2 = cjkParagraph(doc, '推进千兆光纤网络和5G网络建设，布局算力基础设施，建设城市数据中心。', y2);
  y2 = heading(doc, '（二）推进数字政府建设。', y2, { bold: false });
  y2 = cjkParagraph(doc, '深化一网通办和一网统管，推进政务数据共享，提升城市治理效能。', y2);
  runningHeaderAndNumber(doc, 2);
  doc.addPage();
  let y3 = 100;
  y3 = heading(doc, '三、保障措施', y3);
  y3 = cjkParagraph(doc, '加强组织领导，加大资金投入，强化人才支撑，健全政策法规，营造数字文化氛围。', y3);
  runningHeaderAndNumber(doc, 3);
  return toBytes(doc);
}

// --- A ruled table over two pages ----------------------------------------------

export async function ruledTablePdf(): Promise<Uint8Array> {
  const doc = newDoc();
  const rows = Array.from({ length: 36 }, (_, i) => [`${i + 1}`, `重点项目${i + 1}`, `${2024 + (i % 3)}年`, `市数据局`]);
  const cols = [72, 122, 322, 402, 523];
  let page = 0;
  let y = 0;
  const newPage = () => {
    doc.addPage();
    page++;
    y = 90;
    if (page === 1) {
      cjkText(doc, '附件：重点项目表', 72, 80, 16, { bold: true });
      y = 110;
    }
  };
  const row = (cells: string[]) => {
    doc.lineWidth(0.5).moveTo(cols[0]!, y).lineTo(cols[cols.length - 1]!, y).stroke();
    cells.forEach((c, i) => cjkText(doc, c, cols[i]! + 4, y + 17, 12));
    for (const x of cols) doc.moveTo(x, y).lineTo(x, y + 24).stroke();
    y += 24;
    doc.moveTo(cols[0]!, y).lineTo(cols[cols.length - 1]!, y).stroke();
  };
  newPage();
  row(['序号', '项目名称', '完成时间', '责任单位']);
  for (const r of rows) {
    if (y > 760) newPage();
    row(r);
  }
  return toBytes(doc);
}

// --- Ruled tables as plans print them: merged cells, Word-style rules, page breaks ---

interface TableSpec {
  /** Column widths (pt); the table starts at the left margin. */
  widths: number[];
  header: string[];
  /** Body rows; a cell under a vertical merge is null. */
  rows: (string | null)[][];
  size: number;
  /** 'stroke': each cell a stroked rectangle; 'fill': each cell edge a 0.5 pt filled rectangle (as Word and WPS print borders). */
  rules: 'stroke' | 'fill';
  /** The header row again at the top of every page the table runs on to. */
  repeatHeader?: boolean;
  /** A line above the table's part on each next page (表2（续）). */
  continued?: string;
}

const LEFT = 72;
const PAD = 4;
const BOTTOM = 760;

/** Chinese text cut into lines of a cell's width (every character 1 em wide in the CMap font). */
function wrap(text: string, width: number, size: number): string[] {
  const per = Math.max(1, Math.floor((width - 2 * PAD) / size));
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += per) lines.push(text.slice(i, i + per));
  return lines.length ? lines : [''];
}

function cellRules(doc: Doc, x: number, y: number, w: number, h: number, rules: TableSpec['rules']): void {
  if (rules === 'stroke') {
    doc.lineWidth(0.5).rect(x, y, w, h).stroke();
    return;
  }
  const t = 0.5;
  for (const [rx, ry, rw, rh] of [
    [x, y - t / 2, w, t],
    [x, y + h - t / 2, w, t],
    [x - t / 2, y, t, h],
    [x + w - t / 2, y, t, h],
  ] as const) doc.rect(rx, ry, rw, rh).fill('black');
}

/**
 * Draws a ruled table from `y` (from the top), going on to new pages as it
 * must: a row that does not fit is cut at the page's end and goes on at the top
 * of the next (its cells' remaining lines; the cells already done left empty).
 * Vertically merged cells (null below a text) have their text centred in the
 * merged block, which is kept on one page. Returns the y below the table.
 */
function ruledTable(doc: Doc, spec: TableSpec, y: number, newPage: () => number): number {
  const { widths, size } = spec;
  const lh = size * 1.5;
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1]! + w], [LEFT]);
  const heightOf = (n: number) => n * lh + 2 * PAD;
  const drawRow = (cells: string[][], top: number, h: number, skip: Set<number> = new Set()) => {
    cells.forEach((lines, c) => {
      if (skip.has(c)) return;
      cellRules(doc, xs[c]!, top, widths[c]!, h, spec.rules);
      lines.forEach((line, i) => line && cjkText(doc, line, xs[c]! + PAD, top + PAD + size + i * lh, size));
    });
  };
  const header = spec.header.map((t, c) => wrap(t, widths[c]!, size));
  const headerH = heightOf(Math.max(...header.map((l) => l.length)));
  const putHeader = () => {
    drawRow(header, y, headerH);
    y += headerH;
  };
  const nextPage = () => {
    y = newPage();
    if (spec.continued) {
      cjkText(doc, spec.continued, LEFT, y + 12, size);
      y += 20;
    }
    if (spec.repeatHeader) putHeader();
  };
  putHeader();
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r]!;
    // A merged block: this row and the rows whose cells below a text are null.
    let end = r;
    while (end + 1 < spec.rows.length && spec.rows[end + 1]!.some((c) => c === null)) end++;
    if (end > r) {
      const block = spec.rows.slice(r, end + 1);
      const lines = block.map((cells) => cells.map((t, c) => (t === null ? [] : wrap(t, widths[c]!, size))));
      const merged = new Set(block.slice(1).flatMap((cells) => cells.map((t, c) => (t === null ? c : -1)).filter((c) => c >= 0)));
      const heights = lines.map((cells, i) => heightOf(Math.max(1, ...cells.filter((_, c) => !(merged.has(c) && i === 0)).map((l) => l.length))));
      const total = heights.reduce((a, b) => a + b, 0);
      if (y + total > BOTTOM) nextPage();
      let top = y;
      lines.forEach((cells, i) => {
        drawRow(cells.map((l, c) => (merged.has(c) ? [] : l)), top, heights[i]!, merged);
        top += heights[i]!;
      });
      for (const c of merged) {
        const text = wrap(block[0]![c]!, widths[c]!, size);
        cellRules(doc, xs[c]!, y, widths[c]!, total, spec.rules);
        const first = y + (total - text.length * lh) / 2 + size;
        text.forEach((line, i) => cjkText(doc, line, xs[c]! + PAD, first + i * lh, size));
      }
      y += total;
      r = end;
      continue;
    }
    let cells = row.map((t, c) => wrap(t ?? '', widths[c]!, size));
    for (;;) {
      const h = heightOf(Math.max(...cells.map((l) => l.length)));
      if (y + h <= BOTTOM) {
        drawRow(cells, y, h);
        y += h;
        break;
      }
      const fit = Math.floor((BOTTOM - y - 2 * PAD) / lh);
      if (fit >= 1) {
        drawRow(cells.map((l) => l.slice(0, fit)), y, heightOf(fit));
        cells = cells.map((l) => l.slice(fit));
      }
      nextPage();
    }
  }
  return y;
}

function planPage(doc: Doc, n: number): number {
  doc.addPage();
  cjkText(doc, '海滨市数字化转型实施方案', 72, 50, 10);
  doc.font('Helvetica').fontSize(10).text(`- ${n} -`, 0, 800, { width: A4[0], align: 'center', lineBreak: false });
  return 90;
}

/** A plan whose goals chapter has its indicator table: 类别 merged down, Word-style filled rules. */
export async function indicatorTablePdf(): Promise<Uint8Array> {
  const doc = newDoc();
  let page = 1;
  let y = planPage(doc, page);
  cjkText(doc, '海滨市数字化转型实施方案（2024—2026年）', 100, 120, 20, { bold: true });
  y = 180;
  y = cjkParagraph(doc, '为加快城市数字化转型，结合本市实际，制定本方案。实施期为2024年至2026年。', y);
  y = heading(doc, '一、总体要求', y);
  y = heading(doc, '（一）发展目标。', y, { bold: false });
  y = cjkParagraph(doc, '到2026年，数字基础设施、数字政府和数字经济主要指标达到全省前列，具体如下：', y);
  cjkText(doc, '表1 主要指标', 250, y, 12);
  y += 12;
  y = ruledTable(
    doc,
    {
      widths: [70, 170, 70, 70, 71],
      header: ['类别', '指标名称', '2023年基期值', '2026年目标值', '属性'],
      rows: [
        ['数字基础设施', '千兆光纤网络覆盖率（%）', '80', '100', '预期性'],
        [null, '每万人5G基站数（个）', '20', '30', '预期性'],
        ['数字政府', '政务服务事项全程网办率（%）', '75', '90', '约束性'],
        [null, '公共数据共享率（%）', '60', '95', '约束性'],
        ['数字经济', '数字经济核心产业增加值占比（%）', '9', '12', '预期性'],
        [null, '规模以上工业企业数字化改造率（%）', '50', '80', '预期性'],
      ],
      size: 11,
      rules: 'fill',
    },
    y,
    () => planPage(doc, ++page),
  );
  y += 30;
  y = heading(doc, '二、主要任务', y);
  y = cjkParagraph(doc, '建设城市数据中心，推进一网通办和一网统管，布局算力基础设施，培育数据要素市场。', y);
  y = heading(doc, '三、保障措施', y);
  cjkParagraph(doc, '加强组织领导，加大资金投入，强化人才支撑，健全政策法规，营造数字文化氛围。', y);
  return toBytes(doc);
}

/** A plan's key-project table over a page break: the header repeated on the next page, a row cut by the break, cells stroked. */
export async function keyProjectsTablePdf(): Promise<Uint8Array> {
  const doc = newDoc();
  let page = 1;
  let y = planPage(doc, page);
  cjkText(doc, '海滨市数字化转型实施方案（2024—2026年）', 100, 120, 20, { bold: true });
  y = 180;
  y = heading(doc, '一、总体要求', y);
  y = cjkParagraph(doc, '到2026年，政务服务全程网办率达到90%，数据共享率达到95%，建成城市数据中心。', y);
  y = heading(doc, '二、重点项目', y);
  y = cjkParagraph(doc, '围绕数字基础设施、数字政府和数字经济，实施以下重点项目：', y);
  cjkText(doc, '表2 重点项目表', 250, y, 12);
  y += 12;
  const names = ['城市数据中心', '一网通办平台', '一网统管平台', '千兆光网工程', '工业互联网平台', '智慧交通系统', '智慧医疗平台', '数字孪生城市', '公共数据开放平台', '城市安全监测网'];
  const units = ['市数据局', '市政务服务中心', '市城运中心', '市通信管理局', '市工信局', '市交通局', '市卫健委', '市规划局', '市数据局', '市应急局'];
  const rows = names.map((name, i) => [
    String(i + 1),
    name,
    `建设${name}，完善配套设施和运行机制，实现全市统筹、部门协同、数据共享，支撑城市数字化转型。${i === 4 ? '同步建设工业大数据中心和标识解析二级节点，推动规模以上工业企业上云用数赋智。' : ''}`,
    `${2024 + (i % 2)}—2026年`,
    String(5000 + i * 1500),
    units[i]!,
  ]);
  ruledTable(
    doc,
    { widths: [30, 80, 150, 70, 70, 51], header: ['序号', '项目名称', '建设内容', '建设周期', '投资估算（万元）', '责任单位'], rows, size: 11, rules: 'stroke', repeatHeader: true, continued: '表2（续）' },
    y,
    () => planPage(doc, ++page),
  );
  return toBytes(doc);
}

// --- Scans: pages that are only an image --------------------------------------

/** A grey PNG with dark stripes, like a scanned page of text (no text layer). */
export function scanImage(width = 620, height = 877): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const ink = y % 24 < 10 && x > 60 && x < width - 60 && (x * 7 + y) % 13 > 3;
      raw[y * (width + 1) + 1 + x] = ink ? 40 : 235;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export async function scannedPdf(pages = 2): Promise<Uint8Array> {
  const doc = newDoc();
  const image = scanImage();
  for (let i = 0; i < pages; i++) {
    doc.addPage();
    doc.image(image, 0, 0, { width: A4[0], height: A4[1] });
  }
  return toBytes(doc);
}

export async function mixedScanPdf(): Promise<Uint8Array> {
  const doc = newDoc();
  const image = scanImage();
  const text = [
    ['一、总体要求', '坚持统筹规划，到2026年，政务服务全程网办率达到90%，数据共享率达到95%。'],
    ['二、主要任务', '建设城市数据中心，推进一网通办和一网统管，布局算力基础设施。'],
    ['三、保障措施', '加强组织领导，加大资金投入，强化人才支撑，健全政策法规。'],
  ];
  for (let i = 0; i < 4; i++) {
    doc.addPage();
    if (i === 2) {
      doc.image(image, 0, 0, { width: A4[0], height: A4[1] });
      continue;
    }
    const [heading, body] = text[i > 2 ? 2 : i]!;
    if (i === 0) cjkText(doc, '海滨市数字化转型实施方案', 130, 110, 22, { bold: true });
    cjkText(doc, heading!, 100, 200, 14, { bold: true });
    cjkParagraph(doc, body!, 240);
  }
  return toBytes(doc);
}

// --- Passwords -----------------------------------------------------------------

async function protectedPdf(options: Partial<PDFKit.PDFDocumentOptions>): Promise<Uint8Array> {
  const doc = newDoc({ pdfVersion: '1.4', ...options });
  doc.addPage();
  cjkText(doc, '海滨市数字化转型实施方案', 130, 110, 22);
  cjkParagraph(doc, '到2026年，政务服务全程网办率达到90%，数据共享率达到95%。', 200);
  return toBytes(doc);
}

export const passwordPdf = () => protectedPdf({ userPassword: 'plancheck', ownerPassword: 'owner-secret' });
export const ownerOnlyPdf = () => protectedPdf({ ownerPassword: 'owner-secret', permissions: { printing: 'lowResolution', copying: false, modifying: false } });

// --- Many pages (built in memory by the tests and the bench, not stored) -------

/** A long plan: `pages` pages of Chinese text in the CMap font, numbered, under running headers. */
export async function longPdf(pages: number): Promise<Uint8Array> {
  const doc = newDoc();
  const sentence = '推进城市数字化转型，建设数字基础设施，深化数据要素市场化配置改革，提升城市治理效能。';
  for (let p = 1; p <= pages; p++) {
    doc.addPage();
    let y = 100;
    if (p % 4 === 1) {
      const n = Math.floor(p / 4) + 1;
      cjkText(doc, `第${n}部分 专项任务${n}`, 100, y, 14, { bold: true });
      y += 30;
    }
    while (y < 740) y = cjkParagraph(doc, sentence + sentence, y);
    runningHeaderAndNumber(doc, p);
  }
  return toBytes(doc);
}

export const fixtures: Record<string, () => Promise<Uint8Array>> = {
  'cmap-chinese.pdf': cmapChinesePdf,
  'ruled-table.pdf': ruledTablePdf,
  'indicator-table.pdf': indicatorTablePdf,
  'key-projects-table.pdf': keyProjectsTablePdf,
  'scanned.pdf': () => scannedPdf(2),
  'mixed-scan.pdf': mixedScanPdf,
  'password.pdf': passwordPdf,
  'owner-only.pdf': ownerOnlyPdf,
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, make] of Object.entries(fixtures)) {
    const bytes = await make();
    writeFileSync(join(OUT, name), bytes);
    console.log(`${name}\t${bytes.length} bytes`);
  }
}
