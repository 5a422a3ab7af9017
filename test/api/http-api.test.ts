// The HTTP API end to end: fetch against the Node server on 127.0.0.1, S3 on an embedded s3rver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_TYPE, eventually, fixture, startTestPipeline, testApiConfig, type TestPipeline } from '../support/loopback.ts';

const KEY = 'test-key-1';
let p: TestPipeline;
const auth = { authorization: `Bearer ${KEY}` };

beforeAll(async () => {
  p = await startTestPipeline({ config: testApiConfig({ apiKeys: ['other', KEY], maxBytes: 1024 * 1024, asyncThresholdBytes: 512 * 1024 }) });
}, 60_000);
afterAll(async () => p?.dispose());

async function post(path: string, body: BodyInit | Buffer, headers: Record<string, string>) {
  const payload = Buffer.isBuffer(body) ? new Uint8Array(body) : body;
  return fetch(`${p.url}${path}`, { method: 'POST', body: payload, headers: { ...auth, ...headers } });
}

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.message).not.toMatch(/\n\s+at /);
  return body.error;
}

describe('open routes and auth', () => {
  it('answers /healthz and the OpenAPI document without a key', async () => {
    const h = await fetch(`${p.url}/healthz`);
    expect(h.status).toBe(200);
    expect(((await h.json()) as { ok: boolean }).ok).toBe(true);
    const doc = (await (await fetch(`${p.url}/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { parameters?: { name: string; schema: { enum?: string[] } }[] }>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/checks', '/v1/checks/{id}', '/v1/rules', '/v1/profiles']));
    const params = doc.paths['/v1/checks'].post.parameters!;
    expect(params.find((x) => x.name === 'lang')!.schema.enum).toEqual(['zh', 'en']);
    expect(params.find((x) => x.name === 'profile')!.schema.enum).toContain('full');
  });

  it('answers 401 without a key or with a wrong one', async () => {
    const none = await fetch(`${p.url}/v1/rules`);
    expect(none.status).toBe(401);
    expect((await errorOf(none)).code).toBe('unauthorized');
    const wrong = await fetch(`${p.url}/v1/rules`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect((await errorOf(wrong)).message).toMatch(/not valid/);
  });
});

describe('catalog', () => {
  it('lists rules with clauses and the ruleset version, and profiles', async () => {
    const rules = (await (await fetch(`${p.url}/v1/rules`, { headers: auth })).json()) as { rulesetVersion: string; rules: { id: string; clause: string }[] };
    expect(rules.rulesetVersion).toMatch(/^sha256:/);
    expect(rules.rules.map((r) => r.id)).toContain('horizon');
    expect(rules.rules.every((r) => r.clause.length > 0)).toBe(true);
    const profiles = (await (await fetch(`${p.url}/v1/profiles`, { headers: auth })).json()) as { default: string; profiles: { name: string }[] };
    expect(profiles.profiles.map((x) => x.name)).toContain(profiles.default);
  });
});

interface Done {
  id: string;
  status: string;
  sha256: string;
  upload: string;
  reports: Record<string, string>;
  result: { lang: string; document: { format: string; sha256: string }; results: { id: string }[]; summary: { errors: number } };
}

describe('POST /v1/checks (sync)', () => {
  let first: Done;

  it('checks a Markdown plan and stores the upload and every report format in S3', async () => {
    const res = await post('/v1/checks?lang=en&filename=p01.md', fixture('plans/p01-linhu-complete.md'), { 'content-type': 'text/markdown; charset=utf-8' });
    expect(res.status).toBe(200);
    first = (await res.json()) as Done;
    expect(first.status).toBe('done');
    expect(first.result.lang).toBe('en');
    expect(first.result.document.format).toBe('markdown');
    expect(first.upload).toBe(`s3://plancheck-test/uploads/${first.sha256}.md`);
    expect(Object.keys(first.reports).sort()).toEqual(['html', 'json', 'junit', 'md', 'sarif']);
    const stored = await p.deps.store.getReport(first.sha256, 'full', 'en', 'json');
    expect(JSON.parse(stored!.body.toString('utf8'))).toEqual(first.result);
    const sarif = await p.deps.store.getReport(first.sha256, 'full', 'en', 'sarif');
    expect(JSON.parse(sarif!.body.toString('utf8')).version).toBe('2.1.0');
    const upload = await p.deps.store.getUpload(`uploads/${first.sha256}.md`);
    expect(upload!.bytes.equals(fixture('plans/p01-linhu-complete.md'))).toBe(true);
    expect(upload!.info.filename).toBe('p01.md');
  });

  it('stores the same plan once and answers the same check', async () => {
    const head = await p.deps.store.objects.head(`reports/${first.sha256}/full/en/report.json`);
    const res = await post('/v1/checks?lang=en', fixture('plans/p01-linhu-complete.md'), { 'content-type': 'text/markdown' });
    const again = (await res.json()) as Done;
    expect(again.id).toBe(first.id);
    expect(again.result).toEqual(first.result);
    // Not rewritten: the stored object still carries the first upload's file name.
    expect((await p.deps.store.getUpload(`uploads/${first.sha256}.md`))!.info.filename).toBe('p01.md');
    expect(await p.deps.store.objects.head(`reports/${first.sha256}/full/en/report.json`)).toEqual(head);
  });

  it('checks a DOCX sent as the raw body', async () => {
    const res = await post('/v1/checks', fixture('plans/p01-linhu-complete.docx'), { 'content-type': DOCX_TYPE });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Done;
    expect(body.result.document.format).toBe('docx');
    expect(body.upload).toMatch(/\.docx$/);
  });

  it('checks a PDF sent as application/pdf and as multipart, with page positions in the evidence', async () => {
    const pdf = fixture('pdf/cmap-chinese.pdf');
    const res = await post('/v1/checks?filename=haibin.pdf', pdf, { 'content-type': 'application/pdf' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Done;
    expect(body.result.document.format).toBe('pdf');
    expect(body.upload).toMatch(/\.pdf$/);
    const horizon = body.result.results.find((r) => r.id === 'horizon') as unknown as { evidence: { position: { page?: number } }[] };
    expect(horizon.evidence[0]!.position.page).toBe(1);
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'haibin.pdf');
    const multi = await post('/v1/checks', form, {});
    expect(multi.status).toBe(200);
    expect(((await multi.json()) as Done).sha256).toBe(body.sha256);
  });

  it('422 with a JSON body for a password-protected PDF, a scan, and a file that says PDF and is not', async () => {
    for (const [file, code] of [['pdf/password.pdf', 'pdf-encrypted'], ['pdf/scanned.pdf', 'pdf-no-text']] as const) {
      const res = await post('/v1/checks', fixture(file), { 'content-type': 'application/pdf' });
      expect(res.status).toBe(422);
      expect((await errorOf(res)).code).toBe(code);
    }
    const fake = await post('/v1/checks', '# 规划', { 'content-type': 'application/pdf' });
    expect(fake.status).toBe(422);
    expect((await errorOf(fake)).code).toBe('not-a-pdf');
  });

  it('checks a plan sent as multipart/form-data (field "file")', async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(fixture('plans/p05-riverton-english.md'))], { type: 'text/markdown' }), 'riverton.md');
    const res = await post('/v1/checks?lang=en', form, {});
    expect(res.status).toBe(200);
    const body = (await res.json()) as Done;
    expect(body.result.lang).toBe('en');
    expect((await p.deps.store.getUpload(`uploads/${body.sha256}.md`))!.info.filename).toBe('riverton.md');
  });

  it('serves the stored check in every format, by query or Accept', async () => {
    const status = await fetch(`${p.url}/v1/checks/${first.id}`, { headers: auth });
    expect(status.status).toBe(200);
    const s = (await status.json()) as Done;
    expect(s.status).toBe('done');
    expect(s.result).toEqual(first.result);
    const html = await fetch(`${p.url}/v1/checks/${first.id}?format=html`, { headers: auth });
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toMatch(/<html/i);
    const sarif = await fetch(`${p.url}/v1/checks/${first.id}`, { headers: { ...auth, accept: 'application/sarif+json' } });
    expect(sarif.headers.get('content-type')).toMatch(/^application\/sarif\+json/);
    expect(((await sarif.json()) as { runs: unknown[] }).runs.length).toBe(1);
    const junit = await fetch(`${p.url}/v1/checks/${first.id}?format=junit`, { headers: auth });
    expect(await junit.text()).toMatch(/<testsuites?/);
    const md = await fetch(`${p.url}/v1/checks/${first.id}`, { headers: { ...auth, accept: 'text/markdown' } });
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
  });
});

