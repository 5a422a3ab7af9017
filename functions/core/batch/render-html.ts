// Self-contained HTML page of the batch summary: a matrix of plans × rules,
// each cell a status word (not colour alone) linking to the plan's report at
// #rule-<id>, totals per rule, and a few lines of inline script to sort by
// column (the table reads fine without it). Everything from plans is escaped.
import type { RuleStatus } from '../check/result.ts';
import { mostMissed, type BatchSummary } from './summary.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Percent-encodes each path segment so a file name cannot break out of the href. */
function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

const LABEL: Record<'zh' | 'en', Record<RuleStatus | 'error', string>> = {
  zh: { pass: '通过', partial: '部分', fail: '缺失', 'not-applicable': '不适用', waived: '豁免', error: '错误' },
  en: { pass: 'pass', partial: 'partial', fail: 'fail', 'not-applicable': 'n/a', waived: 'waived', error: 'error' },
};

const TEXT = {
  zh: { title: '批量审查汇总', file: '文件', planTitle: '标题', period: '期限', overall: '总分', errors: '错误数', totals: '未满足（缺失+部分）', plans: '份规划', checked: '本次检查', skipped: '沿用已有报告', failed: '无法检查', most: '最常缺失的要求' },
  en: { title: 'Batch review summary', file: 'File', planTitle: 'Title', period: 'Horizon', overall: 'Overall', errors: 'Errors', totals: 'Not met (fail + partial)', plans: 'plans', checked: 'checked now', skipped: 'reused earlier reports', failed: 'could not be checked', most: 'Most often missed' },
};

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1rem;color:#222}
table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
thead th{background:#f3f3f3;position:sticky;top:0}th button{all:unset;cursor:pointer;text-decoration:underline dotted}
td.s-pass{background:#d8f0d8}td.s-partial{background:#fff0c0}td.s-fail{background:#f8d0d0}td.s-error{background:#e0c0f0}
td.s-not-applicable,td.s-waived{background:#eee;color:#555}td a{color:inherit}.num{text-align:right}.wrap{overflow-x:auto}`;

// Sorts the table body by the clicked column; numbers numerically, text by locale.
const SCRIPT = `document.querySelectorAll('th[data-col] button').forEach(function(b){b.addEventListener('click',function(){
var th=b.parentNode,col=+th.dataset.col,tb=document.querySelector('#matrix tbody'),asc=th.dataset.dir!=='asc';
var rows=Array.prototype.slice.call(tb.rows);rows.sort(function(x,y){var a=x.cells[col].dataset.v||x.cells[col].textContent,c=y.cells[col].dataset.v||y.cells[col].textContent;
var na=parseFloat(a),nc=parseFloat(c),r=!isNaN(na)&&!isNaN(nc)?na-nc:a.localeCompare(c);return asc?r:-r});
th.dataset.dir=asc?'asc':'desc';rows.forEach(function(r){tb.appendChild(r)})})});`;

export function renderSummaryHtml(summary: BatchSummary): string {
  const lang = summary.lang;
  const t = TEXT[lang];
  const e = escapeHtml;
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(Math.round(n)));
  const head = [t.file, t.planTitle, t.period, t.overall, t.errors, ...summary.rules.map((r) => r.id)];
  const th = head
    .map((h, i) => {
      const rule = summary.rules[i - 5];
      const tip = rule ? ` title="${e(`${rule.clause} ${rule.title[lang]}`)}"` : '';
      return `<th data-col="${i}"${tip}><button type="button">${e(h)}</button></th>`;
    })
    .join('');
  const body = summary.plans
    .map((p) => {
      const cells = [
        `<td>${p.report ? `<a href="${e(hrefOf(p.report))}">${e(p.file)}</a>` : e(p.file)}</td>`,
        `<td>${e(p.title ?? '')}</td>`,
        `<td>${e(p.period ?? '')}</td>`,
        `<td class="num" data-v="${p.overall ?? -1}">${num(p.overall)}</td>`,
        p.outcome === 'error'
          ? `<td class="s-error" colspan="${1 + summary.rules.length}">${e(LABEL[lang].error)}: ${e(p.error?.code ?? '')} — ${e(p.error?.message ?? '')}</td>`
          : `<td class="num">${p.errors}</td>` +
            summary.rules
              .map((r) => {
                const s = p.statuses[r.id];
                if (!s) return '<td></td>';
                const label = e(LABEL[lang][s]);
                const inner = p.report ? `<a href="${e(hrefOf(p.report))}#rule-${e(r.id)}">${label}</a>` : label;
                return `<td class="s-${s}" data-v="${s}">${inner}</td>`;
              })
              .join(''),
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const totals = summary.rules.map((r) => {
    const x = summary.totals[r.id];
    return `<td class="num" title="${e(`fail ${x.fail}, partial ${x.partial}, pass ${x.pass}`)}">${x.fail + x.partial}</td>`;
  });
  const foot = `<tr><th colspan="5">${e(t.totals)}</th>${totals.join('')}</tr>`;
  const missed = mostMissed(summary)
    .filter((m) => m.missed > 0)
    .slice(0, 5)
    .map((m) => {
      const r = summary.rules.find((x) => x.id === m.id)!;
      return `<li>${e(r.id)} (${e(r.clause)} ${e(r.title[lang])}): ${m.missed}/${summary.counts.plans - summary.counts.errors}</li>`;
    })
    .join('');
  const c = summary.counts;
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(t.title)}</title><style>${STYLE}</style></head><body>
<h1>${e(t.title)}</h1>
<p>${c.plans} ${e(t.plans)}: ${c.checked} ${e(t.checked)}, ${c.skipped} ${e(t.skipped)}, ${c.errors} ${e(t.failed)}. ${e(summary.profile ?? '')} · ${e(summary.rulesetVersion ?? '')}</p>
${missed ? `<h2>${e(t.most)}</h2><ol>${missed}</ol>` : ''}
<div class="wrap"><table id="matrix"><thead><tr>${th}</tr></thead>
<tbody>
${body}
</tbody><tfoot>${foot}</tfoot></table></div>
<script>${SCRIPT}</script>
</body></html>
`;
}
