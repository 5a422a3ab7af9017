// CSV form of the batch summary (RFC 4180): one row per plan, in the sheet's
// rank order, with the decision and its reasons in the report's language and
// the failing error-level rules by id and title.
import { DECISION_WORD, SHEET, reasonText } from './sheet-text.ts';
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

export const CSV_HEADER_LEAD = ['rank', 'file', 'title', 'decision', 'reasons', 'failing_rules', 'is_plan', 'genre', 'profile', 'profile_from', 'suggested_profile', 'period'];
export const CSV_HEADER_TAIL = ['overall', 'errors', 'status', 'error', 'letter'];

export function renderSummaryCsv(summary: BatchSummary): string {
  const lang = summary.lang;
  const t = SHEET[lang];
  const titles = new Map(summary.rules.map((r) => [r.id, r.title[lang]]));
  const header = [...CSV_HEADER_LEAD, ...summary.steps.map((s) => `score:${s}`), ...CSV_HEADER_TAIL];
  const lines = [header.map(cell).join(',')];
  summary.plans.forEach((p, i) => {
    const status = p.outcome === 'error' ? 'error' : p.errors > 0 ? 'fail' : 'pass';
    lines.push(
      [
        String(p.rank ?? i + 1),
        cell(p.file),
        cell(p.title),
        cell(DECISION_WORD[lang][p.decision ?? 'none']),
        cell(p.reasons.map((r) => reasonText(r, lang)).join(t.reasonSep)),
        cell(p.failing.map((id) => `${id} ${titles.get(id) ?? ''}`.trim()).join('; ')),
        p.verdict ? String(p.verdict.isPlan) : '',
        cell(p.verdict && !p.verdict.isPlan ? p.verdict.genre : null),
        cell(p.profile),
        cell(p.profileFrom),
        cell(p.suggestedProfile?.profile),
        cell(p.period),
        ...summary.steps.map((s) => score(p.steps[s])),
        score(p.overall),
        p.outcome === 'error' ? '' : String(p.errors),
        status,
        cell(p.error ? `${p.error.code}: ${p.error.message}` : null),
        cell(p.letter?.md),
      ].join(','),
    );
  });
  // BOM: Excel opens UTF-8 CSV with Chinese text correctly only with it.
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
