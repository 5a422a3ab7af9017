// Hostile uploads over HTTP, on the real server on loopback: multipart gets the
// raw body's type checks and one file only, a stalled body or stalled headers
// are answered within the configured time, an async check shows `running`.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_TYPE, fixture, startTestPipeline, testApiConfig, type TestPipeline } from '../support/loopback.ts';
import { oleFile, plainDocx } from '../../scripts/hostile-inputs.ts';

let p: TestPipeline;
beforeAll(async () => {
  p = await startTestPipeline({ checkThreads: 1, headersTimeoutMs: 1000, config: testApiConfig({ bodyTimeoutMs: 1000 }) });
}, 60_000);
afterAll(async () => p?.dispose());

const errorOf = async (r: Response) => ((await r.json()) as { error: { code: string; message: string } }).error;

function multipart(files: [field: string, bytes: Uint8Array, name: string, type: string][]): FormData {
  const form = new FormData();
  for (const [field, bytes, name, type] of files) form.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
  return form;
}

describe('multipart uploads', () => {
  it('DOCX bytes sent as plan.md, text/markdown → 415 type-mismatch, as a raw body is', async () => {
    const r = await fetch(`${p.url}/v1/checks`, { method: 'POST', body: multipart([['file', plainDocx(), 'plan.md', 'text/markdown']]) });
    expect(r.status).toBe(415);
    expect(await errorOf(r)).toMatchObject({ code: 'type-mismatch' });
  }, 30_000);

  it('a lying media type is refused even when the same bytes were checked before (no stored report answers it)', async () => {
    const docx = plainDocx();
    const first = await fetch(`${p.url}/v1/checks?filename=plan.docx`, { method: 'POST', body: new Uint8Array(docx), headers: { 'content-type': DOCX_TYPE } });
    expect(first.status).toBe(200);
    const lying = await fetch(`${p.url}/v1/checks`, { method: 'POST', body: multipart([['file', docx, 'plan.docx', 'text/markdown']]) });
    expect(lying.status).toBe(415);
    expect(await errorOf(lying)).toMatchObject({ code: 'type-mismatch', message: expect.stringContaining('sent as text/markdown') });
    const raw = await fetch(`${p.url}/v1/checks?filename=plan.docx`, { method: 'POST', body: new Uint8Array(docx), headers: { 'content-type': 'text/markdown' } });
    expect(raw.status).toBe(415);
  }, 30_000);

  it.each([
    [['file', 'file'], '"file", "file"'],
    [['file', 'attachment'], '"file", "attachment"'],
  ])('two file fields %j → 400 too-many-files naming them', async (fields, named) => {
    const md = new TextEncoder().encode('# 方案\n\n正文\n');
    const r = await fetch(`${p.url}/v1/checks`, { method: 'POST', body: multipart(fields.map((f, i) => [f, md, `p${i}.md`, 'text/markdown'])) });
    expect(r.status).toBe(400);
    expect(await errorOf(r)).toMatchObject({ code: 'too-many-files', message: expect.stringContaining(`the form has 2 files (fields ${named})`) });
  }, 30_000);

  it('a password-protected DOCX in a form → 422 docx-encrypted, saying to remove the password', async () => {
    const r = await fetch(`${p.url}/v1/checks`, { method: 'POST', body: multipart([['file', oleFile('encrypted-docx'), 'plan.docx', DOCX_TYPE]]) });
    expect(r.status).toBe(422);
    expect(await errorOf(r)).toMatchObject({ code: 'docx-encrypted', message: expect.stringContaining('remove the password') });
  }, 30_000);
});

/** Writes `head` (and `body`) on a raw socket and resolves with what the server says and when, or the close. */
function rawRequest(head: string, body = ''): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(p.port, '127.0.0.1', () => socket.write(head + body));
    let text = '';
    socket.on('data', (d) => (text += d.toString('utf8')));
    socket.on('close', () => resolve({ text, ms: Date.now() - started }));
    socket.on('error', reject);
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer in 20 s')));
  });
}

describe('timeouts on the node server', () => {
  it('a body that stalls (Content-Length larger than what is sent) is answered 408 after the body timeout, not minutes later', async () => {
    const { text, ms } = await rawRequest(`POST /v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: text/markdown\r\nContent-Length: 100000\r\n\r\n`, '# 方案\n\n正文');
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(text).toContain('"code":"body-timeout"');
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(8000);
  }, 30_000);

  it('headers that never end are cut off after the headers timeout', async () => {
    const { text, ms } = await rawRequest(`POST /v1/checks HTTP/1.1\r\nHost: x\r\nX-Slow: `);
    expect(text === '' || /^HTTP\/1\.1 408/.test(text)).toBe(true);
    expect(ms).toBeLessThan(8000);
  }, 30_000);

  it('the server still answers after both', async () => {
    expect((await fetch(`${p.url}/healthz`)).status).toBe(200);
  });
});

describe('async checks', () => {
  // Their own server, with the usual timeouts: this file's one-second header timeout is for the
  // stalled requests above, and a loaded machine can take longer than that to read a poll's
  // headers while the check thread runs (a CI run saw queued, then unreadable answers, then done).
  let q: TestPipeline;
  beforeAll(async () => {
    q = await startTestPipeline({ checkThreads: 1 });
  }, 60_000);
  afterAll(async () => q?.dispose());

  it('show running while the worker checks them, then done', async () => {
    const plan = fixture('real/CN07_national_14th5_digital_economy_plan.md');
    const bytes = Buffer.concat([...Array.from({ length: 60 }, () => plan), Buffer.from(`\n<!-- running ${Date.now()} -->\n`)]);
    const r = await fetch(`${q.url}/v1/checks`, { method: 'POST', body: new Uint8Array(bytes), headers: { 'content-type': 'text/markdown', prefer: 'respond-async' } });
    expect(r.status).toBe(202);
    const { location } = (await r.json()) as { location: string };
    const seen: string[] = [];
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      const res = await fetch(`${q.url}${location}`);
      // (An answer that is no status record is kept by its HTTP code, to say what went wrong.)
      const status = res.ok ? ((await res.json()) as { status: string }).status : `http ${res.status}`;
      if (seen[seen.length - 1] !== status) seen.push(status);
      if (status === 'done' || status === 'failed') break;
      await new Promise((res) => setTimeout(res, 40));
    }
    expect(seen).toContain('running');
    expect(seen[seen.length - 1]).toBe('done');
    expect(seen.indexOf('running')).toBeLessThan(seen.indexOf('done'));
  }, 90_000);
});
