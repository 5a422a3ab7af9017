import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../functions/core/report/index.ts';
import { buildResult } from './build-result.ts';

interface El {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: El[];
}

/** Parse with a conforming XML 1.0 parser: throws on anything not well-formed. */
function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: '#root', attributes: {}, text: '', children: [] };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attributes: t.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void (stack.at(-1)!.text += t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root.children[0]!;
}

const all = (el: El, name: string): El[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];

describe('JUnit XML report', () => {
  const xml = renderReport(buildResult(), 'junit');
  const doc = parseXml(xml);

  it('is one testsuite named after the source with a testcase per in-scope rule', () => {
    expect(doc.name).toBe('testsuites');
    const suites = all(doc, 'testsuite');
    expect(suites).toHaveLength(1);
    expect(suites[0]!.attributes.name).toBe('plans/plan.md');
    const cases = all(doc, 'testcase');
    expect(cases).toHaveLength(8); // operations-model's step is out of the profile
    expect(suites[0]!.attributes.tests).toBe('8');
    expect(cases.find((c) => c.attributes.name!.startsWith('horizon '))!.attributes.classname).toBe('assessment-strategy');
  });

  it('fails fail and error/warning partial, skips waived, passes info partial', () => {
    const cases = all(doc, 'testcase');
    const failed = cases.filter((c) => c.children.some((x) => x.name === 'failure')).map((c) => c.attributes.name!.split(' ')[0]);
    expect(failed.sort()).toEqual(['architecture-layers', 'goals-indicator-system', 'goals-measurable', 'goals-staged']);
    const skipped = cases.filter((c) => c.children.some((x) => x.name === 'skipped')).map((c) => c.attributes.name!.split(' ')[0]);
    expect(skipped).toEqual(['data-catalog']);
    const suite = all(doc, 'testsuite')[0]!;
    expect(suite.attributes).toMatchObject({ failures: '4', skipped: '1', errors: '0' });
  });

  it('carries message and evidence in the failure, escaped and stripped of illegal characters', () => {
    const c = all(doc, 'testcase').find((x) => x.attributes.name!.startsWith('architecture-layers'))!;
    const failure = c.children[0]!;
    expect(failure.attributes.message).toContain('<script>alert(1)</script> ]]> & "q"');
    expect(failure.text).toContain('三、总体架构 · 「建设城市数据…」: 建设城市数据资源体系 | 数据中台');
    expect(failure.text).toContain('写在哪里: 三、总体架构 → 新增「（一）业务架构」');
    expect(failure.text).toContain('缺少: 业务架构');
    expect(xml).not.toMatch(/[\u0001\u0008\u000B\uFFFE]/);
    expect(xml).not.toContain('<script>');
  });

  it('lists in-scope not-applicable rules as skipped', () => {
    const r = buildResult();
    r.profile.steps.push('operations');
    const d = parseXml(renderReport(r, 'junit'));
    const c = all(d, 'testcase').find((x) => x.attributes.name!.startsWith('operations-model'))!;
    expect(c.children[0]!.name).toBe('skipped');
  });
});
