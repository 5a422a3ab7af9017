// A real pair: the draft (征求意见稿, a Word file wrapped in the consultation
// notice, CN12) and the final (国家数据局's print as PDF, CN04) of the
// 可信数据空间发展行动计划（2024—2028年）. Facts checked against the two texts:
// the final renumbers the safeguard sections （一）…（五） → （十四）…（十八）
// and names 国有企业 beside 龙头企业 as builders of enterprise data spaces; both
// lack an architecture chapter, an indicator table and a culture safeguard.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import { anchorOf } from '../../functions/core/check/fingerprint.ts';
import type { CheckResult, Evidence } from '../../functions/core/check/result.ts';
import type { Section } from '../../functions/core/document/model.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';
import { diffResults, type PlanDiff } from '../../functions/core/diff/index.ts';
import { fixturePath } from '../support/loopback.ts';

const DRAFT = 'real/CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx';
const FINAL = 'real/CN04_nda_trusted_data_space_action_plan_2024-2028.pdf';

let draft: CheckResult;
let final: CheckResult;
let diff: PlanDiff;

const read = (f: string) => ({ bytes: readFileSync(fixturePath(f)), filename: f.split('/').pop()! });

function sections(list: Section[]): Section[] {
  return list.flatMap((s) => [s, ...sections(s.children)]);
}

beforeAll(async () => {
  draft = await checkPlan(read(DRAFT));
  final = await checkPlan(read(FINAL));
  diff = diffResults(draft, final);
}, 60_000);

describe('draft CN12 (DOCX) → final CN04 (PDF)', () => {
  it('what both versions still lack at error level is still open, and the final adds no error-level finding', () => {
    expect(diff.base.format).toBe('docx');
    expect(diff.head.format).toBe('pdf');
    expect(diff.stillOpen.filter((s) => s.finding.severity === 'error').map((s) => s.finding.key)).toEqual([
      'architecture-layers›business',
      'architecture-layers›information',
      'architecture-layers›application',
      'architecture-layers›infrastructure',
      'architecture-layers›security',
      'goals-indicator-system',
      'goals-measurable',
      'support-measures›culture',
    ]);
    expect(diff.summary.newErrors).toBe(0);
    // (The final's glossary stands under its own 名词解释 heading and is read by no fact; the draft's, under a bare
    // 附件1 line inside its last safeguard, still is: three parts its definitions named are warnings new in the final.)
    expect(diff.new.map((s) => [s.finding.key, s.finding.severity])).toEqual([
      ['assessment-maturity›assessment', 'warning'],
      ['governance-organization›competent-authority', 'warning'],
      ['operations-management›norms', 'warning'],
    ]);
  });

  it('the final names state-owned enterprises as builders: the business model\'s entities are resolved, found in that section', async () => {
    expect(diff.resolved.map((r) => r.finding.key)).toEqual(['support-business-model›entities']);
    expect(diff.resolved[0]!.after).toEqual({ ruleStatus: 'partial', partStatus: 'present', anchor: ['开展可信数据空间培育推广行动', '积极推广企业可信数据空间'] });
    const quote = final.results.find((r) => r.id === 'support-business-model')!.parts.find((p) => p.name === 'entities')!.evidence[0]!.quote;
    expect(quote).toContain('支持国有企业和龙头企业建设企业可信数据空间');
    const draftDoc = await parseDocument(read(DRAFT));
    const section = sections(draftDoc.sections).find((s) => s.heading === '积极推广企业可信数据空间')!;
    const text = section.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('支持龙头企业建设企业可信数据空间');
    expect(text).not.toContain('国有企业');
  });

  it('the safeguard sections were renumbered, and their findings keep their fingerprints', async () => {
    const raw = async (f: string) => sections((await parseDocument(read(f))).sections).find((s) => s.heading === '加强人才培养')!.rawHeading;
    expect(await raw(DRAFT)).toBe('（三）加强人才培养');
    expect(await raw(FINAL)).toBe('（十六）加强人才培养');
    const culture = diff.stillOpen.find((s) => s.finding.key === 'support-measures›culture')!;
    expect(culture).toMatchObject({ moved: false, changed: false, finding: { anchor: ['保障措施', '加强人才培养'], part: { status: 'mentioned' } } });
    expect(culture.before.fingerprint).toBe(culture.finding.fingerprint);
  });

  it('every rule and part anchored in sections with the same headings has the same fingerprint in the DOCX and the PDF', () => {
    let agreeing = 0;
    for (const a of draft.results) {
      const b = final.results.find((r) => r.id === a.id)!;
      const pairs: [Evidence[], Evidence[], string, string][] = [
        [a.evidence.length ? a.evidence : a.parts.flatMap((p) => p.evidence), b.evidence.length ? b.evidence : b.parts.flatMap((p) => p.evidence), a.fingerprint!, b.fingerprint!],
        ...a.parts.map((p, i): [Evidence[], Evidence[], string, string] => [p.evidence, b.parts[i]!.evidence, p.fingerprint!, b.parts[i]!.fingerprint!]),
      ];
      for (const [ea, eb, fa, fb] of pairs) {
        const anchor = anchorOf(ea, draft.document.title);
        if (!anchor.length || anchor.join('\n') !== anchorOf(eb, final.document.title).join('\n')) continue;
        expect(fa, `${a.id} at ${anchor.join(' › ')}`).toBe(fb);
        agreeing++;
      }
    }
    expect(agreeing).toBeGreaterThanOrEqual(50);
  });

  it('where the headings do not agree, neither do the fingerprints: the draft has no 名词解释 heading over its glossary', () => {
    const norms = (r: CheckResult) => r.results.find((x) => x.id === 'operations-management')!.parts.find((p) => p.name === 'norms')!;
    expect(norms(draft).evidence[0]!.path).toEqual(['保障措施', '推动交流合作', '可信数据空间运营者']);
    // (The final's glossary is read by no fact: its norms are only mentioned, in a task's section.)
    expect(norms(final)).toMatchObject({ status: 'mentioned' });
    expect(norms(final).evidence[0]!.path).toEqual(['推进可信数据空间筑基行动', '制订推广可信数据空间关键标准']);
    expect(norms(draft).fingerprint).not.toBe(norms(final).fingerprint);
  });

  it('a plan with no architecture reads no layer in either version; the one moved finding is a mention quoted from another section', () => {
    // (Both lack an architecture chapter: the application layer's build mode is missing in both,
    // not a mention of 建设 in the final's tasks.)
    const buildMode = diff.stillOpen.find((s) => s.finding.key === 'architecture-application›build-mode')!;
    expect(buildMode).toMatchObject({ moved: false, before: { partStatus: 'missing' }, finding: { part: { status: 'missing' } } });
    // The moved finding: the data market's monitoring, a mention in both versions (a plan on
    // trusted data spaces sets no market rules, so its 监管 is no market's monitoring), quoted from
    // another section in each.
    const monitoring = diff.stillOpen.find((s) => s.finding.key === 'economy-data-market›monitoring')!;
    expect(monitoring).toMatchObject({ moved: true, before: { partStatus: 'mentioned' }, finding: { part: { status: 'mentioned' } } });
    expect(diff.summary.moved).toBe(1);
  });

  it("the score rises in the step that changed and falls only where the final's glossary no longer counts", () => {
    const moved = diff.scores.steps.filter((s) => s.delta !== 0);
    expect(moved.map((s) => s.step)).toEqual(['assessment-strategy', 'data-governance', 'operations', 'support-system']);
    expect(moved.filter((s) => s.delta! > 0).map((s) => s.step)).toEqual(['support-system']);
  });
});
