// Reads a plan for tests through the real parser, the way the CLI does.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanDocument } from '../../../functions/core/document/model.ts';
import { parseDocument, parseMarkdownFolder } from '../../../functions/core/parsers/index.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const realDir = join(root, 'fixtures/real');

export async function loadPlan(path: string): Promise<PlanDocument> {
  if (statSync(path).isDirectory()) {
    const names = readdirSync(path).filter((f) => f.endsWith('.md'));
    return parseMarkdownFolder(names.map((name) => ({ name, bytes: readFileSync(join(path, name)) })));
  }
  return parseDocument({ bytes: readFileSync(path), filename: basename(path) });
}
