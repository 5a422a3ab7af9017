import { describe, expect, it } from 'vitest';
import { isReportFormat, renderReport, reportExtension, reportFormats, reportMediaType, type ReportFormat } from '../../functions/core/report/index.ts';
import { statusLabel, severityLabel, partStatusLabel, label, type LabelKey } from '../../functions/core/report/labels.ts';
import { buildResult } from './build-result.ts';

describe('renderReport', () => {
  it('offers five formats with distinct media types and extensions', () => {
    expect([...reportFormats]).toEqual(['json', 'md', 'html', 'sarif', 'junit']);
    expect(new Set(reportFormats.map(reportMediaType)).size).toBe(5);
    expect(new Set(reportFormats.map(reportExtension)).size).toBe(5);
    expect(reportMediaType('sarif')).toMatch(/^application\/sarif\+json/);
    expect(reportExtension('junit')).toBe('.junit.xml');
    expect(isReportFormat('html')).toBe(true);
    expect(isReportFormat('pdf')).toBe(false);
  });

  it('rejects an unknown format by name', () => {
    expect(() => renderReport(buildResult(), 'pdf' as ReportFormat)).toThrow(/unknown report format "pdf"/);
  });

  it('is pure: the result is not changed and the same result renders the same text', () => {
    const result = buildResult();
    const before = structuredClone(result);
    for (const f of reportFormats) expect(renderReport(result, f)).toBe(renderReport(result, f));
    expect(result).toEqual(before);
  });

  it('has every label in both languages', () => {
    const keys = ['report', 'overall', 'coverage', 'toAdd', 'verdictNotPlan', 'counts'] as LabelKey[];
    for (const k of keys) {
      expect(label('zh', k)).not.toBe('');
      expect(label('en', k)).not.toBe(label('zh', k));
      expect(label('en', k)).not.toMatch(/[\u4e00-\u9fff]/);
    }
    for (const table of [statusLabel, severityLabel, partStatusLabel]) {
      for (const v of Object.values(table)) {
        expect(v.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(v.en).toMatch(/^[a-z ]+$/);
      }
    }
  });
});
