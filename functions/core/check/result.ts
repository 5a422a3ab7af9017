// The one result object every report renderer, the API and the batch summary read.
// Its JSON form is versioned (schemaVersion) and documented in docs/report-schema.json.
import type { Position, SourceFormat, ParseWarning } from '../document/model.ts';

export type Lang = 'zh' | 'en';
export type Severity = 'error' | 'warning' | 'info';
export type RuleStatus = 'pass' | 'partial' | 'fail' | 'not-applicable' | 'waived';
export type PartStatus = 'present' | 'mentioned' | 'missing';

/** The eight steps of clause 5.1, by their profile names (REQUIREMENTS.md). */
export type StepId =
  | 'assessment-strategy'
  | 'overall-architecture'
  | 'core-business-architecture'
  | 'digital-economy'
  | 'data-governance'
  | 'operations'
  | 'support-system'
  | 'implementation';

export type StageId = 1 | 2 | 3;

export interface Localized {
  zh: string;
  en: string;
}

/** Where a finding's evidence stands in the plan: lint-message shaped. */
export interface Evidence {
  /** Heading titles from the root to the section holding the quote. */
  path: string[];
  /** A short quote of the original text (not normalized). */
  quote: string;
  position: Position;
  /** The first words of the paragraph (list item, table row) holding the quote, when it is not a heading: what a reader can search for. */
  lead?: string;
}

/**
 * Where a finding's missing content should go in the plan (fail and partial
 * findings only): the section to write in, the sibling to add after, a
 * suggested heading numbered as the plan numbers, and a starter text drawn
 * from the guide's clause. Computed in the core (check/insertion.ts).
 */
export interface InsertionPoint {
  /** Heading path (as in Evidence.path) of the section to write in; [] for the plan's top level. */
  path: string[];
  /** Heading path of the sibling section to add after, when there is one. */
  after?: string[];
  /** A suggested new heading, numbered like its siblings ({zh:'（四）人才保障', en:'(4) Talent'}). */
  heading?: Localized;
  /** A starter text drawn from the clause, for the drafter to complete. */
  starter: Localized;
  /** Position of the heading to anchor at: the sibling added after, else the section written in. */
  position?: Position;
}

export interface PartResult {
  /** Stable part name, e.g. business | information | application | infrastructure | security. */
  name: string;
  label: Localized;
  status: PartStatus;
  evidence: Evidence[];
  /** Stable id of this part's finding across versions of the plan: rule id + part name + its section (functions/core/check/fingerprint.ts). */
  fingerprint?: string;
  /** Where the part's content should go when it is missing or only mentioned in a failing or partial finding. */
  insertAt?: InsertionPoint;
}

export interface RuleResult {
  id: string;
  status: RuleStatus;
  severity: Severity;
  /** The guide's clause, e.g. "8.1". */
  clause: string;
  step: StepId;
  stage: StageId;
  title: Localized;
  /** What was found, in the report's language. */
  message: string;
  /** What the guide expects and the plan should add, in the report's language. */
  expected: string;
  parts: PartResult[];
  evidence: Evidence[];
  /** Rule-specific findings: targets of goals-measurable, projects of implementation-key-projects, … */
  details?: Record<string, unknown>;
  waiver?: { reason: string };
  /** 0..1: pass 1, partial = share of parts present (mentioned counts half), fail 0. */
  score: number;
  /**
   * Stable id of the finding across versions of the plan: 16 hex of rule id +
   * the section its evidence stands in (heading text, numbering stripped; never
   * lines or offsets). Absent in reports written before schema 1.2.0.
   */
  fingerprint?: string;
  /** Where the missing content should go (fail and partial only): the first gap's place; each part's own is on the part. */
  insertAt?: InsertionPoint;
  /** Ids of other findings that report the same gap (a layer missing from architecture-layers and its own architecture-* rule): views show it once. */
  related?: string[];
}

/** One section of the plan's own outline, in document order, with the findings that quote it. */
export interface OutlineEntry {
  /** The heading as written, numbering included. */
  heading: string;
  /** 1-based depth in the section tree. */
  level: number;
  /** Heading path as in Evidence.path and InsertionPoint.path (numbering stripped). */
  path: string[];
  position: Position;
  /** Ids of the rules whose evidence stands in this section (not its subsections). */
  findings: string[];
}

export interface StepScore {
  step: StepId;
  stage: StageId;
  title: Localized;
  inScope: boolean;
  /** 0..100, weighted average of the step's rules (null when no rule applies). */
  score: number | null;
}

export interface StageScore {
  stage: StageId;
  title: Localized;
  score: number | null;
  steps: StepScore[];
}

export interface Scores {
  overall: number | null;
  stages: StageScore[];
}

/** Whether the document reads as a digital-transformation plan at all (near-miss detection). */
export interface PlanVerdict {
  isPlan: boolean;
  confidence: number;
  reasons: string[];
  /** "plan", or the kind of non-plan (vocabulary.json nonPlanGenres, "off-topic", "unknown"). */
  genre?: string;
  genreLabel?: string;
}

export interface CheckResult {
  schemaVersion: string;
  /** build: hash of the rules, vocabulary and core code that produced the result (stored reports are keyed by it). */
  checker: { name: 'plancheck'; version: string; rulesetVersion: string; build: string };
  guide: { id: string; title: string };
  document: {
    source: string | null;
    title: string | null;
    format: SourceFormat;
    characters: number;
    sha256: string | null;
    warnings: ParseWarning[];
  };
  profile: { name: string; steps: StepId[] };
  lang: Lang;
  verdict: PlanVerdict;
  results: RuleResult[];
  /** The plan's sections in document order (the first reportBounds.outline), for views that place findings in the plan. */
  outline?: OutlineEntry[];
  scores: Scores;
  summary: {
    pass: number;
    partial: number;
    fail: number;
    notApplicable: number;
    waived: number;
    /** Error-severity rules that fail or are partial: the CLI exits 1 when this is non-zero. */
    errors: number;
  };
}
