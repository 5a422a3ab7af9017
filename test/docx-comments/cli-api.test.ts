// Word with comments through its adapters: `plancheck check plan.docx --format
// docx -o out.docx` (the real bin), and GET /v1/checks/{id}?format=docx on the
// Node server with S3 on loopback; bad requests get one stderr line / a JSON
// error, and nothing is overwritten.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../functions/core/check/result.ts';
import { openFindings } from '../../functions/core/report/docx-comments.ts';
import { DOCX_TYPE, fixture, startTestPipeline, testApiConfig, type TestPipeline } from '../support/loopback.ts';
import { commentAnchors, parts, readComments } from './inspect.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/plancheck.js');
const tmp = mkdtempSync(join(tmpdir(), 'plancheck-docx-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'check', ...args], { encoding: 'utf8', timeout: 120_000 });

function commentsOf(bytes: Uint8Array) {
  const p = parts(bytes);
  return { comments: readComments(p['word/comments.xml']!), anchors: commentAnchors(p['word/document.xml']!) };
}

describe('plancheck check --format docx', () => {
  it('writes the plan with one comment per open finding and exits as the check does (1: an error-level finding)', () => {
    const plan = join(root, 'fixtures/real/CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx');
    const out = join(tmp, 'cn12.commented.docx');
    const r = run(plan, '--format', 'docx', '-o', out, '--lang', 'en');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    const result = JSON.parse(run(plan, '--lang', 'en').stdout) as CheckResult;
    const { comments, anchors } = commentsOf(readFileSync(out));
    expect(comments.map((c) => c.paragraphs.at(-1))).toEqual(openFindings(result).map((f) => `plancheck · ${f.id}`));
    expect(comments[0]!.paragraphs[0]).toMatch(/^error · Clause /);
    expect(comments.every((c) => c.author === 'plancheck' && anchors.get(c.id)?.closed)).toBe(true);
    expect(Math.abs(Date.parse(comments[0]!.date) - Date.now())).toBeLessThan(10 * 60_000);
  });

  it('exits 0 for a plan without error-level findings, still commenting its warnings', () => {
    const out = join(tmp, 'p01.docx');
    const r = run(join(root, 'fixtures/plans/p01-linhu-complete.docx'), '--format', 'docx', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(commentsOf(readFileSync(out)).comments.length).toBeGreaterThan(0);
  });

  it('exit 2 with one stderr line: not a DOCX, no -o, -o the plan itself or a folder, several plans', () => {
    const docx = join(tmp, 'plan.docx');
    writeFileSync(docx, fixture('plans/p10-xichuan-missing-layers.autonumber.docx'));
    const folder = join(tmp, 'folder');
    mkdirSync(folder, { recursive: true });
    const cases: [string[], RegExp][] = [
      [[join(root, 'fixtures/plans/p01-linhu-complete.md'), '--format', 'docx', '-o', join(tmp, 'md.docx')], /Markdown plan: Word comments are written into a DOCX plan only/],
      [[docx, '--format', 'docx'], /--format docx needs -o/],
      [[docx, '--format', 'docx', '-o', docx], /is the plan itself/],
      [[docx, '--format', 'docx', '-o', folder], /is a folder/],
      [[docx, join(root, 'fixtures/plans/p01-linhu-complete.docx'), '--format', 'docx', '-o', join(tmp, 'two.docx')], /takes one DOCX plan/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(tmp, 'md.docx'))).toBe(false);
    expect(readFileSync(docx).equals(fixture('plans/p10-xichuan-missing-layers.autonumber.docx'))).toBe(true);
  });
});

describe('GET /v1/checks/{id}?format=docx', () => {
  let p: TestPipeline;
  beforeAll(async () => {
    p = await startTestPipeline({ config: testApiConfig() });
  }, 60_000);
  afterAll(async () => p?.dispose());

  const post = async (path: string, body: Buffer, type: string) =>
    (await (await fetch(`${p.url}${path}`, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': type } })).json()) as {
      id: string;
      result: CheckResult;
    };

  it('answers the uploaded DOCX with the check\'s findings as comments, dated with the check, the same bytes each time', async () => {
    const checked = await post('/v1/checks?filename=%E8%A5%BF%E5%B7%9D.docx', fixture('plans/p10-xichuan-missing-layers.autonumber.docx'), DOCX_TYPE);
    const res = await fetch(`${p.url}/v1/checks/${checked.id}?format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX_TYPE);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="__.plancheck.docx"; filename*=UTF-8''${encodeURIComponent('西川.plancheck.docx')}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const { comments } = commentsOf(bytes);
    expect(comments.map((c) => c.paragraphs.at(-1))).toEqual(openFindings(checked.result).map((f) => `plancheck · ${f.id}`));
    const status = (await (await fetch(`${p.url}/v1/checks/${checked.id}`)).json()) as { updatedAt: string };
    expect(Date.parse(comments[0]!.date)).toBe(Math.floor(Date.parse(status.updatedAt) / 1000) * 1000);
    const again = new Uint8Array(await (await fetch(`${p.url}/v1/checks/${checked.id}?format=docx`)).arrayBuffer());
    expect(Buffer.compare(again, bytes)).toBe(0);
  });

  it('415 with a JSON error for a check of a Markdown plan; 404 for an unknown check; the format is in the OpenAPI document', async () => {
    const checked = await post('/v1/checks', fixture('plans/p01-linhu-complete.md'), 'text/markdown');
    const res = await fetch(`${p.url}/v1/checks/${checked.id}?format=docx`);
    expect(res.status).toBe(415);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not-docx');
    expect(body.error.message).toMatch(/Markdown plan: Word with comments is made from a DOCX upload only/);
    expect((await fetch(`${p.url}/v1/checks/${'0'.repeat(32)}?format=docx`)).status).toBe(404);
    expect((await fetch(`${p.url}/v1/checks/${checked.id}?format=doc`)).status).toBe(400);
    const doc = (await (await fetch(`${p.url}/v1/openapi.json`)).json()) as { paths: Record<string, { get: { parameters: { name: string; schema: { enum: string[] } }[] } }> };
    expect(doc.paths['/v1/checks/{id}']!.get.parameters.find((x) => x.name === 'format')!.schema.enum).toContain('docx');
  });
});
