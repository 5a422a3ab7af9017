import { describe, expect, it } from 'vitest';
import { renderReport } from '../../functions/core/report/index.ts';
import { buildResult } from './build-result.ts';

describe('HTML report', () => {
  const zh = renderReport(buildResult(), 'html');
  const en = renderReport(buildResult({ lang: 'en', format: 'docx' }), 'html');

  it('is self-contained: inline CSS, no script, no external requests', () => {
    for (const page of [zh, en]) {
      expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(page).toContain('<style>');
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
      expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
      expect(page).not.toMatch(/url\(/i);
      expect(page).toContain('name="viewport"');
      expect(page).toMatch(/@media \(max-width:40rem\)/);
    }
  });

  it('escapes every piece of document text', () => {
    expect(zh).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;q&quot; &#39;s&#39;');
    expect(zh).not.toMatch(/[\u0001\u0008\u000B\uFFFE]/);
    // Title, message, quote, waiver, warning and verdict carry the hostile text; none gets through raw.
    expect(zh.split('&lt;script&gt;').length - 1).toBeGreaterThanOrEqual(5);
  });

  it('is in the requested language with labels from one table', () => {
    expect(zh).toContain('<html lang="zh-CN">');
    expect(en).toContain('<html lang="en">');
    expect(zh).toContain('总体得分');
    expect(en).toContain('Overall score');
    expect(en).not.toContain('总体得分');
    expect(renderReport(buildResult(), 'html', { lang: 'en' })).toContain('What to add');
  });

  it('gives every rule a stable anchor, in severity order', () => {
    const ids = [...zh.matchAll(/<article class="finding [a-z-]+" id="(rule-[a-z-]+)"/g)].map((m) => m[1]);
    expect(ids.slice(0, 3)).toEqual(['rule-goals-indicator-system', 'rule-architecture-layers', 'rule-data-catalog']);
    expect(new Set(ids).size).toBe(9);
    expect(zh).toContain('href="#rule-horizon"');
  });

  it('draws an accessible SVG of the eight steps, out-of-scope greyed', () => {
    const svg = zh.slice(zh.indexOf('<svg'), zh.indexOf('</svg>') + 6);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="coverage-title">各步骤覆盖情况<\/title>/);
    expect(svg).toMatch(/<desc id="coverage-desc">[^<]*总体架构设计: 80[^<]*运营体系设计: 不在范围内/);
    expect(svg.match(/<g class="in-scope">/g)).toHaveLength(5);
    expect(svg.match(/<g class="out-of-scope">/g)).toHaveLength(3);
    expect(svg).toMatch(/<g class="out-of-scope">[^]*?fill="#bdbdbd"/);
    // A bar 80 % of 300 wide for overall architecture.
    expect(svg).toContain('width="240.0"');
  });

  it('shows parts found and missing, evidence with heading path and location, and what to add', () => {
    const art = en.slice(en.indexOf('id="rule-architecture-layers"'), en.indexOf('</article>', en.indexOf('id="rule-architecture-layers"')));
    expect(art).toContain('<li class="missing" title="missing">missing: Business layer</li>');
    expect(art).toContain('<li class="mentioned" title="mentioned">mentioned: Application layer</li>');
    // Where: the heading as the plan writes it and the paragraph's first words, never a paragraph number.
    expect(art).toContain('<span class="where">第三章 保障措施 · “建设城市数据…”</span>');
    expect(art).not.toMatch(/¶\d/);
    expect(art).toContain('<p class="add"><strong>What to add:</strong>');
    expect(art).toContain('<strong>Where to write (Business layer):</strong> 第三章 保障措施 → add “(1) Business layer”');
  });

  it('says prominently when the document does not read as a plan', () => {
    const bad = renderReport(buildResult({ isPlan: false }), 'html');
    expect(bad).toMatch(/<p class="verdict-bad" role="alert">注意：该文档看起来不是城市数字化转型规划/);
    expect(zh).not.toContain('class="verdict-bad"');
  });
});
