// Which plans a batch holds, from the keys below its source: each PDF, DOCX or
// Markdown file is one plan, except that a folder of Markdown files that reads
// as one document is ONE plan (as `plancheck check <folder>` reads it) — a
// folder holding index.md, or one whose Markdown files are all numbered
// chapters (01-…, 02-…) with nothing else beside them, or one a manifest names.
// The batch's own output (reports, letters, summary) is never taken for a plan.
import { posix } from 'node:path';
import { orderFolderFiles } from '../core/parsers/markdown/index.ts';
import { isPlanKey } from '../service/plan-keys.ts';

export interface PlanEntry {
  /** The plan's name in the summary and its reports' prefix: a file's key, or a folder plan's folder. */
  file: string;
  /** The keys read: the file, or the folder's Markdown files in reading order (index.md first, then by name). */
  keys: string[];
  folder: boolean;
}

export interface EntryOptions {
  /** Folders to read as one plan whatever their names (a manifest's folder keys, without the trailing slash). */
  folders?: Iterable<string>;
  /** Files named on their own (a manifest's file keys): their folder is never merged into one plan. */
  files?: Iterable<string>;
}

const isMarkdown = (key: string) => /\.(md|markdown)$/i.test(key);
const dirOf = (key: string) => posix.dirname(key).replace(/^\.$/, '');
const isIndex = (name: string) => /^index\.(md|markdown)$/i.test(name);
const isChapter = (name: string) => /^\d/.test(name);

/** A letter written beside a plan's reports: `<plan>.letter.md|html`, where <plan> is a plan file or a folder. */
function isLetterOf(key: string, plans: Set<string>, folders: Set<string>): boolean {
  const m = /^(.*)\.letter\.(md|html)$/.exec(key);
  return Boolean(m && (plans.has(m[1]!) || folders.has(m[1]!)));
}

export function planEntries(keys: string[], options: EntryOptions = {}): PlanEntry[] {
  const allFolders = new Set<string>();
  for (const k of keys) for (let d = dirOf(k); d; d = dirOf(d)) allFolders.add(d);
  const candidates = new Set(keys.filter(isPlanKey));
  const plans = [...candidates].filter((k) => !isLetterOf(k, candidates, allFolders));
  const forced = new Set(options.folders ?? []);
  const named = new Set(options.files ?? []);

  const byDir = new Map<string, { markdown: string[]; other: number; named: boolean }>();
  for (const k of plans) {
    const dir = dirOf(k);
    const d = byDir.get(dir) ?? { markdown: [], other: 0, named: false };
    if (isMarkdown(k)) d.markdown.push(k);
    else d.other++;
    if (named.has(k)) d.named = true;
    byDir.set(dir, d);
  }

  const entries: PlanEntry[] = [];
  const merged = new Set<string>();
  for (const [dir, d] of byDir) {
    if (!dir || !d.markdown.length) continue; // the source's own top level is a set of plans, never one
    const names = d.markdown.map((k) => posix.basename(k));
    const reads = forced.has(dir) || (!d.named && (names.some(isIndex) || (names.length >= 2 && d.other === 0 && names.every((n) => isIndex(n) || isChapter(n)))));
    if (!reads) continue;
    const ordered = orderFolderFiles(d.markdown.map((k) => ({ name: posix.basename(k), key: k }))).map((f) => f.key);
    entries.push({ file: dir, keys: ordered, folder: true });
    for (const k of d.markdown) merged.add(k);
  }
  for (const k of plans) if (!merged.has(k)) entries.push({ file: k, keys: [k], folder: false });
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
