// CSV form of the batch summary (RFC 4180): one row per plan.
import type { BatchSummary } from './summary.ts';

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // A leading = + - @ makes spreadsheets evaluate the cell: quote it as text.
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function score(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(Math.round(n * 10) / 10);
}

export function renderSummaryCsv(summary: BatchSummary): string {
  const header = ['file', 'title', 'period', ...summary.steps.map((s) => `score:${s}`), 'overall', 'errors', 'status', 'error'];
  const lines = [header.map(cell).join(',')];
  for (const p of summary.plans) {
    const status = p.outcome === 'error' ? 'error' : p.errors > 0 ? 'fail' : 'pass';
    lines.push(
      [
        cell(p.file),
        cell(p.title),
        cell(p.period),
        ...summary.steps.map((s) => score(p.steps[s])),
        score(p.overall),
        p.outcome === 'error' ? '' : String(p.errors),
        status,
        cell(p.error ? `${p.error.code}: ${p.error.message}` : null),
      ].join(','),
    );
  }
  // BOM: Excel opens UTF-8 CSV with Chinese text correctly only with it.
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
