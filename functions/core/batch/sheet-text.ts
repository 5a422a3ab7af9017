// Words of the reviewer's sheet (summary.html and the CSV's reasons), zh and en.
import type { Lang, RuleStatus, Severity } from '../check/result.ts';
import type { Decision, DecisionReason } from './decision.ts';
import type { ProfileSource } from './summary.ts';

export const STATUS_WORD: Record<Lang, Record<RuleStatus | 'error', string>> = {
  zh: { pass: '通过', partial: '部分', fail: '缺失', 'not-applicable': '不适用', waived: '豁免', error: '错误' },
  en: { pass: 'pass', partial: 'partial', fail: 'fail', 'not-applicable': 'n/a', waived: 'waived', error: 'error' },
};

export const DECISION_WORD: Record<Lang, Record<Decision | 'none', string>> = {
  zh: { 'send-back': '退回修改', accept: '可以受理', none: '无法检查' },
  en: { 'send-back': 'send back', accept: 'accept', none: 'not checked' },
};

/** Marks that say the decision without colour. */
export const DECISION_MARK: Record<Decision | 'none', string> = { 'send-back': '✗', accept: '✓', none: '?' };

export const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误级', warning: '警告级', info: '提示级' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export const PROFILE_FROM: Record<Lang, Record<ProfileSource, string>> = {
  zh: { batch: '批次默认', manifest: '清单指定', config: '.plancheck.json' },
  en: { batch: 'batch default', manifest: 'manifest', config: '.plancheck.json' },
};

export const SHEET = {
  zh: {
    title: '批量审查汇总',
    plan: '规划',
    rank: '序',
    decision: '结论',
    overall: '总分',
    errors: '错误级问题',
    profile: '检查范围',
    period: '期限',
    totals: '未满足（缺失+部分）',
    plans: '份文件',
    checked: '本次检查',
    skipped: '沿用已有报告',
    failed: '无法检查',
    notPlans: (n: number) => `其中${n}份不是规划`,
    defaultProfile: '默认检查范围',
    ruleset: '规则集',
    most: '最常缺失的要求',
    mostOf: (n: number) => `在${n}份可识别为规划的文件中（不计非规划文件和无法检查的文件）：`,
    mostError: '错误级要求（任一缺失即退回）',
    mostOther: '警告级要求（前5项）',
    none: '无',
    showAll: (n: number, h: number) => `显示全部${n}条要求（默认显示${h}条核心要求）`,
    legend: '图例：✗ 标出决定退回的错误级要求；表头注明级别（错误级／警告级／提示级）；点击单元格打开该规划报告中的对应条目；点击表头排序（在“可以受理／退回修改／不是规划／无法检查”各组内排序）。',
    report: '报告',
    letterSendBack: '退回函草稿',
    letterAccept: '受理意见草稿',
    suggested: (p: string, cue: string) => `建议：${p}（标题含“${cue}”）`,
    untitled: '（无标题）',
    notPlan: (genre: string) => `不是规划：${genre}`,
    ruleReason: (clause: string, title: string, status: string) => `${clause} ${title}：${status}`,
    missingParts: (parts: string) => `（缺${parts}）`,
    list: '、',
    reasonSep: '；',
    statusGap: { fail: '缺失', partial: '部分满足' } as Record<string, string>,
  },
  en: {
    title: 'Batch review summary',
    plan: 'Plan',
    rank: '#',
    decision: 'Decision',
    overall: 'Overall',
    errors: 'Error-level',
    profile: 'Profile',
    period: 'Horizon',
    totals: 'Not met (fail + partial)',
    plans: 'documents',
    checked: 'checked now',
    skipped: 'reused earlier reports',
    failed: 'could not be checked',
    notPlans: (n: number) => `${n} not a plan`,
    defaultProfile: 'default profile',
    ruleset: 'ruleset',
    most: 'Most often missing',
    mostOf: (n: number) => `Among the ${n} documents that read as plans (non-plans and unreadable files not counted):`,
    mostError: 'Error-level requirements (any one missing sends the plan back)',
    mostOther: 'Warning-level requirements (top 5)',
    none: 'none',
    showAll: (n: number, h: number) => `Show all ${n} requirements (by default the ${h} headline ones)`,
    legend:
      'Key: ✗ marks an error-level requirement that sends the plan back; each header names its level (error / warning / info); a cell opens that rule in the plan’s report; a header sorts the table (within the groups accept / send back / not a plan / not checked).',
    report: 'report',
    letterSendBack: 'draft letter (send back)',
    letterAccept: 'draft letter (accept)',
    suggested: (p: string, cue: string) => `suggested: ${p} (title says “${cue}”)`,
    untitled: '(untitled)',
    notPlan: (genre: string) => `not a plan: ${genre}`,
    ruleReason: (clause: string, title: string, status: string) => `${clause} ${title}: ${status}`,
    missingParts: (parts: string) => ` (lacks ${parts})`,
    list: ', ',
    reasonSep: '; ',
    statusGap: { fail: 'missing', partial: 'incomplete' } as Record<string, string>,
  },
};

/** One reason in words with its clause: "7.4 b 目标可量化、有时限：部分满足（缺…）" or "不是规划：新闻报道". */
export function reasonText(reason: DecisionReason, lang: Lang): string {
  const t = SHEET[lang];
  if (reason.kind === 'not-a-plan') return t.notPlan(reason.genreLabel || reason.genre);
  const lacking = reason.status === 'partial' && reason.missing.length ? t.missingParts(reason.missing.map((m) => m[lang]).join(t.list)) : '';
  return t.ruleReason(reason.clause, reason.title[lang], t.statusGap[reason.status] ?? reason.status) + lacking;
}
