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
    const first = table.rows[0]?.cells[0]?.text;
    answers.set(table, (answer = first !== undefined && holdsTerm(normalizeForMatch(first), normalizedList(vocabulary().projectCues.nameColumns))));
  }
  return answer;
}
const answers = new WeakMap<Table, boolean>();
