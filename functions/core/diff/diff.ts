// What changed between two checks of a plan (base → head): findings resolved,
// new and still open, and the score change of every step, stage and overall.
// Pure: two CheckResults in, one PlanDiff out. Findings pair by fingerprint
// first; a finding whose anchor moved (same rule and part, another section)
// pairs by rule id + part and is still open, marked moved.
import { anchorPath, FINGERPRINT_SCHEME, ruleAnchorPath } from '../check/fingerprint.ts';
import type { CheckResult, Lang, Localized, PartStatus, RuleStatus, Severity, StageId, StepId } from '../check/result.ts';
import { findingsOf, type Finding } from './findings.ts';

export const DIFF_VERSION = '1.0.0';

export interface DiffSide {
  source: string | null;
  title: string | null;
  format: CheckResult['document']['format'];
  sha256: string | null;
  profile: string;
  lang: Lang;
  checker: CheckResult['checker'];
  isPlan: boolean;
  errors: number;
}

export interface ScoreChange {
  base: number | null;
  head: number | null;
  /** head − base, to 0.1; null when either side has no score. */
  delta: number | null;
}

export interface StepChange extends ScoreChange {
  step: StepId;
  stage: StageId;
  title: Localized;
  inScope: { base: boolean; head: boolean };
}

export interface StageChange extends ScoreChange {
  stage: StageId;
  title: Localized;
}

export interface NewFinding {
  finding: Finding;
  /** The rule's status in the base (not-applicable: it was out of the base's profile), and the part's. */
  before: { ruleStatus: RuleStatus | null; partStatus?: PartStatus };
}

export interface ResolvedFinding {
  finding: Finding;
  /** How it stands now: the rule passes, the part is present, the rule is waived or out of scope; and where its evidence now stands. */
  after: { ruleStatus: RuleStatus | null; partStatus?: PartStatus; anchor: string[] };
}

export interface StillOpenFinding {
  /** The finding as the head has it. */
  finding: Finding;
  /** How it stood in the base (what may differ: the fingerprint, the place, the statuses, the severity). */
  before: Pick<Finding, 'fingerprint' | 'anchor' | 'ruleStatus' | 'severity'> & { partStatus?: Exclude<PartStatus, 'present'> };
  /** Paired by rule id + part because its section changed (the fingerprint did). */
  moved: boolean;
  /** The part's status (the rule's, for a finding without part), or the severity, differs between the two. */
  changed: boolean;
}

export type DiffNoteCode = 'profile-differs' | 'lang-differs' | 'ruleset-differs' | 'same-document';

export interface DiffNote {
  code: DiffNoteCode;
  base: string;
  head: string;
}

export interface PlanDiff {
  kind: 'plancheck-diff';
  diffVersion: string;
  fingerprintScheme: string;
  base: DiffSide;
  head: DiffSide;
  summary: {
    new: number;
    resolved: number;
    stillOpen: number;
    moved: number;
    /** New findings at error severity: `plancheck diff` exits 1 when there are any. */
    newErrors: number;
    resolvedErrors: number;
  };
  scores: { overall: ScoreChange; stages: StageChange[]; steps: StepChange[] };
  new: NewFinding[];
  resolved: ResolvedFinding[];
  stillOpen: StillOpenFinding[];
  notes: DiffNote[];
}

const round = (x: number) => Math.round(x * 10) / 10;

function change(base: number | null, head: number | null): ScoreChange {
  return { base, head, delta: base === null || head === null ? null : round(head - base) };
}

function side(r: CheckResult): DiffSide {
  return {
    source: r.document.source,
    title: r.document.title,
    format: r.document.format,
    sha256: r.document.sha256,
    profile: r.profile.name,
    lang: r.lang,
    checker: r.checker,
    isPlan: r.verdict.isPlan,
    errors: r.summary.errors,
  };
}

function statusIn(result: CheckResult, f: Finding): { ruleStatus: RuleStatus | null; partStatus?: PartStatus } {
  const rule = result.results.find((r) => r.id === f.rule);
  if (!rule) return { ruleStatus: null };
  const part = f.part ? rule.parts.find((p) => p.name === f.part!.name) : undefined;
  return part ? { ruleStatus: rule.status, partStatus: part.status } : { ruleStatus: rule.status };
}

/** How a resolved finding stands in the head, and where the evidence that resolved it is. */
function resolvedIn(result: CheckResult, f: Finding): ResolvedFinding['after'] {
  const rule = result.results.find((r) => r.id === f.rule);
  const part = f.part ? rule?.parts.find((p) => p.name === f.part!.name) : undefined;
  const anchor = part ? anchorPath(part.evidence, result.document.title) : rule ? ruleAnchorPath(rule, result.document.title) : [];
  return { ...statusIn(result, f), anchor };
}

