// Reads a plan for tests: through the real parseDocument once it is in the
// tree, else (Markdown only) through the small test builder.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanDocument } from '../../../functions/core/document/model.ts';
import { miniPlan } from './mini-plan.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const realDir = existsSync(join(root, 'fixtures/real/CN07_national_14th5_digital_economy_plan.md')) ? join(root, 'fixtures/real') : '/work/shared/corpus/real';
export const hasParser = existsSync(join(root, 'functions/core/parsers/index.ts'));

export async function loadPlan(path: string): Promise<PlanDocument> {
  if (statSync(path).isDirectory() && hasParser) {
    const { parseMarkdownFolder } = await import('../../../functions/core/parsers/index.ts');
    const names = readdirSync(path).filter((f) => f.endsWith('.md'));
    return parseMarkdownFolder(names.map((name) => ({ name, bytes: readFileSync(join(path, name)) })));
  }
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((f) => f.endsWith('.md')).sort((a, b) => (a === 'index.md' ? -1 : b === 'index.md' ? 1 : a.localeCompare(b)));
    return miniPlan(files.map((f) => readFileSync(join(path, f), 'utf8')).join('\n\n'));
  }
  if (hasParser) {
    const spec = '../../../functions/core/parsers/index.ts';
    const { parseDocument } = (await import(spec)) as { parseDocument(i: { bytes: Uint8Array; filename: string }): Promise<PlanDocument> };
    return parseDocument({ bytes: readFileSync(path), filename: basename(path) });
  }
  if (!path.endsWith('.md')) throw new Error(`no parser yet for ${path}`);
  return miniPlan(readFileSync(path, 'utf8'));
}
