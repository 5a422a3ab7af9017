// The diff's UI labels in both languages (the report's own labels stay in
// report/labels.ts), and the few phrases every diff renderer shares.
import type { Lang, Localized } from '../check/result.ts';
import { partStatusLabel, statusLabel } from '../report/labels.ts';
import type { DiffNote, ScoreChange, StillOpenFinding } from './diff.ts';
import type { Finding } from './findings.ts';

const table = {
  whatChanged: { zh: '版本变化', en: 'What changed' },
  base: { zh: '基准', en: 'Base' },
  head: { zh: '当前', en: 'Head' },
  overall: { zh: '总体得分', en: 'Overall score' },
  scoreByStep: { zh: '各步骤得分变化', en: 'Score change by step' },
  step: { zh: '步骤', en: 'Step' },
  change: { zh: '变化', en: 'Change' },
  newSince: { zh: '基准之后新出现', en: 'New since the base' },
  resolved: { zh: '已解决', en: 'Resolved' },
  resolvedSince: { zh: '基准之后已解决', en: 'Resolved since the base' },
  stillOpen: { zh: '仍未解决', en: 'Still open' },
  stillOpenRules: { zh: '仍未解决（{n} 条）', en: 'Still open ({n} rules)' },
  counts: { zh: '新出现 {new} · 已解决 {resolved} · 仍未解决 {open}', en: '{new} new · {resolved} resolved · {open} still open' },
  sinceBase: { zh: '与基准 {base} 相比', en: 'Since the base {base}' },
  newErrors: { zh: '新出现的错误级问题 {n} 项', en: '{n} new error-level findings' },
  none: { zh: '无', en: 'none' },
  moved: { zh: '位置变化', en: 'moved' },
  plan: { zh: '全文', en: 'the plan as a whole' },
  now: { zh: '现为', en: 'now' },
  outOfScope: { zh: '不在范围内', en: 'out of scope' },
  notInRuleset: { zh: '规则集中已无此条', en: 'not in this rule set' },
  scoreUnchanged: { zh: '得分不变', en: 'scores unchanged' },
  otherSteps: { zh: '其余步骤得分不变', en: 'other steps unchanged' },
  stepsTable: { zh: '各步骤得分', en: 'Score by step' },
} satisfies Record<string, Localized>;

export type DiffLabelKey = keyof typeof table;

export function diffLabel(lang: Lang, key: DiffLabelKey, values: Record<string, string | number> = {}): string {
  return table[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

const noteText: Record<DiffNote['code'], Localized> = {
  'profile-differs': { zh: '两次检查的范围不同（{base} → {head}）：范围外的条目会显示为已解决或新出现。', en: 'The checks ran under different profiles ({base} → {head}): rules out of one profile show as resolved or new.' },
  'lang-differs': { zh: '两次检查的语言不同（{base} → {head}）。', en: 'The checks ran in different languages ({base} → {head}).' },
  'ruleset-differs': { zh: '两次检查的规则集不同（{base} → {head}）：部分变化来自规则本身。', en: 'The checks ran different rule sets ({base} → {head}): some changes come from the rules, not the plan.' },
  'same-document': { zh: '两份文档内容完全相同。', en: 'Both documents have the same content.' },
};

export function noteLine(note: DiffNote, lang: Lang): string {
  return noteText[note.code][lang].replace('{base}', note.base).replace('{head}', note.head);
}

/** A score to one decimal (a diff is about small moves), or the label for none. */
export function formatDiffScore(score: number | null, lang: Lang): string {
  return score === null ? diffLabel(lang, 'none') : score.toFixed(1);
}

export function formatDelta(delta: number | null): string {
  if (delta === null) return '';
  return delta > 0 ? `+${delta.toFixed(1)}` : delta < 0 ? `−${Math.abs(delta).toFixed(1)}` : '±0';
}

/** "49.9 → 50.6 (+0.7)". */
export function scoreMove(c: ScoreChange, lang: Lang): string {
  const d = formatDelta(c.delta);
  return `${formatDiffScore(c.base, lang)} → ${formatDiffScore(c.head, lang)}${d ? ` (${d})` : ''}`;
}

/** The finding's name: "support-measures › 人才保障". */
export function findingName(f: Finding, lang: Lang): string {
  return f.part ? `${f.rule} › ${f.part.label[lang]}` : f.rule;
}

/** Where it stands: "保障措施 › 政策保障", or the plan as a whole. */
export function anchorText(f: { anchor: string[] }, lang: Lang): string {
  return f.anchor.length ? f.anchor.join(' › ') : diffLabel(lang, 'plan');
}

/** The status of a finding: the part's (missing / mentioned) or the rule's (fail / partial). */
export function findingStatus(f: Finding, lang: Lang): string {
  return f.part ? partStatusLabel[f.part.status][lang] : statusLabel[f.ruleStatus][lang];
}

/** A still-open finding's status, "missing → mentioned" when it changed. */
export function stillOpenStatus(o: StillOpenFinding, lang: Lang): string {
  const now = findingStatus(o.finding, lang);
  if (!o.changed) return now;
  const was = o.before.partStatus ? partStatusLabel[o.before.partStatus][lang] : statusLabel[o.before.ruleStatus][lang];
  return was === now ? now : `${was} → ${now}`;
}

/** Where a still-open finding stands, "moved: A → B" when its section changed (not when it only now has one). */
export function stillOpenPlace(o: StillOpenFinding, lang: Lang): string {
  const now = anchorText(o.finding, lang);
  return o.moved && o.before.anchor.length ? `${diffLabel(lang, 'moved')}: ${anchorText(o.before, lang)} → ${now}` : now;
}

/** How a rule or part stands on the other side: "present", "pass", "out of scope". */
export function otherSide(s: { ruleStatus: string | null; partStatus?: string }, lang: Lang): string {
  if (s.ruleStatus === null) return diffLabel(lang, 'notInRuleset');
  if (s.ruleStatus === 'not-applicable') return diffLabel(lang, 'outOfScope');
  if (s.ruleStatus === 'pass' || s.ruleStatus === 'waived' || !s.partStatus) return statusLabel[s.ruleStatus as keyof typeof statusLabel][lang];
  return partStatusLabel[s.partStatus as keyof typeof partStatusLabel][lang];
}
