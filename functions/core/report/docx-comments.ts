// "Word with comments": the uploaded DOCX, with each open finding written in
// as a Word comment where the drafter has to act — at its evidence, or for
// missing content at its insertion point — so the review happens where the
// plan is written. Pure: the plan's bytes and its CheckResult in, DOCX bytes
// out. Only word/document.xml, the comments part, the document's
// relationships and [Content_Types].xml are written; every other part is
// copied byte for byte (docx-zip-rewrite.ts).
import { createHash } from 'node:crypto';
import type { CheckResult, Lang, RuleResult } from '../check/result.ts';
import { buildDocument, walkSections } from '../document/build-tree.ts';
import type { Position, Section } from '../document/model.ts';
import { PlanInputError } from '../errors.ts';
import { holdsTerm } from '../match/concepts.ts';
import { readDocx, type DocxLayout } from '../parsers/docx/index.ts';
import type { XmlParagraph } from '../parsers/docx/package-xml.ts';
import { resolveLimits } from '../parsers/index.ts';
import type { ParseLimits } from '../parsers/plugin.ts';
import { listRules } from '../rules/catalog.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import {
  addCommentsContentType,
  addCommentsRelationship,
  anchorComments,
  appendToCommentsPart,
  commentsRelationshipType,
  commentsTarget,
  declareUtf8,
  maxAnnotationId,
  newCommentsPart,
  resolveTarget,
  wordNamespace,
  type CommentMeta,
  type NewComment,
} from './docx-comment-parts.ts';
import { rewriteZip } from './docx-zip-rewrite.ts';
import { compareFindings } from './findings.ts';
import { label, partStatusLabel, severityLabel, statusLabel } from './labels.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const commentAuthor = { author: 'plancheck', initials: 'PC' } as const;

export interface DocxCommentOptions {
  /** The date of the check, written on every comment (and on the parts written). */
  date: Date | string;
  /** The plan's file name, for messages. */
  filename?: string;
  /** Parse limits, as for the check. */
  limits?: Partial<ParseLimits>;
}

/** How a comment found its place. */
export type AnchorKind = 'evidence' | 'insertion' | 'section' | 'title';

export interface PlacedComment {
  id: number;
  rule: string;
  /** Position.paragraph (the source text's paragraph) the comment is anchored at. */
  paragraph: number;
  anchor: AnchorKind;
  /** The evidence quoted there, for an evidence anchor. */
  quote?: string;
  text: string[];
}

export interface DocxWithComments {
  bytes: Uint8Array<ArrayBuffer>;
  comments: PlacedComment[];
}

/** The insertion point another part of the checker adds to a finding (CONTRACT: RuleResult.insertAt); read when present. */
interface InsertionHint {
  path?: string[];
  position?: Position;
}

/** Findings the drafter has to act on: fail and partial, error-level first. */
export function openFindings(result: CheckResult): RuleResult[] {
  return result.results.filter((r) => r.status === 'fail' || r.status === 'partial').sort(compareFindings);
}

/** The comment's paragraphs, in the report's language: severity, clause and title; status and what was found; parts missing; what to add. */
export function commentText(rule: RuleResult, lang: Lang): string[] {
  const colon = lang === 'zh' ? '：' : ': ';
  const list = lang === 'zh' ? '、' : ', ';
  const out = [`${severityLabel[rule.severity][lang]} · ${label(lang, 'clause')} ${rule.clause} · ${rule.title[lang]}`];
  out.push(`${statusLabel[rule.status][lang]}${colon}${rule.message}`);
  const missing = rule.parts.filter((p) => p.status === 'missing').map((p) => p.label[lang]);
  const mentioned = rule.parts.filter((p) => p.status === 'mentioned').map((p) => p.label[lang]);
  if (missing.length) out.push(`${label(lang, 'missing')}${colon}${missing.join(list)}`);
  if (mentioned.length) out.push(`${label(lang, 'mentionedOnly')}${colon}${mentioned.join(list)}`);
  if (rule.expected) out.push(`${label(lang, 'toAdd')}${colon}${rule.expected}`);
  out.push(`plancheck · ${rule.id}`);
  return out;
}

