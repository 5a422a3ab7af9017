// `plancheck diff OLD NEW` and `plancheck check --format md --base` through the
// real bin: plans and JSON reports on either side, every format, exit codes
// (0 nothing new at error level, 1 something is, 2 bad input with one line).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkResultValidator, sarifValidator } from '../report/validators.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/plancheck.js');
const v1 = join(root, 'fixtures/diff/qinghe-plan-v1.md');
const v2 = join(root, 'fixtures/diff/qinghe-plan-v2.md');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 90_000, cwd: root });

const dir = mkdtempSync(join(tmpdir(), 'plancheck-diff-'));
const v1Json = join(dir, 'v1.json');
const v2Json = join(dir, 'v2.json');

/** Exit 2 with exactly one line on stderr, matching `pattern`. */
function refused(r: ReturnType<typeof run>, pattern: RegExp) {
  expect(r.status, r.stdout).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

beforeAll(() => {
  for (const [plan, out] of [[v1, v1Json], [v2, v2Json]]) {
    const r = run('check', plan, '--format', 'json', '--out', out);
    expect([0, 1], r.stderr).toContain(r.status);
  }
}, 90_000);

describe('plancheck diff', () => {
  it('two plans: text by default, the resolved safeguard, exit 0', () => {
    const r = run('diff', v1, v2, '--lang', 'en');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^What changed: 清河市城市数字化转型实施方案（2024—2026年） \(.*qinghe-plan-v1\.md\) → .*qinghe-plan-v2\.md\)$/);
    expect(r.stdout).toContain('New since the base (0):');
    expect(r.stdout).toMatch(/Resolved \(1\):\n {2}- error +support-measures › Talent /);
  });

  it('the same diff from the JSON reports the check wrote, and from a report and a plan', () => {
    const fromPlans = JSON.parse(run('diff', v1, v2, '--format', 'json').stdout);
    const fromReports = run('diff', v1Json, v2Json, '--format', 'json');
    expect(fromReports.status, fromReports.stderr).toBe(0);
    const reports = JSON.parse(fromReports.stdout);
    const mixed = JSON.parse(run('diff', v1Json, v2, '--format', 'json').stdout);
    for (const d of [reports, mixed]) {
      expect(d.summary).toEqual(fromPlans.summary);
      expect(d.resolved).toEqual(fromPlans.resolved);
      expect(d.stillOpen).toEqual(fromPlans.stillOpen);
      expect(d.scores).toEqual(fromPlans.scores);
    }
    expect(reports.kind).toBe('plancheck-diff');
    expect(reports.resolved.map((x: { finding: { key: string } }) => x.finding.key)).toEqual(['support-measures›talent']);
  });

  it('exits 1 when the new version has an error-level finding the old one had not', () => {
    const r = run('diff', v2Json, v1Json, '--format', 'md', '--lang', 'en');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('**1 new error-level findings**');
    expect(r.stdout).toContain('### New since the base (1)\n\n- `support-measures` › Talent — Support measures (safeguards) (13.5), error · missing · the plan as a whole');
  });

  it('--out writes the file', () => {
    const out = join(dir, 'diff.md');
    const r = run('diff', v1Json, v2Json, '--format', 'md', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(spawnSync('grep', ['-c', '已解决 (1)', out], { encoding: 'utf8' }).stdout.trim()).toBe('1');
  });

  it('refuses bad input with one line and exit 2', () => {
    refused(run('diff', v1), /^plancheck: give two versions, OLD and NEW/);
    refused(run('diff', v1, join(dir, 'nope.md')), /^plancheck: no such file: .*nope\.md$/m);
    refused(run('diff', v1, v2, '--format', 'html'), /unknown --format "html" \(text, json, md\)/);
    refused(run('diff', v1, v2, '--lang', 'fr'), /unknown --lang "fr"/);
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{"schemaVersion": "1.2.0", ');
    refused(run('diff', notJson, v2), /broken\.json is not valid JSON/);
    const other = join(dir, 'package.json');
    writeFileSync(other, JSON.stringify({ name: 'x', version: '1.0.0' }));
    refused(run('diff', other, v2Json), /package\.json is not a plancheck JSON report: it has no schemaVersion and checker "plancheck"/);
    const many = join(dir, 'many.json');
    writeFileSync(many, run('check', v1, v2, '--format', 'json').stdout);
    refused(run('diff', many, v2Json), /many\.json is not a plancheck JSON report: it holds 2 reports/);
  });

  it('the real pair, draft DOCX → final PDF, as text', () => {
    const r = run('diff', 'fixtures/real/CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx', 'fixtures/real/CN04_nda_trusted_data_space_action_plan_2024-2028.pdf', '--lang', 'en');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nResolved \(1\):\n {2}- info +support-business-model › Entities +Business model \(12\.3\) · now present · 开展可信数据空间培育推广行动 › 积极推广企业可信数据空间\n/);
    expect(r.stdout).toMatch(/\n {2}= error +support-measures › Culture and atmosphere +Support measures \(safeguards\) \(13\.5\) · mentioned · 保障措施 › 加强人才培养\n/);
  }, 60_000);
});

