// The indicator system (clause 7.4 c): tables whose header names indicators
// and target values (基期值/目标值/2025年, 属性 预期性/约束性), and their rows;
// indicator lists in prose under a heading about indicators.
import type { Evidence } from '../check/result.ts';
import type { Table } from '../document/model.ts';
import { vocabulary } from '../match/vocabulary.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { evidenceOf, type FactContext, type FactOutput } from './context.ts';

export interface IndicatorRow {
  name: string;
  baseline: string | null;
  target: string | null;
  attribute: string | null;
  evidence: Evidence;
}

export interface IndicatorsValue {
  found: boolean;
  tables: number;
  rows: number;
  withTarget: number;
  proseItems: number;
  items: IndicatorRow[];
}

export const fields = ['found', 'tables', 'rows', 'withTarget', 'proseItems'];

const HAS_NUMBER = /\d/;

function columnOf(header: string[], cues: string[], skip: Set<number>): number {
  const norm = cues.map(normalizeForMatch);
  return header.findIndex((h, i) => !skip.has(i) && norm.some((c) => h.includes(c)));
}

function readTable(table: Table): { nameCol: number; baseCol: number; targetCol: number; attrCol: number; headerRow: number } | null {
  const cues = vocabulary().indicatorHeaderCues;
  // The header is one of the first two rows (a caption row may come first).
  for (let r = 0; r < Math.min(2, table.rows.length); r++) {
    const header = table.rows[r].cells.map((c) => normalizeForMatch(c.text));
    const nameCol = columnOf(header, cues.name, new Set());
    if (nameCol < 0) continue;
    const used = new Set([nameCol]);
    const attrCol = columnOf(header, cues.attribute, used);
    if (attrCol >= 0) used.add(attrCol);
    const baseCol = columnOf(header, cues.baseline, used);
    if (baseCol >= 0) used.add(baseCol);
    let targetCol = columnOf(header, cues.target, used);
    // A year column after the baseline reads as the target ("2020年 | 2025年").
    if (targetCol < 0) targetCol = header.findIndex((h, i) => !used.has(i) && /20\d\d/.test(h));
    if (targetCol < 0 && attrCol < 0) continue;
    return { nameCol, baseCol, targetCol, attrCol, headerRow: r };
  }
  return null;
}

export function compute(ctx: FactContext): FactOutput<IndicatorsValue> {
  const items: IndicatorRow[] = [];
  let tables = 0;
  const rowUnits = ctx.units.filter((u) => u.kind === 'row');
  for (const { table } of ctx.tables) {
    const layout = readTable(table);
    if (!layout) continue;
    tables++;
    for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
      const cells = table.rows[r].cells.map((c) => c.text.trim());
      const name = cells[layout.nameCol] ?? '';
      if (!name || HAS_NUMBER.test(name) && name.length < 3) continue;
      const unit = rowUnits.find((u) => u.table === table && u.rowIndex === r);
      if (!unit) continue;
      const get = (i: number) => (i >= 0 && cells[i] ? cells[i] : null);
      items.push({ name, baseline: get(layout.baseCol), target: get(layout.targetCol), attribute: get(layout.attrCol), evidence: evidenceOf(unit) });
    }
  }
  // Prose: list items or paragraphs with a number under a heading about indicators.
  let proseItems = 0;
  for (const u of ctx.units) {
    if ((u.kind === 'listItem' || u.kind === 'paragraph') && u.path.some((h) => /指标|indicator|kpi/i.test(normalizeForMatch(h))) && HAS_NUMBER.test(u.norm)) {
      proseItems++;
      if (items.length < 200) items.push({ name: u.text.slice(0, 30), baseline: null, target: null, attribute: null, evidence: evidenceOf(u) });
    }
  }
  const tableRows = items.length - proseItems;
  const withTarget = items.filter((i) => i.target && HAS_NUMBER.test(i.target)).length + proseItems;
  return {
    value: { found: tables > 0 || proseItems > 0, tables, rows: tableRows, withTarget, proseItems, items },
    evidence: items.slice(0, 3).map((i) => i.evidence),
  };
}
