// Which plans a batch holds and with which profile, on real fixtures: a folder
// of Markdown files is ONE plan (index.md, or numbered chapters, or named in
// the manifest) — the same plan, hash and score as `plancheck check <folder>`;
// a manifest sets a plan's profile, a .plancheck.json beside a plan sets its
// profile and waivers; a profile suggested by a title is shown, never applied;
// each plan gets a draft letter beside its reports; the batch's own output is
// never read back as plans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from '../../functions/core/check/result.ts';
import { runBatch, type BatchRun } from '../../functions/batch/run-batch.ts';
import { folderSink, folderSource } from '../../functions/batch/sources.ts';
import { planEntries } from '../../functions/batch/plan-entries.ts';
import { folderSha256 } from '../../functions/service/folder-plan.ts';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'plancheck-batch-plans-'));
const src = join(work, 'src');
const EN13 = 'fixtures/real/EN13_singapore_smart_nation_strategy_md';
const fixture = (p: string) => join(root, p);

function layout(): void {
  mkdirSync(src, { recursive: true });
  for (const f of ['p06-jinsha-14th5-strategy.md', 'p07-dongjiang-data-governance.md', 'p08-beiling-ten-year.md']) cpSync(fixture(`fixtures/plans/${f}`), join(src, f));
  // The same data-governance plan without a manifest entry: its title suggests a profile, which must not be applied.
  cpSync(fixture('fixtures/plans/p07-dongjiang-data-governance.md'), join(src, 'other/p07-copy.md'));
  // index.md + ten chapters: one plan.
  cpSync(fixture(EN13), join(src, 'EN13'), { recursive: true });
  // A plan cut into numbered chapters, no index.md: one plan.
  const p12 = readFileSync(fixture('fixtures/plans/p12-donghai-vague-goals.md'), 'utf8');
  const cut = p12.indexOf('# 第三章');
  mkdirSync(join(src, 'chapters'));
  writeFileSync(join(src, 'chapters/01-basis.md'), p12.slice(0, cut));
  writeFileSync(join(src, 'chapters/02-architecture.md'), p12.slice(cut));
  // The same cut under names that are not chapters: separate files unless the manifest says otherwise.
  mkdirSync(join(src, 'loose'));
  writeFileSync(join(src, 'loose/basis.md'), p12.slice(0, cut));
  writeFileSync(join(src, 'loose/architecture.md'), p12.slice(cut));
  // Independent small plans in one folder: each its own.
  cpSync(fixture('fixtures/rules/horizon'), join(src, 'horizon'), { recursive: true });
  // A plan whose own .plancheck.json sets its profile and waives its one failing error rule.
  cpSync(fixture('fixtures/plans/p11-baisha-missing-safeguards.outline-level.docx'), join(src, 'sub/p11.docx'));
  writeFileSync(join(src, 'sub/.plancheck.json'), JSON.stringify({ profile: 'strategy', waivers: [{ rule: 'support-measures', reason: 'set out in the separate 保障措施 document' }] }));
  writeFileSync(
    join(src, 'plancheck-batch.json'),
    JSON.stringify({ profile: 'full', plans: { 'p07-dongjiang-data-governance.md': { profile: 'data-governance' }, 'loose/': { profile: 'strategy' } } }),
  );
}

beforeAll(layout);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const row = (run: BatchRun, file: string) => run.summary.plans.find((p) => p.file === file)!;
const report = (file: string) => JSON.parse(readFileSync(join(src, `${file}.json`), 'utf8')) as CheckResult;

