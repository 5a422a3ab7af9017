// The draft letter a reviewer sends with a plan: send back (what to add, rule
// by rule, citing the guide's clauses) or accept (with what is still worth
// improving). Built from the plan's report as plain text in the report's
// language; render-letter.ts turns it into Markdown or HTML. A draft: the
// reviewer signs it.
import type { CheckResult, Lang, Localized, RuleResult } from '../check/result.ts';
import { listRules } from '../rules/catalog.ts';
import { compareClauses, decide, type Decision } from './decision.ts';

export interface LetterItem {
  /** "目标可量化、有时限（第7.4 b条）：部分满足" */
  title: string;
  rule: string;
  clause: string;
  lines: { label: string; text: string }[];
}

export interface Letter {
  lang: Lang;
  decision: Decision;
  notPlan: boolean;
  heading: string;
  salutation: string;
  paragraphs: string[];
  required: { heading: string; items: LetterItem[] } | null;
  suggested: { heading: string; items: LetterItem[]; more: string | null } | null;
  signature: string[];
  footer: string;
}

/** Suggestions beyond this many are counted, not listed: the report has them all. */
const MAX_SUGGESTIONS = 12;

/** C's insertion point (contract: optional on RuleResult); read loosely so reports without it still render. */
interface InsertionLike {
  path?: string[];
  after?: string[];
  heading?: Localized;
  starter?: Localized;
}

const T = {
  zh: {
    guide: 'T/SZS 4042-2021《城市数字化转型顶层设计指南》',
    headingSendBack: (t: string) => `关于《${t}》的退回修改意见（草稿）`,
    headingNotPlan: (t: string) => `关于《${t}》的退回意见（草稿）`,
    headingAccept: (t: string) => `关于《${t}》的审查意见（草稿）：可以受理`,
    salutation: '（编制单位）：',
    intro: (t: string, file: string, guide: string, profile: string) => `你单位报送的《${t}》（文件：${file}）已对照${guide}进行审查（检查范围：${profile}）。`,
    sendBack: (n: number) => `经审查，该规划有${n}项必备要求（错误级）未满足，暂不予受理。请按以下意见补充完善后重新报送。`,
    notPlan: (genre: string, reason: string) => `经审查，报送的文件不是城市数字化转型规划，而是${genre}${reason ? `（${reason}）` : ''}，暂不予受理。`,
    notPlanAsk: (needs: string) => `按指南要求，顶层设计规划应写明${needs}。请报送规划文本本身。`,
    accept: '经审查，该规划的必备要求（错误级）均已满足，可以受理。',
    acceptSuggest: '以下内容建议在定稿前完善（不影响受理）：',
    required: '一、须补充的内容',
    suggested: (required: boolean) => (required ? '二、建议完善的内容（不影响受理）' : '建议完善的内容'),
    more: (n: number) => `另有${n}项，见检查报告。`,
    item: (title: string, clause: string, status: string) => `${title}（第${clause}条）：${status}`,
    clauseRef: (title: string, clause: string) => `${title}（第${clause}条）`,
    status: { fail: '缺失', partial: '部分满足' } as Record<string, string>,
    found: '审查发现',
    lacking: '尚缺',
    add: '应补充',
    where: '建议写入',
    starter: '可参考写法',
    whereNew: '新增一节',
    after: (h: string) => `在“${h}”之后`,
    newHeading: (h: string) => `新增“${h}”`,
    list: '、',
    signature: ['（审查单位，盖章）', '____年__月__日'],
    footer: (checker: string, ruleset: string) => `本函由 ${checker} 根据检查报告起草（规则集 ${ruleset}），发出前请审阅、修改。`,
  },
  en: {
    guide: 'T/SZS 4042-2021, Guide to the top-level design of city digital transformation',
    headingSendBack: (t: string) => `Draft letter: “${t}” returned for revision`,
    headingNotPlan: (t: string) => `Draft letter: “${t}” returned`,
    headingAccept: (t: string) => `Draft letter: “${t}” can be accepted`,
    salutation: 'To the drafting team,',
    intro: (t: string, file: string, guide: string, profile: string) => `We have reviewed “${t}” (file: ${file}) against ${guide} (profile: ${profile}).`,
    sendBack: (n: number) => `${n} required ${n === 1 ? 'element (error level) is' : 'elements (error level) are'} missing or incomplete, so the plan cannot be accepted yet. Please add what follows and resubmit.`,
    notPlan: (genre: string, reason: string) => `The document submitted is not a city digital-transformation plan but ${genre}${reason ? ` (${reason})` : ''}, so it cannot be accepted.`,
    notPlanAsk: (needs: string) => `Under the guide, a top-level design plan states ${needs}. Please submit the plan itself.`,
    accept: 'Every required element (error level) is met: the plan can be accepted.',
    acceptSuggest: 'We recommend improving the following before the plan is final (this does not block acceptance):',
    required: '1. What to add',
    suggested: (required: boolean) => (required ? '2. Also recommended (does not block acceptance)' : 'Recommended improvements'),
    more: (n: number) => `${n} more in the report.`,
    item: (title: string, clause: string, status: string) => `${title} (clause ${clause}): ${status}`,
    clauseRef: (title: string, clause: string) => `${title.toLowerCase()} (clause ${clause})`,
    status: { fail: 'missing', partial: 'incomplete' } as Record<string, string>,
    found: 'Found',
    lacking: 'Still lacking',
    add: 'Add',
    where: 'Where',
    starter: 'Could start',
    whereNew: 'a new section',
    after: (h: string) => `after “${h}”`,
    newHeading: (h: string) => `add “${h}”`,
    list: ', ',
    signature: ['(Reviewing body)', 'Date: ____________'],
    footer: (checker: string, ruleset: string) => `Drafted by ${checker} from the plan's report (ruleset ${ruleset}); review and edit before sending.`,
  },
};

