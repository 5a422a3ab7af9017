// renderReport(result, format): every report is a pure function of one CheckResult.
import type { CheckResult } from '../check/result.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { renderMarkdownAgainstBase } from './markdown-base.ts';
import type { ReportOptions } from './options.ts';
import { renderSarif } from './sarif.ts';

export type ReportFormat = 'json' | 'md' | 'html' | 'sarif' | 'junit';
export type { ReportOptions } from './options.ts';

export const reportFormats: readonly ReportFormat[] = ['json', 'md', 'html', 'sarif', 'junit'];

const mediaTypes: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  sarif: 'application/sarif+json; charset=utf-8',
  junit: 'application/xml; charset=utf-8',
};

const extensions: Record<ReportFormat, string> = {
  json: '.json',
  md: '.md',
  html: '.html',
  sarif: '.sarif',
  junit: '.junit.xml',
};

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (reportFormats as readonly string[]).includes(value);
}

export function renderReport(result: CheckResult, format: ReportFormat, options: ReportOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'md':
      return options.base ? renderMarkdownAgainstBase(result, options.base, options) : renderMarkdown(result, options);
    case 'html':
      return renderHtml(result, options);
    case 'sarif':
      return renderSarif(result, options);
    case 'junit':
      return renderJunit(result, options);
    default:
      throw new TypeError(`unknown report format "${String(format)}" (expected one of ${reportFormats.join(', ')})`);
  }
}

export function reportMediaType(format: ReportFormat): string {
  return mediaTypes[format];
}

/** File extension, dot included (".junit.xml" so a JUnit report never collides with other XML). */
export function reportExtension(format: ReportFormat): string {
  return extensions[format];
}

export { renderHtml, renderJson, renderJunit, renderMarkdown, renderSarif };
