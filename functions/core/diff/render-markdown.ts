// The diff as GitHub-flavoured Markdown: headline, the score change of every
// step, new and resolved findings, still-open ones folded.
import type { Lang } from '../check/result.ts';
import { escapeMarkdown as md } from '../report/escape.ts';
import { severityLabel } from '../report/labels.ts';
import type { PlanDiff, StepChange } from './diff.ts';
import type { Finding } from './findings.ts';
import { anchorText, diffLabel, findingStatus, formatDelta, formatDiffScore, noteLine, otherSide, scoreMove, stillOpenPlace, stillOpenStatus } from './labels.ts';
import type { DiffRenderOptions } from './render-text.ts';

const sideName = (d: PlanDiff['base'], lang: Lang) => md(d.title ?? d.source ?? diffLabel(lang, 'none'));

/** One finding on one line: "`rule` › part — title (clause), severity · status · where". */
export function findingLine(f: Finding, lang: Lang, tail: string): string {
  const name = f.part ? `\`${md(f.rule)}\` › ${md(f.part.label[lang])}` : `\`${md(f.rule)}\``;
  return `- ${name} — ${md(f.title[lang])} (${md(f.clause)}), ${severityLabel[f.severity][lang]} · ${tail}`;
}

export function newLine(n: PlanDiff['new'][number], lang: Lang): string {
  return findingLine(n.finding, lang, `${findingStatus(n.finding, lang)} · ${md(anchorText(n.finding, lang))}`);
}

export function resolvedLine(r: PlanDiff['resolved'][number], lang: Lang): string {
  return findingLine(r.finding, lang, `${diffLabel(lang, 'now')} ${otherSide(r.after, lang)}${r.after.anchor.length ? ` · ${md(r.after.anchor.join(' › '))}` : ''}`);
}

export function stillOpenLine(o: PlanDiff['stillOpen'][number], lang: Lang): string {
  return findingLine(o.finding, lang, `${stillOpenStatus(o, lang)} · ${md(stillOpenPlace(o, lang))}`);
}

/** The eight steps with base, head and change. */
export function stepTable(steps: StepChange[], lang: Lang): string[] {
  const out = [`| ${diffLabel(lang, 'step')} | ${diffLabel(lang, 'base')} | ${diffLabel(lang, 'head')} | ${diffLabel(lang, 'change')} |`, '| --- | ---: | ---: | ---: |'];
  for (const s of steps) {
    const cell = (score: number | null, inScope: boolean) => (inScope ? formatDiffScore(score, lang) : `_${diffLabel(lang, 'outOfScope')}_`);
    out.push(`| ${md(s.title[lang])} | ${cell(s.base, s.inScope.base)} | ${cell(s.head, s.inScope.head)} | ${formatDelta(s.delta)} |`);
  }
  return out;
}

export function renderDiffMarkdown(diff: PlanDiff, options: DiffRenderOptions = {}): string {
  const lang = options.lang ?? diff.head.lang;
  const s = diff.summary;
  const out: string[] = [];
  out.push(`## ${diffLabel(lang, 'whatChanged')}: ${sideName(diff.base, lang)} → ${sideName(diff.head, lang)}`, '');
  out.push(`**${diffLabel(lang, 'overall')}** ${scoreMove(diff.scores.overall, lang)} · ${diffLabel(lang, 'counts', { new: s.new, resolved: s.resolved, open: s.stillOpen })}` + (s.newErrors ? ` · **${diffLabel(lang, 'newErrors', { n: s.newErrors })}**` : ''), '');
  for (const n of diff.notes) out.push(`> ${md(noteLine(n, lang))}`, '');
  out.push(...stepTable(diff.scores.steps, lang), '');
  out.push(`### ${diffLabel(lang, 'newSince')} (${s.new})`, '');
  if (diff.new.length) out.push(...diff.new.map((n) => newLine(n, lang)), '');
  out.push(`### ${diffLabel(lang, 'resolved')} (${s.resolved})`, '');
  if (diff.resolved.length) out.push(...diff.resolved.map((r) => resolvedLine(r, lang)), '');
  if (diff.stillOpen.length) {
    out.push(`<details><summary>${diffLabel(lang, 'stillOpen')} (${s.stillOpen})</summary>`, '', ...diff.stillOpen.map((o) => stillOpenLine(o, lang)), '', '</details>', '');
  } else out.push(`### ${diffLabel(lang, 'stillOpen')} (0)`, '');
  return out.join('\n');
}
