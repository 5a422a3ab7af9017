// GitHub-flavoured Markdown that fits a pull-request comment: summary line,
// per-step table, open findings (errors first), passing rules folded away.
import type { CheckResult, Lang, RuleResult } from '../check/result.ts';
import { escapeMarkdown as md } from './escape.ts';
import { allEvidence, countsLine, defaultMaxEvidence, formatInsertion, formatScore, formatWhere, groupFindings, headingsOf, planTitle, type Headings } from './findings.ts';
import { gapsOf } from './gaps.ts';
import { label, partStatusLabel, severityLabel, statusEmoji, statusLabel } from './labels.ts';
import type { ReportOptions } from './options.ts';

/** One rule's block: heading, clause and severity, message, parts, evidence, what to add (also the new-first comment's, markdown-base.ts). */
export function finding(rule: RuleResult, lang: Lang, maxEvidence: number, headings: Headings): string[] {
  const out: string[] = [];
  const status = `${statusEmoji[rule.status]} ${statusLabel[rule.status][lang]}`;
  out.push(`### ${status} \`${rule.id}\` ${md(rule.title[lang])}`);
  out.push('');
  out.push(`**${label(lang, 'clause')}** ${md(rule.clause)} · **${label(lang, 'severity')}** ${severityLabel[rule.severity][lang]} · **${label(lang, 'score')}** ${Math.round(rule.score * 100)}`);
  out.push('');
  out.push(md(rule.message));
  if (rule.waiver) out.push('', `**${label(lang, 'waived')}:** ${md(rule.waiver.reason)}`);
  if (rule.parts.length) {
    out.push('');
    for (const status of ['present', 'mentioned', 'missing'] as const) {
      const parts = rule.parts.filter((p) => p.status === status);
      if (parts.length) out.push(`- **${partStatusLabel[status][lang]}:** ${parts.map((p) => md(p.label[lang])).join(lang === 'zh' ? '、' : ', ')}`);
    }
  }
  const evidence = allEvidence(rule);
  if (evidence.length) {
    out.push('', `**${label(lang, 'evidence')}**`, '');
    for (const e of evidence.slice(0, maxEvidence)) {
      out.push(`- ${md(formatWhere(e, lang, headings))}: ${md(e.quote)}`);
    }
    if (evidence.length > maxEvidence) out.push(`- ${label(lang, 'moreEvidence', { n: evidence.length - maxEvidence })}`);
  }
  if (rule.status !== 'waived') out.push('', `**${label(lang, 'toAdd')}:** ${md(rule.expected)}`);
  for (const gap of gapsOf(rule)) out.push('', `**${label(lang, 'whereToWrite')}:** ${md(formatInsertion(gap.point, lang, headings))}`);
  out.push('');
  return out;
}

/** Title line and the summary line (profile, overall score, counts, errors), with a blank line after each. */
export function headerLines(result: CheckResult, lang: Lang): string[] {
  return [
    `## ${label(lang, 'report')}: ${md(planTitle(result, lang))}`,
    '',
    `**${label(lang, 'profile')}** \`${result.profile.name}\` · **${label(lang, 'overall')}** ${formatScore(result.scores.overall, lang)} · ${countsLine(result, lang)}` +
      (result.summary.errors ? ` · **${label(lang, 'errors', { n: result.summary.errors })}**` : ''),
    '',
  ];
}

/** The callout when the document does not read as a plan (none when it does). */
export function verdictLines(result: CheckResult, lang: Lang): string[] {
  if (result.verdict.isPlan) return [];
  return [`> [!WARNING]`, `> ${label(lang, 'verdictNotPlan')}${result.verdict.reasons.length ? ' ' + result.verdict.reasons.map(md).join('; ') : ''}`, ''];
}

/** Rules listed one a line inside <details> (nothing when there are none). */
export function foldedRules(summary: string, rules: RuleResult[], lang: Lang): string[] {
  if (!rules.length) return [];
  return [
    `<details><summary>${summary} (${rules.length})</summary>`,
    '',
    ...rules.map((r) => `- ${statusEmoji[r.status]} \`${r.id}\` ${md(r.title[lang])} (${md(r.clause)})`),
    '',
    '</details>',
    '',
  ];
}

export function footerLine(result: CheckResult, lang: Lang): string {
  return `<sub>${md(label(lang, 'generatedBy', { checker: result.checker.name, version: result.checker.version, ruleset: result.checker.rulesetVersion }))} · ${md(result.guide.id)}</sub>`;
}

export function renderMarkdown(result: CheckResult, options: ReportOptions = {}): string {
  const lang = options.lang ?? result.lang;
  const maxEvidence = options.maxEvidence ?? defaultMaxEvidence;
  const out: string[] = [...headerLines(result, lang), ...verdictLines(result, lang)];
  out.push(`| ${label(lang, 'stage')} | ${label(lang, 'step')} | ${label(lang, 'score')} |`, '| --- | --- | ---: |');
  for (const stage of result.scores.stages) {
    for (const step of stage.steps) {
      const score = step.inScope ? formatScore(step.score, lang) : `_${label(lang, 'outOfScope')}_`;
      out.push(`| ${md(stage.title[lang])} | ${md(step.title[lang])} | ${score} |`);
    }
  }
  out.push('');
  const { open, pass, notApplicable } = groupFindings(result);
  if (open.length) {
    out.push(`## ${label(lang, 'findings')}`, '');
    const headings = headingsOf(result);
    for (const rule of open) out.push(...finding(rule, lang, maxEvidence, headings));
  }
  out.push(...foldedRules(label(lang, 'passing'), pass, lang), ...foldedRules(label(lang, 'notApplicable'), notApplicable, lang));
  out.push(footerLine(result, lang));
  return out.join('\n') + '\n';
}
