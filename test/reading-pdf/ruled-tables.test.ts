// Ruled tables in PDFs read as table blocks, as DOCX and Markdown tables do:
// CN04's annex table against its Word draft CN12, the real PDFs without
// tables (CN03's boxes stay text), and the synthetic plans of
// scripts/make-pdf-fixtures.ts whose indicator and key-project tables the
// facts must see (merged cells, Word-style filled rules, a table over a page
// break with its header repeated and a row cut in two).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../functions/core/check/check-plan.ts';
import { walkSections } from '../../functions/core/document/build-tree.ts';
import type { Block, PlanDocument, Section, Table } from '../../functions/core/document/model.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';

const REAL = join(import.meta.dirname, '../../fixtures/real');
const SYNTHETIC = join(import.meta.dirname, '../../fixtures/pdf');
const read = (dir: string, name: string) => parseDocument({ bytes: readFileSync(join(dir, name)), filename: name });
const sections = (doc: PlanDocument): Section[] => [...walkSections(doc.sections)];
const blocks = (doc: PlanDocument): Block[] => [...doc.preamble, ...sections(doc).flatMap((s) => s.blocks)];
const tables = (doc: PlanDocument): Table[] => blocks(doc).filter((b): b is Table => b.type === 'table');
const cellTexts = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.text));
const paragraphs = (doc: PlanDocument) => blocks(doc).flatMap((b) => (b.type === 'table' ? [] : [b.text]));

describe('CN04: the annex table read as a table, as in its Word draft CN12', async () => {
  const cn04 = await read(REAL, 'CN04_nda_trusted_data_space_action_plan_2024-2028.pdf');
  const cn12 = await read(REAL, 'CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx');
  const [table] = tables(cn04);
  const [draft] = tables(cn12);

  it('is the one table, under its annex heading, three columns with the header cells 基本要素 | 主要方面 | 重点内容', () => {
    expect(tables(cn04)).toHaveLength(1);
    const annex = sections(cn04).find((s) => s.blocks.includes(table!))!;
    expect(annex.rawHeading).toBe('可信数据空间发展引导体系（1.0版）');
    expect(table!.rows.every((r) => r.cells.length === 3)).toBe(true);
    expect(cellTexts(table!)[0]).toEqual(['基本要素', '主要方面', '重点内容']);
    expect(draft!.rows[0]!.cells.map((c) => c.text.replace(/\n/g, ''))).toEqual(['基本要素', '主要方面', '重点内容']);
  });

  it('has the draft’s rows: the same aspects in order, each under the element its merged cell names', () => {
    expect(table!.rows).toHaveLength(draft!.rows.length);
    const body = cellTexts(table!).slice(1);
    // The Word draft leaves a merged cell out of the rows below its first; the PDF repeats it in each.
    const aspects = draft!.rows.slice(1).map((r) => r.cells[r.cells.length - 2]!.text);
    expect(body.map((r) => r[1])).toEqual(aspects);
    const elements = draft!.rows.slice(1).filter((r) => r.cells.length === 3).map((r) => r.cells[0]!.text);
    expect([...new Set(body.map((r) => r[0]))]).toEqual(elements);
    expect(elements).toEqual(['可信管控能力', '资源交互能力', '价值共创能力', '应用成效', '安全保障']);
    expect(body.filter((r) => r[0] === '可信管控能力').map((r) => r[1])).toEqual(['接入核验审查', '履约机制与数据管控', '日志存证与溯源']);
  });

  it('joins the row the page break cut in two, and gives rows their pages', () => {
    const cut = table!.rows.find((r) => r.cells[1]!.text === '数据服务方接入能力')!;
    expect(cut.cells[2]!.text).toBe('可信数据空间应为数据开发、数据经纪、数据托管、审计清算、合规审查等数据服务方，提供标准化的数据服务接入规范与指引。');
    expect(cut.position.page).toBe(14);
    expect(table!.position.page).toBe(14);
    const next = table!.rows.find((r) => r.cells[1]!.text === '数据资源汇聚水平')!;
    expect(next.position.page).toBe(15);
    expect(next.position.pageLine).toBeGreaterThanOrEqual(1);
  });

  it('leaves none of the table’s text in paragraphs', () => {
    const text = paragraphs(cn04).join('\n');
    expect(text).not.toMatch(/主要方面|重点内容|接入核验|合规监管能力/);
  });
});

