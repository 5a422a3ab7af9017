// renderReport(result, format): every report is a pure function of one CheckResult.
import type { CheckResult } from '../check/result.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { renderMarkdownAgainstBase } from './markdown-base.ts';
import type { ReportOptions } from './options.ts';
import { renderSarif } from './sarif.ts';
import { reportFormats, type ReportFormat } from './formats.ts';

export { isReportFormat, reportExtension, reportFormats, reportMediaType, type ReportFormat } from './formats.ts';
export type { ReportOptions } from './options.ts';

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
