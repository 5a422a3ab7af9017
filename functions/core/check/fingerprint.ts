// Stable finding fingerprints: the identity of a finding across versions of a
// plan, so a diff, a CI comment and code scanning can say "still open" rather
// than "fixed one, found another". A fingerprint is a short hash of the rule
// id, the part name and the finding's anchor — the section its evidence stands
// in, by heading text only. Line numbers, offsets, quotes and the source format
// never enter it: lines inserted above, a reworded paragraph, or the same plan
// as DOCX and as Markdown (headings agreeing) keep it; a finding that moves to
// another section, or another part of the rule, gets a new one.
import { createHash } from 'node:crypto';
import { parseNumbering } from '../document/outline-numbering.ts';
import { toHalfWidth } from '../text/normalize.ts';
import type { Evidence, PartResult, RuleResult } from './result.ts';

/** The scheme's name: SARIF's partialFingerprints key, and a prefix of every hash input (a new scheme gives new hashes). */
export const FINGERPRINT_SCHEME = 'plancheckFinding/v1';

/**
 * Headings of the anchor kept: the chapter and its section. Deeper headings
 * are where readers disagree most (a bold line read as a heading in a PDF, a
 * glossary nested under the last chapter in a DOCX), and a finding's place is
 * the section a drafter would turn to.
 */
export const ANCHOR_DEPTH = 2;

// A plan's evidence names the same few dozen headings over and over: each is folded once (bounded, for a long-running server).
const folded = new Map<string, string>();

/** A heading as the fingerprint sees it: outline numbering, blanks and punctuation gone, width and case folded. */
export function normalizeHeading(heading: string): string {
  let key = folded.get(heading);
  if (key === undefined) {
    if (folded.size >= 10_000) folded.clear();
    key = foldHeading(heading);
    folded.set(heading, key);
  }
  return key;
}

function foldHeading(heading: string): string {
  // The project's own width folding, not NFKC: as good for headings, and a tenth of the time.
  let text = toHalfWidth(heading).trim();
  // "第一章 一、总体要求" and numbering a reader left in place: strip any run of leading numbers.
  for (let i = 0; i < 3; i++) {
    const n = parseNumbering(text);
    if (!n || !n.rest) break;
    text = n.rest;
  }
  // A bare "6 Safeguards" / "6.2 Funding" (no dot after a lone number), which outline numbering leaves to the heading's style.
  text = text.replace(/^\d{1,3}(?:[.．]\d{1,3})*(?:[.．]\s*|\s+)(?=\p{L})/u, '');
  return text.toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

/**
 * A heading path below the plan's title: a Markdown plan's `# Title` wraps
 * every chapter, while the same plan in Word has its title as a Title-styled
 * paragraph, outside the outline. The report carries the title, so a stored
 * report gives the same anchors.
 */
function belowTitle(path: readonly string[], title: string | null): readonly string[] {
  return path.length && title !== null && normalizeHeading(path[0]) === normalizeHeading(title) ? path.slice(1) : path;
}

/**
 * The section a list of evidence stands in: the longest heading path all of it
 * shares, below the title, cut to ANCHOR_DEPTH. No evidence (a missing part, a
 * rule that found nothing) or evidence across chapters anchors at the plan: [].
 * The evidence's order does not matter, only where it stands.
 */
export function anchorPath(evidence: readonly Evidence[], title: string | null = null): string[] {
  if (!evidence.length) return [];
  const paths = evidence.map((e) => belowTitle(e.path, title).slice(0, ANCHOR_DEPTH));
  const keys = paths.map((p) => p.map(normalizeHeading));
  let depth = 0;
  while (depth < ANCHOR_DEPTH) {
    const h = keys[0][depth];
    if (h === undefined || h === '' || keys.some((k) => k[depth] !== h)) break;
    depth++;
  }
  return paths[0].slice(0, depth);
}

/** The anchor as the fingerprint hashes it: the anchor's headings normalized. */
export function anchorOf(evidence: readonly Evidence[], title: string | null = null): string[] {
  return anchorPath(evidence, title).map(normalizeHeading);
}

function hash(rule: string, part: string, anchor: string[]): string {
  return createHash('sha256').update([FINGERPRINT_SCHEME, rule, part, ...anchor].join('\n')).digest('hex').slice(0, 16);
}

/** The rule's own evidence first, then its parts': where the rule as a whole stands. */
function ruleEvidence(rule: RuleResult): Evidence[] {
  return rule.evidence.length ? rule.evidence : rule.parts.flatMap((p) => p.evidence);
}

/** Where a rule's finding as a whole stands (heading path as written). */
export function ruleAnchorPath(rule: RuleResult, title: string | null): string[] {
  return anchorPath(ruleEvidence(rule), title);
}

/** The fingerprint of a rule's finding as a whole (SARIF's result, a rule without parts). */
export function ruleFingerprint(rule: RuleResult, title: string | null): string {
  return hash(rule.id, '', anchorOf(ruleEvidence(rule), title));
}

/** The fingerprint of one part of a rule (a safeguard, a layer): rule id + part name + where the part's evidence stands. */
export function partFingerprint(ruleId: string, part: PartResult, title: string | null): string {
  return hash(ruleId, part.name, anchorOf(part.evidence, title));
}

/** The rule's fingerprint: the one it carries, or computed (a report written before fingerprints). */
export function fingerprintOf(rule: RuleResult, title: string | null): string {
  return rule.fingerprint ?? ruleFingerprint(rule, title);
}

export function partFingerprintOf(ruleId: string, part: PartResult, title: string | null): string {
  return part.fingerprint ?? partFingerprint(ruleId, part, title);
}

/**
 * The rule with its fingerprint and its parts' set. Taken from the bounded
 * result and the report's own title, so a stored report recomputes the same.
 */
export function withFingerprints(rule: RuleResult, title: string | null): RuleResult {
  return {
    ...rule,
    fingerprint: ruleFingerprint(rule, title),
    parts: rule.parts.map((p) => ({ ...p, fingerprint: partFingerprint(rule.id, p, title) })),
  };
}