function isoDate(date: Date | string): Date {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) throw new TypeError(`not a date: ${String(date)}`);
  return d;
}

/** Finds where each finding's comment goes, as a paragraph of the source text. */
class Anchors {
  private readonly sections: Section[];
  private readonly titleLine: number;

  constructor(
    document: Awaited<ReturnType<typeof readDocx>>['document'],
    private readonly layout: DocxLayout,
    limits: ParseLimits,
  ) {
    this.sections = [...walkSections(buildDocument(document, { maxHeadings: limits.maxHeadings }).sections)];
    const titled = document.title === null ? undefined : document.nodes.find((n) => n.type !== 'table' && n.text === document.title);
    this.titleLine = (titled ?? document.nodes[0])?.position.paragraph ?? 0;
  }

  find(rule: RuleResult): { line: number; anchor: AnchorKind; quote?: string } {
    const evidence = [...rule.evidence, ...rule.parts.flatMap((p) => p.evidence)].find((e) => e.position.paragraph !== undefined);
    if (evidence) return { line: this.lineOfQuote(evidence.position, evidence.quote), anchor: 'evidence', quote: evidence.quote };
    const insertAt = (rule as RuleResult & { insertAt?: InsertionHint }).insertAt;
    if (insertAt?.position?.paragraph !== undefined) return { line: insertAt.position.paragraph, anchor: 'insertion' };
    const byPath = insertAt?.path?.length ? this.sectionByPath(insertAt.path) : undefined;
    if (byPath) return { line: byPath.position.paragraph ?? this.titleLine, anchor: 'insertion' };
    const byScope = this.sectionByScope(rule.id);
    if (byScope) return { line: byScope.position.paragraph ?? this.titleLine, anchor: 'section' };
    return { line: this.titleLine, anchor: 'title' };
  }

  /** Evidence that spans lines (a table, a row) is anchored at the paragraph holding its quote, when one does. */
  private lineOfQuote(position: Position, quote: string): number {
    const first = position.paragraph!;
    const last = position.end.line - 1;
    // A row's quote joins its cells with " | ": its first cell's words are in one paragraph.
    const core = quote.replace(/^…|…$/g, '').split(' | ')[0]!.replace(/\s+/g, '').slice(0, 12);
    if (last <= first || !core) return first;
    for (let line = first; line <= last; line++) {
      const x = this.layout.xmlIndexOfLine[line];
      if (x != null && this.layout.xmlParagraphs[x]!.text.replace(/\s+/g, '').includes(core)) return line;
    }
    return first;
  }

  private sectionByPath(path: string[]): Section | undefined {
    const key = (p: string[]) => p.map((h) => normalizeForMatch(h)).join('\u0000');
    const wanted = key(path);
    return this.sections.find((s) => key(s.path) === wanted);
  }

  /** The first section the rule's own scope names (its sectionCues: 数据治理 for the governance rules). */
  private sectionByScope(ruleId: string): Section | undefined {
    const cues = listRules().find((r) => r.id === ruleId)?.sectionCues;
    if (!cues?.length) return undefined;
    return this.sections.find((s) => holdsTerm(normalizeForMatch(s.heading), cues));
  }
}

/** The word/document.xml paragraph a source-text paragraph was read from; a text box's paragraph gives way to the one holding it. */
function xmlParagraphOf(layout: DocxLayout, line: number): XmlParagraph | undefined {
  const map = layout.xmlIndexOfLine;
  let index: number | null | undefined = map[line];
  // An unaligned paragraph: the nearest aligned one before it, else after it.
  for (let i = line - 1; index == null && i >= 0; i--) index = map[i];
  for (let i = line + 1; index == null && i < map.length; i++) index = map[i];
  const p = layout.xmlParagraphs[index ?? 0];
  return p && p.span.outer !== null ? layout.xmlParagraphs[p.span.outer] : p;
}

