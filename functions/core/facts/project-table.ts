import type { Table } from '../document/model.ts';
import { holdsTerm } from '../match/concepts.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';
import { vocabulary } from '../match/vocabulary.ts';

/**
 * Whether a table lists projects (| 项目名称 | 建设内容 | 期程 |, | Project | Lead | Indicative cost |):
 * its first header cell names them. Its columns are each project's fields, its rows projects: no
 * rule's part labels (a cost column is no funding safeguard), no stages (a 期程 column is each
 * project's years).
 */
export function isProjectTable(table: Table): boolean {
  // (Asked for each of a table's rows by the labels, and by the stages once: answered once a table.)
  let answer = answers.get(table);
  if (answer === undefined) {
    const header = table.rows[0]?.cells ?? [];
    const v = vocabulary();
    const names = (cell: { text: string } | undefined, cues: string[]) => cell !== undefined && holdsTerm(normalizeForMatch(cell.text), normalizedList(cues));
    // (名称 heads a column of indicators too: 指标名称 names none.)
    // (A kind of project names none: | 项目类型 | 运营模式 | 收益分配 | lists kinds, each run its own way.)
    const kind = (cell: { text: string } | undefined) => names(cell, v.projectCues.kindColumns);
    const projects = (cell: { text: string } | undefined) => names(cell, v.projectCues.nameColumns) && !names(cell, v.indicatorHeaderCues.name) && !kind(cell);
    // (Or its second, after a column of row numbers or of kinds: | 編號 | 項目名稱 | … | 期程 |, | 类别 | 项目名称 | … |.)
    answer = projects(header[0]) || ((numbered(table) || kind(header[0])) && projects(header[1]));
    answers.set(table, answer);
  }
  return answer;
}
const answers = new WeakMap<Table, boolean>();

// A row number: 1, (2), 3., （四）.
const ROW_NUMBER = /^[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、)）]?$/;
/** Whether the table's first column numbers its rows (every row below the header). */
function numbered(table: Table): boolean {
  const body = table.rows.slice(1);
  return body.length > 0 && body.every((row) => ROW_NUMBER.test(row.cells[0]?.text.trim() ?? ''));
}

// A sum's label (合计, 小計, Total): a row or column adding up the others.
const TOTAL = /^\s*(?:合\s*计|总\s*计|小\s*计|共\s*计|total|grand total|sum|subtotal)\s*[:：]?\s*$/;
/** Whether a cell labels a sum of the others (a table's total row or column). */
export function isTotal(text: string): boolean {
  return TOTAL.test(normalizeForMatch(text));
}