describe('POST /v1/checks (async)', () => {
  it('answers 202 with Prefer: respond-async, and the worker fills in the check', async () => {
    const res = await post('/v1/checks?profile=full', fixture('plans/p06-jinsha-14th5-strategy.md'), { 'content-type': 'text/markdown', prefer: 'respond-async' });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { id: string; status: string; location: string };
    expect(body.status).toBe('queued');
    expect(res.headers.get('location')).toBe(`/v1/checks/${body.id}`);
    const done = await eventually(async () => {
      const s = (await (await fetch(`${p.url}${body.location}`, { headers: auth })).json()) as Done;
      return s.status === 'done' ? s : null;
    });
    expect(done.result.results.length).toBeGreaterThan(0);
  });

  it('answers 202 for a body over the async threshold and queues an existing upload under a new language', async () => {
    const res = await post('/v1/checks?lang=zh', fixture('plans/p01-linhu-complete.md'), { 'content-type': 'text/markdown', prefer: 'respond-async' });
    expect(res.status).toBe(202);
    const { location } = (await res.json()) as { location: string };
    const done = await eventually(async () => {
      const s = (await (await fetch(`${p.url}${location}`, { headers: auth })).json()) as Done;
      return s.status === 'done' ? s : null;
    });
    expect(done.result.lang).toBe('zh');
    const big = Buffer.concat([fixture('plans/p01-linhu-complete.md'), Buffer.from(`\n\n${'补充说明。'.repeat(40_000)}\n`)]);
    expect(big.length).toBeGreaterThan(512 * 1024);
    const r2 = await post('/v1/checks', big, { 'content-type': 'text/markdown' });
    expect(r2.status).toBe(202);
  });
});

