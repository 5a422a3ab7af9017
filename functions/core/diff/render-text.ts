// The diff as plain text for a terminal: the headline, the steps whose score
// moved, then new, resolved and still-open findings, one line each.
import type { Lang } from '../check/result.ts';
import { severityLabel } from '../report/labels.ts';
import { stripControl } from '../report/escape.ts';
import type { PlanDiff } from './diff.ts';
import type { Finding } from './findings.ts';
import { anchorText, diffLabel, findingName, findingStatus, formatDelta, formatDiffScore, noteLine, otherSide, scoreMove, stillOpenPlace, stillOpenStatus } from './labels.ts';

export interface DiffRenderOptions {
  /** Language of the labels; defaults to the head's. */
  lang?: Lang;
}

/** Display width of a string in a monospaced terminal: CJK counts two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

function side(d: PlanDiff['base'], lang: Lang): string {
  const name = d.title ?? d.source ?? diffLabel(lang, 'none');
  return d.source && d.title ? `${name} (${d.source})` : name;
}

export function renderDiffText(diff: PlanDiff, options: DiffRenderOptions = {}): string {
  const lang = options.lang ?? diff.head.lang;
  const t = (s: string) => stripControl(s).replace(/\s+/g, ' ');
  const out: string[] = [];
  out.push(`${diffLabel(lang, 'whatChanged')}: ${t(side(diff.base, lang))} → ${t(side(diff.head, lang))}`);
  const s = diff.summary;
  out.push(`${diffLabel(lang, 'overall')} ${scoreMove(diff.scores.overall, lang)} · ${diffLabel(lang, 'counts', { new: s.new, resolved: s.resolved, open: s.stillOpen })}`);
  for (const n of diff.notes) out.push(`! ${noteLine(n, lang)}`);

  const moved = diff.scores.steps.filter((st) => st.delta !== 0 || st.inScope.base !== st.inScope.head);
  out.push('', `${diffLabel(lang, 'scoreByStep')}:`);
  if (!moved.length) out.push(`  ${diffLabel(lang, 'scoreUnchanged')}`);
  const stepWidth = Math.max(0, ...moved.map((st) => width(st.title[lang])));
  for (const st of moved) {
    out.push(`  ${pad(st.title[lang], stepWidth)}  ${formatDiffScore(st.base, lang).padStart(5)} → ${formatDiffScore(st.head, lang).padStart(5)}  ${formatDelta(st.delta)}`);
  }
  if (moved.length && moved.length < diff.scores.steps.length) out.push(`  (${diffLabel(lang, 'otherSteps')})`);

  const names = [...diff.new.map((x) => x.finding), ...diff.resolved.map((x) => x.finding), ...diff.stillOpen.map((x) => x.finding)].map((f) => findingName(f, lang));
  const nameWidth = Math.min(48, Math.max(0, ...names.map(width)));
  const line = (mark: string, f: Finding, tail: string) =>
    `  ${mark} ${pad(severityLabel[f.severity][lang], lang === 'zh' ? 4 : 7)} ${pad(t(findingName(f, lang)), nameWidth)}  ${t(f.title[lang])} (${f.clause}) · ${t(tail)}`;

  out.push('', `${diffLabel(lang, 'newSince')} (${s.new}):`);
  for (const n of diff.new) out.push(line('+', n.finding, `${findingStatus(n.finding, lang)} · ${anchorText(n.finding, lang)}`));
  out.push('', `${diffLabel(lang, 'resolved')} (${s.resolved}):`);
  for (const r of diff.resolved) out.push(line('-', r.finding, `${diffLabel(lang, 'now')} ${otherSide(r.after, lang)}${r.after.anchor.length ? ` · ${r.after.anchor.join(' › ')}` : ''}`));
  out.push('', `${diffLabel(lang, 'stillOpen')} (${s.stillOpen}):`);
  for (const o of diff.stillOpen) out.push(line('=', o.finding, `${stillOpenStatus(o, lang)} · ${stillOpenPlace(o, lang)}`));
  return out.join('\n') + '\n';
}
