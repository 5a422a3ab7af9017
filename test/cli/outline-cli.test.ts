import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/plancheck.js');
const cn07 = join(import.meta.dirname, '../../fixtures/real/CN07_national_14th5_digital_economy_plan.md');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
const tmp = mkdtempSync(join(tmpdir(), 'plancheck-outline-'));

function oneLineError(r: ReturnType<typeof run>, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^plancheck: /);
  expect(lines[0]).toMatch(pattern);
}

describe('plancheck outline (child process)', { timeout: 240_000 }, () => {
  it('prints the tree with numbering, location and block counts', () => {
    const r = run('outline', cn07);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('    一、发展现状和形势  (36:1)');
    expect(r.stdout).toMatch(/ {6}（一）发展现状 {2}\(38:1\) {2}\[7¶\]/);
    expect(r.stdout).toContain('十一、保障措施');
  });

  it('--json prints sections with heading, level, numbering, position, children, blocks', () => {
    const r = run('outline', '--json', cn07);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { sections: Array<Record<string, unknown>> };
    const body = (doc.sections[0]!.children as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['heading', 'level', 'numbering', 'position', 'children', 'blocks']));
    const chapter = (body.children as Array<{ heading: string; level: number; numbering: { text: string }; position: { start: { line: number } } }>)[0]!;
    expect(chapter).toMatchObject({ heading: '发展现状和形势', level: 3, numbering: { text: '一、', scheme: 'chinese-dun', value: 1 }, position: { start: { line: 36 } } });
  });

  it('reads a PDF: chapters with their page and line on the page', () => {
    const r = run('outline', join(import.meta.dirname, '../../fixtures/real/CN01_national_14th5_digital_economy_plan.pdf'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^“十四五”数字经济发展规划 — pdf, \d+ characters$/);
    expect(r.stdout).toMatch(/^一、发展现状和形势 {2}\(p\. 2, line 5\)$/m);
    expect(r.stdout).toMatch(/^十一、保障措施 {2}\(p\. 24, line 16\)$/m);
  });

  it('refuses a password-protected PDF and a scan with one line and exit 2', () => {
    oneLineError(run('outline', join(import.meta.dirname, '../../fixtures/pdf/password.pdf')), /password\.pdf is password-protected: submit a copy without a password/);
    oneLineError(run('check', join(import.meta.dirname, '../../fixtures/pdf/scanned.pdf')), /scanned\.pdf is an image scan with no text layer/);
  });

  it('reads a folder of Markdown files as one document', () => {
    const r = run('outline', join(import.meta.dirname, '../../fixtures/real/EN13_singapore_smart_nation_strategy_md'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(01-introduction.md:1:1)');
    expect(r.stdout).toContain('Conclusion  (10-conclusion.md:1:1)');
  });

  it('bad input: exit 2 and one line on stderr', () => {
    oneLineError(run('outline', join(tmp, 'missing.md')), /no such file/);
    writeFileSync(join(tmp, 'empty.md'), '');
    oneLineError(run('outline', join(tmp, 'empty.md')), /empty/);
    writeFileSync(join(tmp, 'blank.md'), '  \n\n');
    oneLineError(run('outline', join(tmp, 'blank.md')), /no text/);
    writeFileSync(join(tmp, 'zip.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x77, 0x6f, 0x72, 0x64, 0x2f]));
    oneLineError(run('outline', join(tmp, 'zip.md')), /zip\.md is a ZIP\/DOCX file, not Markdown/);
    writeFileSync(join(tmp, 'bad.md'), Buffer.from([0x23, 0x20, 0xff, 0x0a]));
    oneLineError(run('outline', join(tmp, 'bad.md')), /not valid UTF-8.*offset 2/);
    oneLineError(run('outline'), /expected one file/);
    oneLineError(run('outline', '--nope', cn07), /--nope/);
  });

  it('unknown command exits 2 with one line; --help and --version exit 0', () => {
    oneLineError(run('frobnicate'), /unknown command 'frobnicate'/);
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('outline');
    const version = run('--version');
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
