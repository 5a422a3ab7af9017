// plancheck check / rules through a real child process: exit codes 0/1/2 and
// one stderr line for bad input. Uses bin/plancheck.js once the CLI main is in
// the tree, else runs the command module directly.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './helpers/load-plan.ts';

const hasMain = existsSync(join(root, 'functions/cli/main.ts'));

function plancheck(command: 'check' | 'rules', args: string[], cwd = root) {
  const argv = hasMain
    ? [join(root, 'bin/plancheck.js'), command, ...args]
    : ['--import', 'tsx', '-e', `import(${JSON.stringify(join(root, `functions/cli/commands/${command}.ts`))}).then(m => m.run(${JSON.stringify(args)})).then(c => { process.exitCode = c; })`];
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const good = join(root, 'fixtures/rules/support-measures/pass-all-four.md');
const fixture = (id: string, f: string) => join(root, 'fixtures/rules', id, f);

describe('plancheck check: usage and bad input → exit 2, one stderr line', () => {
  it.each([
    [[], /no plan file given/],
    [['--format', 'pdf', good], /unknown --format "pdf"/],
    [['--lang', 'fr', good], /unknown --lang "fr"/],
    [['--bogus', good], /Unknown option '--bogus'/],
    [['/nonexistent/plan.md'], /no such file: \/nonexistent\/plan.md/],
    [[good, good, '--format', 'md'], /need --out <folder>/],
  ])('%j', (args, message) => {
    const r = plancheck('check', args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plancheck: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a bad config file → exit 2 naming the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-'));
    const cfg = join(dir, 'c.json');
    writeFileSync(cfg, JSON.stringify({ profle: 'full' }));
    const r = plancheck('check', ['--config', cfg, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/profle: unknown key/);
  });
});

describe('plancheck check: results → exit 0 / 1', () => {
  it('exit 1 when an error-severity rule fails, with a JSON report', () => {
    const r = plancheck('check', [fixture('horizon', 'fail-ten-years.md')]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.results.find((x: { id: string }) => x.id === 'horizon').status).toBe('fail');
    expect(result.document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('exit 0 when every error-severity rule is waived or passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-'));
    const cfg = join(dir, '.plancheck.json');
    const waive = ['horizon', 'goals-measurable', 'goals-indicator-system', 'architecture-layers', 'support-measures'].map((rule) => ({ rule, reason: 'test' }));
    writeFileSync(cfg, JSON.stringify({ waivers: waive, severity: Object.fromEntries(JSON.parse(plancheck('rules', ['--json']).stdout).rules.filter((x: { severity: string }) => x.severity === 'error').map((x: { id: string }) => [x.id, 'warning'])) }));
    const r = plancheck('check', ['--config', cfg, good]);
    expect(r.code).toBe(0);
  });
  it('several files with --out write one report each', () => {
    const out = mkdtempSync(join(tmpdir(), 'pc-out-'));
    const r = plancheck('check', [good, fixture('horizon', 'pass-title-range.md'), '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['pass-all-four.json', 'pass-title-range.json']);
    expect(JSON.parse(readFileSync(join(out, 'pass-all-four.json'), 'utf8')).schemaVersion).toBe('1.2.0');
  });
  it('several files without --out print a JSON array', () => {
    const r = plancheck('check', [good, good]);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });
});

describe('plancheck rules', () => {
  it('lists the catalog as JSON with clause, severity, step and parts', () => {
    const r = plancheck('rules', ['--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const layers = out.rules.find((x: { id: string }) => x.id === 'architecture-layers');
    expect(layers).toMatchObject({ clause: '8.1', severity: 'error', step: 'overall-architecture' });
    expect(layers.parts.map((p: { name: string }) => p.name)).toEqual(['business', 'information', 'application', 'infrastructure', 'security']);
    expect(out.profiles.map((p: { name: string }) => p.name)).toContain('strategy');
  });
  it('lists in English as text', () => {
    const r = plancheck('rules', ['--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Support measures (safeguards)');
  });
  it('bad option → exit 2', () => {
    expect(plancheck('rules', ['--lang', 'xx']).code).toBe(2);
  });
});
