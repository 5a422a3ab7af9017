// The Markdown plugin (.md, .markdown, .txt: plain text reads as Markdown):
// unified + remark-parse + GFM's parsing extensions for tables; one parse, one walk.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfm } from 'micromark-extension-gfm';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Root } from 'mdast';
import type { FlatDocument, FlatNode } from '../../document/model.ts';
import { PlanInputError } from '../../errors.ts';
import type { ParseInput, ParseLimits, ParserPlugin } from '../plugin.ts';
import { decodeText, looksLikeText } from './decode.ts';
import { MdastFlattener } from './mdast-to-flat.ts';
import { checkInlineDelimiters, checkNesting } from './nesting.ts';

// remark-gfm's parsing half (its source, without the serializer it also
// registers): a checker never writes Markdown back, and mdast-util-to-markdown
// is ~40 modules every process evaluated with the reader.
function gfmParsing(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}
// CommonMark leaves **运营对象。**业务… unbolded, its asterisks in the text: a closing ** after
// CJK punctuation and before a letter is no delimiter. The CJK-friendly emphasis rule (GitLab,
// markdig) reads it as Chinese writers mean it; its parsing half only, as with gfm.
export function cjkEmphasis(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push(cjkFriendlyExtension());
}
const processor = unified().use(remarkParse).use(gfmParsing).use(cjkEmphasis);

/**
 * Text accepted from one Markdown source. remark's syntax tree costs ~100× the
 * text in memory, so a 50 MB file would exhaust the process; a long plan is
 * 200k characters, forty times under this.
 */
export const maxMarkdownCharacters = 8_000_000;

/** `file` names the positions (a folder's files); `name`, the source in messages. */
export function parseMarkdownText(text: string, file?: string, name = file ?? 'the Markdown text'): FlatNode[] {
  if (text.length > maxMarkdownCharacters) {
    throw new PlanInputError('too-large', `${file ?? 'the Markdown text'} has ${text.length} characters, over the Markdown limit of ${maxMarkdownCharacters}`);
  }
  checkNesting(text, name);
  checkInlineDelimiters(text, name);
  const root = processor.parse(text) as Root;
  return new MdastFlattener(text, file).add(root);
}

export async function parseMarkdown(input: ParseInput, limits: ParseLimits): Promise<FlatDocument> {
  const name = input.filename ?? 'the file';
  if (input.bytes.length > limits.maxBytes) {
    throw new PlanInputError('too-large', `${name} is ${input.bytes.length} bytes, over the limit of ${limits.maxBytes}`);
  }
  const text = decodeText(input.bytes, name);
  if (text.length > maxMarkdownCharacters) {
    throw new PlanInputError('too-large', `${name} has ${text.length} characters, over the Markdown limit of ${maxMarkdownCharacters}`);
  }
  return { format: 'markdown', title: null, characters: text.length, warnings: [], nodes: parseMarkdownText(text, undefined, name) };
}

export interface MarkdownFile {
  name: string;
  bytes: Uint8Array;
}

/** index.md / README.md first, then the rest in name order (01-…, 02-…). */
export function orderFolderFiles<T extends { name: string }>(files: T[]): T[] {
  const lead = (n: string) => (/^(index|readme)\.(md|markdown)$/i.test(n.split('/').pop()!) ? 0 : 1);
  return [...files].sort((a, b) => lead(a.name) - lead(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A folder of Markdown files read as ONE document; every position names its file. */
export function parseMarkdownFiles(files: MarkdownFile[], limits: ParseLimits): FlatDocument {
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (total > limits.maxBytes) throw new PlanInputError('too-large', `the files are ${total} bytes together, over the limit of ${limits.maxBytes}`);
  const nodes: FlatNode[] = [];
  let characters = 0;
  let read = 0;
  for (const f of orderFolderFiles(files)) {
    let text: string;
    try {
      text = decodeText(f.bytes, f.name);
    } catch (e) {
      if (e instanceof PlanInputError && e.code === 'empty') continue; // an empty chapter file is not an empty plan
      throw e;
    }
    read++;
    characters += text.length;
    for (const node of parseMarkdownText(text, f.name)) nodes.push(node);
  }
  if (read === 0) throw new PlanInputError('empty', 'the folder has no Markdown text');
  return { format: 'markdown', title: null, characters, warnings: [], nodes };
}

export const markdownParser: ParserPlugin = {
  format: 'markdown',
  extensions: ['.md', '.markdown', '.txt'],
  mediaTypes: ['text/markdown', 'text/x-markdown', 'text/plain'],
  sniff: looksLikeText,
  parse: parseMarkdown,
};