describe('real PDFs without ruled tables', () => {
  it('CN01, NEG01 and NEG03 have no table; CN03’s boxes (专栏, one column under a title bar) stay text', async () => {
    for (const name of ['CN01_national_14th5_digital_economy_plan.pdf', 'NEG01_digital_china_layout_plan_news_summary.pdf', 'NEG03_stub_pdf_link_only.pdf']) {
      expect(tables(await read(REAL, name)), name).toEqual([]);
    }
    const cn03 = await read(REAL, 'CN03_miit_14th5_software_it_services_plan.pdf');
    expect(tables(cn03)).toEqual([]);
    expect(paragraphs(cn03).some((t) => t.includes('关键基础软件补短板'))).toBe(true);
  });
});

describe('a plan’s indicator table: a category merged down over rows, rules painted as thin filled rectangles', async () => {
  const doc = await read(SYNTHETIC, 'indicator-table.pdf');

  it('reads as a table with its caption, five columns, the category in each row it covers', () => {
    expect(tables(doc)).toHaveLength(1);
    const [table] = tables(doc);
    expect(table!.caption).toMatch(/^表1\s?主要指标$/);
    expect(cellTexts(table!)).toEqual([
      ['类别', '指标名称', '2023年基期值', '2026年目标值', '属性'],
      ['数字基础设施', '千兆光纤网络覆盖率（%）', '80', '100', '预期性'],
      ['数字基础设施', '每万人5G基站数（个）', '20', '30', '预期性'],
      ['数字政府', '政务服务事项全程网办率（%）', '75', '90', '约束性'],
      ['数字政府', '公共数据共享率（%）', '60', '95', '约束性'],
      ['数字经济', '数字经济核心产业增加值占比（%）', '9', '12', '预期性'],
      ['数字经济', '规模以上工业企业数字化改造率（%）', '50', '80', '预期性'],
    ]);
    expect(sections(doc).map((s) => s.rawHeading)).toEqual(['一、总体要求', '（一）发展目标。', '二、主要任务', '三、保障措施']);
  });

  it('is the plan’s indicator system: six indicators with targets, evidence on page 1', async () => {
    const result = await checkDocument(doc);
    const rule = result.results.find((r) => r.id === 'goals-indicator-system')!;
    expect(rule.status).toBe('pass');
    expect(rule.message).toContain('1张指标表，6项指标有目标值');
    expect(rule.evidence[0]!.position?.page).toBe(1);
  });
});

describe('a key-project table over a page break: header repeated, 表2（续）, a row cut by the break', async () => {
  const doc = await read(SYNTHETIC, 'key-projects-table.pdf');
  const [table] = tables(doc);

  it('is one table with its header once and the ten projects in order', () => {
    expect(tables(doc)).toHaveLength(1);
    expect(table!.caption).toMatch(/^表2\s?重点项目表$/);
    expect(cellTexts(table!)[0]).toEqual(['序号', '项目名称', '建设内容', '建设周期', '投资估算（万元）', '责任单位']);
    expect(table!.rows).toHaveLength(11);
    expect(table!.rows.slice(1).map((r) => r.cells[0]!.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(table!.rows.every((r) => r.cells.length === 6)).toBe(true);
    expect(paragraphs(doc).join('\n')).not.toMatch(/续|序号/);
  });

  it('joins the row cut by the break and reads a range broken after its dash as one', () => {
    const fifth = table!.rows[5]!.cells;
    expect(fifth[1]!.text).toBe('工业互联网平台');
    expect(fifth[2]!.text).toMatch(/^建设工业互联网平台，.*同步建设工业大数据中心和标识解析二级节点，推动规模以上工业企业上云用数赋智。$/);
    expect(fifth[3]!.text).toBe('2024—2026年');
    expect(table!.rows[5]!.position.page).toBe(1);
    expect(table!.rows.slice(6).map((r) => r.position.page)).toEqual([2, 2, 2, 2, 2]);
  });

  it('gives the key-projects rule its ten projects, with evidence on both pages', async () => {
    const result = await checkDocument(doc);
    const rule = result.results.find((r) => r.id === 'implementation-key-projects')!;
    expect(rule.status).toBe('pass');
    expect(rule.message).toContain('重点工程10项');
    const details = (rule.details as { projects: { name: string }[] } | undefined)?.projects ?? [];
    expect(details.map((p) => p.name)).toContain('智慧交通系统');
  });
});

describe('the older synthetic table over two pages (no header repeated)', () => {
  it('reads as one four-column table of 37 rows across pages 1 and 2', async () => {
    const doc = await read(SYNTHETIC, 'ruled-table.pdf');
    const [table] = tables(doc);
    expect(tables(doc)).toHaveLength(1);
    expect(table!.rows).toHaveLength(37);
    expect(cellTexts(table!)[36]).toEqual(['36', '重点项目36', '2026年', '市数据局']);
    expect(new Set(table!.rows.map((r) => r.position.page))).toEqual(new Set([1, 2]));
  });
});