describe('plancheck check --format md --base', () => {
  it('the comment against the base: new first, exit code as check', () => {
    const back = run('check', v1, '--format', 'md', '--lang', 'en', '--base', v2Json);
    expect(back.status, back.stderr).toBe(1);
    expect(back.stdout.indexOf('## 🆕 New since the base (1)')).toBeLessThan(back.stdout.indexOf('## Still open ('));
    const fixed = run('check', v2, '--format', 'md', '--lang', 'en', '--base', v1Json);
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain('## 🆕 New since the base (0)');
    expect(fixed.stdout).toContain('## ✅ Resolved since the base (1)\n\n- `support-measures` › Talent');
    const full = run('check', v2, '--format', 'md', '--lang', 'en');
    expect(fixed.stdout.split('\n').length).toBeLessThan(full.stdout.split('\n').length / 2);
  });

  it('refuses --base with another format, several plans, or a base that is no report', () => {
    refused(run('check', v2, '--format', 'json', '--base', v1Json), /--base works with --format md \(got json\)/);
    refused(run('check', v1, v2, '--format', 'md', '--out', dir, '--base', v1Json), /--base compares one plan with its base/);
    refused(run('check', v2, '--format', 'md', '--base', join(dir, 'missing.json')), /no such file: .*missing\.json/);
    const other = join(dir, 'other.json');
    writeFileSync(other, '[]');
    refused(run('check', v2, '--format', 'md', '--base', other), /other\.json is not a plancheck JSON report/);
  });
});

describe('fingerprints in the JSON and SARIF reports', () => {
  it('the JSON report carries them and still validates against docs/report-schema.json', () => {
    const r = run('check', v2, '--format', 'json');
    const result = JSON.parse(r.stdout);
    const validate = checkResultValidator();
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.schemaVersion).toBe('1.2.0');
    for (const rule of result.results) {
      expect(rule.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      for (const p of rule.parts) expect(p.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('SARIF results carry partialFingerprints that stay put when lines are inserted above', () => {
    const sarif = (plan: string) => JSON.parse(run('check', plan, '--format', 'sarif').stdout);
    const a = sarif(v1);
    const b = sarif(v2);
    const validate = sarifValidator();
    expect(validate(b), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    type Result = { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region?: { startLine: number } } }[] };
    const byRule = (log: { runs: { results: Result[] }[] }) => new Map(log.runs[0]!.results.map((x) => [x.ruleId, x]));
    const before = byRule(a);
    const after = byRule(b);
    expect(after.size).toBeGreaterThan(10);
    let shifted = 0;
    for (const [id, x] of after) {
      expect(Object.keys(x.partialFingerprints)).toEqual(['plancheckFinding/v1']);
      const old = before.get(id)!;
      expect(x.partialFingerprints['plancheckFinding/v1'], id).toBe(old.partialFingerprints['plancheckFinding/v1']);
      const line = (r: Result) => r.locations[0]!.physicalLocation.region?.startLine;
      if (line(x) !== undefined && line(x) !== line(old)) shifted++;
    }
    // The lines did move: the fingerprints held anyway.
    expect(shifted).toBeGreaterThan(5);
    // support-measures passes in v2 (no SARIF result) and was a result in v1.
    expect(before.has('support-measures')).toBe(true);
    expect(after.has('support-measures')).toBe(false);
  });
});