describe('errors', () => {
  it('400 for an unknown profile or a bad lang, naming the parameter', async () => {
    const a = await post('/v1/checks?profile=nope', 'x', { 'content-type': 'text/markdown' });
    expect(a.status).toBe(400);
    expect((await errorOf(a)).message).toMatch(/profile/);
    const b = await post('/v1/checks?lang=fr', 'x', { 'content-type': 'text/markdown' });
    expect(b.status).toBe(400);
    expect((await errorOf(b)).message).toMatch(/lang/);
    const c = await fetch(`${p.url}/v1/checks/0123?format=pdf`, { headers: auth });
    expect(c.status).toBe(400);
  });

  it('404 for an unknown check and an unknown route', async () => {
    const a = await fetch(`${p.url}/v1/checks/${'0'.repeat(32)}`, { headers: auth });
    expect(a.status).toBe(404);
    expect((await errorOf(a)).code).toBe('not-found');
    const b = await fetch(`${p.url}/v1/nothing`, { headers: auth });
    expect(b.status).toBe(404);
    await errorOf(b);
  });

  it('413 over the size limit, declared or streamed without a length', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 0x61);
    const a = await post('/v1/checks', big, { 'content-type': 'text/markdown' });
    expect(a.status).toBe(413);
    expect((await errorOf(a)).code).toBe('too-large');
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Would be 1 GB if the server kept reading.
        if (sent >= 1024 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x62));
      },
    });
    const b = await fetch(`${p.url}/v1/checks`, { method: 'POST', body: stream, headers: { ...auth, 'content-type': 'text/markdown' }, duplex: 'half' } as RequestInit);
    expect(b.status).toBe(413);
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('413 leaves the connection open for reading a while, so a client still sending sees the answer, then closes it', async () => {
    const { connect } = await import('node:net');
    // Half-open, as a client still sending its body keeps its side open when the server has answered.
    const socket = connect({ port: p.port, host: '127.0.0.1', allowHalfOpen: true });
    await new Promise((resolve) => socket.once('connect', resolve));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const errors: Error[] = [];
    socket.on('error', (e) => errors.push(e));
    socket.write(`POST /v1/checks HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: text/markdown\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(0x10000, 0x63), Buffer.from('\r\n')]);
    const send = () => new Promise<void>((resolve) => socket.write(chunk, () => resolve()));
    // Over the 1 MB limit, until the answer arrives.
    for (let i = 0; i < 64 && !answer.includes('\r\n\r\n'); i++) await send();
    // (A busy machine may read the answer only after the last chunk went out: wait for it a while.)
    for (let t = 0; t < 100 && !answer.includes('\r\n\r\n'); t++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    // Still sending after the answer (a client that has not looked yet): no reset.
    for (let i = 0; i < 8; i++) await send();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).toEqual([]);
    socket.end();
    await closed;
    expect(answer).toContain('too-large');
  });

  it('415 for a type that is not a plan', async () => {
    const a = await post('/v1/checks', '{}', { 'content-type': 'application/json' });
    expect(a.status).toBe(415);
    expect((await errorOf(a)).message).toMatch(/text\/markdown/);
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'x.png');
    expect((await post('/v1/checks', form, {})).status).toBe(415);
  });

  it('422 for a DOCX that is not readable, and nothing stored for it', async () => {
    const docx = fixture('plans/p01-linhu-complete.docx');
    const corrupt = docx.subarray(0, docx.length >> 1); // truncated: no central directory
    const res = await post('/v1/checks?filename=broken.docx', corrupt, { 'content-type': DOCX_TYPE });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('corrupt-docx');
    const { sha256Hex } = await import('../../functions/store/layout.ts');
    expect(await p.deps.store.objects.head(`uploads/${sha256Hex(corrupt)}.docx`)).toBeNull();
    const empty = await post('/v1/checks', '', { 'content-type': 'text/markdown' });
    expect(empty.status).toBe(422);
  });

  it('400 for multipart without a file field', async () => {
    const form = new FormData();
    form.set('plan', 'text');
    const res = await post('/v1/checks', form, {});
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/"file"/);
  });
});
