// Reading a plan named on the command line: a file, or a folder of Markdown
// files read as one document. Missing paths are PlanInputError('not-found').
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PlanDocument } from '../core/document/model.ts';
import { PlanInputError } from '../core/errors.ts';
import { parseDocument, parseMarkdownFolder } from '../core/parsers/index.ts';
import { defaultLimits } from '../core/parsers/plugin.ts';

export async function readPlan(path: string): Promise<PlanDocument> {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new PlanInputError('not-found', `${path}: no such file or folder`);
  }
  if (stat.isDirectory()) {
    const names = readdirSync(path).filter((n) => /\.(md|markdown)$/i.test(n));
    if (names.length === 0) throw new PlanInputError('empty', `${path} holds no Markdown files (.md, .markdown)`);
    return parseMarkdownFolder(names.map((name) => ({ name, bytes: readFileSync(join(path, name)) })));
  }
  // The size first: a file over the limit is refused without reading it into memory.
  if (stat.size > defaultLimits.maxBytes) throw new PlanInputError('too-large', `${path} is ${stat.size} bytes, over the limit of ${defaultLimits.maxBytes}`);
  return parseDocument({ bytes: readFileSync(path), filename: basename(path) });
}