describe('the plans of a batch', () => {
  it('reads a folder with index.md, or of numbered chapters, as one plan; other folders file by file', async () => {
    const keys = await folderSource(src).keys();
    const files = planEntries(keys).map((e) => e.file);
    expect(files).toContain('EN13');
    expect(files).toContain('chapters');
    expect(files.filter((f) => f.startsWith('EN13') || f.startsWith('chapters'))).toEqual(['EN13', 'chapters']);
    // Every file of a folder of loose plans is a plan of its own (as many as the fixture folder holds).
    expect(files.filter((f) => f.startsWith('horizon/'))).toHaveLength(readdirSync(fixture('fixtures/rules/horizon')).length);
    expect(files).toEqual(expect.arrayContaining(['loose/architecture.md', 'loose/basis.md']));
    const en13 = planEntries(keys).find((e) => e.file === 'EN13')!;
    expect(en13.keys[0]).toBe('EN13/index.md');
    expect(en13.keys).toHaveLength(11);
    // Hidden config and the manifest are files of the source, never plans.
    expect(keys).toContain('sub/.plancheck.json');
    expect(files).not.toContain('plancheck-batch.json');
  });

  let run: BatchRun;

  it('checks a folder plan as `plancheck check <folder>` does: same hash, same score', async () => {
    run = await runBatch({ source: folderSource(src), out: folderSink(src), concurrency: 2 });
    const en13 = row(run, 'EN13');
    expect(en13.outcome).toBe('checked');
    const parts = ['01-introduction.md', '02-digital-government-digital-economy.md', '03-system-foundations.md', '04-people-and-culture.md', '05-smart-nation-projects.md', '06-strengthening-nexus.md', '07-make-strategic-bets.md', '08-strengthen-collaboration.md', '09-what-can-i-do.md', '10-conclusion.md', 'index.md'];
    expect(en13.sha256).toBe(folderSha256(parts.map((name) => ({ name, bytes: readFileSync(fixture(`${EN13}/${name}`)) }))));
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'functions/cli/main.ts'), 'check', join(src, 'EN13')], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    const alone = JSON.parse(cli.stdout) as CheckResult;
    expect(alone.document.sha256).toBe(en13.sha256);
    expect(alone.scores.overall).toBe(en13.overall);
    expect(alone.results.map((r) => r.status)).toEqual(report('EN13').results.map((r) => r.status));
    // The chapters read in order: the first chapter's title is the plan's.
    expect(row(run, 'chapters').title).toBe('东海市城市数字化转型规划（2021—2025年）');
    expect(report('chapters').document.characters).toBe(readFileSync(fixture('fixtures/plans/p12-donghai-vague-goals.md'), 'utf8').length);
  }, 240_000);

  it('takes a plan profile from the manifest, and a folder the manifest names as one plan', () => {
    const p07 = row(run, 'p07-dongjiang-data-governance.md');
    expect(p07).toMatchObject({ profile: 'data-governance', profileFrom: 'manifest', suggestedProfile: null });
    expect(report('p07-dongjiang-data-governance.md').profile.name).toBe('data-governance');
    const loose = row(run, 'loose');
    expect(loose).toMatchObject({ profile: 'strategy', profileFrom: 'manifest', outcome: 'checked' });
    expect(run.summary.plans.some((p) => p.file.startsWith('loose/'))).toBe(false);
    expect(row(run, 'p06-jinsha-14th5-strategy.md')).toMatchObject({ profile: 'full', profileFrom: 'batch' });
  });

  it('shows the profile a title suggests and does not apply it', () => {
    const copy = row(run, 'other/p07-copy.md');
    expect(copy.profile).toBe('full');
    expect(report('other/p07-copy.md').profile.name).toBe('full');
    expect(copy.suggestedProfile).toEqual({ profile: 'data-governance', cue: '数据治理' });
    const html = readFileSync(join(src, 'summary.html'), 'utf8');
    const tr = html.split('\n').find((l) => l.includes('data-file="other/p07-copy.md"'))!;
    expect(tr).toContain('<td class="profile" data-v="full">full<span class="suggest">建议：data-governance（标题含“数据治理”）</span></td>');
    const csv = readFileSync(join(src, 'summary.csv'), 'utf8');
    expect(csv.split('\r\n').find((l) => l.includes(',other/p07-copy.md,'))).toContain(',full,batch,data-governance,');
  });

  it('applies a .plancheck.json beside a plan: its profile and its waivers', () => {
    const p11 = row(run, 'sub/p11.docx');
    expect(p11).toMatchObject({ profile: 'strategy', profileFrom: 'config', decision: 'accept' });
    expect(p11.statuses['support-measures']).toBe('waived');
    expect(report('sub/p11.docx').results.find((r) => r.id === 'support-measures')!.waiver!.reason).toBe('set out in the separate 保障措施 document');
  });

  it('writes a draft letter beside each plan’s reports and links it from summary.html', () => {
    const html = readFileSync(join(src, 'summary.html'), 'utf8');
    for (const p of run.summary.plans) {
      expect(p.letter).toEqual({ md: `${p.file}.letter.md`, html: `${p.file}.letter.html` });
      expect(existsSync(join(src, p.letter!.md))).toBe(true);
      expect(html).toContain(`href="${encodeURI(p.letter!.html)}"`);
    }
    const p08 = readFileSync(join(src, 'p08-beiling-ten-year.md.letter.md'), 'utf8');
    expect(row(run, 'p08-beiling-ten-year.md').failing).toEqual(['horizon']);
    expect(p08).toContain('规划期（3–5年）（第4.2条）');
    expect(readFileSync(join(src, 'sub/p11.docx.letter.html'), 'utf8')).toContain('data-decision="accept"');
  });

  it('resumes with the output in the source: letters, reports and summary are not read as plans; a changed .plancheck.json re-checks its plan', async () => {
    const again = await runBatch({ source: folderSource(src), out: folderSink(src), concurrency: 2 });
    expect(again.summary.counts.plans).toBe(run.summary.counts.plans);
    expect(again.summary.counts.checked).toBe(0);
    writeFileSync(join(src, 'sub/.plancheck.json'), JSON.stringify({ profile: 'strategy' }));
    const third = await runBatch({ source: folderSource(src), out: folderSink(src), concurrency: 2 });
    expect(third.summary.counts.checked).toBe(1);
    expect(row(third, 'sub/p11.docx')).toMatchObject({ outcome: 'checked', decision: 'send-back', failing: ['support-measures'] });
    expect(readFileSync(join(src, 'sub/p11.docx.letter.html'), 'utf8')).toContain('data-decision="send-back"');
  }, 240_000);
});

