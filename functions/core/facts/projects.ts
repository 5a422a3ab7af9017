// Key projects (clause 13.2) from tables or prose (重点工程/重点项目/专栏), and
// for each which of the six fields it states: goal, content, mode, period,
// budget, lead unit.
import type { Evidence } from '../check/result.ts';
import { vocabulary } from '../match/vocabulary.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { evidenceOf, type FactContext, type FactOutput, type TextUnit } from './context.ts';

export interface Project {
  name: string;
  fields: Record<string, boolean>;
  missing: string[];
  evidence: Evidence;
}

export interface ProjectsValue {
  count: number;
  /** Projects stating all six fields. */
  complete: number;
  /** Share of the six fields stated, averaged over projects (0..1). */
  fieldShare: number;
  items: Project[];
}

export const name = 'projects';
export const fields = ['count', 'complete', 'fieldShare'];

export function details(p: ProjectsValue): Record<string, unknown> {
  return { projects: p.items.map(({ name, fields, missing }) => ({ name, fields, missing })) };
}

const PROJECT_HEAD = /重点工程|重点项目|专栏|工程$|项目$|行动$|key project|flagship|programme/;
const PROJECT_LIST = /重点工程|重点项目|重大工程|key projects|flagship projects/;

function fieldsOf(text: string): Record<string, boolean> {
  const defs = vocabulary().projectFields;
  const out: Record<string, boolean> = {};
  for (const [name, def] of Object.entries(defs)) out[name] = def.cues.some((c) => text.includes(normalizeForMatch(c)));
  // A period is also a year range or a duration.
  if (!out.period && /20\d\d\s*年?\s*-\s*20\d\d|\d+\s*(?:年|个月)(?:内|完成)/.test(text)) out.period = true;
  if (!out.budget && /\d+(?:\.\d+)?\s*(?:万元|亿元)/.test(text)) out.budget = true;
  return out;
}

function project(name: string, text: string, unit: TextUnit): Project {
  const f = fieldsOf(text);
  return { name: name.slice(0, 40), fields: f, missing: Object.keys(f).filter((k) => !f[k]), evidence: evidenceOf(unit) };
}

export function compute(ctx: FactContext): FactOutput<ProjectsValue> {
  const items: Project[] = [];
  // Tables whose header names projects: one project a row.
  for (const { table } of ctx.tables) {
    const header = table.rows[0]?.cells.map((c) => normalizeForMatch(c.text)) ?? [];
    const nameCol = header.findIndex((h) => /项目名称|工程名称|项目|工程|project/.test(h));
    if (nameCol < 0) continue;
    const headerFields = fieldsOf(header.join(' '));
    for (let r = 1; r < table.rows.length; r++) {
      const cells = table.rows[r].cells;
      const name = cells[nameCol]?.text.trim();
      if (!name) continue;
      const unit = ctx.units.find((u) => u.kind === 'row' && u.table === table && u.rowIndex === r)!;
      const f: Record<string, boolean> = {};
      for (const k of Object.keys(headerFields)) f[k] = headerFields[k] && cells.some((c, i) => i !== nameCol && c.text.trim() !== '' && fieldsOf(header[i] ?? '')[k]);
      const fromText = fieldsOf(normalizeForMatch(cells.map((c) => c.text).join(' ')));
      for (const k of Object.keys(f)) f[k] ||= fromText[k];
      items.push({ name, fields: f, missing: Object.keys(f).filter((k) => !f[k]), evidence: evidenceOf(unit) });
    }
  }
  // Sections or boxes (专栏) whose heading names a project: the text below it.
  // Under a key-projects heading every leaf section is a project, however it
  // is named ("4 Key Projects" → "4.1 City Data Platform").
  const listed = new Set(ctx.sections.filter((s) => PROJECT_LIST.test(normalizeForMatch(s.heading))).flatMap((s) => s.children.filter((c) => !c.children.length)));
  for (const s of ctx.sections) {
    const h = normalizeForMatch(s.heading);
    if (!(PROJECT_HEAD.test(h) || listed.has(s)) || s.children.length > 0 && /重点工程|重点项目/.test(h) && !s.blocks.length) continue;
    if (/重点工程|重点项目|key projects/.test(h) && s.children.length) continue; // the list's own heading
    const text = s.blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(' ') : b.text)).join(' ');
    if (!text) continue;
    const unit = ctx.units.find((u) => u.section === s && u.kind === 'heading')!;
    items.push(project(s.heading, normalizeForMatch(text), unit));
  }
  // Prose: a paragraph opening with a project name (…工程。/专栏1 …).
  for (const u of ctx.units) {
    if (u.kind !== 'paragraph' && u.kind !== 'listItem') continue;
    const m = /^(?:专栏\s*\d*\s*)?([^。：:，,]{2,24}(?:工程|项目|专栏))[。：:]/.exec(u.norm);
    if (m && !items.some((p) => p.evidence.position === u.position)) items.push(project(u.text.slice(0, m[0].length - 1), u.norm, u));
  }
  const n = Object.keys(vocabulary().projectFields).length;
  const complete = items.filter((p) => p.missing.length === 0).length;
  const fieldShare = items.length ? items.reduce((a, p) => a + (n - p.missing.length) / n, 0) / items.length : 0;
  return { value: { count: items.length, complete, fieldShare, items }, evidence: items.slice(0, 5).map((p) => p.evidence) };
}
