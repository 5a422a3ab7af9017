import { describe, expect, it } from 'vitest';
import { renderReport } from '../../functions/core/report/index.ts';
import { escapeMarkdown } from '../../functions/core/report/escape.ts';
import { buildResult } from './build-result.ts';

describe('Markdown report', () => {
  const md = renderReport(buildResult(), 'md');

  it('opens with the plan title, profile, overall score and counts', () => {
    const first = md.split('\n')[0]!;
    expect(first).toMatch(/^## 规划符合性检查报告: 某市城市数字化转型规划/);
    expect(md).toContain('**检查范围** `custom` · **总体得分** 62 · 通过 2 · 部分 3 · 未通过 2 · 豁免 1 · 不适用 1');
  });

  it('has a per-step table with all eight steps, out-of-scope marked', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| 阶段'));
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.includes('运营体系设计'))).toContain('不在范围内');
    expect(rows.find((r) => r.includes('总体架构设计'))).toMatch(/\| 80 \|$/);
  });

  it('orders findings errors first, fail before partial, and folds passing rules', () => {
    const order = [...md.matchAll(/^### \S+ \S+ `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(order).toEqual(['goals-indicator-system', 'architecture-layers', 'data-catalog', 'goals-measurable', 'goals-staged', 'support-measures']);
    const details = md.slice(md.indexOf('<details><summary>已满足的条目'));
    expect(details).toContain('`horizon`');
    expect(details).toContain('`key-projects`');
    expect(md).toContain('<details><summary>不适用的条目 (1)</summary>');
  });

  it('shows parts found and missing, evidence with Markdown locations, and what to add', () => {
    const section = md.slice(md.indexOf('`architecture-layers`'), md.indexOf('`data-catalog`'));
    expect(section).toContain('- **已找到:** 信息（数据）架构、数字基础设施、安全体系');
    expect(section).toContain('- **仅提及:** 应用架构');
    expect(section).toContain('- **缺少:** 业务架构');
    // The heading as written (the one title heading above every section left out) and the paragraph's first words.
    expect(section).toContain('- 三、总体架构 · 「建设城市数据…」: 建设城市数据资源体系 \\| 数据中台');
    expect(section).not.toMatch(/L41:C3/);
    expect(section).toContain('- 另有 3 处'); // 6 distinct quotes (the rule's own repeats a part's)
    expect(section).toContain('**应补充:** expected of architecture-layers');
    expect(section).toContain('**写在哪里:** 三、总体架构 → 新增「（一）业务架构」');
  });

  it('locates DOCX evidence by heading and first words, not by paragraph number', () => {
    const docx = renderReport(buildResult({ format: 'docx' }), 'md');
    expect(docx).toContain('- 第三章 保障措施 · 「建设城市数据…」: 建设城市数据资源体系');
    expect(docx).not.toMatch(/¶\d|L42:C1/);
  });

  it('escapes document text: no raw HTML, pipes, backticks or control characters', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
    expect(md).toContain('\\`tick\\`');
    expect(md).not.toMatch(/[\u0001\u0008\u000B\uFFFE]/);
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
  });

  it('warns prominently when the document does not read as a plan, in English too', () => {
    const en = renderReport(buildResult({ isPlan: false, lang: 'en' }), 'md');
    expect(en).toContain('> [!WARNING]');
    expect(en).toContain('does not read as a city digital-transformation plan');
    expect(en).toContain('**Profile** `custom`');
    expect(md).not.toContain('[!WARNING]');
  });

  it('honours maxEvidence', () => {
    const one = renderReport(buildResult(), 'md', { maxEvidence: 1 });
    const section = one.slice(one.indexOf('`architecture-layers`'), one.indexOf('`data-catalog`'));
    expect(section.match(/^- 三、总体架构 · /gm)).toHaveLength(1);
    expect(section).toContain('另有 5 处');
  });
});
