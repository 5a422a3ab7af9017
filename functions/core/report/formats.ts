// The report formats, their media types and file extensions: what the
// service's adapters need to name and store reports, without the renderers.
export type ReportFormat = 'json' | 'md' | 'html' | 'sarif' | 'junit';
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

export function reportMediaType(format: ReportFormat): string {
  return mediaTypes[format];
}

/** File extension, dot included (".junit.xml" so a JUnit report never collides with other XML). */
export function reportExtension(format: ReportFormat): string {
  return extensions[format];
}
