import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../functions/core/document/build-tree.ts';
import type { PlanDocument, Section } from '../../functions/core/document/model.ts';
import { parseDocument, parseMarkdownFolder } from '../../functions/core/parsers/index.ts';

const REAL = 'fixtures/real';
const read = (name: string) => parseDocument({ bytes: readFileSync(join(REAL, name)), filename: name });
const readFolder = (name: string) =>
  parseMarkdownFolder(readdirSync(join(REAL, name)).map((file) => ({ name: file, bytes: readFileSync(join(REAL, name, file)) })));
const norm = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const all = (doc: PlanDocument): Section[] => [...walkSections(doc.sections)];
const parentOf = (doc: PlanDocument, heading: string): string | null => {
  const s = all(doc).find((x) => norm(x.heading) === norm(heading));
  if (!s) throw new Error(`no heading ${heading}`);
  return s.path.length > 1 ? norm(s.path[s.path.length - 2]!) : null;
};
const tables = (doc: PlanDocument) =>
  [...doc.preamble, ...all(doc).flatMap((s) => s.blocks)].filter((b) => b.type === 'table');

describe('EN11 (Word original) against EN13 (its publisher’s Markdown)', async () => {
  const en11 = await read('EN11_singapore_smart_nation_strategy_nov2018.docx');
  const en13 = readFolder('EN13_singapore_smart_nation_strategy_md');
  const outline = all(en11).filter((s) => s.source === 'outline-level');
  const en13Headings = all(en13).map((s) => norm(s.heading));

  it('reads the outline-level headings, not the table of contents in its content control', () => {
    expect(outline).toHaveLength(20);
    // Every TOC entry would repeat a heading: each heading text appears once.
    const texts = outline.map((s) => norm(s.heading));
    expect(new Set(texts).size).toBe(texts.length);
    expect(outline[0]!.position.paragraph).toBeGreaterThan(40); // after the TOC's paragraphs
    expect(en11.title).toBe('Smart Nation: The Way Forward');
  });

  it('finds every outline heading among EN13’s headings, in the same order', () => {
    let at = -1;
    for (const s of outline) {
      const i = en13Headings.indexOf(norm(s.heading), at + 1);
      expect(i, s.heading).toBeGreaterThan(at);
      at = i;
    }
  });

  it('nests the chapters’ sections as EN13 does, across Word’s skipped levels', () => {
    for (const [chapter, children] of [
      ['System Foundations', ['Ensuring reliable and secure cyber foundations', 'Maximising the value of data in a trusted environment']],
      ['People and Culture', ['Promoting an innovation and technology culture', 'Building a digitally-ready workforce to seize new opportunities', 'Ensuring everyone benefits from Smart Nation']],
    ] as const) {
      for (const child of children) {
        expect(parentOf(en11, child)).toBe(norm(chapter));
        expect(parentOf(en13, child)).toBe(norm(chapter));
      }
    }
    // EN13's introduction sections are siblings in both.
    const intro = ['What is Smart Nation?', 'Why Smart Nation?', 'Who Contributes to Smart Nation?', 'How Do We Become a Smart Nation?'];
    expect(new Set(intro.map((h) => parentOf(en13, h)))).toEqual(new Set([norm('Introduction')]));
    const levels = new Set(intro.map((h) => all(en11).find((s) => norm(s.heading) === norm(h))!.level));
    expect(levels.size).toBe(1);
  });

  it('keeps its 17 sidebars as tables', () => {
    expect(tables(en11)).toHaveLength(17);
    const first = tables(en11)[0]!;
    if (first.type !== 'table') throw new Error('not a table');
    expect(first.rows[0]!.cells[0]!.text.startsWith('The Digital Economy Framework for Action')).toBe(true);
  });
});

describe('CN09 (tool-made DOCX, numbering only) against CN07 (Markdown) — the same national plan', async () => {
  const cn09 = await read('CN09_national_14th5_digital_economy_plan_toolgen_nostyle.docx');
  const cn07 = await read('CN07_national_14th5_digital_economy_plan.md');
  const chapters = (doc: PlanDocument) =>
    all(doc)
      .filter((s) => s.numbering?.scheme === 'chinese-dun')
      .map((s) => ({ heading: s.rawHeading, children: s.children.filter((c) => c.numbering?.scheme === 'chinese-paren').map((c) => c.rawHeading) }));

  it('reads the same eleven chapters and the same second-level sections', () => {
    const a = chapters(cn09);
    expect(a.map((c) => c.heading)).toEqual([
      '一、发展现状和形势',
      '二、总体要求',
      '三、优化升级数字基础设施',
      '四、充分发挥数据要素作用',
      '五、大力推进产业数字化转型',
      '六、加快推动数字产业化',
      '七、持续提升公共服务数字化水平',
      '八、健全完善数字经济治理体系',
      '九、着力强化数字经济安全体系',
      '十、有效拓展数字经济国际合作',
      '十一、保障措施',
    ]);
    expect(a[1]!.children).toEqual(['（一）指导思想。', '（二）基本原则。', '（三）发展目标。']);
    expect(a[10]!.children).toHaveLength(5);
    expect(chapters(cn07)).toEqual(a);
  });

  it('takes the opening line as the title, not as a section', () => {
    expect(cn09.title).toBe('十四五数字经济发展规划');
    expect(all(cn09)[0]!.rawHeading).toBe('一、发展现状和形势');
  });
});

describe('every real document reads with a plausible tree', () => {
  const cases: Array<[string, string[]]> = [
    ['CN08_shanghai_yangpu_district_innovation_zone_plan.md', ['一、主要目标', '三、重点任务', '（一）打造全球科创策源新高地']],
    ['NEG13_national_14th5_emergency_system_plan_offtopic.md', ['一、规划背景', '二、总体要求', '（一）指导思想。']],
    ['NEG14_state_council_report_on_digital_economy_progress.md', ['一、我国数字经济发展成效显著', '（一）数字基础设施实现跨越式发展。']],
    ['NEG16_city_brain_framework_article.md', ['基础设施层', '融合平台层', '安全保障体系']],
    ['CN09_national_14th5_digital_economy_plan_toolgen_nostyle.docx', ['十一、保障措施', '（四）实施试点示范。']],
    ['EN11_singapore_smart_nation_strategy_nov2018.docx', ['System Foundations', 'Conclusion']],
  ];
  for (const [name, expected] of cases) {
    it(name, async () => {
      const doc = await read(name);
      expect(doc.warnings.filter((w) => /error/i.test(w.code))).toEqual([]);
      expect(all(doc).length).toBeGreaterThanOrEqual(3);
      expect(doc.characters).toBeGreaterThan(3000);
      const headings = all(doc).map((x) => x.rawHeading);
      for (const h of expected) expect(headings).toContain(h);
    });
  }
});
