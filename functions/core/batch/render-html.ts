// The reviewer's sheet (summary.html), one self-contained page that works from
// a file:// URL without script: plans ranked by decision (accept, send back,
// not a plan, not checked), each with its reasons in words and clauses and
// its draft letter; the headline rules grouped by step by default, all rules
// behind a checkbox (pure CSS); the plan column frozen and the headers sticky;
// error-level rules marked in words and ✗, not by colour alone. A few lines of
// inline script sort by column within the decision groups. All plan text is
// escaped.
import type { Lang, RuleStatus, StepId } from '../check/result.ts';
import { escapeHtml } from '../report/escape.ts';
import { compareClauses } from './decision.ts';
import { DECISION_MARK, DECISION_WORD, PROFILE_FROM, SEVERITY_WORD, SHEET, STATUS_WORD, reasonText } from './sheet-text.ts';
import { decisionGroup, mostMissed, type BatchSummary, type PlanRow, type RuleColumn } from './summary.ts';

export { escapeHtml };

/** Percent-encodes each path segment so a file name cannot break out of the href. */
function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

const GROUP_CLASS = ['g-accept', 'g-send-back', 'g-not-plan', 'g-error'];
const STATUS_ORDER: Record<RuleStatus, number> = { fail: 0, partial: 1, waived: 2, pass: 3, 'not-applicable': 4 };

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1rem;color:#222}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.05rem;margin:.6rem 0 .2rem}h3{font-size:.85rem;margin:.3rem 0 .1rem}.counts{margin:.2rem 0}
.decisions{margin:.3rem 0}
.decisions{list-style:none;padding:0;display:flex;gap:1.5rem;flex-wrap:wrap;font-size:1.05rem}
.missing{font-size:.85rem}.missing .cols{display:flex;flex-wrap:wrap;gap:0 2.5rem}.missing p{margin:.2rem 0}.missing ol{margin:.1rem 0;padding-left:1.6rem}.missing li{margin:0}
.sev-tag{display:inline-block;font-size:.72rem;line-height:1.2;padding:0 .25rem;border-radius:3px;margin-right:.25rem;white-space:nowrap;font-weight:600}
.sev-error .sev-tag,.sev-tag.sev-error{background:#8b0000;color:#fff}
.sev-warning .sev-tag,.sev-tag.sev-warning{border:1px solid #8a6d00;color:#6b5500}
.sev-info .sev-tag,.sev-tag.sev-info{border:1px dashed #888;color:#666;font-weight:400}
.toggle{display:inline-block;margin:.6rem 0 .2rem;font-weight:600;cursor:pointer}.legend{font-size:.8rem;color:#555;margin:.2rem 0 .6rem;max-width:60rem}
#matrix{border-collapse:separate;border-spacing:0;font-size:.82rem}
#matrix th,#matrix td{border-right:1px solid #ccc;border-bottom:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top;background:#fff}
#matrix thead{position:sticky;top:0;z-index:3}
#matrix thead th{background:#eef0f3;border-bottom:1px solid #999}
#matrix tr.groups th{text-align:center;font-weight:600;background:#dfe3ea}
#matrix .plan{position:sticky;left:0;z-index:2;width:15rem;min-width:15rem;max-width:15rem;border-right:2px solid #666}
#matrix thead .plan{z-index:4}
#matrix td.plan .title{font-weight:600;display:block}#matrix td.plan .file{display:block;color:#555;font-size:.75rem;word-break:break-all}
.badge{display:inline-block;font-size:.75rem;font-weight:700;padding:0 .3rem;border-radius:3px;margin-top:.15rem}
.d-send-back .badge,.badge.d-send-back{background:#fde2e2;color:#8b0000;border:1px solid #8b0000}
.d-accept .badge,.badge.d-accept{background:#e0f3e0;color:#1d5e1d;border:1px solid #1d5e1d}
.badge.d-none{background:#eee;color:#444;border:1px dashed #444}
#matrix td.decision{min-width:15rem;max-width:20rem}#matrix td.decision ul{margin:.1rem 0;padding-left:1rem;font-size:.75rem}.letters{font-size:.75rem}
#matrix tr.cols th:not(.rule){white-space:nowrap}
#matrix td.profile{min-width:6rem;max-width:9rem}#matrix td.period{white-space:nowrap}.suggest{display:block;color:#6b5500;font-size:.75rem}.from{display:block;color:#555;font-size:.75rem}
#matrix th.rule{min-width:5.5rem;max-width:8rem;font-weight:600}
#matrix th.rule.sev-error{border-top:4px solid #8b0000}#matrix th.rule.sev-info{font-weight:400;color:#555}
#matrix th .clause{display:block;font-size:.72rem;color:#555;font-weight:400}
th button{all:unset;cursor:pointer;display:block}th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
#matrix td.s-pass{background:#e3f4e3}#matrix td.s-partial{background:#fff3cc}#matrix td.s-fail{background:#fadada}
#matrix td.s-not-applicable,#matrix td.s-waived{background:#f0f0f0;color:#666}
#matrix td.gap{font-weight:700;box-shadow:inset 0 0 0 2px #8b0000}td.gap .mark{margin-right:.2rem}
#matrix td.info-rule{color:#555;font-style:italic}
td a{color:inherit}.num{text-align:right;font-variant-numeric:tabular-nums}
tr.g-not-plan td:not(.plan),tr.g-error td:not(.plan){color:#555}
.full-only,#matrix tr.view-full{display:none}
#show-all:checked~#matrix .full-only{display:table-cell}
#show-all:checked~#matrix tr.view-full{display:table-row}
#show-all:checked~#matrix tr.view-headline{display:none}
@media print{#matrix thead{position:static}#matrix .plan{position:static}}`;

// Sorts the body by the clicked column, inside each decision group (data-g), so
// no plan to send back ever rises above an accepted one. data-sort on the
// header: "num" (first click: highest first), "status" (first click: fails
// first) or "text". Ties keep the sheet's rank.
const SCRIPT = `(function(){var tb=document.querySelector('#matrix tbody');
document.querySelectorAll('#matrix tr.cols th[data-col] button').forEach(function(b){b.addEventListener('click',function(){
var th=b.parentNode,col=+th.dataset.col,kind=th.dataset.sort,cur=th.getAttribute('aria-sort');
var asc=cur?cur==='descending':kind!=='num';
document.querySelectorAll('#matrix th[aria-sort]').forEach(function(x){x.removeAttribute('aria-sort')});
th.setAttribute('aria-sort',asc?'ascending':'descending');
function key(r){var c=r.cells[col],v=c.dataset.v!==undefined?c.dataset.v:c.textContent.trim();return kind==='text'?v:(v===''?-1:parseFloat(v))}
var rows=Array.prototype.slice.call(tb.rows);rows.sort(function(x,y){var g=x.dataset.g-y.dataset.g;if(g)return g;
var a=key(x),c=key(y),r=kind==='text'?String(a).localeCompare(String(c)):a-c;if(!asc)r=-r;return r||x.dataset.rank-y.dataset.rank});
rows.forEach(function(r){tb.appendChild(r)})})})})();`;

/** Rule columns in the sheet's order: by step (clause 5.1), headline rules first within a step, then by clause. */
export function orderedRules(summary: BatchSummary): RuleColumn[] {
  const stepIndex = new Map<StepId, number>(summary.steps.map((s, i) => [s, i]));
  return [...summary.rules].sort(
    (a, b) => (stepIndex.get(a.step) ?? 99) - (stepIndex.get(b.step) ?? 99) || Number(b.headline) - Number(a.headline) || compareClauses(a.clause, b.clause) || a.id.localeCompare(b.id),
  );
}

function groupRow(rules: RuleColumn[], summary: BatchSummary, fixed: number, cls: string): string {
  const e = escapeHtml;
  const spans: { step: StepId; n: number }[] = [];
  for (const r of rules) {
    const last = spans[spans.length - 1];
    if (last && last.step === r.step) last.n++;
    else spans.push({ step: r.step, n: 1 });
  }
  const cells = spans.map((s) => `<th colspan="${s.n}" scope="colgroup">${e(summary.stepTitles[s.step]?.[summary.lang] ?? s.step)}</th>`).join('');
  return `<tr class="groups ${cls}"><th class="plan"></th><th colspan="${fixed}"></th>${cells}</tr>`;
}

function planCell(p: PlanRow, lang: Lang): string {
  const e = escapeHtml;
  const t = SHEET[lang];
  const name = p.title ?? (p.outcome === 'error' ? p.file : t.untitled);
  const title = p.report ? `<a class="title" href="${e(hrefOf(p.report))}">${e(name)}</a>` : `<span class="title">${e(name)}</span>`;
  const d = p.decision ?? 'none';
  return `<td class="plan" data-v="${e(p.file)}">${title}<span class="file">${e(p.file)}</span><span class="badge d-${d}">${DECISION_MARK[d]} ${e(DECISION_WORD[lang][d])}</span></td>`;
}

function decisionCell(p: PlanRow, lang: Lang): string {
  const e = escapeHtml;
  const t = SHEET[lang];
  const d = p.decision ?? 'none';
  const head = `<strong>${DECISION_MARK[d]} ${e(DECISION_WORD[lang][d])}</strong>`;
  if (p.outcome === 'error') return `<td class="decision d-none" data-v="${d}">${head}<div>${e(p.error?.code ?? '')} — ${e(p.error?.message ?? '')}</div></td>`;
  const reasons = p.reasons.length ? `<ul class="reasons">${p.reasons.map((r) => `<li>${e(reasonText(r, lang))}</li>`).join('')}</ul>` : '';
  const letter = p.letter
    ? `<div class="letters"><a class="letter" href="${e(hrefOf(p.letter.html))}">${e(p.decision === 'accept' ? t.letterAccept : t.letterSendBack)}</a> · <a href="${e(hrefOf(p.letter.md))}">Markdown</a></div>`
    : '';
  return `<td class="decision d-${d}" data-v="${d}">${head}${reasons}${letter}</td>`;
}

function profileCell(p: PlanRow, lang: Lang): string {
  const e = escapeHtml;
  if (!p.profile) return '<td class="profile"></td>';
  const from = p.profileFrom && p.profileFrom !== 'batch' ? `<span class="from">${e(PROFILE_FROM[lang][p.profileFrom])}</span>` : '';
  const suggest = p.suggestedProfile ? `<span class="suggest">${e(SHEET[lang].suggested(p.suggestedProfile.profile, p.suggestedProfile.cue))}</span>` : '';
  return `<td class="profile" data-v="${e(p.profile)}">${e(p.profile)}${from}${suggest}</td>`;
}

/** `href` is the plan's report link, escaped once per row. */
function ruleCell(p: PlanRow, href: string | null, r: RuleColumn, lang: Lang, extra: string): string {
  const e = escapeHtml;
  const s = p.statuses[r.id];
  if (!s) return `<td class="${extra}" data-v="9"></td>`;
  const word = STATUS_WORD[lang][s];
  const inner = href ? `<a href="${href}#rule-${e(r.id)}">${word}</a>` : word;
  const gap = p.failing.includes(r.id);
  const cls = [`s-${s}`, gap ? 'gap' : '', r.severity === 'info' && !gap ? 'info-rule' : '', extra].filter(Boolean).join(' ');
  const tip = gap ? ` title="${e(SEVERITY_WORD[lang].error)}"` : '';
  return `<td class="${cls}" data-v="${STATUS_ORDER[s]}"${tip}>${gap ? '<span class="mark">✗</span>' : ''}${inner}</td>`;
}

function missedSection(summary: BatchSummary): string {
  const e = escapeHtml;
  const lang = summary.lang;
  const t = SHEET[lang];
  const missed = mostMissed(summary);
  if (!missed.length || missed[0].of === 0) return '';
  const byId = new Map(summary.rules.map((r) => [r.id, r]));
  const item = (m: (typeof missed)[number]) => {
    const r = byId.get(m.id)!;
    return `<li class="sev-${m.severity}" data-rule="${e(m.id)}"><span class="sev-tag">${e(SEVERITY_WORD[lang][m.severity])}</span>${e(r.clause)} ${e(r.title[lang])}: <b>${m.missed}</b>/${m.of}</li>`;
  };
  const errors = missed.filter((m) => m.severity === 'error' && m.missed > 0);
  const others = missed.filter((m) => m.severity === 'warning' && m.missed > 0).slice(0, 5);
  return `<section class="missing"><h2>${e(t.most)}</h2><p>${e(t.mostOf(missed[0].of))}</p><div class="cols">
<div><h3>${e(t.mostError)}</h3>${errors.length ? `<ol class="most-error">${errors.map(item).join('')}</ol>` : `<p>${e(t.none)}</p>`}</div>
<div><h3>${e(t.mostOther)}</h3>${others.length ? `<ol class="most-other">${others.map(item).join('')}</ol>` : `<p>${e(t.none)}</p>`}</div></div></section>`;
}

export function renderSummaryHtml(summary: BatchSummary): string {
  const lang = summary.lang;
  const t = SHEET[lang];
  const e = escapeHtml;
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(Math.round(n)));
  const rules = orderedRules(summary);
  const headline = rules.filter((r) => r.headline);
  const only = (r: RuleColumn) => (r.headline ? '' : 'full-only');

  // Fixed columns after the plan: rank, decision, overall, error count, profile, horizon.
  const fixed: { label: string; sort: 'num' | 'text' | 'status' }[] = [
    { label: t.rank, sort: 'num' },
    { label: t.decision, sort: 'text' },
    { label: t.overall, sort: 'num' },
    { label: t.errors, sort: 'num' },
    { label: t.profile, sort: 'text' },
    { label: t.period, sort: 'text' },
  ];
  const cols = [
    `<th class="plan" data-col="0" data-sort="text" scope="col"><button type="button">${e(t.plan)}</button></th>`,
    ...fixed.map((f, i) => `<th data-col="${i + 1}" data-sort="${f.sort}" scope="col"><button type="button">${e(f.label)}</button></th>`),
    ...rules.map((r, i) => {
      const sev = SEVERITY_WORD[lang][r.severity];
      return `<th class="rule sev-${r.severity} ${only(r)}" data-col="${i + 1 + fixed.length}" data-sort="status" data-rule="${e(r.id)}" scope="col" title="${e(`${r.clause} ${r.title[lang]} (${sev}, ${r.id})`)}"><button type="button"><span class="sev-tag">${e(sev)}</span>${e(r.title[lang])}<span class="clause">${e(r.clause)}</span></button></th>`;
    }),
  ].join('');

  const body = summary.plans
    .map((p, i) => {
      const rank = p.rank ?? i + 1;
      const href = p.report ? e(hrefOf(p.report)) : null;
      const cells = [
        planCell(p, lang),
        `<td class="num">${rank}</td>`,
        decisionCell(p, lang),
        `<td class="num" data-v="${p.overall ?? ''}">${num(p.overall)}</td>`,
        `<td class="num">${p.outcome === 'error' ? '' : p.errors}</td>`,
        profileCell(p, lang),
        `<td class="period">${e(p.period ?? '')}</td>`,
        ...rules.map((r) => ruleCell(p, href, r, lang, only(r))),
      ];
      return `<tr class="${GROUP_CLASS[decisionGroup(p)]}" data-g="${decisionGroup(p)}" data-rank="${rank}" data-file="${e(p.file)}">${cells.join('')}</tr>`;
    })
    .join('\n');

  const totals = rules.map((r) => {
    const x = summary.totals[r.id];
    return `<td class="num ${only(r)}" title="${e(`fail ${x.fail}, partial ${x.partial}, pass ${x.pass}`)}">${x.fail + x.partial}</td>`;
  });
  const foot = `<tr><th class="plan">${e(t.totals)}</th><td colspan="${fixed.length}"></td>${totals.join('')}</tr>`;

  const c = summary.counts;
  const decisions = `<ul class="decisions"><li class="d-send-back"><span class="badge d-send-back">${DECISION_MARK['send-back']} ${e(DECISION_WORD[lang]['send-back'])}</span> <b>${c.sendBack}</b>${c.notPlans ? ` (${e(t.notPlans(c.notPlans))})` : ''}</li><li class="d-accept"><span class="badge d-accept">${DECISION_MARK.accept} ${e(DECISION_WORD[lang].accept)}</span> <b>${c.accept}</b></li>${c.errors ? `<li><span class="badge d-none">${DECISION_MARK.none} ${e(DECISION_WORD[lang].none)}</span> <b>${c.errors}</b></li>` : ''}</ul>`;
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(t.title)}</title><style>${STYLE}</style></head><body>
<h1>${e(t.title)}</h1>
<p class="counts">${c.plans} ${e(t.plans)}: ${c.checked} ${e(t.checked)}, ${c.skipped} ${e(t.skipped)}, ${c.errors} ${e(t.failed)} · ${e(t.defaultProfile)} ${e(summary.profile ?? '')} · ${e(t.ruleset)} ${e(summary.rulesetVersion ?? '')}</p>
${decisions}
${missedSection(summary)}
<input type="checkbox" id="show-all"> <label for="show-all" class="toggle">${e(t.showAll(rules.length, headline.length))}</label>
<p class="legend">${e(t.legend)}</p>
<table id="matrix"><thead>
${groupRow(headline, summary, fixed.length, 'view-headline')}
${groupRow(rules, summary, fixed.length, 'view-full')}
<tr class="cols">${cols}</tr></thead>
<tbody>
${body}
</tbody><tfoot>${foot}</tfoot></table>
<script>${SCRIPT}</script>
</body></html>
`;
}
