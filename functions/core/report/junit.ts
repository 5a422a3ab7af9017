// JUnit XML for CI test tabs: one testsuite per plan, one testcase per in-scope
// rule (classname = step). fail, and partial at error/warning severity, are
// failures; not-applicable and waived are skipped.
import type { CheckResult, Lang, RuleResult } from '../check/result.ts';
import { escapeXml as x } from './escape.ts';
import { allEvidence, defaultMaxEvidence, formatInsertion, formatWhere, headingsOf, type Headings } from './findings.ts';
import { gapsOf } from './gaps.ts';
import { label, partStatusLabel } from './labels.ts';
import type { ReportOptions } from './options.ts';

/** Whether a rule counts as a failed test case. */
export function isJunitFailure(rule: RuleResult): boolean {
  return rule.status === 'fail' || (rule.status === 'partial' && rule.severity !== 'info');
}

function failureText(rule: RuleResult, lang: Lang, maxEvidence: number, headings: Headings): string {
  const lines = [rule.message];
  for (const p of rule.parts) lines.push(`${partStatusLabel[p.status][lang]}: ${p.label[lang]}`);
  for (const e of allEvidence(rule).slice(0, maxEvidence)) lines.push(`${formatWhere(e, lang, headings)}: ${e.quote}`);
  lines.push(`${label(lang, 'toAdd')}: ${rule.expected}`);
  for (const gap of gapsOf(rule)) lines.push(`${label(lang, 'whereToWrite')}: ${formatInsertion(gap.point, lang, headings)}`);
  return lines.join('\n');
}

export function renderJunit(result: CheckResult, options: ReportOptions = {}): string {
  const lang = options.lang ?? result.lang;
  const maxEvidence = options.maxEvidence ?? defaultMaxEvidence;
  // Out-of-profile rules are not test cases at all; the not-applicable ones
  // that are in scope (a rule judged inapplicable) still show as skipped.
  const steps = new Set(result.profile.steps);
  const cases = result.results.filter((r) => steps.has(r.step));
  const name = result.document.source ?? result.document.title ?? 'plan';
  const headings = headingsOf(result);
  let failures = 0;
  let skipped = 0;
  const body = cases.map((r) => {
    const attrs = `classname="${x(r.step)}" name="${x(`${r.id} ${r.title[lang]}`)}" time="0"`;
    if (isJunitFailure(r)) {
      failures++;
      return `    <testcase ${attrs}>\n      <failure message="${x(r.message)}" type="${x(`${r.severity}:${r.status}`)}">${x(failureText(r, lang, maxEvidence, headings))}</failure>\n    </testcase>`;
    }
    if (r.status === 'not-applicable' || r.status === 'waived') {
      skipped++;
      const why = r.status === 'waived' ? (r.waiver?.reason ?? r.message) : r.message;
      return `    <testcase ${attrs}>\n      <skipped message="${x(why)}"/>\n    </testcase>`;
    }
    return `    <testcase ${attrs}/>`;
  });
  const props = [
    ['profile', result.profile.name],
    ['overallScore', result.scores.overall === null ? '' : String(result.scores.overall)],
    ['isPlan', String(result.verdict.isPlan)],
    ['rulesetVersion', result.checker.rulesetVersion],
  ]
    .map(([k, v]) => `      <property name="${x(k!)}" value="${x(v!)}"/>`)
    .join('\n');
  const suite =
    `  <testsuite name="${x(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0">\n` +
    `    <properties>\n${props}\n    </properties>\n` +
    body.join('\n') +
    `\n  </testsuite>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plancheck" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${suite}\n</testsuites>\n`;
}
