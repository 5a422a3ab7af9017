// mdast → the flat node list for the one tree builder. Positions come straight
// from mdast. A paragraph in mdast may hold several source lines: plain-text
// plans put "一、总体要求" on its own line directly above body lines, so lines
// that could be headings (outline numbering, bold throughout) are split out,
// each with its own position; the other lines stay together.
import type { Nodes, Root, RootContent, PhrasingContent, Paragraph as MdParagraph, List, ListItem } from 'mdast';
import type { FlatNode, Point, Position, TableRow } from '../../document/model.ts';
import { parseNumbering } from '../../document/outline-numbering.ts';
import { readsAsHeading } from '../../document/build-tree.ts';

interface Line {
  text: string;
  /** Every non-blank character of the line is inside strong emphasis. */
  bold: boolean;
  sawPlain: boolean;
  sawStrong: boolean;
}

export class MdastFlattener {
  readonly nodes: FlatNode[] = [];
  private readonly lineStarts: number[];

  constructor(
    private readonly source: string,
    private readonly file?: string,
  ) {
    // One cheap pass for per-line positions inside multi-line paragraphs.
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  add(root: Root): FlatNode[] {
    for (const child of root.children) this.block(child, 0);
    return this.nodes;
  }

  private pos(node: Nodes): Position {
    const p = node.position!;
    const position: Position = {
      start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
      end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
    };
    if (this.file) position.file = this.file;
    return position;
  }

  private point(line: number, offset: number): Point {
    return { line, column: offset - this.lineStarts[line - 1]! + 1, offset };
  }

  private block(node: RootContent, listDepth: number): void {
    switch (node.type) {
      case 'heading': {
        const text = inlineText(node.children).trim();
        // "正文……。\n---" is a setext heading to remark but body text to its author.
        if (this.source[node.position!.start.offset!] !== '#' && !readsAsHeading(text)) {
          this.paragraph({ type: 'paragraph', children: node.children, position: node.position });
          return;
        }
        this.nodes.push({ type: 'heading', text, level: node.depth, source: 'markdown', position: this.pos(node) });
        return;
      }
      case 'paragraph':
        this.paragraph(node);
        return;
      case 'list':
        this.list(node, listDepth + 1);
        return;
      case 'table':
        this.nodes.push({
          type: 'table',
          position: this.pos(node),
          rows: node.children.map(
            (row): TableRow => ({
              position: this.pos(row),
              cells: row.children.map((cell) => ({ text: inlineText(cell.children).trim(), position: this.pos(cell) })),
            }),
          ),
        });
        return;
      case 'blockquote':
        for (const child of node.children) this.block(child, listDepth);
        return;
      case 'html': {
        const text = node.value.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '').trim();
        if (text) this.nodes.push({ type: 'paragraph', text, position: this.pos(node) });
        return;
      }
      case 'code': {
        // Indented plain text (four spaces) parses as code; its lines are still the plan's text.
        if (node.value.trim()) this.splitLines(node.value.split('\n').map((text) => ({ text, bold: false, sawPlain: true, sawStrong: false })), this.pos(node), true);
        return;
      }
      default:
        return; // thematic breaks, definitions, front matter: no text of the plan
    }
  }

  private list(list: List, depth: number): void {
    // "1. Why an Action Plan" typed on its own line between body paragraphs is a
    // one-item list to Markdown but a numbered chapter heading to its author: it goes to
    // the tree builder as the numbered line it was, like the plain-text plans' "1.1 Context".
    const only = list.children.length === 1 ? list.children[0] : undefined;
    const line = depth === 1 && list.ordered && only ? headingLine(only) : null;
    if (line) {
      this.nodes.push({ type: 'paragraph', text: `${list.start ?? 1}. ${line}`, position: this.pos(only!) });
      return;
    }
    for (const [k, item] of list.children.entries()) {
      // A numbered chapter line typed after a numbered list ("1. … 5." then "3. How it fits together")
      // is the list's next item to Markdown, but its number does not follow the list's: the author's
      // chapter, read as the numbered line it was.
      const chapter = depth === 1 && list.ordered && k > 0 ? this.outOfSequence(item, (list.start ?? 1) + k) : null;
      if (chapter) {
        this.nodes.push({ type: 'paragraph', text: chapter, position: this.pos(item) });
        continue;
      }
      // A Chinese outline line typed right under a list item ("3. 資料服務：…" / "（三）應用層：…") is a lazy
      // continuation of the item to Markdown, but the author's next outline item: it and the lines after
      // it leave the list item, read as the lines of a paragraph would be.
      const lead = item.children[0]?.type === 'paragraph' ? item.children[0] : undefined;
      if (lead) {
        const lines = linesOf(lead.children);
        const at = lines.findIndex((l, i) => i > 0 && OUTLINE_SCHEMES.has(parseNumbering(l.text)?.numbering.scheme ?? ''));
        if (at > 0) {
          const whole = this.pos(lead);
          const text = lines.slice(0, at).map((l) => l.text).join('\n').trim();
          if (text) this.nodes.push({ type: 'listItem', text, ordered: list.ordered === true, depth, position: this.linePosition(whole.start.line, whole.start.line + at - 1, whole) });
          const restLine = whole.start.line + at;
          const rest: Position = { ...whole, start: this.point(restLine, this.lineStarts[restLine - 1]!) };
          this.splitLines(lines.slice(at), rest, false);
          for (const c of item.children) if (c.type === 'list') this.list(c, depth + 1);
          continue;
        }
      }
      const text = item.children
        .filter((c) => c.type !== 'list')
        .map((c) => (c.type === 'paragraph' || c.type === 'heading' ? inlineText(c.children) : ''))
        .join('\n')
        .trim();
      if (text) this.nodes.push({ type: 'listItem', text, ordered: list.ordered === true, depth, position: this.pos(item) });
      for (const c of item.children) if (c.type === 'list') this.list(c, depth + 1);
    }
  }

