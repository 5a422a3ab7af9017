// Test data: a typed builder of CheckResults covering every status, severity,
// part status, Markdown and DOCX positions, waivers, out-of-scope rules,
// Chinese and English text, and hostile text.
import type { CheckResult, Evidence, PartResult, RuleResult, StepId, StepScore } from '../../functions/core/check/result.ts';

export const hostile = '<script>alert(1)</script> ]]> & "q" \'s\' | `tick` *star* \u0001\u0008\u000B\uFFFE end';

/** The first words of a quoted paragraph, as the checker gives them. */
const leadOf = (quote: string): string => `${[...quote].slice(0, 6).join('')}…`;

export function mdEvidence(line: number, column: number, quote: string, path = ['数字化转型规划', '总体架构']): Evidence {
  return { path, quote, lead: leadOf(quote), position: { start: { line, column, offset: line * 40 + column - 1 }, end: { line, column: column + quote.length, offset: line * 40 + column - 1 + quote.length } } };
}

export function docxEvidence(paragraph: number, quote: string, path = ['保障措施']): Evidence {
  return {
    path,
    quote,
    lead: leadOf(quote),
    position: { start: { line: paragraph + 1, column: 1, offset: paragraph * 50 }, end: { line: paragraph + 1, column: quote.length + 1, offset: paragraph * 50 + quote.length }, paragraph },
  };
}

function part(name: string, zh: string, en: string, status: PartResult['status'], evidence: Evidence[] = []): PartResult {
  return { name, label: { zh, en }, status, evidence };
}

const stepTitles: Record<StepId, [string, string, 1 | 2 | 3]> = {
  'assessment-strategy': ['现状评估与需求分析、战略规划', 'Assessment and strategy', 1],
  'overall-architecture': ['总体架构设计', 'Overall architecture', 2],
  'core-business-architecture': ['核心业务架构设计', 'Core business architecture', 2],
  'digital-economy': ['数字经济产业发展规划', 'Digital economy', 2],
  'data-governance': ['数据治理体系专项规划', 'Data governance', 2],
  operations: ['运营体系设计', 'Operations', 2],
  'support-system': ['支撑体系设计', 'Support system', 2],
  implementation: ['实施路径规划', 'Implementation path', 3],
};

function rule(over: Partial<RuleResult> & Pick<RuleResult, 'id' | 'status' | 'severity' | 'step'>): RuleResult {
  const [, , stage] = stepTitles[over.step];
  return {
    clause: '7.4',
    stage,
    title: { zh: `规则 ${over.id}`, en: `Rule ${over.id}` },
    message: `message of ${over.id}`,
    expected: `expected of ${over.id}`,
    parts: [],
    evidence: [],
    score: over.status === 'pass' ? 1 : over.status === 'partial' ? 0.5 : 0,
    ...over,
  };
}

export interface BuildOptions {
  format?: 'markdown' | 'docx';
  lang?: 'zh' | 'en';
  isPlan?: boolean;
  source?: string | null;
}

