// The WordprocessingML a Word comment takes (ECMA-376 Part 1, 17.13.4): the
// w:comment in the comments part, its commentRangeStart / commentRangeEnd and
// the run holding its commentReference in document.xml, the relationship from
// the document to the comments part and the part's content type. Edits are
// text insertions into the parts as they are, so everything else in them
// stays as Word wrote it.
import type { XmlParagraph } from '../parsers/docx/package-xml.ts';
import { escapeXml } from './escape.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

export const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const TRANSITIONAL_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT_W = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface CommentText {
  /** Paragraphs of the comment; the first is set bold. */
  paragraphs: string[];
}

export interface NewComment extends CommentText {
  id: number;
}

export interface CommentMeta {
  author: string;
  initials: string;
  /** xsd:dateTime, e.g. 2026-11-24T09:30:00Z. */
  date: string;
}

/** The w namespace the document is written in (Transitional or Strict): the comments part uses the same one. */
export function wordNamespace(documentXml: string): string {
  const root = /<w:document\b[^>]*>/.exec(documentXml)?.[0] ?? '';
  return /xmlns:w="([^"]+)"/.exec(root)?.[1] ?? TRANSITIONAL_W;
}

export function commentsRelationshipType(ns: string): string {
  return ns === STRICT_W
    ? 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments'
    : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
}

/** The largest w:id in use: annotations share one id space in practice (comments, bookmarks, tracked changes). */
export function maxAnnotationId(...parts: string[]): number {
  let max = -1;
  for (const xml of parts) {
    for (const m of xml.matchAll(/\bw:id="(-?\d+)"/g)) max = Math.max(max, Number(m[1]));
  }
  return max;
}

function commentXml(c: NewComment, meta: CommentMeta, declareNs: string | null): string {
  const ns = declareNs ? ` xmlns:w="${escapeXml(declareNs)}"` : '';
  const paragraphs = c.paragraphs.map((text, i) => {
    const mark = i === 0 ? '<w:r><w:annotationRef/></w:r>' : '';
    const props = i === 0 ? '<w:rPr><w:b/></w:rPr>' : '';
    return `<w:p>${mark}<w:r>${props}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  });
  return (
    `<w:comment${ns} w:id="${c.id}" w:author="${escapeXml(meta.author)}" w:date="${escapeXml(meta.date)}" w:initials="${escapeXml(meta.initials)}">` +
    paragraphs.join('') +
    '</w:comment>'
  );
}

/** A new comments part holding these comments. */
export function newCommentsPart(ns: string, comments: NewComment[], meta: CommentMeta): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<w:comments xmlns:w="${escapeXml(ns)}">` +
    comments.map((c) => commentXml(c, meta, null)).join('') +
    '</w:comments>'
  );
}

/** The comments appended to an existing comments part (its own comments and ids kept). */
export function appendToCommentsPart(xml: string, ns: string, comments: NewComment[], meta: CommentMeta): string {
  const root = /<w:comments\b[^>]*?(\/?)>/.exec(xml);
  if (!root) throw new Error('the comments part has no w:comments root');
  // A part that binds w: to another namespace (or not at all on its root) gets it declared per comment.
  const declare = root[0].includes(`xmlns:w="${ns}"`) ? null : ns;
  const added = comments.map((c) => commentXml(c, meta, declare)).join('');
  if (root[1] === '/') {
    const open = root[0].slice(0, -2) + '>';
    return xml.slice(0, root.index) + open + added + '</w:comments>' + xml.slice(root.index + root[0].length);
  }
  const close = xml.lastIndexOf('</w:comments>');
  if (close < 0) throw new Error('the comments part has no </w:comments>');
  return xml.slice(0, close) + added + xml.slice(close);
}

/**
 * document.xml with each comment's range around its paragraph's runs: the
 * starts after the paragraph's properties, the ends and the reference runs
 * before its end tag, in the order given.
 */
export function anchorComments(documentXml: string, byParagraph: Map<XmlParagraph, number[]>): string {
  const edits: { at: number; remove: number; text: string }[] = [];
  for (const [p, ids] of byParagraph) {
    const starts = ids.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join('');
    const ends = ids.map((id) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`).join('');
    if (p.span.selfClosing) {
      edits.push({ at: p.span.end, remove: 2, text: `>${starts}${ends}</w:p>` }); // <w:p/> opened up
    } else if (p.span.content === p.span.end) {
      edits.push({ at: p.span.content, remove: 0, text: starts + ends });
    } else {
      edits.push({ at: p.span.content, remove: 0, text: starts }, { at: p.span.end, remove: 0, text: ends });
    }
  }
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += documentXml.slice(from, e.at) + e.text;
    from = e.at + e.remove;
  }
  return declareUtf8(out + documentXml.slice(from));
}

/** Parts are written back as UTF-8: a declaration that said otherwise (UTF-16) is corrected. */
export function declareUtf8(xml: string): string {
  return xml.replace(/^(<\?xml\b[^?]*?\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}

/** A part name from a relationship target of word/document.xml (relative, or absolute from the package root). */
export function resolveTarget(target: string): string {
  const segments = target.startsWith('/') ? [] : ['word'];
  for (const s of target.replace(/^\/+/, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

/** The target of the document's comments relationship, if it has one. */
export function commentsTarget(relsXml: string | null): string | null {
  if (!relsXml) return null;
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\bType="[^"]*\/comments"/.test(tag) || /\bTargetMode="External"/.test(tag)) continue;
    const target = /\bTarget="([^"]+)"/.exec(tag)?.[1];
    if (target) return target;
  }
  return null;
}

/** The document's relationships with one to the comments part added (a fresh rId); target relative to word/. */
export function addCommentsRelationship(relsXml: string | null, type: string, target: string): string {
  const relationship = (id: string) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (relsXml === null) {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + `<Relationships xmlns="${RELS_NS}">${relationship('rId1')}</Relationships>`;
  }
  const ids = new Set([...relsXml.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1 + Math.max(0, ...[...ids].map((id) => Number(/^rId(\d+)$/.exec(id!)?.[1] ?? 0)));
  while (ids.has(`rId${n}`)) n++;
  const rel = relationship(`rId${n}`);
  return declareUtf8(insertBeforeClose(relsXml, 'Relationships', rel));
}

/** [Content_Types].xml with an Override for the comments part, unless it has one. */
export function addCommentsContentType(typesXml: string, partName: string): string {
  const escaped = escapeRegExp(partName);
  if (new RegExp(`PartName="${escaped}"`, 'i').test(typesXml)) return typesXml;
  return declareUtf8(insertBeforeClose(typesXml, 'Types', `<Override PartName="${partName}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`));
}

/** Inserts before the root's end tag (or opens up a self-closing root). */
function insertBeforeClose(xml: string, root: string, text: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + text + xml.slice(close);
  const selfClosing = new RegExp(`<${root}\\b[^>]*?/>`).exec(xml);
  if (!selfClosing) throw new Error(`no <${root}> root`);
  const open = selfClosing[0].slice(0, -2) + '>';
  return xml.slice(0, selfClosing.index) + open + text + `</${root}>` + xml.slice(selfClosing.index + selfClosing[0].length);
}
