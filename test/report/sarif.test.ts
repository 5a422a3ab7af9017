import { describe, expect, it } from 'vitest';
import { renderReport } from '../../functions/core/report/index.ts';
import { buildResult } from './build-result.ts';
import { sarifValidator } from './validators.ts';

const validate = sarifValidator();

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; properties: Record<string, unknown> }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      suppressions?: { kind: string; justification: string }[];
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, unknown> }; logicalLocations?: { fullyQualifiedName: string }[] }[];
    }[];
  }[];
}

const sarif = (text: string) => JSON.parse(text) as Sarif;

describe('SARIF 2.1.0 report', () => {
  it.each([
    ['markdown', buildResult()],
    ['docx', buildResult({ format: 'docx', lang: 'en' })],
    ['no source', buildResult({ source: null })],
  ])('validates against the SARIF 2.1.0 schema (%s)', (_n, result) => {
    const log = JSON.parse(renderReport(result, 'sarif'));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('describes every rule and reports every rule that is not pass or not-applicable', () => {
    const log = sarif(renderReport(buildResult(), 'sarif'));
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('plancheck');
    expect(run.tool.driver.rules.map((r) => r.id)).toHaveLength(9);
    expect(run.tool.driver.rules[1]!.properties).toMatchObject({ clause: '8.1', severity: 'error', step: 'overall-architecture', helpPath: 'rules/architecture-layers.md' });
    expect(run.results.map((r) => r.ruleId).sort()).toEqual(['architecture-layers', 'data-catalog', 'goals-indicator-system', 'goals-measurable', 'goals-staged', 'support-measures']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const level = Object.fromEntries(run.results.map((r) => [r.ruleId, r.level]));
    expect(level).toMatchObject({ 'architecture-layers': 'error', 'goals-measurable': 'warning', 'goals-staged': 'note' });
  });

  it('suppresses waived rules with the waiver as justification', () => {
    const run = sarif(renderReport(buildResult(), 'sarif')).runs[0]!;
    const waived = run.results.find((r) => r.ruleId === 'data-catalog')!;
    expect(waived.suppressions).toHaveLength(1);
    expect(waived.suppressions![0]!.justification).toMatch(/^由市数据局另行编制 <script>/);
    expect(waived.suppressions![0]!.justification).not.toMatch(/[\u0001\uFFFE]/);
    expect(run.results.filter((r) => r.suppressions)).toHaveLength(1);
  });

  it('gives Markdown regions with lines and columns', () => {
    const run = sarif(renderReport(buildResult(), 'sarif')).runs[0]!;
    const loc = run.results.find((r) => r.ruleId === 'goals-measurable')!.locations[0]!;
    expect(loc.physicalLocation.artifactLocation.uri).toBe('plans/plan.md');
    expect(loc.physicalLocation.region).toMatchObject({ startLine: 31, startColumn: 3, endLine: 31 });
    expect(loc.logicalLocations![0]!.fullyQualifiedName).toBe('数字化转型规划 > 总体架构');
  });

  it('gives DOCX regions as paragraph + 1 and an encoded file URI', () => {
    const run = sarif(renderReport(buildResult({ format: 'docx' }), 'sarif')).runs[0]!;
    const loc = run.results.find((r) => r.ruleId === 'support-measures')!.locations[0]!;
    expect(loc.physicalLocation.artifactLocation.uri).toBe('plans/%E6%9F%90%E5%B8%82%20%E6%95%B0%E5%AD%97%E5%8C%96%E8%BD%AC%E5%9E%8B%E8%A7%84%E5%88%92.docx');
    expect(loc.physicalLocation.region).toMatchObject({ startLine: 89 });
    expect(loc.physicalLocation.region).not.toHaveProperty('startColumn');
  });

  it('points rules with no evidence at the file', () => {
    const run = sarif(renderReport(buildResult(), 'sarif')).runs[0]!;
    const r = run.results.find((x) => x.ruleId === 'goals-indicator-system')!;
    expect(r.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'plans/plan.md' } } }]);
  });

  it('adds absolute helpUris only given a base', () => {
    const none = sarif(renderReport(buildResult(), 'sarif')).runs[0]!.tool.driver.rules[0]!;
    expect(none.helpUri).toBeUndefined();
    const withBase = sarif(renderReport(buildResult(), 'sarif', { helpBaseUri: 'https://example.org/plancheck/blob/main' })).runs[0]!.tool.driver.rules[0]!;
    expect(withBase.helpUri).toBe('https://example.org/plancheck/blob/main/rules/horizon.md');
  });
});
