// Finding fingerprints: rule id + part + the section the evidence stands in.
// They survive lines inserted above, a reworded paragraph and the same plan
// read from Markdown and from Word; they change when the evidence moves to
// another section, and differ between parts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorOf, markTable, normalizeHeading, partFingerprint, ruleFingerprint, withoutMarks } from '../../functions/core/check/fingerprint.ts';
import { checkPlan } from '../../functions/core/check/check-plan.ts';
import type { CheckResult, Evidence, RuleResult } from '../../functions/core/check/result.ts';
import { diffResults } from '../../functions/core/diff/index.ts';
import { fixture, fixturePath } from '../support/loopback.ts';

const check = (bytes: Buffer | string, filename: string) => checkPlan({ bytes: Buffer.from(bytes), filename });

const ev = (path: string[], line = 1): Evidence => ({ path, quote: 'q', position: { start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } } });

/** Every fingerprint of a result, rules and parts, by rule id (› part name). */
function fingerprints(r: CheckResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of r.results) {
    out.set(rule.id, rule.fingerprint!);
    for (const p of rule.parts) out.set(`${rule.id}›${p.name}`, p.fingerprint!);
  }
  return out;
}

describe('headings and anchors', () => {
  it('a heading is compared without its numbering, blanks, punctuation, width or case', () => {
    const forms = ['七、保障措施', '第七章 保障措施', '（七）保障措施', '7. 保障措施', '7.1 保障措施', ' 保障 措施：', '第七章　七、保障措施'];
    expect(new Set(forms.map(normalizeHeading))).toEqual(new Set(['保障措施']));
    expect(normalizeHeading('6 Safeguards')).toBe(normalizeHeading('SAFEGUARDS'));
    expect(normalizeHeading('6.2 Funding')).toBe('funding');
    expect(normalizeHeading('5G网络')).toBe('5g网络');
    expect(normalizeHeading('2035年远景目标')).toBe('2035年远景目标');
    expect(normalizeHeading('保障措施')).not.toBe(normalizeHeading('实施计划'));
  });

  it('the anchor is the section all the evidence shares, to chapter › section, whatever its order', () => {
    const a = ev(['七、保障措施', '（一）组织保障', '1. 领导小组'], 3);
    const b = ev(['七、保障措施', '（一）组织保障'], 9);
    expect(anchorOf([a, b])).toEqual(['保障措施', '组织保障']);
    expect(anchorOf([b, a])).toEqual(anchorOf([a, b]));
    expect(anchorOf([a, ev(['七、保障措施', '（二）资金保障'])])).toEqual(['保障措施']);
    expect(anchorOf([a, ev(['三、总体架构'])])).toEqual([]);
    expect(anchorOf([])).toEqual([]);
    // The plan's title as the root heading (a Markdown `# Title`) is not part of the anchor.
    expect(anchorOf([ev(['某市规划（2021—2025年）', '七、保障措施'])], '某市规划（2021—2025年）')).toEqual(['保障措施']);
  });

  it('different parts, and the same part in different sections, get different fingerprints', () => {
    const missing = (name: string) => ({ name, label: { zh: name, en: name }, status: 'missing' as const, evidence: [] });
    expect(partFingerprint('support-measures', missing('talent'), null)).not.toBe(partFingerprint('support-measures', missing('culture'), null));
    expect(partFingerprint('support-measures', missing('talent'), null)).toMatch(/^[0-9a-f]{16}$/);
    const at = (path: string[]) => ruleFingerprint({ id: 'goals-measurable', evidence: [ev(path)], parts: [] } as unknown as RuleResult, null);
    expect(at(['二、总体要求', '（四）发展目标'])).toBe(at(['第二章 总体要求', '四、发展目标']));
    expect(at(['二、总体要求', '（四）发展目标'])).not.toBe(at(['二、总体要求', '（五）阶段安排']));
  });
});

