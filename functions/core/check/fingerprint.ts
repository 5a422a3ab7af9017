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
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) text = text.replace(/^\d{1,3}(?:[.．]\d{1,3})*(?:[.．]\s*|\s+)(?=\p{L})/u, '');
  return withoutMarks(text.toLowerCase());
}

// Punctuation, symbols, separators and blanks leave a folded heading. The
// Unicode-property class costs a cold process several milliseconds to compile
// before its first heading, so headings of letters, digits, ideographs and the
// common marks are folded without it: MARK flags the characters the class
// holds, KEEP those it does not (test/diff/fingerprint.test.ts checks both
// against it); any other character sends the heading to the class.
const MARKS = /[\p{P}\p{S}\p{Z}\s]+/gu;
const KEEP = 1;
const MARK = 2;
let kinds: Uint8Array | null = null;

// [from, to, kind], later ranges over earlier ones: blanks and ASCII, then its letters and digits; NBSP, ·; general and CJK punctuation.
const KIND_RANGES: readonly (readonly [number, number, number])[] = [
  [0x09, 0x0d, MARK], [0x20, 0x7e, MARK], [0x30, 0x39, KEEP], [0x41, 0x5a, KEEP], [0x61, 0x7a, KEEP], [0xa0, 0xa0, MARK], [0xb7, 0xb7, MARK],
  [0x2010, 0x2027, MARK], [0x2030, 0x205e, MARK], [0x3000, 0x3004, MARK], [0x3008, 0x3020, MARK], [0x3030, 0x3030, MARK],
];

function charKinds(): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(0x3040);
  for (const [from, to, kind] of KIND_RANGES) kinds.fill(kind, from, to + 1);
  return kinds;
}

/** The text without its marks; the Unicode class only for a character outside the table. */
export function withoutMarks(text: string): string {
  const table = charKinds();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < table.length ? table[c] : c >= 0x4e00 && c <= 0x9fff ? KEEP : 0;
    if (kind === KEEP) continue;
    if (kind === 0) return text.replace(MARKS, '');
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The characters withoutMarks folds without the class, and how: for the test that holds it to the class. */
export function markTable(): { code: number; mark: boolean }[] {
  const table = charKinds();
  const out: { code: number; mark: boolean }[] = [];
  for (let c = 0; c < table.length; c++) if (table[c]) out.push({ code: c, mark: table[c] === MARK });
  return out;
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
