// What changed between two checks: diffResults(base, head) → PlanDiff, and its
// renderings for a terminal (text), programs (json) and comments (md).
import type { PlanDiff } from './diff.ts';
import { renderDiffMarkdown } from './render-markdown.ts';
import { renderDiffText, type DiffRenderOptions } from './render-text.ts';

export { diffResults, DIFF_VERSION, type PlanDiff } from './diff.ts';
export { findingsOf, type Finding } from './findings.ts';
export { parseReport } from './read-report.ts';
export type { DiffRenderOptions } from './render-text.ts';

export type DiffFormat = 'text' | 'json' | 'md';
export const diffFormats: readonly DiffFormat[] = ['text', 'json', 'md'];

export function isDiffFormat(value: unknown): value is DiffFormat {
  return typeof value === 'string' && (diffFormats as readonly string[]).includes(value);
}

export const diffMediaTypes: Record<DiffFormat, string> = {
  text: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export function renderDiff(diff: PlanDiff, format: DiffFormat, options: DiffRenderOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(diff, null, 2) + '\n';
    case 'md':
      return renderDiffMarkdown(diff, options);
    case 'text':
      return renderDiffText(diff, options);
    default:
      throw new TypeError(`unknown diff format "${String(format)}" (expected one of ${diffFormats.join(', ')})`);
  }
}
