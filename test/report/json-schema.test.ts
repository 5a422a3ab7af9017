import { describe, expect, it } from 'vitest';
import { renderReport } from '../../functions/core/report/index.ts';
import { buildResult } from './build-result.ts';
import { checkResultValidator } from './validators.ts';

const validate = checkResultValidator();

describe('JSON report and docs/report-schema.json', () => {
  it('renders the result as is, pretty-printed', () => {
    const result = buildResult();
    const text = renderReport(result, 'json');
    expect(JSON.parse(text)).toEqual(result);
    expect(text).toContain('\n  "schemaVersion": "1.0.0"');
  });

  it.each([
    ['markdown zh', buildResult()],
    ['docx en', buildResult({ format: 'docx', lang: 'en' })],
    ['not a plan, no source', buildResult({ isPlan: false, source: null })],
  ])('validates a built result (%s)', (_name, result) => {
    expect(validate(JSON.parse(renderReport(result, 'json'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('catches drift: unknown fields, bad enums, out-of-range scores', () => {
    const extraTop = { ...buildResult(), extra: 1 };
    expect(validate(extraTop)).toBe(false);
    const r1 = buildResult();
    (r1.results[0] as unknown as Record<string, unknown>).weight = 2;
    expect(validate(r1)).toBe(false);
    const r2 = buildResult();
    (r2.results[1]!.parts[0] as unknown as Record<string, unknown>).status = 'absent';
    expect(validate(r2)).toBe(false);
    const r3 = buildResult();
    (r3.results[0] as unknown as Record<string, unknown>).status = 'ok';
    expect(validate(r3)).toBe(false);
    const r4 = buildResult();
    r4.results[0]!.score = 1.5;
    expect(validate(r4)).toBe(false);
    const r5 = buildResult();
    (r5.results[0]!.evidence[0]!.position.start as unknown as Record<string, unknown>).line = 0;
    expect(validate(r5)).toBe(false);
    const r6 = buildResult();
    (r6 as unknown as Record<string, unknown>).schemaVersion = '2.0.0';
    expect(validate(r6)).toBe(false);
  });

  it('keeps details open', () => {
    const r = buildResult();
    r.results[0]!.details = { anything: { nested: [1, 'two'] } };
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  });
});
