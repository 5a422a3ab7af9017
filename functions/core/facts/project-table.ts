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
  const first = table.rows[0]?.cells[0]?.text;
  return first !== undefined && holdsTerm(normalizeForMatch(first), normalizedList(vocabulary().projectCues.nameColumns));
}
