// One self-contained HTML page (inline CSS, no script, no external request),
// zh or en, readable on a phone. Every piece of document text goes through escapeHtml.
import type { CheckResult, Lang, RuleResult } from '../check/result.ts';
import { anchorId, escapeHtml as h } from './escape.ts';
import { coverageSvg } from './coverage-svg.ts';
import { allEvidence, countsLine, defaultMaxEvidence, formatLocation, formatScore, groupFindings, planTitle } from './findings.ts';
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
@media (max-width:40rem){body{padding:.5rem}.score{font-size:1.6rem}h1{font-size:1.2rem}}
`;

function findingHtml(rule: RuleResult, lang: Lang, maxEvidence: number): string {
  const parts = rule.parts.length
    ? `<ul class="parts">${rule.parts
        .map((p) => `<li class="${p.status}" title="${h(partStatusLabel[p.status][lang])}">${h(partStatusLabel[p.status][lang])}: ${h(p.label[lang])}</li>`)
        .join('')}</ul>`
    : '';
  const evidence = allEvidence(rule);
  const quotes = evidence
    .slice(0, maxEvidence)
    .map((e) => `<blockquote><span class="where">${h(formatLocation(e.position))}${e.path.length ? ' · ' + h(e.path.join(' › ')) : ''}</span>${h(e.quote)}</blockquote>`)
    .join('');
  const more = evidence.length > maxEvidence ? `<p class="meta">${h(label(lang, 'moreEvidence', { n: evidence.length - maxEvidence }))}</p>` : '';
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
    (quotes ? `<h4>${h(label(lang, 'evidence'))}</h4>${quotes}${more}` : '') +
    (rule.status === 'pass' || rule.status === 'waived' || rule.status === 'not-applicable'
      ? ''
      : `<p class="add"><strong>${h(label(lang, 'toAdd'))}:</strong> ${h(rule.expected)}</p>`) +
    `</article>`
  );
}

export function renderHtml(result: CheckResult, options: ReportOptions = {}): string {
  const lang = options.lang ?? result.lang;
  const maxEvidence = options.maxEvidence ?? defaultMaxEvidence;
  const title = planTitle(result, lang);
  const { open, pass, notApplicable } = groupFindings(result);
  const verdict = result.verdict.isPlan
    ? `<p class="verdict-ok">${h(label(lang, 'verdictPlan'))} (${h(label(lang, 'confidence'))} ${Math.round(result.verdict.confidence * 100)}%)</p>`
    : `<p class="verdict-bad" role="alert">${h(label(lang, 'verdictNotPlan'))}${result.verdict.reasons.length ? `<br>${result.verdict.reasons.map(h).join('<br>')}` : ''}</p>`;
  const warnings = result.document.warnings.length
    ? `<details><summary>${h(label(lang, 'warnings'))} (${result.document.warnings.length})</summary><ul>${result.document.warnings
        .map((w) => `<li><code>${h(w.code)}</code> ${h(w.message)}${w.position ? ` (${h(formatLocation(w.position))})` : ''}</li>`)
        .join('')}</ul></details>`
    : '';
  const list = (rules: RuleResult[]) => rules.map((r) => findingHtml(r, lang, maxEvidence)).join('');
  const body =
    `<header><p class="meta">${h(label(lang, 'report'))}</p><h1>${h(title)}</h1>` +
    `<p class="meta">${result.document.source ? `${h(label(lang, 'source'))}: <code>${h(result.document.source)}</code> · ` : ''}` +
    `${h(label(lang, 'profile'))}: <code>${h(result.profile.name)}</code> · ${h(label(lang, 'guide'))}: ${h(result.guide.id)} ${h(result.guide.title)}</p>` +
    verdict +
    `<p><span class="score">${h(formatScore(result.scores.overall, lang))}</span> ${h(label(lang, 'overall'))}</p>` +
    `<p>${h(countsLine(result, lang))}${result.summary.errors ? ` · <strong>${h(label(lang, 'errors', { n: result.summary.errors }))}</strong>` : ''}</p>` +
    warnings +
    `</header>` +
    `<section aria-labelledby="h-coverage"><h2 id="h-coverage">${h(label(lang, 'coverage'))}</h2>${coverageSvg(result, lang)}</section>` +
    (open.length ? `<section aria-labelledby="h-findings"><h2 id="h-findings">${h(label(lang, 'findings'))}</h2>${list(open)}</section>` : '') +
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