describe('fingerprints of real checks', () => {
  it('the same plan as Markdown, as styled Word and as numbered Word gives the same fingerprints', async () => {
    const md = await check(fixture('plans/p01-linhu-complete.md'), 'p01.md');
    const docx = await check(fixture('plans/p01-linhu-complete.docx'), 'p01.docx');
    const numbered = await check(fixture('plans/p01-linhu-complete.numbered.docx'), 'p01.numbered.docx');
    const fp = fingerprints(md);
    expect(fp.size).toBeGreaterThan(150);
    expect(fingerprints(docx)).toEqual(fp);
    expect(fingerprints(numbered)).toEqual(fp);
    // Not by accident: the positions differ (lines vs Word paragraphs) and most findings are anchored in a section.
    const support = (r: CheckResult) => r.results.find((x) => x.id === 'support-measures')!.evidence[0]!.position;
    expect(support(docx).paragraph).toBeDefined();
    expect(support(md).paragraph).toBeUndefined();
    const anchored = md.results.filter((r) => r.evidence.length && anchorOf(r.evidence, md.document.title).length > 0);
    expect(anchored.length).toBeGreaterThan(20);
  });

  it('a Markdown plan whose `# Title` wraps every chapter matches the Word plan with a Title paragraph', async () => {
    const body = readFileSync(fixturePath('plans/p01-linhu-complete.md'), 'utf8').split('\n').slice(1).join('\n');
    const wrapped = `# 临湖市城市数字化转型规划（2021—2025年）\n${body.replace(/^#/gm, '##')}`;
    const md = await check(wrapped, 'p01-h1.md');
    const docx = await check(fixture('plans/p01-linhu-complete.docx'), 'p01.docx');
    // The title is the root of every heading path here, and not in Word.
    expect(md.results.find((r) => r.id === 'support-measures')!.evidence[0]!.path[0]).toBe('临湖市城市数字化转型规划（2021—2025年）');
    expect(docx.results.find((r) => r.id === 'support-measures')!.evidence[0]!.path[0]).toBe('保障措施');
    expect(fingerprints(md)).toEqual(fingerprints(docx));
  });

  it('survives lines inserted above and a reworded paragraph; changes when the evidence moves to another section', async () => {
    const v1 = readFileSync(fixturePath('diff/qinghe-plan-v1.md'), 'utf8');
    const para = '业务架构覆盖数字政府、数字经济和数字社会三大领域。';
    expect(v1).toContain(para);
    const base = await check(v1, 'v1.md');
    const key = 'core-business-architecture›business-architecture';
    const quote = (r: CheckResult) => r.results.find((x) => x.id === 'core-business-architecture')!.parts.find((p) => p.name === 'business-architecture')!.evidence[0]!;

    const inserted = await check(v1.replace('# 一、发展基础', '本方案为征求意见稿。\n\n各单位请于三月底前反馈意见。\n\n# 一、发展基础'), 'v1.md');
    expect(quote(inserted).position.start.line).toBe(quote(base).position.start.line + 4);
    expect(fingerprints(inserted)).toEqual(fingerprints(base));

    const reworded = await check(v1.replace(para, '全市业务架构涵盖数字政府、数字经济与数字社会这三个领域。'), 'v1.md');
    expect(quote(reworded).quote).not.toBe(quote(base).quote);
    expect(fingerprints(reworded)).toEqual(fingerprints(base));

    const moved = await check(v1.replace(`# 三、总体架构\n\n${para}`, `# 三、总体架构\n\n## （一）总体设计\n\n${para}`), 'v1.md');
    expect(quote(moved).path).toEqual(['总体架构', '总体设计']);
    expect(fingerprints(moved).get(key)).not.toBe(fingerprints(base).get(key));
    // The diff still pairs it, by rule and part, as the same finding that moved.
    const d = diffResults(base, moved);
    expect(d.new).toEqual([]);
    expect(d.resolved).toEqual([]);
    const pair = d.stillOpen.find((s) => s.finding.key === key)!;
    expect(pair).toMatchObject({ moved: true, changed: false, before: { anchor: ['总体架构'] }, finding: { anchor: ['总体架构', '总体设计'] } });
  });

  it('a stored report recomputes the fingerprints it carries (a report written before them diffs the same)', async () => {
    const r = await check(fixture('plans/p05-riverton-english.docx'), 'p05.docx');
    const stripped: CheckResult = JSON.parse(JSON.stringify(r), (k, v) => (k === 'fingerprint' ? undefined : v));
    expect(JSON.stringify(stripped)).not.toContain('"fingerprint"');
    const d = diffResults(stripped, r);
    expect(d.summary).toMatchObject({ new: 0, resolved: 0, moved: 0 });
    expect(d.stillOpen.length).toBeGreaterThan(10);
    expect(d.stillOpen.every((s) => s.before.fingerprint === s.finding.fingerprint)).toBe(true);
  });
});

describe('folding marks out of a heading without the Unicode class', () => {
  const marks = /[\p{P}\p{S}\p{Z}\s]+/gu;

  it('flags exactly the characters the class holds, in its table and in the CJK ideographs it keeps', () => {
    const table = markTable();
    expect(table.length).toBeGreaterThan(150);
    const disagree = table.filter(({ code, mark }) => String.fromCharCode(code).replace(marks, '') === '' !== mark);
    expect(disagree).toEqual([]);
    const ideographs = Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, k) => String.fromCharCode(0x4e00 + k)).join('');
    expect(ideographs.replace(marks, '')).toBe(ideographs);
  });

  it('gives what the class gives, inside the table and outside it', () => {
    for (const h of ['总体要求', '（一）发展目标：2025年', 'part 4: how the pieces fit together', '数字化·转型—“十四五”', 'a\u2028b\u202fc', '😀 emoji 标题', 'ｆｕｌｌ　ｗｉｄｔｈ', 'x\u00a0y', 'été – 数据']) {
      expect(withoutMarks(h), h).toBe(h.replace(marks, ''));
    }
  });
});