function freshPartName(layout: DocxLayout): string {
  for (let n = 0; ; n++) {
    const name = `word/comments${n ? n : ''}.xml`;
    if (!layout.zip.has(name)) return name;
  }
}

export async function renderDocxComments(bytes: Uint8Array, result: CheckResult, options: DocxCommentOptions): Promise<DocxWithComments> {
  const name = options.filename ?? result.document.source ?? 'the plan';
  if (result.document.format !== 'docx') {
    const kind = { markdown: 'Markdown', pdf: 'PDF', docx: 'DOCX' }[result.document.format] ?? result.document.format;
    throw new PlanInputError('unsupported-type', `${name} is a ${kind} plan: Word comments are written into a DOCX plan only`);
  }
  if (result.document.sha256 && createHash('sha256').update(bytes).digest('hex') !== result.document.sha256) {
    throw new PlanInputError('type-mismatch', `${name} is not the file this report was made from (its sha256 differs): comments go into the checked file only`);
  }
  const date = isoDate(options.date);
  const limits = resolveLimits(options.limits);
  const { document, layout } = await readDocx({ bytes, filename: options.filename }, limits);
  const anchors = new Anchors(document, layout, limits);
  const lang = result.lang;

  const documentXml = layout.documentXml;
  const relsName = 'word/_rels/document.xml.rels';
  const relsXml = layout.zip.has(relsName) ? layout.zip.readText(relsName) : null;
  const existingTarget = commentsTarget(relsXml);
  const commentsName = existingTarget ? resolveTarget(existingTarget) : freshPartName(layout);
  const existingComments = existingTarget && layout.zip.has(commentsName) ? layout.zip.readText(commentsName) : null;

  let nextId = maxAnnotationId(documentXml, existingComments ?? '') + 1;
  const placed: PlacedComment[] = [];
  const byParagraph = new Map<XmlParagraph, number[]>();
  for (const rule of openFindings(result)) {
    const { line, anchor, quote } = anchors.find(rule);
    const paragraph = xmlParagraphOf(layout, line);
    if (!paragraph) continue; // a document.xml without one paragraph: nowhere to anchor
    const id = nextId++;
    placed.push({ id, rule: rule.id, paragraph: line, anchor, ...(quote !== undefined ? { quote } : {}), text: commentText(rule, lang) });
    byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), id]);
  }

  const ns = wordNamespace(documentXml);
  const meta: CommentMeta = { ...commentAuthor, date: date.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const comments: NewComment[] = placed.map((c) => ({ id: c.id, paragraphs: c.text }));
  const encode = (xml: string) => new TextEncoder().encode(xml);
  const parts = new Map<string, Uint8Array>();
  try {
    parts.set('word/document.xml', encode(anchorComments(documentXml, byParagraph)));
    if (existingComments !== null) {
      parts.set(commentsName, encode(declareUtf8(appendToCommentsPart(existingComments, ns, comments, meta))));
    } else {
      parts.set(commentsName, encode(newCommentsPart(ns, comments, meta)));
      if (!existingTarget) {
        parts.set(relsName, encode(addCommentsRelationship(relsXml, commentsRelationshipType(ns), commentsName.slice('word/'.length))));
      }
    }
    if (!layout.zip.has('[Content_Types].xml')) throw new Error('it has no [Content_Types].xml');
    parts.set('[Content_Types].xml', encode(addCommentsContentType(layout.zip.readText('[Content_Types].xml'), `/${commentsName}`)));
  } catch (error) {
    if (error instanceof PlanInputError) throw error;
    throw new PlanInputError('corrupt-docx', `Cannot add comments to ${name}: ${(error as Error).message}`, { cause: error });
  }
  return { bytes: rewriteZip(bytes, parts, date), comments: placed };
}
