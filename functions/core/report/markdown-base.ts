// The Markdown report against a base (plancheck check --format md --base
// report.json): a pull-request comment that says first what this change
// broke, then what is still open and what it fixed, one line each, and folds
// the rest — short for a small plan, where the full report runs to hundreds of
// lines.
import type { CheckResult, Lang, RuleResult } from '../check/result.ts';
import { diffResults, type PlanDiff } from '../diff/diff.ts';
import { diffLabel, findingStatus, noteLine, scoreMove } from '../diff/labels.ts';
import { resolvedLine, stepTable } from '../diff/render-markdown.ts';
import { escapeMarkdown as md } from './escape.ts';
import { defaultMaxEvidence, groupFindings, headingsOf } from './findings.ts';
import { label, partStatusLabel, severityLabel, statusEmoji, statusLabel } from './labels.ts';
import { finding, footerLine, foldedRules, headerLines, verdictLines } from './markdown.ts';
import type { ReportOptions } from './options.ts';

/** One still-open rule on one line: status, id, title, clause, severity, and its parts missing or only mentioned. */
function openRuleLine(rule: RuleResult, lang: Lang): string {
  const gaps = (['missing', 'mentioned'] as const)
    .map((s) => [s, rule.parts.filter((p) => p.status === s)] as const)
    .filter(([, parts]) => parts.length)
    .map(([s, parts]) => `${partStatusLabel[s][lang]}: ${parts.map((p) => md(p.label[lang])).join(lang === 'zh' ? '、' : ', ')}`);
  return `- ${statusEmoji[rule.status]} \`${rule.id}\` ${md(rule.title[lang])} (${md(rule.clause)}), ${severityLabel[rule.severity][lang]}${gaps.length ? ` · ${gaps.join(' · ')}` : ''}`;
}

/** What is new in a rule, under its heading: "New since the base: 人才保障 (missing)". */
function newPartsLine(diff: PlanDiff, rule: RuleResult, lang: Lang): string {
  const mine = diff.new.filter((n) => n.finding.rule === rule.id).map((n) => n.finding);
  const what = mine.map((f) => (f.part ? `${md(f.part.label[lang])} (${findingStatus(f, lang)})` : findingStatus(f, lang)));
  return `**🆕 ${diffLabel(lang, 'newSince')}:** ${what.join(lang === 'zh' ? '、' : ', ')}`;
}

export function renderMarkdownAgainstBase(result: CheckResult, base: CheckResult, options: ReportOptions = {}): string {
  const lang = options.lang ?? result.lang;
  const maxEvidence = options.maxEvidence ?? defaultMaxEvidence;
  const diff = diffResults(base, result);
  const s = diff.summary;
  const out: string[] = [...headerLines(result, lang)];
  const baseName = md(base.document.source ?? base.document.title ?? diffLabel(lang, 'base'));
  out.push(
    `**${diffLabel(lang, 'sinceBase', { base: `\`${baseName}\`` })}:** ${label(lang, 'overall')} ${scoreMove(diff.scores.overall, lang)} · ${diffLabel(lang, 'counts', { new: s.new, resolved: s.resolved, open: s.stillOpen })}`,
    '',
  );
  for (const n of diff.notes) out.push(`> ${md(noteLine(n, lang))}`, '');
  out.push(...verdictLines(result, lang));

  const { open, pass, notApplicable } = groupFindings(result);
  const headings = headingsOf(result);
  const withNew = new Set(diff.new.map((n) => n.finding.rule));
  const fresh = open.filter((r) => withNew.has(r.id));
  out.push(`## 🆕 ${diffLabel(lang, 'newSince')} (${s.new})`, '');
  for (const rule of fresh) {
    const [heading, ...body] = finding(rule, lang, maxEvidence, headings);
    out.push(heading, '', newPartsLine(diff, rule, lang), ...body);
  }

  const still = open.filter((r) => !withNew.has(r.id) && r.status !== 'waived');
  out.push(`## ${diffLabel(lang, 'stillOpenRules', { n: still.length })}`, '');
  if (still.length) out.push(...still.map((r) => openRuleLine(r, lang)), '');

  out.push(`## ✅ ${diffLabel(lang, 'resolvedSince')} (${s.resolved})`, '');
  if (diff.resolved.length) out.push(...diff.resolved.map((r) => resolvedLine(r, lang)), '');

  out.push(`<details><summary>${diffLabel(lang, 'stepsTable')}</summary>`, '', ...stepTable(diff.scores.steps, lang), '', '</details>', '');
  const waived = open.filter((r) => r.status === 'waived');
  out.push(...foldedRules(statusLabel.waived[lang], waived, lang));
  out.push(...foldedRules(label(lang, 'passing'), pass, lang), ...foldedRules(label(lang, 'notApplicable'), notApplicable, lang));
  out.push(footerLine(result, lang));
  return out.join('\n') + '\n';
}
