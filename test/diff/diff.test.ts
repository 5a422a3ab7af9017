// The core diff on the Markdown pair fixtures/diff/qinghe-plan-v1.md → v2.md:
// v2 is v1 with two paragraphs inserted above everything the checker quotes
// and the missing safeguard （五）人才保障 added. Exactly one finding is
// resolved and none is new; the renderings say so; a JSON report that is not
// one is refused by name.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import type { CheckResult } from '../../functions/core/check/result.ts';
import { diffResults, findingsOf, parseReport, renderDiff, type PlanDiff } from '../../functions/core/diff/index.ts';
import { PlanInputError } from '../../functions/core/errors.ts';
import { renderReport } from '../../functions/core/report/index.ts';
import { fixture } from '../support/loopback.ts';

let v1: CheckResult;
let v2: CheckResult;
let forward: PlanDiff;

beforeAll(async () => {
  v1 = await checkPlan({ bytes: fixture('diff/qinghe-plan-v1.md'), filename: 'qinghe-plan-v1.md', source: 'qinghe-plan-v1.md' });
  v2 = await checkPlan({ bytes: fixture('diff/qinghe-plan-v2.md'), filename: 'qinghe-plan-v2.md', source: 'qinghe-plan-v2.md', lang: 'zh' });
  forward = diffResults(v1, v2);
});

describe('diffResults on the Markdown pair', () => {
  it('the talent safeguard is the one finding resolved; nothing is new; the rest is still open where it was', () => {
    // The fixture's premise: v1 misses exactly that safeguard.
    const safeguards = v1.results.find((r) => r.id === 'support-measures')!;
    expect(safeguards.parts.filter((p) => p.status !== 'present').map((p) => p.name)).toEqual(['talent']);
    expect(forward.resolved.map((r) => r.finding.key)).toEqual(['support-measures›talent']);
    expect(forward.resolved[0]!.after).toEqual({ ruleStatus: 'pass', partStatus: 'present', anchor: ['保障措施', '人才保障'] });
    expect(forward.new).toEqual([]);
    expect(forward.summary).toMatchObject({ new: 0, resolved: 1, newErrors: 0, resolvedErrors: 1, moved: 0 });
    expect(forward.stillOpen).toHaveLength(findingsOf(v1).length - 1);
    expect(forward.stillOpen.every((s) => !s.moved && !s.changed && s.before.fingerprint === s.finding.fingerprint)).toBe(true);
    expect(forward.notes).toEqual([]);
  });

  it('gives the score change of every step, stage and overall', () => {
    const implementation = forward.scores.steps.find((s) => s.step === 'implementation')!;
    const before = v1.scores.stages.flatMap((s) => s.steps).find((s) => s.step === 'implementation')!.score!;
    const after = v2.scores.stages.flatMap((s) => s.steps).find((s) => s.step === 'implementation')!.score!;
    expect(after).toBeGreaterThan(before);
    expect(implementation).toMatchObject({ base: before, head: after, delta: Math.round((after - before) * 10) / 10 });
    expect(forward.scores.steps.filter((s) => s.delta !== 0).map((s) => s.step)).toEqual(['implementation']);
    expect(forward.scores.steps).toHaveLength(8);
    expect(forward.scores.stages.map((s) => s.stage)).toEqual([1, 2, 3]);
    expect(forward.scores.overall.delta).toBe(Math.round((v2.scores.overall! - v1.scores.overall!) * 10) / 10);
    expect(forward.scores.overall.delta).toBeGreaterThan(0);
  });

  it('the other way round, the safeguard is new and at error level', () => {
    const back = diffResults(v2, v1);
    expect(back.new.map((n) => n.finding.key)).toEqual(['support-measures›talent']);
    expect(back.new[0]!.before).toEqual({ ruleStatus: 'pass', partStatus: 'present' });
    expect(back.resolved).toEqual([]);
    expect(back.summary).toMatchObject({ new: 1, newErrors: 1 });
  });

  it('a plan against itself changes nothing, and says it is the same document', () => {
    const same = diffResults(v1, v1);
    expect(same.summary).toMatchObject({ new: 0, resolved: 0, stillOpen: findingsOf(v1).length });
    expect(same.scores.steps.every((s) => s.delta === 0)).toBe(true);
    expect(same.notes.map((n) => n.code)).toEqual(['same-document']);
  });

  it('names a different profile: a rule out of the base profile is new, not silently compared', async () => {
    const strategy = await checkPlan({ bytes: fixture('diff/qinghe-plan-v1.md'), filename: 'v1.md', profile: 'strategy' });
    const d = diffResults(strategy, v1);
    expect(d.notes.map((n) => n.code)).toContain('profile-differs');
    expect(d.new.length).toBeGreaterThan(0);
    expect(d.new.every((n) => n.before.ruleStatus === 'not-applicable')).toBe(true);
  });
});