/** A result with 9 rules: 2 fail, 3 partial, 2 pass, 1 waived, 1 not-applicable (out of scope). */
export function buildResult(options: BuildOptions = {}): CheckResult {
  const format = options.format ?? 'markdown';
  const ev = format === 'docx' ? (n: number, q: string) => docxEvidence(n, q) : (n: number, q: string) => mdEvidence(n, 3, q);
  const results: RuleResult[] = [
    rule({ id: 'horizon', status: 'pass', severity: 'error', step: 'assessment-strategy', clause: '7.1', evidence: [ev(11, '规划期为2021—2025年')] }),
    rule({
      id: 'architecture-layers',
      status: 'partial',
      severity: 'error',
      step: 'overall-architecture',
      clause: '8.1',
      message: `总体架构缺少：业务架构 ${hostile}`,
      parts: [
        {
          ...part('business', '业务架构', 'Business layer', 'missing'),
          insertAt: {
            path: format === 'docx' ? ['保障措施'] : ['数字化转型规划', '总体架构'],
            heading: { zh: '（一）业务架构', en: '(1) Business layer' },
            starter: { zh: '总体业务架构。……', en: 'Business architecture. …' },
            position: ev(40, '总体架构').position,
          },
        },
        part('information', '信息（数据）架构', 'Information (data) layer', 'present', [ev(41, '建设城市数据资源体系 | 数据中台')]),
        part('application', '应用架构', 'Application layer', 'mentioned', [ev(42, hostile)]),
        part('infrastructure', '数字基础设施', 'Digital infrastructure layer', 'present', [ev(43, '5G 基站'), ev(44, '算力中心'), ev(45, '城域网')]),
        part('security', '安全体系', 'Security layer', 'present', [ev(46, '网络安全')]),
      ],
      evidence: [ev(41, '建设城市数据资源体系 | 数据中台')],
    }),
    rule({ id: 'goals-indicator-system', status: 'fail', severity: 'error', step: 'assessment-strategy', clause: '7.4 c', details: { indicators: [], note: hostile } }),
    rule({ id: 'goals-measurable', status: 'partial', severity: 'warning', step: 'assessment-strategy', clause: '7.4 b', evidence: [ev(31, '到2025年，网上可办率达到100%')] }),
    rule({ id: 'goals-staged', status: 'fail', severity: 'info', step: 'implementation', clause: '14.2' }),
    rule({ id: 'support-measures', status: 'partial', severity: 'info', step: 'support-system', clause: '13.5', parts: [part('funding', '资金保障', 'Funding', 'present', [ev(88, '设立专项资金')]), part('talent', '人才保障', 'Talent', 'missing')] }),
    rule({ id: 'key-projects', status: 'pass', severity: 'warning', step: 'implementation', clause: '14.3', evidence: [ev(120, 'Smart Nation Sensor Platform')] }),
    rule({ id: 'data-catalog', status: 'waived', severity: 'error', step: 'data-governance', clause: '10.2', waiver: { reason: `由市数据局另行编制 ${hostile}` } }),
    rule({ id: 'operations-model', status: 'not-applicable', severity: 'warning', step: 'operations', clause: '11.1', message: '不在所选范围（custom）内。' }),
  ];
  const inScopeSteps: StepId[] = ['assessment-strategy', 'overall-architecture', 'data-governance', 'support-system', 'implementation'];
  const step = (s: StepId, score: number | null): StepScore => ({ step: s, stage: stepTitles[s][2], title: { zh: stepTitles[s][0], en: stepTitles[s][1] }, inScope: inScopeSteps.includes(s), score });
  const heading = (raw: string, path: string[], at: number) => ({ heading: raw, level: path.length, path, position: ev(at, raw).position, findings: [] as string[] });
  const outline =
    format === 'docx'
      ? [heading('第三章 保障措施', ['保障措施'], 40), heading('第四章 实施', ['实施'], 100)]
      : [heading('数字化转型规划', ['数字化转型规划'], 1), heading('三、总体架构', ['数字化转型规划', '总体架构'], 40)];
  return {
    schemaVersion: '1.0.0',
    checker: { name: 'plancheck', version: '0.1.0', rulesetVersion: 'sha256:0123456789abcdef', build: 'sha256:fedcba9876543210' },
    guide: { id: 'T/SZS 4042-2021', title: '城市数字化转型顶层设计指南' },
    document: {
      source: options.source === undefined ? (format === 'docx' ? 'plans/某市 数字化转型规划.docx' : 'plans/plan.md') : options.source,
      title: `某市城市数字化转型规划（2021—2025年）${hostile}`,
      format,
      characters: 12345,
      sha256: 'a'.repeat(64),
      warnings: [{ code: 'heading-skip', message: `heading level skipped ${hostile}`, position: ev(5, 'x').position }],
    },
    profile: { name: 'custom', steps: inScopeSteps },
    lang: options.lang ?? 'zh',
    verdict: { isPlan: options.isPlan ?? true, confidence: options.isPlan === false ? 0.2 : 0.9, reasons: options.isPlan === false ? [`no horizon ${hostile}`] : [] },
    results,
    outline,
    scores: {
      overall: 61.5,
      stages: [
        { stage: 1, title: { zh: '需求和战略分析', en: 'Needs and strategy analysis' }, score: 50, steps: [step('assessment-strategy', 50)] },
        {
          stage: 2,
          title: { zh: '架构和支撑体系规划', en: 'Architecture and support system' },
          score: 60,
          steps: [step('overall-architecture', 80), step('core-business-architecture', null), step('digital-economy', null), step('data-governance', null), step('operations', null), step('support-system', 50)],
        },
        { stage: 3, title: { zh: '实施路径规划', en: 'Implementation path' }, score: 75, steps: [step('implementation', 75)] },
      ],
    },
    summary: { pass: 2, partial: 3, fail: 2, notApplicable: 1, waived: 1, errors: 2 },
  };
}
