// SARIF 2.1.0: one run, every rule described in tool.driver.rules, a result for
// every rule that is not pass or not-applicable (waived → suppressed), each
// with the rule's stable fingerprint in partialFingerprints.
import type { CheckResult, Evidence, RuleResult, Severity } from '../check/result.ts';
import { stripControl } from './escape.ts';
import { allEvidence, formatInsertion, formatWhere, headingsOf, type Headings } from './findings.ts';
import { FINGERPRINT_SCHEME, fingerprintOf } from '../check/fingerprint.ts';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The plan's source as a URI reference: relative paths stay relative, each segment percent-encoded. */
export function sourceUri(source: string | null): string {
  const s = (source ?? 'plan').replace(/\\/g, '/');
  return s.split('/').map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join('/');
}

function location(e: Evidence, uri: string, format: CheckResult['document']['format'], where: string) {
  const p = e.position;
  const artifactUri = p.file ? `${uri.replace(/\/?$/, '/')}${sourceUri(p.file)}` : uri;
  const region =
    format === 'pdf' && p.page !== undefined
      ? // A PDF has no text lines a viewer can go to: the line of the extracted text, and the page in the region's properties.
        { startLine: p.start.line, snippet: { text: stripControl(e.quote) }, properties: { page: p.page, ...(p.pageLine !== undefined ? { pageLine: p.pageLine } : {}) } }
      : format === 'docx' && p.paragraph !== undefined
      ? { startLine: p.paragraph + 1, snippet: { text: stripControl(e.quote) } }
      : {
          startLine: p.start.line,
          startColumn: p.start.column,
          endLine: p.end.line,
          endColumn: p.end.column,
          snippet: { text: stripControl(e.quote) },
        };
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri }, region },
    // Where a reader finds it (heading path, first words of the paragraph, page), as the other reports say it.
    message: { text: stripControl(where) },
    ...(e.path.length ? { logicalLocations: [{ fullyQualifiedName: stripControl(e.path.join(' > ')), kind: 'section' }] } : {}),
    ...(p.paragraph !== undefined ? { properties: { paragraph: p.paragraph } } : {}),
  };
}

function sarifResult(rule: RuleResult, index: number, result: CheckResult, uri: string, headings: Headings) {
  const evidence = allEvidence(rule);
  const missing = rule.parts.filter((p) => p.status !== 'present').map((p) => p.label[result.lang]);
  const insert = rule.insertAt ? formatInsertion(rule.insertAt, result.lang, headings) : '';
  const text = stripControl([rule.message, rule.expected, insert].filter(Boolean).join(' '));
  return {
    ruleId: rule.id,
    ruleIndex: index,
    level: level[rule.severity],
    kind: 'fail' as const,
    message: { text },
    locations: evidence.length
      ? evidence.slice(0, 10).map((e) => location(e, uri, result.document.format, formatWhere(e, result.lang, headings)))
      : [{ physicalLocation: { artifactLocation: { uri } } }],
    // Code scanning tracks a finding across runs by this, not by its line (lines move when text is inserted above).
    partialFingerprints: { [FINGERPRINT_SCHEME]: fingerprintOf(rule, result.document.title) },
    ...(rule.waiver ? { suppressions: [{ kind: 'external' as const, justification: stripControl(rule.waiver.reason) }] } : {}),
    properties: { status: rule.status, clause: rule.clause, step: rule.step, score: rule.score, ...(missing.length ? { missingParts: missing } : {}) },
  };
}

/**
 * SARIF wants helpUri absolute; without a base (e.g. the repository's blob URL)
 * the rule page's relative path goes to properties.helpPath and help.text.
 */
export interface SarifOptions {
  helpBaseUri?: string;
}

export function renderSarif(result: CheckResult, options: SarifOptions = {}): string {
  const uri = sourceUri(result.document.source);
  const lang = result.lang;
  const rules = result.results.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: stripControl(r.title[lang]) },
    fullDescription: { text: stripControl(r.expected) },
    help: { text: stripControl(`${r.title[lang]} (${result.guide.id} ${r.clause}): ${r.expected} — rules/${r.id}.md`) },
    ...(options.helpBaseUri ? { helpUri: new URL(`rules/${encodeURIComponent(r.id)}.md`, options.helpBaseUri.replace(/\/?$/, '/')).href } : {}),
    defaultConfiguration: { level: level[r.severity] },
    properties: { clause: r.clause, severity: r.severity, step: r.step, stage: r.stage, title: r.title, helpPath: `rules/${r.id}.md` },
  }));
  const headings = headingsOf(result);
  const results = result.results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.status !== 'pass' && r.status !== 'not-applicable')
    .map(({ r, i }) => sarifResult(r, i, result, uri, headings));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plancheck',
            version: result.checker.version,
            semanticVersion: result.checker.version,
            rules,
            properties: { rulesetVersion: result.checker.rulesetVersion, guide: result.guide },
          },
        },
        language: lang === 'zh' ? 'zh-CN' : 'en-US',
        artifacts: [
          {
            location: { uri },
            ...(result.document.sha256 ? { hashes: { 'sha-256': result.document.sha256 } } : {}),
            roles: ['analysisTarget'],
          },
        ],
        results,
        properties: {
          profile: result.profile.name,
          overallScore: result.scores.overall,
          verdict: result.verdict,
          summary: result.summary,
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
