// The coverage picture: one horizontal bar per step of clause 5.1, 0–100,
// out-of-scope steps greyed. Inline SVG with <title>/<desc> for screen readers.
import type { CheckResult, Lang } from '../check/result.ts';
import { escapeXml as x } from './escape.ts';
import { formatScore } from './findings.ts';
import { label } from './labels.ts';

const rowHeight = 28;
const labelWidth = 210;
const barWidth = 300;

function barColour(score: number): string {
  if (score >= 80) return '#2e7d32';
  if (score >= 50) return '#f9a825';
  return '#c62828';
}

export function coverageSvg(result: CheckResult, lang: Lang): string {
  const steps = result.scores.stages.flatMap((s) => s.steps);
  const height = steps.length * rowHeight + 8;
  const width = labelWidth + barWidth + 50;
  const descParts = steps.map((s) => `${s.title[lang]}: ${s.inScope ? formatScore(s.score, lang) : label(lang, 'outOfScope')}`);
  const rows = steps.map((s, i) => {
    const y = 4 + i * rowHeight;
    const value = s.inScope && s.score !== null ? Math.max(0, Math.min(100, s.score)) : 0;
    const fill = s.inScope ? barColour(value) : '#bdbdbd';
    const text = s.inScope ? formatScore(s.score, lang) : label(lang, 'outOfScope');
    return (
      `<g class="${s.inScope ? 'in-scope' : 'out-of-scope'}">` +
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end" font-size="13" fill="${s.inScope ? '#212121' : '#9e9e9e'}">${x(s.title[lang])}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="18" fill="#eeeeee" rx="3"/>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${((value / 100) * barWidth).toFixed(1)}" height="18" fill="${fill}" rx="3"/>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 18}" font-size="12" fill="#424242">${x(text)}</text>` +
      `</g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="coverage-title coverage-desc" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">` +
    `<title id="coverage-title">${x(label(lang, 'coverage'))}</title>` +
    `<desc id="coverage-desc">${x(label(lang, 'coverageDesc') + ' ' + descParts.join('; '))}</desc>` +
    rows.join('') +
    `</svg>`
  );
}
