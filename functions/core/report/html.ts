// One self-contained HTML page (inline CSS, no script, no external request),
// zh or en, readable on a phone. Every piece of document text goes through escapeHtml.
import type { CheckResult, Lang, OutlineEntry, RuleResult } from '../check/result.ts';
import { anchorId, escapeHtml as h } from './escape.ts';
import { coverageSvg } from './coverage-svg.ts';
import { allEvidence, countsLine, defaultMaxEvidence, formatInsertion, formatLocation, formatScore, formatWhere, groupFindings, headingsOf, planTitle, type Headings } from './findings.ts';
import { drafterView, gapsOf, type DrafterView, type Gap } from './gaps.ts';
import { label, partStatusLabel, severityLabel, statusLabel } from './labels.ts';
import type { ReportOptions } from './options.ts';

const css = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:1rem;line-height:1.6;color:#212121;background:#fafafa;overflow-wrap:anywhere}
main{max-width:60rem;margin:0 auto}
h1{font-size:1.5rem;margin:.2rem 0}
h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#555;font-size:.9rem}
.score{font-size:2.2rem;font-weight:700}
.verdict-bad{background:#fff3e0;border:2px solid #ef6c00;padding:.8rem;font-weight:600;border-radius:6px}
.verdict-ok{color:#2e7d32}
article.finding{background:#fff;border:1px solid #ddd;border-left:6px solid #9e9e9e;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
article.fail{border-left-color:#c62828}
article.partial{border-left-color:#f9a825}
article.waived{border-left-color:#7e57c2}
article.pass{border-left-color:#2e7d32}
article h3{margin:0 0 .3rem;font-size:1.05rem}
.badge{display:inline-block;padding:0 .5em;border-radius:1em;font-size:.8rem;background:#eee;margin-right:.3em}
.badge.error{background:#ffcdd2}.badge.warning{background:#fff9c4}.badge.info{background:#e3f2fd}
ul.parts{list-style:none;padding:0;margin:.4rem 0}
ul.parts li{display:inline-block;margin:.15rem .3rem .15rem 0;padding:.05rem .5rem;border-radius:4px;font-size:.9rem}
.present{background:#e8f5e9}.mentioned{background:#fff8e1}.missing{background:#ffebee;text-decoration:underline dotted}
blockquote{margin:.4rem 0;padding:.3rem .7rem;border-left:3px solid #bbb;background:#f5f5f5;white-space:pre-wrap}
.where{display:block;font-size:.8rem;color:#666}
.add{background:#e3f2fd;padding:.4rem .7rem;border-radius:4px}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #e0e0e0;padding:.3rem;text-align:left}
code{font-family:ui-monospace,monospace;font-size:.9em}
.first{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.6rem 1rem;margin:.6rem 0}
.first .score{margin-right:.4rem}
.to-fix{margin:.4rem 0 0}.to-fix ol{margin:.2rem 0;padding-left:1.4rem}.to-fix li{margin:.15rem 0}
.to-fix .go{display:block;font-size:.85rem;color:#1b5e20}
ol.outline{list-style:none;padding:0;margin:.5rem 0}
ol.outline li{padding:.15rem .4rem;border-left:3px solid transparent}
ol.outline li.sec .h{font-weight:600}
.l1{margin-left:0}.l2{margin-left:1rem}.l3{margin-left:2rem}.l4{margin-left:3rem}.l5,.l6{margin-left:3.6rem}
@media (max-width:40rem){.l2{margin-left:.5rem}.l3{margin-left:1rem}.l4,.l5,.l6{margin-left:1.4rem}}
.chip{display:inline-block;font-size:.78rem;padding:0 .4rem;margin:.1rem .2rem;border-radius:4px;text-decoration:none;color:inherit}
.chip.fail{background:#ffcdd2}.chip.partial{background:#fff3c4}.chip.ok{background:#e8f5e9}
li.gap{background:#e3f2fd;border-left-color:#1565c0;border-radius:4px;margin:.2rem 0}
li.gap.error{background:#ffebee;border-left-color:#c62828}
.plus{font-weight:700;color:#1565c0;margin-right:.2rem}li.gap.error .plus{color:#c62828}
.starter{display:block;margin:.3rem 0;padding:.3rem .6rem;background:#fff;border:1px dashed #90a4ae;border-radius:4px;white-space:pre-wrap;font-family:inherit;user-select:all;-webkit-user-select:all}
details.related{margin-top:.5rem}
@media (max-width:40rem){body{padding:.5rem}.score{font-size:1.6rem}h1{font-size:1.2rem}}
`;

function evidenceHtml(rule: RuleResult, lang: Lang, maxEvidence: number, headings: Headings): string {
  const evidence = allEvidence(rule);
  const quotes = evidence
    .slice(0, maxEvidence)
    .map((e) => `<blockquote><span class="where">${h(formatWhere(e, lang, headings))}</span>${h(e.quote)}</blockquote>`)
    .join('');
  const more = evidence.length > maxEvidence ? `<p class="meta">${h(label(lang, 'moreEvidence', { n: evidence.length - maxEvidence }))}</p>` : '';
  return quotes ? `<h4>${h(label(lang, 'evidence'))}</h4>${quotes}${more}` : '';
}

const paren = (lang: Lang, text: string): string => (lang === 'zh' ? `（${text}）` : ` (${text})`);
const partLabels = (gap: Gap, lang: Lang): string => gap.parts.map((p) => p.label[lang]).join(lang === 'zh' ? '、' : ', ');

function gapLine(gap: Gap, lang: Lang, headings: Headings): string {
  return `<p class="add"><strong>${h(label(lang, 'whereToWrite'))}${gap.parts.length ? h(paren(lang, partLabels(gap, lang))) : ''}:</strong> ${h(formatInsertion(gap.point, lang, headings))}</p>`;
}

function findingHtml(rule: RuleResult, lang: Lang, maxEvidence: number, headings: Headings, folded: RuleResult[] = []): string {
  const parts = rule.parts.length
    ? `<ul class="parts">${rule.parts
        .map((p) => `<li class="${p.status}" title="${h(partStatusLabel[p.status][lang])}">${h(partStatusLabel[p.status][lang])}: ${h(p.label[lang])}</li>`)
        .join('')}</ul>`
    : '';
  const open = rule.status === 'fail' || rule.status === 'partial';
  const related = folded.length
    ? `<details class="related"><summary>${h(label(lang, 'alsoReported'))}: ${folded.map((r) => h(r.title[lang])).join(lang === 'zh' ? '、' : ', ')}</summary>${folded.map((r) => findingHtml(r, lang, maxEvidence, headings)).join('')}</details>`
    : '';
  return (
    `<article class="finding ${rule.status}" id="${anchorId(rule.id)}">` +
    `<h3><a href="#${anchorId(rule.id)}">${h(rule.title[lang])}</a></h3>` +
    `<p><span class="badge status-${rule.status}">${h(statusLabel[rule.status][lang])}</span>` +
    `<span class="badge ${rule.severity}">${h(severityLabel[rule.severity][lang])}</span>` +
    `<span class="badge">${h(label(lang, 'clause'))} ${h(rule.clause)}</span>` +
    `<code>${h(rule.id)}</code></p>` +
    `<p>${h(rule.message)}</p>` +
    (rule.waiver ? `<p><strong>${h(label(lang, 'waived'))}:</strong> ${h(rule.waiver.reason)}</p>` : '') +
    parts +
    evidenceHtml(rule, lang, maxEvidence, headings) +
    (open ? `<p class="add"><strong>${h(label(lang, 'toAdd'))}:</strong> ${h(rule.expected)}</p>` + gapsOf(rule).map((g) => gapLine(g, lang, headings)).join('') : '') +
    related +
    `</article>`
  );
}

function gapItem(gap: Gap, level: number, lang: Lang): string {
  const what = gap.point.heading ? gap.point.heading[lang] : `${label(lang, 'insertHere')}${gap.parts.length ? (lang === 'zh' ? '：' : ': ') + partLabels(gap, lang) : ''}`;
  return (
    `<li class="gap ${gap.rule.severity} l${Math.min(Math.max(level, 1), 6)}"><span class="plus">＋</span><strong>${h(what)}</strong> ` +
    [gap.rule, ...(gap.also ?? [])].map((r) => `<a class="chip ${r.status}" href="#${anchorId(r.id)}">${h(r.title[lang])} · ${h(r.clause)}</a>`).join('') +
    `<span class="badge ${gap.rule.severity}">${h(severityLabel[gap.rule.severity][lang])}</span>` +
    `<span class="where">${h(label(lang, 'starter'))}</span><span class="starter">${h(gap.point.starter[lang])}</span></li>`
  );
}

function sectionItem(entry: OutlineEntry, byId: Map<string, RuleResult>, lang: Lang): string {
  const rules = entry.findings.map((id) => byId.get(id)).filter((r): r is RuleResult => !!r);
  const open = rules.filter((r) => r.status === 'fail' || r.status === 'partial');
  const met = rules.filter((r) => r.status === 'pass').length;
  return (
    `<li class="sec l${Math.min(entry.level, 6)}"><span class="h">${h(entry.heading)}</span> ` +
    open.map((r) => `<a class="chip ${r.status}" href="#${anchorId(r.id)}">${h(r.title[lang])}</a>`).join('') +
    (met ? `<span class="chip ok">✓ ${h(label(lang, 'sectionOk', { n: met }))}</span>` : '') +
    `</li>`
  );
}

/** The plan's own outline with each section's findings, and every gap where it goes. */
function outlineHtml(result: CheckResult, view: DrafterView, lang: Lang): string {
  const outline = result.outline ?? [];
  if (!outline.length && !view.top.length && !view.elsewhere.length) return '';
  const byId = new Map(result.results.map((r) => [r.id, r]));
  const items: string[] = view.top.map((g) => gapItem(g, 1, lang));
  outline.forEach((entry, i) => {
    items.push(sectionItem(entry, byId, lang));
    for (const g of view.inside.get(i) ?? []) items.push(gapItem(g, entry.level + 1, lang));
    for (const g of view.after.get(i) ?? []) items.push(gapItem(g, g.point.after?.length ?? entry.level, lang));
  });
  const elsewhere = view.elsewhere.length ? `<h3>${h(label(lang, 'elsewhere'))}</h3><ol class="outline">${view.elsewhere.map((g) => gapItem(g, 1, lang)).join('')}</ol>` : '';
  return (
    `<section id="outline" aria-labelledby="h-outline"><h2 id="h-outline">${h(label(lang, 'outline'))}</h2>` +
    `<p class="meta">${h(label(lang, 'outlineDesc'))}</p><ol class="outline">${items.join('')}</ol>${elsewhere}</section>`
  );
}

/** What the first screen says: the verdict (not a plan: first), the score, and the error-level gaps in words with their clauses. */
function firstScreen(result: CheckResult, view: DrafterView, lang: Lang, headings: Headings): string {
  const v = result.verdict;
  const notPlan = !v.isPlan
    ? `<p class="verdict-bad" role="alert">${h(label(lang, 'verdictNotPlan'))}${v.genreLabel ? ` (${h(v.genreLabel)})` : ''}${v.reasons.length ? `<br>${v.reasons.map(h).join('<br>')}` : ''}</p>`
    : '';
  const score =
    `<p><span class="score">${h(formatScore(result.scores.overall, lang))}</span> ${h(label(lang, 'overall'))} · ${h(countsLine(result, lang))}</p>`;
  let fix: string;
  if (!v.isPlan) fix = `<p class="to-fix">${h(label(lang, 'notPlanFirst'))}</p>`;
  else if (!view.errors.length) fix = `<p class="to-fix verdict-ok">${h(label(lang, 'noneToFix'))}</p>`;
  else {
    const items = view.errors.map((r) => {
      const go = gapsOf(r).map((g) => `<span class="go">${h(formatInsertion(g.point, lang, headings))}</span>`).join('');
      return `<li><a href="#${anchorId(r.id)}">${h(r.title[lang])}</a>${h(paren(lang, `${label(lang, 'clause')} ${r.clause}`))}${lang === 'zh' ? '：' : ': '}${h(r.message)}${go}</li>`;
    });
    fix = `<div class="to-fix"><strong>${h(label(lang, 'toFix', { n: view.errors.length }))}</strong><ol>${items.join('')}</ol></div>`;
  }
  const ok = v.isPlan ? `<p class="verdict-ok">${h(label(lang, 'verdictPlan'))} (${h(label(lang, 'confidence'))} ${Math.round(v.confidence * 100)}%)</p>` : '';
  return `<section class="first" aria-label="${h(label(lang, 'report'))}">${notPlan}${score}${fix}${ok}</section>`;
}

export function renderHtml(result: CheckResult, options: ReportOptions = {}): string {
  const lang = options.lang ?? result.lang;
  const maxEvidence = options.maxEvidence ?? defaultMaxEvidence;
  const title = planTitle(result, lang);
  const headings = headingsOf(result);
  const view = drafterView(result);
  const { pass, notApplicable } = groupFindings(result);
  const warnings = result.document.warnings.length
    ? `<details><summary>${h(label(lang, 'warnings'))} (${result.document.warnings.length})</summary><ul>${result.document.warnings
        .map((w) => `<li><code>${h(w.code)}</code> ${h(w.message)}${w.position ? ` (${h(formatLocation(w.position))})` : ''}</li>`)
        .join('')}</ul></details>`
    : '';
  const list = (rules: RuleResult[]) => rules.map((r) => findingHtml(r, lang, maxEvidence, headings, view.folded.get(r.id))).join('');
  const body =
    `<header><p class="meta">${h(label(lang, 'report'))}</p><h1>${h(title)}</h1>` +
    firstScreen(result, view, lang, headings) +
    `<p class="meta">${result.document.source ? `${h(label(lang, 'source'))}: <code>${h(result.document.source)}</code> · ` : ''}` +
    `${h(label(lang, 'profile'))}: <code>${h(result.profile.name)}</code> · ${h(label(lang, 'guide'))}: ${h(result.guide.id)} ${h(result.guide.title)}</p>` +
    warnings +
    `</header>` +
    `<section aria-labelledby="h-coverage"><h2 id="h-coverage">${h(label(lang, 'coverage'))}</h2>${coverageSvg(result, lang)}</section>` +
    outlineHtml(result, view, lang) +
    (view.primary.length ? `<section aria-labelledby="h-findings"><h2 id="h-findings">${h(label(lang, 'findings'))}</h2>${list(view.primary)}</section>` : '') +
    (pass.length ? `<details><summary>${h(label(lang, 'passing'))} (${pass.length})</summary>${list(pass)}</details>` : '') +
    (notApplicable.length ? `<details><summary>${h(label(lang, 'notApplicable'))} (${notApplicable.length})</summary>${list(notApplicable)}</details>` : '') +
    `<footer><p class="meta">${h(label(lang, 'generatedBy', { checker: result.checker.name, version: result.checker.version, ruleset: result.checker.rulesetVersion }))}</p></footer>`;
  return (
    `<!DOCTYPE html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${h(label(lang, 'report'))}: ${h(title)}</title><style>${css}</style></head>` +
    `<body><main>${body}</main></body></html>\n`
  );
}
