import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../functions/core/document/build-tree.ts';
import type { PlanDocument, Section } from '../../functions/core/document/model.ts';
import { PlanInputError } from '../../functions/core/errors.ts';
import { parseDocument, parseMarkdownFolder } from '../../functions/core/parsers/index.ts';

const real = fileURLToPath(new URL('../../fixtures/real', import.meta.url));
const file = (prefix: string) => join(real, readdirSync(real).find((n) => n.startsWith(prefix))!);
const md = (text: string, filename = 'plan.md') => parseDocument({ bytes: new TextEncoder().encode(text), filename });
const all = (d: PlanDocument): Section[] => [...walkSections(d.sections)];

async function rejects(p: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PlanInputError);
  expect((error as PlanInputError).code).toBe(code);
  if (message) expect((error as Error).message).toMatch(message);
}

describe('Markdown reader on real plans', () => {
  it('CN07: the plan chapters 一、…十一、 under the two # headings, each with its （一） subsections', async () => {
    const f = file('CN07');
    const d = await parseDocument({ bytes: readFileSync(f), filename: f });
    expect(d.title).toBe('“十四五”数字经济发展规划');
    const body = d.sections[0]!.children.find((s) => s.heading === '政策全文')!;
    expect(body.children.map((s) => s.numbering?.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(body.children.map((s) => s.numbering?.scheme)).toEqual(Array(11).fill('chinese-dun'));
    expect(body.children[1]!.heading).toBe('总体要求');
    expect(body.children[10]!.heading).toBe('保障措施');
    const safeguards = body.children[10]!.children;
    expect(safeguards.map((s) => s.heading)).toEqual(['加强统筹协调和组织实施', '加大资金支持力度', '提升全民数字素养和技能', '实施试点示范', '强化监测评估']);
    // Run-in heading: its body sentence stays as the section's first paragraph.
    expect(safeguards[4]!.blocks[0]!.type).toBe('paragraph');
    expect((safeguards[4]!.blocks[0] as { text: string }).text).toMatch(/^各地区、各部门要结合/);
    // Positions point into the source: line 36 holds 一、发展现状和形势.
    const source = readFileSync(f, 'utf8');
    const first = body.children[0]!;
    expect(first.position.start.line).toBe(36);
    expect(source.slice(first.position.start.offset, first.position.end.offset)).toBe('一、发展现状和形势');
  });

  it('CN08: inline bold headings with full-width indents become sections', async () => {
    const f = file('CN08');
    const d = await parseDocument({ bytes: readFileSync(f), filename: f });
    const bold = all(d).filter((s) => s.source === 'bold').map((s) => s.rawHeading);
    expect(bold).toEqual(['杨“数”浦新质秀带创新区建设方案', '一、主要目标', '二、空间布局', '三、重点任务']);
    const tasks = all(d).find((s) => s.heading === '重点任务')!;
    expect(tasks.children.map((s) => s.numbering?.text)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    // 1.–23. number on across the （一）…（四） subsections.
    expect(tasks.children.flatMap((s) => s.children.map((c) => c.numbering!.value))).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('EN13: a folder of Markdown files reads as one document, each position naming its file', () => {
    const dir = file('EN13');
    const files = readdirSync(dir).filter((n) => n.endsWith('.md')).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
    const d = parseMarkdownFolder(files.reverse());
    const top = d.sections.map((s) => s.position.file);
    expect(top[0]).toBe('index.md');
    expect(top.slice(1)).toEqual([...new Set(top.slice(1))].sort());
    expect(d.sections.map((s) => s.heading)).toContain('Conclusion');
    expect(d.sections.at(-1)!.heading).toBe('Conclusion');
    expect(all(d).every((s) => typeof s.position.file === 'string')).toBe(true);
    expect(d.characters).toBe(files.reduce((n, f) => n + new TextDecoder().decode(f.bytes).length, 0));
  });

  it.each(['NEG13', 'NEG14', 'NEG16'])('%s reads without a crash into sections', async (prefix) => {
    const f = file(prefix);
    const d = await parseDocument({ bytes: readFileSync(f), filename: f });
    expect(all(d).length).toBeGreaterThan(3);
    for (const s of all(d)) expect(s.level).toBe(s.path.length);
  });
});

describe('Markdown structure', () => {
  it('splits a multi-line paragraph so each numbered line can be a heading, with its own position', async () => {
    const text = '# 方案\n\n一、总体要求\n坚持以人民为中心。\n推进数字化转型。\n二、主要目标\n到2025年，建成数字政府。\n';
    const d = await md(text);
    const s = d.sections[0]!.children;
    expect(s.map((x) => x.rawHeading)).toEqual(['一、总体要求', '二、主要目标']);
    expect(s[0]!.position.start).toEqual({ line: 3, column: 1, offset: text.indexOf('一、') });
    expect(s[1]!.position.start.line).toBe(6);
    expect(s[0]!.blocks).toHaveLength(1);
    expect((s[0]!.blocks[0] as { text: string }).text).toBe('坚持以人民为中心。\n推进数字化转型。');
    expect(s[0]!.blocks[0]!.position.start.line).toBe(4);
  });

  it('bold closed right after CJK punctuation, with a letter after it, is bold: no asterisks stay in the text', async () => {
    const text = '# 方案\n\n**运营对象。**业务、数据、平台。\n\n**资金保障（市级）**设立专项资金。\n\n**What we run.** Services, data and platforms.\n';
    const d = await md(text);
    const texts = d.sections[0]!.blocks.map((b) => (b as { text: string }).text);
    expect(texts).toEqual(['运营对象。业务、数据、平台。', '资金保障（市级）设立专项资金。', 'What we run. Services, data and platforms.']);
    // Positions still point into the source, asterisks and all.
    const first = d.sections[0]!.blocks[0]!;
    expect(text.slice(first.position.start.offset, first.position.end.offset)).toBe('**运营对象。**业务、数据、平台。');
  });

  it('an outline line typed right under a list item (lazy continuation) leaves the item: the author\'s next section, with its own position', async () => {
    const text = '# 方案\n\n二、整體架構\n\n（一）資料層：\n1. 資料模型：建立資料湖。\n2. 資料服務：提供介接。\n（二）應用層：依前台、中台、後台分層。\n（三）基礎建設層：\n1. 互動終端：布設感測器。\n';
    const d = await md(text);
    const chapter = d.sections[0]!.children[0]!;
    expect(chapter.children.map((x) => x.rawHeading)).toEqual(['（一）資料層：', '（二）應用層：', '（三）基礎建設層：']);
    const [data, apps, infra] = chapter.children;
    expect(data!.blocks.map((b) => (b as { text: string }).text)).toEqual(['資料模型：建立資料湖。', '資料服務：提供介接。']);
    expect(apps!.position.start).toEqual({ line: 8, column: 1, offset: text.indexOf('（二）') });
    expect(infra!.position.start.line).toBe(9);
    expect(infra!.blocks.map((b) => b.type === 'listItem' && b.text)).toEqual(['互動終端：布設感測器。']);
    // A list item's own second line, not an outline number, stays in the item.
    const plain = await md('# 任务\n\n1. 建设平台\n   并共享数据。\n2. （1）目录\n');
    expect(plain.sections[0]!.blocks.map((b) => b.type === 'listItem' && b.text)).toEqual(['建设平台\n并共享数据。', '（1）目录']);
  });

  it('never turns list items into headings; keeps order and depth', async () => {
    const d = await md('# 任务\n\n1. 建设平台\n2. 共享数据\n   - 目录\n');
    expect(d.sections[0]!.children).toHaveLength(0);
    expect(d.sections[0]!.blocks.map((b) => b.type === 'listItem' && [b.text, b.ordered, b.depth])).toEqual([
      ['建设平台', true, 1], ['共享数据', true, 1], ['目录', false, 2],
    ]);
  });

  it('a plain-text chapter line "1. Title" between body paragraphs is a numbered heading, with its 1.1 sections under it', async () => {
    const d = await md('Plan 2025–2027\n\n1. Where we are\n\n1.1 Context\n\nBody text here.\n\n2. Design\n\n2.1 Services\n\nMore text.\n');
    expect(all(d).map((s) => [s.heading, s.children.length])).toEqual([
      ['Where we are', 1], ['Context', 0], ['Design', 1], ['Services', 0],
    ]);
    // A real list (several items, or items that are sentences) stays a list.
    const list = await md('# Actions\n\n1. Build the platform.\n\nBody.\n\n2. We will share data across departments, starting in 2026.\n');
    expect(list.sections[0]!.children).toHaveLength(0);
  });

  it('a chapter line typed after a numbered list ("1. … 3." then "3. The target design") is the chapter, not the list\'s next item', async () => {
    const d = await md('Plan 2026–2029\n\n2. Where we want to be\n\n2.1 Priorities\n\n1. Services first.\n2. Data shared.\n3. Green infrastructure.\n\n3. The target design\n\n3.1 Services\n\nText.\n\n3.2 Data\n\nText.\n');
    expect(all(d).map((s) => [s.heading, s.children.length])).toEqual([
      ['Where we want to be', 1], ['Priorities', 0], ['The target design', 2], ['Services', 0], ['Data', 0],
    ]);
    const zh = await md('规划（2026—2030年）\n\n2. 总体要求\n\n主要方向如下：\n\n1. 以场景牵引。\n2. 以数据贯通。\n3. 以设施支撑。\n\n3. 总体架构\n\n3.1 业务层\n\n正文。\n');
    expect(all(zh).map((s) => s.heading)).toEqual(['总体要求', '总体架构', '业务层']);
    // (Items numbered in sequence stay the list's, whatever they say.)
    const list = await md('# Actions\n\n1. Build the platform.\n2. Share data\n3. Train staff\n');
    expect(list.sections[0]!.children).toHaveLength(0);
  });

  it('a numbered question typed as a chapter line, alone or after a numbered list, is the chapter', async () => {
    const d = await md('Plan 2026–2029\n\n1. Where are we now?\n\nText.\n\n2. Where do we want to be?\n\nWe will get there in three moves:\n\n1. Services first.\n2. Data shared.\n3. Green infrastructure.\n\n3. How will the pieces fit together?\n\n3.1 Services\n\nText.\n');
    expect(all(d).map((s) => s.heading)).toEqual(['Where are we now?', 'Where do we want to be?', 'How will the pieces fit together?', 'Services']);
    const zh = await md('計劃（2026-2029年）\n\n1. 我們現在在哪裡？\n\n正文。\n\n推進原則：\n\n1. 以民為本。\n2. 數據共享。\n\n2. 靠甚麼來保障？\n\n2.1 組織\n\n正文。\n');
    expect(all(zh).map((s) => s.heading)).toEqual(['我們現在在哪裡？', '靠甚麼來保障？', '組織']);
    // (A question asked inside a list of questions stays the list's.)
    const list = await md('# Questions\n\n1. Who pays?\n2. Who runs it?\n3. When?\n');
    expect(list.sections[0]!.children).toHaveLength(0);
  });

  it('reads GFM tables with cells and positions, and a 表N caption', async () => {
    const text = '# 指标\n\n表1 主要指标\n\n| 指标 | 2025年 |\n| --- | --- |\n| 网上可办率 | 100% |\n';
    const d = await md(text);
    const t = d.sections[0]!.blocks[1]!;
    expect(t.type).toBe('table');
    if (t.type !== 'table') return;
    expect(t.caption).toBe('表1 主要指标');
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['指标', '2025年'], ['网上可办率', '100%']]);
    expect(t.rows[1]!.cells[0]!.position.start.line).toBe(7);
  });

  it('skipped heading levels nest; level is tree depth', async () => {
    const d = await md('# A\n\n### B\n\n## C\n');
    expect(all(d).map((s) => [s.heading, s.level])).toEqual([['A', 1], ['B', 2], ['C', 2]]);
  });

  it('block quotes and HTML blocks are paragraphs of their text', async () => {
    const d = await md('# A\n\n> 引用的一段话\n\n<div>网页里的<b>文字</b></div>\n');
    expect(d.sections[0]!.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual(['引用的一段话', '网页里的文字']);
  });

  it('a long sentence underlined by --- stays body text, a short one is a heading', async () => {
    const d = await md('（一）强化监测评估。各地区、各部门要结合本地区、本行业实际，抓紧制定出台相关配套政策并推动落地。\n---\n\n总体要求\n---\n');
    expect(all(d).map((s) => s.heading)).toEqual(['强化监测评估', '总体要求']);
  });

  it('reads UTF-8 with BOM, UTF-16 LE and BE with BOM', async () => {
    const text = '# 规划\n\n一、总体要求\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    for (const bytes of [le, be, bom]) {
      const d = await parseDocument({ bytes, filename: 'plan.md' });
      expect(d.title).toBe('规划');
      expect(d.sections[0]!.children[0]!.heading).toBe('总体要求');
    }
  });

  it('takes an opening title line before the first chapter as the title, not the chapter', async () => {
    const d = await md('临湖市城市数字化转型规划（2021—2025年）\n\n为加快推进数字化转型，编制本规划。\n\n# 第一章 发展基础\n\n正文。\n');
    expect(d.title).toBe('临湖市城市数字化转型规划（2021—2025年）');
    expect(d.sections[0]!.heading).toBe('发展基础');
    const sentence = await md('为加快推进数字化转型，编制本规划。\n\n# 第一章 发展基础\n');
    expect(sentence.title).toBe('第一章 发展基础');
    const runOn = await md('南湖市城市数字化转型行动纲要\n为加快建设数字南湖，制定本纲要。\n\n# 第一章 总体要求\n');
    expect(runOn.title).toBe('南湖市城市数字化转型行动纲要');
    const wrapped = await md('This plan sets out how the city will use data and\ndigital services to serve residents better.\n\n# 1 Goals\n');
    expect(wrapped.title).toBe('1 Goals');
  });

  it('.txt reads as Markdown', async () => {
    const d = await md('一、总体要求\n正文。\n', 'plan.txt');
    expect(d.sections[0]!.heading).toBe('总体要求');
  });
});

describe('bad input', () => {
  it('empty and whitespace-only', async () => {
    await rejects(md(''), 'empty');
    await rejects(md(' \n\u3000\n\t'), 'empty', /no text/);
  });
  it('invalid UTF-8 names the byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from('# 规划\n'), Buffer.from([0xc3, 0x28])]);
    await rejects(parseDocument({ bytes, filename: 'plan.md' }), 'invalid-encoding', new RegExp(`offset ${Buffer.byteLength('# 规划\n')}`));
  });
  it('a ZIP/DOCX named .md is a type mismatch naming both', async () => {
    const bytes = readFileSync(file('CN09'));
    await rejects(parseDocument({ bytes, filename: 'plan.md' }), 'type-mismatch', /plan\.md is a ZIP\/DOCX file, not Markdown/);
  });
  it('a binary named .md, and an unknown binary', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]);
    await rejects(parseDocument({ bytes, filename: 'plan.md' }), 'type-mismatch', /binary/);
    await rejects(parseDocument({ bytes, filename: 'plan.bin' }), 'unsupported-type');
    await rejects(parseDocument({ bytes }), 'unsupported-type');
  });
  it('Markdown text named .docx is a type mismatch', async () => {
    await rejects(md('# 规划\n', 'plan.docx'), 'type-mismatch', /plan\.docx is a text\/Markdown file, not DOCX/);
  });
  it('over maxBytes is too large', async () => {
    await rejects(parseDocument({ bytes: new TextEncoder().encode('# a\n'.repeat(100)), filename: 'a.md', limits: { maxBytes: 100 } }), 'too-large');
  });
  it('10,000 headings read; over the heading limit is too complex', async () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `## 第${i}节标题\n`).join('\n');
    const d = await md(text);
    expect(d.sections).toHaveLength(10_000);
    await rejects(parseDocument({ bytes: new TextEncoder().encode(text), filename: 'a.md', limits: { maxHeadings: 5000 } }), 'too-complex', /5000 headings/);
  });
  it('a 1 MB single line reads as one paragraph', async () => {
    const d = await md(`# 规划\n\n${'数字化转型'.repeat(200_000)}`);
    expect(d.sections[0]!.blocks).toHaveLength(1);
    expect((d.sections[0]!.blocks[0] as { text: string }).text.length).toBe(1_000_000);
  });
  it('a 50 MB Markdown plan is refused as too large, quickly, before remark builds a tree', async () => {
    const chunk = '## 标题\n\n一、总体要求\n\n到2025年，政务服务事项网上可办率达到100%，城市数字化转型取得明显成效。\n\n';
    const bytes = Buffer.from(chunk.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(chunk))));
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const started = Date.now();
    await rejects(parseDocument({ bytes, filename: 'big.md' }), 'too-large', /big\.md has \d+ characters, over the Markdown limit/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