function whereText(at: InsertionLike | undefined, lang: Lang): string | null {
  if (!at) return null;
  const t = T[lang];
  const place = at.path && at.path.length ? at.path.join(' › ') : t.whereNew;
  const bits = [place, at.after?.length ? t.after(at.after[at.after.length - 1]!) : null, at.heading ? t.newHeading(at.heading[lang]) : null].filter(Boolean);
  return bits.join(lang === 'zh' ? '，' : ', ');
}

function item(r: RuleResult, lang: Lang, full: boolean): LetterItem {
  const t = T[lang];
  const lines: LetterItem['lines'] = [];
  if (full) lines.push({ label: t.found, text: r.message });
  const lacking = r.parts.filter((p) => p.status !== 'present').map((p) => p.label[lang]);
  if (lacking.length) lines.push({ label: t.lacking, text: lacking.join(t.list) });
  lines.push({ label: t.add, text: r.expected });
  const at = (r as RuleResult & { insertAt?: InsertionLike }).insertAt;
  const where = whereText(at, lang);
  if (full && where) lines.push({ label: t.where, text: where });
  if (full && at?.starter) lines.push({ label: t.starter, text: at.starter[lang] });
  return { title: t.item(r.title[lang], r.clause, t.status[r.status] ?? r.status), rule: r.id, clause: r.clause, lines };
}

const byClause = (a: RuleResult, b: RuleResult) => compareClauses(a.clause, b.clause) || a.id.localeCompare(b.id);

export function buildLetter(result: CheckResult, file: string, options: { profileTitle?: Localized } = {}): Letter {
  const lang = result.lang;
  const t = T[lang];
  const title = result.document.title ?? file;
  const { decision } = decide(result);
  const notPlan = !result.verdict.isPlan;
  const profile = options.profileTitle ? (lang === 'zh' ? `${options.profileTitle.zh}（${result.profile.name}）` : `${options.profileTitle.en} (${result.profile.name})`) : result.profile.name;
  const intro = t.intro(title, file, t.guide, profile);
  const open = (r: RuleResult) => r.status === 'fail' || r.status === 'partial';
  const required = result.results.filter((r) => r.severity === 'error' && open(r)).sort(byClause);
  const warnings = result.results.filter((r) => r.severity === 'warning' && open(r)).sort(byClause);
  const footer = t.footer(`plancheck ${result.checker.version}`, result.checker.rulesetVersion);

  if (notPlan) {
    // What a plan would state: the headline rules, by clause.
    const catalog = new Map(listRules().map((r) => [r.id, r]));
    const needs = result.results
      .filter((r) => catalog.get(r.id)?.headline)
      .sort(byClause)
      .map((r) => t.clauseRef(r.title[lang], r.clause));
    const v = result.verdict;
    return {
      lang,
      decision,
      notPlan,
      heading: t.headingNotPlan(title),
      salutation: t.salutation,
      paragraphs: [intro, t.notPlan(v.genreLabel ?? v.genre ?? '', v.reasons[0] ?? ''), t.notPlanAsk(needs.join(t.list))],
      required: null,
      suggested: null,
      signature: t.signature,
      footer,
    };
  }
  const shown = warnings.slice(0, MAX_SUGGESTIONS).map((r) => item(r, lang, false));
  const more = warnings.length > MAX_SUGGESTIONS ? t.more(warnings.length - MAX_SUGGESTIONS) : null;
  const suggested = shown.length ? { heading: t.suggested(required.length > 0), items: shown, more } : null;
  if (decision === 'accept') {
    return {
      lang,
      decision,
      notPlan,
      heading: t.headingAccept(title),
      salutation: t.salutation,
      paragraphs: [intro, t.accept, ...(suggested ? [t.acceptSuggest] : [])],
      required: null,
      suggested,
      signature: t.signature,
      footer,
    };
  }
  return {
    lang,
    decision,
    notPlan,
    heading: t.headingSendBack(title),
    salutation: t.salutation,
    paragraphs: [intro, t.sendBack(required.length)],
    required: { heading: t.required, items: required.map((r) => item(r, lang, true)) },
    suggested,
    signature: t.signature,
    footer,
  };
}
