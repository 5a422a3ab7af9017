// `plancheck check --format` through the real bin: every report format comes
// out of the CLI well-formed, and --out with several plans names each report
// by plan and format.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkResultValidator, sarifValidator } from '../report/validators.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/plancheck.js');
const plan = join(root, 'fixtures/plans/p01-linhu-complete.md');
const docx = join(root, 'fixtures/plans/p05-riverton-english.docx');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'check', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('plancheck check --format', () => {
  it('json validates against docs/report-schema.json', () => {
    const r = run(plan, '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const validate = checkResultValidator();
    expect(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('sarif validates against the SARIF 2.1.0 schema and points into the Markdown source', () => {
    const r = run(plan, '--format', 'sarif');
    expect(r.status, r.stderr).toBe(0);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const regions = log.runs[0].results.flatMap((x: { locations?: { physicalLocation?: { region?: { startLine?: number } } }[] }) =>
      (x.locations ?? []).map((l) => l.physicalLocation?.region?.startLine));
    expect(regions.some((line: number | undefined) => typeof line === 'number' && line > 1)).toBe(true);
  });

  it('md is a Markdown report headed by the plan title, in the language asked for', () => {
    const zh = run(plan, '--format', 'md');
    expect(zh.status, zh.stderr).toBe(0);
    expect(zh.stdout).toMatch(/^## .*临湖市城市数字化转型规划/);
    const en = run(plan, '--format', 'md', '--lang', 'en');
    expect(en.stdout).toMatch(/[Ss]core/);
    expect(en.stdout).not.toEqual(zh.stdout);
  });

  it('html is one self-contained page', () => {
    const r = run(plan, '--format', 'html');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toContain('<svg');
    expect(r.stdout).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:/i);
  });

  it('junit has one testcase per rule', () => {
    const r = run(plan, '--format', 'junit');
    expect(r.status, r.stderr).toBe(0);
    const rules = JSON.parse(run(plan, '--format', 'json').stdout).results.length;
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout.match(/<testcase /g)).toHaveLength(rules);
  });

  it('--out <folder> with several plans writes one report per plan, named by plan and format', () => {
    const out = mkdtempSync(join(tmpdir(), 'plancheck-formats-'));
    const r = run(plan, docx, '--format', 'sarif', '--out', out);
    expect([0, 1]).toContain(r.status);
    expect(readdirSync(out).sort()).toEqual(['p01-linhu-complete.sarif', 'p05-riverton-english.sarif']);
    expect(JSON.parse(readFileSync(join(out, 'p05-riverton-english.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});
