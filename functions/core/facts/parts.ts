// The generic part-coverage fact: for each of the rule's parts, present (a
// heading names it, or a passage discusses it), mentioned (a passing mention),
// or missing — with evidence. Computed from the rule's own cue lists.
import type { Evidence, PartStatus } from '../check/result.ts';
import type { PartDefinition } from '../rules/rule-schema.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { bestCueSimilarity } from '../match/fuzzy.ts';
import { evidenceOf, type FactContext, type FactOutput, type TextUnit } from './context.ts';

export interface PartFinding {
  name: string;
  status: PartStatus;
  evidence: Evidence[];
}

export interface PartsValue {
  found: number;
  present: number;
  mentioned: number;
  missing: number;
  total: number;
  /** present counts 1, mentioned ½, over total (0 when the rule has no parts). */
  share: number;
  missingNames: string[];
  byName: Record<string, PartStatus>;
  findings: PartFinding[];
}

export const fields = ['found', 'present', 'mentioned', 'missing', 'total', 'share', 'byName'];

// A heading that names the part, fuzzy: short headings only, else any long
// heading would resemble some cue.
const HEADING_SIMILARITY = 0.93;
// How far into a paragraph a cue must start for the paragraph to be "about" it
// (a lead phrase such as "加强人才保障。" or "**资金保障**：").
const LEAD_CHARS = 16;
// Paragraphs with a hit needed to call scattered mentions a discussion.
const SPREAD = 3;

interface Hit {
  unit: TextUnit;
  at: number;
  cue: string;
}

function findHits(unit: TextUnit, cues: string[]): Hit[] {
  const hits: Hit[] = [];
  for (const cue of cues) {
    const at = unit.norm.indexOf(cue);
    if (at >= 0) hits.push({ unit, at, cue });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** The sections (and their text units) a rule's parts are looked for in: its sectionCues' sections when present. */
export function searchScope(ctx: FactContext, sectionCues: string[] | undefined): FactContext {
  if (!sectionCues?.length) return ctx;
  const cues = sectionCues.map(normalizeForMatch);
  const roots = ctx.sections.filter((s) => cues.some((c) => normalizeForMatch(s.heading).includes(c)));
  if (!roots.length) return ctx;
  const inside = new Set<unknown>();
  const walk = (s: (typeof roots)[number]) => {
    inside.add(s);
    s.children.forEach(walk);
  };
  roots.forEach(walk);
  return {
    ...ctx,
    sections: ctx.sections.filter((s) => inside.has(s) && !roots.includes(s)),
    units: ctx.units.filter((u) => u.section && inside.has(u.section)),
  };
}

export function assessPart(ctx: FactContext, part: PartDefinition): PartFinding {
  const cues = part.cues.map(normalizeForMatch);
  const headingCues = (part.headingCues ?? part.cues).map(normalizeForMatch);
  // 1. A heading that names it.
  for (const s of ctx.sections) {
    const h = normalizeForMatch(s.heading);
    const exact = headingCues.find((c) => h.includes(c));
    const fuzzy = !exact && h.length <= 12 ? bestCueSimilarity(h, headingCues) : null;
    if (exact || (fuzzy && fuzzy.score >= HEADING_SIMILARITY)) {
      return { name: part.name, status: 'present', evidence: [{ path: s.path, quote: s.rawHeading, position: s.position }] };
    }
  }
  // 2. Passages.
  const hitUnits: Hit[][] = [];
  for (const unit of ctx.units) {
    if (unit.kind === 'heading') continue;
    const hits = findHits(unit, cues);
    if (hits.length) hitUnits.push(hits);
  }
  if (!hitUnits.length) {
    const weak = (part.mentionCues ?? []).map(normalizeForMatch);
    for (const unit of ctx.units) {
      if (unit.kind === 'heading' || unit.kind === 'title') continue;
      const hits = findHits(unit, weak);
      if (hits.length) {
        return { name: part.name, status: 'mentioned', evidence: [evidenceOf(unit, hits[0].at, hits[0].at + hits[0].cue.length)] };
      }
    }
    return { name: part.name, status: 'missing', evidence: [] };
  }
  const centred = hitUnits.find(
    (hits) => hits[0].unit.kind !== 'row' && (hits[0].at < LEAD_CHARS || new Set(hits.map((h) => h.cue)).size >= 2),
  );
  const ev = (hits: Hit[]): Evidence => evidenceOf(hits[0].unit, hits[0].at, hits[0].at + hits[0].cue.length);
  if (centred) return { name: part.name, status: 'present', evidence: [ev(centred)] };
  if (hitUnits.length >= SPREAD) {
    return { name: part.name, status: 'present', evidence: hitUnits.slice(0, 3).map(ev) };
  }
  return { name: part.name, status: 'mentioned', evidence: hitUnits.map(ev) };
}

export function compute(ctx: FactContext): FactOutput<PartsValue> {
  const parts = ctx.rule?.parts ?? [];
  const scope = searchScope(ctx, ctx.rule?.sectionCues);
  const findings = parts.map((p) => assessPart(scope, p));
  const count = (s: PartStatus) => findings.filter((f) => f.status === s).length;
  const present = count('present');
  const mentioned = count('mentioned');
  const total = parts.length;
  const value: PartsValue = {
    found: present + mentioned,
    present,
    mentioned,
    missing: count('missing'),
    total,
    share: total ? (present + mentioned / 2) / total : 0,
    missingNames: findings.filter((f) => f.status === 'missing').map((f) => f.name),
    byName: Object.fromEntries(findings.map((f) => [f.name, f.status])),
    findings,
  };
  return { value, evidence: findings.flatMap((f) => f.evidence.slice(0, 1)) };
}