describe('renderings', () => {
  it('text: the headline, the step that moved, and one line per finding', () => {
    const text = renderDiff(forward, 'text', { lang: 'en' });
    expect(text.split('\n')[0]).toBe('What changed: 清河市城市数字化转型实施方案（2024—2026年） (qinghe-plan-v1.md) → 清河市城市数字化转型实施方案（2024—2026年） (qinghe-plan-v2.md)');
    expect(text).toContain(`Overall score ${v1.scores.overall!.toFixed(1)} → ${v2.scores.overall!.toFixed(1)} (+`);
    expect(text).toMatch(/\n {2}Implementation path +\d+\.\d → +\d+\.\d +\+\d+\.\d\n/);
    expect(text).toMatch(/Resolved \(1\):\n {2}- error +support-measures › Talent +Support measures \(safeguards\) \(13\.5\) · now pass · 保障措施 › 人才保障\n/);
    expect(text).toContain('New since the base (0):');
    expect(text.match(/^ {2}= /gm)).toHaveLength(forward.summary.stillOpen);
  });

  it('md: step table with the change, new and resolved listed, still open folded; zh labels by default', () => {
    const md = renderDiff(forward, 'md');
    expect(md).toMatch(/^## 版本变化: /);
    expect(md).toContain('| 实施路径规划 |');
    expect(md).toContain('### 已解决 (1)\n\n- `support-measures` › 人才保障 — 保障措施 (13.5), 错误 · 现为 通过 · 保障措施 › 人才保障');
    expect(md).toContain(`<details><summary>仍未解决 (${forward.summary.stillOpen})</summary>`);
  });

  it('json is the diff itself', () => {
    expect(JSON.parse(renderDiff(forward, 'json'))).toEqual(JSON.parse(JSON.stringify(forward)));
  });

  it('check --base Markdown: new first, then still open and resolved, the rest folded; shorter than the full report', () => {
    const full = renderReport(v1, 'md', { lang: 'en' });
    const comment = renderReport(v1, 'md', { lang: 'en', base: v2 });
    const order = ['## 🆕 New since the base (1)', '### ⚠️ partial `support-measures`', '**🆕 New since the base:** Talent (missing)', '## Still open (', '## ✅ Resolved since the base (0)', '<details><summary>Score by step</summary>', '<details><summary>Passing rules ('];
    const at = order.map((s) => comment.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(comment).toContain(`**Since the base \`qinghe-plan-v2.md\`:** Overall score ${v2.scores.overall!.toFixed(1)} → ${v1.scores.overall!.toFixed(1)} (−`);
    // Still-open rules are one line each, never their full block.
    expect(comment).not.toContain('`assessment-background` Development background\n');
    expect(comment).toMatch(/\n- ❌ `assessment-background` Development background \(6\.2\), warning · missing: /);
    const lines = (s: string) => s.split('\n').length;
    expect(lines(comment)).toBeLessThan(lines(full) / 2);
  });
});

describe('parseReport', () => {
  const err = (text: string) => {
    try {
      parseReport(text, 'old.json');
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInputError);
      expect((e as PlanInputError).code).toBe('invalid-report');
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('reads a report back as it was written (a BOM allowed)', () => {
    const text = renderReport(v1, 'json');
    expect(parseReport(text, 'v1.json')).toEqual(v1);
    expect(parseReport('\uFEFF' + text, 'v1.json').results).toHaveLength(v1.results.length);
  });

  it('refuses what is not one plan report, naming the file and the problem', () => {
    expect(err('{"a":')).toMatch(/^old\.json is not valid JSON/);
    expect(err(JSON.stringify([v1, v2]))).toMatch(/old\.json is not a plancheck JSON report: it holds 2 reports \(an array\)/);
    expect(err('{"results": []}')).toMatch(/no schemaVersion and checker "plancheck"/);
    expect(err(JSON.stringify({ ...v1, schemaVersion: '2.0.0' }))).toMatch(/schemaVersion "2\.0\.0" is not 1\.x/);
    const broken = JSON.parse(JSON.stringify(v1));
    broken.results[3].parts = 'x';
    expect(err(JSON.stringify(broken))).toMatch(/results\[3\] is not a rule result/);
    const badPath = JSON.parse(JSON.stringify(v1));
    badPath.results.find((r: { evidence: unknown[] }) => r.evidence.length).evidence[0].path = [1];
    expect(err(JSON.stringify(badPath))).toMatch(/is not a rule result/);
  });
});
