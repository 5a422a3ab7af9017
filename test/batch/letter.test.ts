// The draft letter per plan, on real fixtures: a send-back letter cites each
// failing error-level rule's clause and says what to add (and what is only
// recommended), in the report's language; a non-plan's letter names its genre
// and asks for the plan itself; an accepted plan gets an acceptance note.
// Markdown and HTML say the same; plan text is escaped in both.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import type { CheckResult, Lang } from '../../functions/core/check/result.ts';
import { buildLetter } from '../../functions/core/batch/letter.ts';
import { renderLetterHtml, renderLetterMarkdown } from '../../functions/core/batch/render-letter.ts';

const root = join(import.meta.dirname, '../..');
const check = (path: string, lang: Lang = 'zh') => checkPlan({ bytes: readFileSync(join(root, path)), filename: path.split('/').pop(), lang });

let p12: CheckResult;
let p12en: CheckResult;
let neg: CheckResult;
let p01: CheckResult;

beforeAll(async () => {
  p12 = await check('fixtures/plans/p12-donghai-vague-goals.md');
  p12en = await check('fixtures/plans/p12-donghai-vague-goals.md', 'en');
  neg = await check('fixtures/real/NEG14_state_council_report_on_digital_economy_progress.md');
  p01 = await check('fixtures/plans/p01-linhu-complete.md', 'en');
}, 60_000);

const open = (r: CheckResult, severity: string) => r.results.filter((x) => x.severity === severity && (x.status === 'fail' || x.status === 'partial'));

describe('draft send-back letter', () => {
  it('cites each failing error-level rule by clause with what was found and what to add, then the recommended additions', () => {
    const letter = buildLetter(p12, 'p12.md');
    expect(letter.decision).toBe('send-back');
    const errors = open(p12, 'error');
    expect(letter.required!.items.map((i) => i.rule).sort()).toEqual(errors.map((r) => r.id).sort());
    expect(letter.required!.items.map((i) => i.clause)).toEqual(['7.4 b', '7.4 c']);
    const md = renderLetterMarkdown(letter);
    expect(md).toContain(`# 关于《${p12.document.title}》的退回修改意见（草稿）`);
    expect(md).toContain('T/SZS 4042-2021《城市数字化转型顶层设计指南》');
    expect(md).toContain(`该规划有${errors.length}项必备要求（错误级）未满足`);
    for (const r of errors) {
      expect(md).toContain(`${r.title.zh}（第${r.clause}条）：缺失`);
      expect(md).toContain(`- **应补充**：${r.expected}`);
      expect(md).toContain(`- **审查发现**：${r.message}`);
    }
    // Warnings are recommended, after the required part; info-level findings are left to the report.
    expect(md.indexOf('## 一、须补充的内容')).toBeLessThan(md.indexOf('## 二、建议完善的内容（不影响受理）'));
    for (const r of open(p12, 'warning')) expect(md).toContain(`${r.title.zh}（第${r.clause}条）`);
    for (const r of open(p12, 'info')) expect(md).not.toContain(`**${r.title.zh}（第${r.clause}条）`);

    const html = renderLetterHtml(letter);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('data-decision="send-back"');
    for (const r of errors) expect(html).toContain(`<li class="item" data-rule="${r.id}"><h3>${r.title.zh}（第${r.clause}条）：缺失</h3>`);
  });

  it('is written in the report language', () => {
    const md = renderLetterMarkdown(buildLetter(p12en, 'p12.md'));
    expect(md).toContain(`# Draft letter: “${p12en.document.title}” returned for revision`);
    expect(md).toContain('2 required elements (error level) are missing or incomplete');
    expect(md).toContain('Measurable, time-bound goals (clause 7.4 b): missing');
    // The letter's own words are English; only the plan's title and headings (总体要求 › 发展目标) stay as written.
    expect(md).not.toMatch(/须补充|审查|退回|缺失|建议补充/);
    expect(md).toContain('**Where**: 总体要求 › 发展目标');
    expect(renderLetterHtml(buildLetter(p12en, 'p12.md'))).toContain('<html lang="en">');
  });

  it('sends a non-plan back for what it is and asks for the plan, naming the clauses a plan answers', () => {
    expect(neg.verdict.isPlan).toBe(false);
    const letter = buildLetter(neg, 'neg14.md');
    expect(letter.notPlan).toBe(true);
    expect(letter.required).toBeNull();
    const md = renderLetterMarkdown(letter);
    expect(md).toContain(`报送的文件不是城市数字化转型规划，而是${neg.verdict.genreLabel}`);
    for (const c of ['4.2', '7.4 b', '7.4 c', '8.1', '13.5']) expect(md).toContain(`（第${c}条）`);
    expect(md).toContain('请报送规划文本本身');
  });

  it('accepts a complete plan, listing what is still worth adding', () => {
    const letter = buildLetter(p01, 'p01.md');
    expect(letter.decision).toBe('accept');
    const md = renderLetterMarkdown(letter);
    expect(md).toContain('Every required element (error level) is met: the plan can be accepted.');
    expect(letter.suggested!.items.map((i) => i.rule).sort()).toEqual(open(p01, 'warning').map((r) => r.id).sort());
  });

  it('escapes plan text in Markdown and HTML', async () => {
    const hostile = await checkPlan({ bytes: Buffer.from('# <img src=x onerror=alert(1)> *规划* [x](javascript:1)\n\n本规划期限为2021—2025年。\n'), filename: 'h.md' });
    const letter = buildLetter({ ...hostile, document: { ...hostile.document, title: '<img src=x onerror=alert(1)> *规划* [x](javascript:1)' } }, 'dir/<b>.md');
    const html = renderLetterHtml(letter);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>.md');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const md = renderLetterMarkdown(letter);
    expect(md).not.toContain('<img');
    expect(md).toContain('\\*规划\\* \\[x\\](javascript:1)');
  });
});