function notesFor(base: CheckResult, head: CheckResult): DiffNote[] {
  const notes: DiffNote[] = [];
  if (base.profile.name !== head.profile.name) notes.push({ code: 'profile-differs', base: base.profile.name, head: head.profile.name });
  if (base.lang !== head.lang) notes.push({ code: 'lang-differs', base: base.lang, head: head.lang });
  if (base.checker.rulesetVersion !== head.checker.rulesetVersion) notes.push({ code: 'ruleset-differs', base: base.checker.rulesetVersion, head: head.checker.rulesetVersion });
  if (base.document.sha256 && base.document.sha256 === head.document.sha256) notes.push({ code: 'same-document', base: base.document.sha256, head: head.document.sha256 });
  return notes;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then in the catalog's order (the rules' order in the result), parts in the rule's order. */
function byImportance<T>(findings: Finding[], of: (t: T) => Finding): (a: T, b: T) => number {
  const order = new Map(findings.map((f, i) => [f.key, i]));
  return (a, b) => severityRank[of(a).severity] - severityRank[of(b).severity] || (order.get(of(a).key) ?? 0) - (order.get(of(b).key) ?? 0);
}

export function diffResults(base: CheckResult, head: CheckResult): PlanDiff {
  const before = findingsOf(base);
  const after = findingsOf(head);
  const unpairedHead = new Map(after.map((f) => [f.fingerprint, f]));
  const stillOpen: StillOpenFinding[] = [];
  const unpairedBase: Finding[] = [];
  const pair = (b: Finding, h: Finding, moved: boolean): StillOpenFinding => {
    // A part's finding changes with the part (missing → mentioned), not with the rest of its rule.
    const status = b.part ? b.part.status !== h.part?.status : b.ruleStatus !== h.ruleStatus;
    const before: StillOpenFinding['before'] = { fingerprint: b.fingerprint, anchor: b.anchor, ruleStatus: b.ruleStatus, severity: b.severity };
    if (b.part) before.partStatus = b.part.status;
    return { finding: h, before, moved, changed: status || b.severity !== h.severity };
  };
  for (const b of before) {
    const h = unpairedHead.get(b.fingerprint);
    if (h && h.key === b.key) {
      unpairedHead.delete(b.fingerprint);
      stillOpen.push(pair(b, h, false));
    } else unpairedBase.push(b);
  }
  // The anchor changed (the section was renamed, or the evidence moved): the same rule and part is the same finding.
  const byKey = new Map([...unpairedHead.values()].map((f) => [f.key, f]));
  const resolved: ResolvedFinding[] = [];
  for (const b of unpairedBase) {
    const h = byKey.get(b.key);
    if (h) {
      byKey.delete(b.key);
      unpairedHead.delete(h.fingerprint);
      stillOpen.push(pair(b, h, true));
    } else resolved.push({ finding: b, after: resolvedIn(head, b) });
  }
  const added: NewFinding[] = [...unpairedHead.values()].map((h) => ({ finding: h, before: statusIn(base, h) }));

  added.sort(byImportance(after, (x: NewFinding) => x.finding));
  resolved.sort(byImportance(before, (x: ResolvedFinding) => x.finding));
  stillOpen.sort(byImportance(after, (x: StillOpenFinding) => x.finding));

  const baseSteps = new Map(base.scores.stages.flatMap((s) => s.steps).map((s) => [s.step, s]));
  const baseStages = new Map(base.scores.stages.map((s) => [s.stage, s]));
  const steps: StepChange[] = head.scores.stages.flatMap((st) =>
    st.steps.map((s) => {
      const b = baseSteps.get(s.step);
      return { step: s.step, stage: s.stage, title: s.title, inScope: { base: b?.inScope ?? false, head: s.inScope }, ...change(b?.score ?? null, s.score) };
    }),
  );
  const stages: StageChange[] = head.scores.stages.map((s) => ({ stage: s.stage, title: s.title, ...change(baseStages.get(s.stage)?.score ?? null, s.score) }));

  return {
    kind: 'plancheck-diff',
    diffVersion: DIFF_VERSION,
    fingerprintScheme: FINGERPRINT_SCHEME,
    base: side(base),
    head: side(head),
    summary: {
      new: added.length,
      resolved: resolved.length,
      stillOpen: stillOpen.length,
      moved: stillOpen.filter((s) => s.moved).length,
      newErrors: added.filter((a) => a.finding.severity === 'error').length,
      resolvedErrors: resolved.filter((r) => r.finding.severity === 'error').length,
    },
    scores: { overall: change(base.scores.overall, head.scores.overall), stages, steps },
    new: added,
    resolved,
    stillOpen,
    notes: notesFor(base, head),
  };
}