  /** An item's own numbered line, when its number is not the one the list expects and its text reads as a heading. */
  private outOfSequence(item: ListItem, expected: number): string | null {
    const number = /^\s*(\d{1,2})[.)]\s/.exec(this.source.slice(item.position!.start.offset!, item.position!.start.offset! + 8))?.[1];
    if (number === undefined || Number(number) === expected) return null;
    const line = headingLine(item);
    return line ? `${number}. ${line}` : null;
  }

  private paragraph(node: MdParagraph): void {
    const lines = linesOf(node.children);
    const position = this.pos(node);
    if (lines.length === 1) {
      const text = lines[0]!.text.trim();
      if (text) this.nodes.push({ type: 'paragraph', text, position, ...(lines[0]!.bold ? { bold: true } : {}) });
      return;
    }
    this.splitLines(lines, position, false);
  }

  /** Heading-candidate lines on their own, the other consecutive lines joined. */
  private splitLines(lines: Line[], position: Position, code: boolean): void {
    const firstLine = position.start.line + (code && this.source[position.start.offset] === '`' ? 1 : 0);
    let group: { from: number; to: number; texts: string[] } | null = null;
    const flush = () => {
      if (!group) return;
      const text = group.texts.join('\n').trim();
      if (text) this.nodes.push({ type: 'paragraph', text, position: this.linePosition(firstLine + group.from, firstLine + group.to, position) });
      group = null;
    };
    lines.forEach((line, i) => {
      const candidate = line.bold || parseNumbering(line.text) !== null;
      if (candidate) {
        flush();
        const text = line.text.trim();
        if (text) {
          this.nodes.push({ type: 'paragraph', text, position: this.linePosition(firstLine + i, firstLine + i, position), ...(line.bold ? { bold: true } : {}) });
        }
        return;
      }
      if (!group) group = { from: i, to: i, texts: [] };
      group.to = i;
      group.texts.push(line.text);
    });
    flush();
  }

  private linePosition(fromLine: number, toLine: number, whole: Position): Position {
    const lastLine = Math.min(toLine, this.lineStarts.length);
    const startLine = Math.min(fromLine, lastLine);
    let startOffset = this.lineStarts[startLine - 1]!;
    if (startLine === whole.start.line) startOffset = whole.start.offset;
    else while (startOffset < this.source.length && /[ \t>]/.test(this.source[startOffset]!)) startOffset++;
    let endOffset = lastLine < this.lineStarts.length ? this.lineStarts[lastLine]! - 1 : this.source.length;
    if (this.source[endOffset - 1] === '\r') endOffset--;
    if (lastLine === whole.end.line) endOffset = whole.end.offset;
    const position: Position = { start: this.point(startLine, startOffset), end: this.point(lastLine, endOffset) };
    if (this.file) position.file = this.file;
    return position;
  }
}

// The outline numbers of a Chinese plan's sections (（三）, 三、, 貳、, 第三节), never a list's own items.
const OUTLINE_SCHEMES = new Set(['chapter', 'section', 'part', 'capital', 'chinese-dun', 'chinese-paren']);

/** Inline content as its lines, each bold when all its text is strong. */
function linesOf(children: PhrasingContent[]): Line[] {
  const lines: Line[] = [{ text: '', bold: false, sawPlain: false, sawStrong: false }];
  collectLines(children, false, lines);
  for (const l of lines) l.bold = l.sawStrong && !l.sawPlain;
  return lines;
}

function collectLines(children: PhrasingContent[], strong: boolean, lines: Line[]): void {
  for (const c of children) {
    switch (c.type) {
      case 'text':
      case 'inlineCode': {
        const parts = c.value.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) lines.push({ text: '', bold: false, sawPlain: false, sawStrong: false });
          const line = lines[lines.length - 1]!;
          line.text += part;
          if (part.trim()) {
            if (strong) line.sawStrong = true;
            else line.sawPlain = true;
          }
        });
        break;
      }
      case 'break':
        lines.push({ text: '', bold: false, sawPlain: false, sawStrong: false });
        break;
      case 'strong':
        collectLines(c.children, true, lines);
        break;
      case 'image':
        if (c.alt) lines[lines.length - 1]!.text += c.alt;
        break;
      case 'html':
        break;
      default:
        if ('children' in c) collectLines(c.children as PhrasingContent[], strong, lines);
    }
  }
}

/** Plain text of inline content (emphasis marks dropped, line breaks kept as spaces). */
export function inlineText(children: PhrasingContent[]): string {
  let out = '';
  for (const c of children) {
    if (c.type === 'text' || c.type === 'inlineCode') out += c.value;
    else if (c.type === 'break') out += '\n';
    else if (c.type === 'image') out += c.alt ?? '';
    else if ('children' in c) out += inlineText(c.children as PhrasingContent[]);
  }
  return out;
}

/** A list item that is one line of one paragraph reading as a heading, not a sentence: its text. */
function headingLine(item: ListItem): string | null {
  if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return null;
  const text = inlineText(item.children[0].children).trim();
  // (A closing question mark is left to readsAsHeading, which takes one short question as a heading.)
  return !text.includes('\n') && !/[.。!！;；]$/.test(text) && readsAsHeading(text) ? text : null;
}
