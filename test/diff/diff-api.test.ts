// GET /v1/checks/{id}/diff?base={id} against the real app: the Node server on
// loopback, reports stored in an embedded S3 (s3rver) through the AWS SDK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanDiffSchema } from '../../functions/api/diff-schemas.ts';
import { fixture, startTestPipeline, testApiConfig, type TestPipeline } from '../support/loopback.ts';

const KEY = 'diff-key';
const auth = { authorization: `Bearer ${KEY}` };
let p: TestPipeline;
let v1: string;
let v2: string;

async function submit(name: string, lang = 'en'): Promise<string> {
  const res = await fetch(`${p.url}/v1/checks?lang=${lang}&filename=${name}`, { method: 'POST', body: new Uint8Array(fixture(`diff/${name}`)), headers: { ...auth, 'content-type': 'text/markdown' } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

const diffUrl = (id: string, query: string) => `${p.url}/v1/checks/${id}/diff${query}`;

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  return body.error;
}

beforeAll(async () => {
  p = await startTestPipeline({ config: testApiConfig({ apiKeys: [KEY] }) });
  v1 = await submit('qinghe-plan-v1.md');
  v2 = await submit('qinghe-plan-v2.md');
}, 90_000);
afterAll(async () => p?.dispose());

describe('GET /v1/checks/{id}/diff', () => {
  it('answers the diff of the two stored reports as JSON, in the documented shape', async () => {
    const res = await fetch(diffUrl(v2, `?base=${v1}`), { headers: auth });
    expect(res.status).toBe(200);
    const diff = PlanDiffSchema.strict().parse(await res.json());
    expect(diff.base.source).toBe('qinghe-plan-v1.md');
    expect(diff.head.source).toBe('qinghe-plan-v2.md');
    expect(diff.resolved.map((r) => r.finding.key)).toEqual(['support-measures›talent']);
    expect(diff.new).toEqual([]);
    expect(diff.summary.stillOpen).toBeGreaterThan(50);
    // From the stored reports, not a fresh check: the base side is the stored JSON's checker build.
    const stored = await p.deps.store.getReport(diff.base.sha256!, 'full', 'en', 'json');
    expect(JSON.parse(stored!.body.toString('utf8')).checker).toEqual(diff.base.checker);
  });

  it('renders Markdown or text by ?format= or the Accept header, in the language asked for', async () => {
    const md = await fetch(diffUrl(v1, `?base=${v2}&format=md&lang=zh`), { headers: auth });
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await md.text();
    expect(text).toMatch(/^## 版本变化: /);
    expect(text).toContain('### 基准之后新出现 (1)\n\n- `support-measures` › 人才保障');
    const plain = await fetch(diffUrl(v2, `?base=${v1}`), { headers: { ...auth, accept: 'text/plain' } });
    expect(plain.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await plain.text()).toMatch(/^What changed: .*\nOverall score \d+\.\d → \d+\.\d \(\+\d+\.\d\) · 0 new · 1 resolved · \d+ still open\n/);
  });

  it('404 with a JSON body for an unknown check or base, 400 for a missing or malformed base', async () => {
    const unknown = 'f'.repeat(32);
    const noCheck = await fetch(diffUrl(unknown, `?base=${v1}`), { headers: auth });
    expect(noCheck.status).toBe(404);
    expect(await errorOf(noCheck)).toEqual({ code: 'not-found', message: `no check with id ${unknown}` });
    const noBase = await fetch(diffUrl(v2, `?base=${unknown}`), { headers: auth });
    expect(noBase.status).toBe(404);
    expect((await errorOf(noBase)).message).toBe(`no base check with id ${unknown}`);
    const missing = await fetch(diffUrl(v2, ''), { headers: auth });
    expect(missing.status).toBe(400);
    expect(await errorOf(missing)).toMatchObject({ code: 'invalid-parameter', message: expect.stringMatching(/^base: the base check is required/) });
    const malformed = await fetch(diffUrl(v2, '?base=nope'), { headers: auth });
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).message).toMatch(/base: a check id is 32 hex characters/);
    const badFormat = await fetch(diffUrl(v2, `?base=${v1}&format=html`), { headers: auth });
    expect(badFormat.status).toBe(400);
  });

  it('409 while the base is not checked yet', async () => {
    const id = 'e'.repeat(32);
    await p.deps.store.putStatus({ id, status: 'queued', sha256: 'e'.repeat(64), profile: 'full', lang: 'en', upload: `uploads/${'e'.repeat(64)}.md`, updatedAt: new Date().toISOString() });
    const res = await fetch(diffUrl(v2, `?base=${id}`), { headers: auth });
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toEqual({ code: 'check-queued', message: `the base check ${id} is queued; its report is not there yet` });
  });

  it('needs the API key like the other check routes, and is in the OpenAPI document', async () => {
    const res = await fetch(diffUrl(v2, `?base=${v1}`));
    expect(res.status).toBe(401);
    const doc = (await (await fetch(`${p.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: { name: string; in: string; required?: boolean }[]; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }>;
    };
    const route = doc.paths['/v1/checks/{id}/diff']!.get;
    expect(route.parameters.map((x) => [x.name, x.in, x.required ?? false])).toEqual(
      expect.arrayContaining([
        ['id', 'path', true],
        ['base', 'query', true],
        ['format', 'query', false],
      ]),
    );
    expect(route.responses['200']!.content!['application/json']!.schema.$ref).toBe('#/components/schemas/PlanDiff');
    expect(Object.keys(route.responses)).toEqual(expect.arrayContaining(['400', '401', '404', '409']));
  });
});