describe('bad manifests and configs stop the batch before any check, naming the problem', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a key naming no plan', { 'plancheck-batch.json': JSON.stringify({ plans: { 'nope.md': { profile: 'full' } } }) }, /plans\."nope\.md": no such plan in the batch/],
    ['an unknown profile', { 'plancheck-batch.json': JSON.stringify({ plans: { 'a.md': { profile: 'nope' } } }) }, /unknown profile "nope".*plans\."a\.md"/],
    ['an unknown key', { 'plancheck-batch.json': JSON.stringify({ plan: {} }) }, /bad manifest plancheck-batch\.json: plan: unknown key/],
    ['invalid JSON', { 'plancheck-batch.json': '{' }, /bad manifest plancheck-batch\.json: not valid JSON/],
    ['a bad .plancheck.json', { 'd/.plancheck.json': JSON.stringify({ waivers: [{ rule: 'no-such-rule', reason: 'x' }] }) }, /bad config d\/\.plancheck\.json: waivers: unknown rule id "no-such-rule"/],
  ];
  for (const [name, files, message] of cases) {
    it(name, async () => {
      const dir = mkdtempSync(join(work, 'bad-'));
      cpSync(fixture('fixtures/rules/horizon/pass-english.md'), join(dir, 'a.md'));
      cpSync(fixture('fixtures/rules/horizon/pass-english.md'), join(dir, 'd/b.md'));
      for (const [f, body] of Object.entries(files)) writeFileSync(join(dir, f), body);
      const out = join(dir, 'out');
      await expect(runBatch({ source: folderSource(dir), out: folderSink(out), concurrency: 0 })).rejects.toThrow(message);
      expect(existsSync(out)).toBe(false);
    });
  }
});
