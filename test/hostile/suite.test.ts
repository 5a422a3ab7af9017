// Every hostile class (scripts/hostile-inputs.ts, also written out by
// scripts/make-hostile-inputs.ts) through real check threads under limits:
// each answered as expected — read, or refused with its code — within the
// time limit, and the pool still checks an ordinary plan after them all.
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../functions/service/worker-pool.ts';
import type { RenderReply, RenderRequest } from '../../functions/service/check-render.ts';
import { hostileInputs } from '../../scripts/hostile-inputs.ts';

const pool = new WorkerPool<RenderRequest, RenderReply>({
  entry: new URL('../../functions/service/check-thread.ts', import.meta.url),
  size: 2,
  // The time limit stops a hang; 1 MB on one line takes 3 s alone and several times that on a
  // loaded two-CPU runner, so the limit leaves room for the load (speed is the bench's to measure).
  limits: { heapMb: 1024, timeoutMs: 90_000 },
});
afterAll(() => pool.close());

const answer = (bytes: Uint8Array, filename: string) =>
  pool.run({ bytes, filename, profile: 'full', lang: 'zh' }).then(
    (r) => (r.ok ? 'ok' : r.error.code),
    (e: Error & { code?: string }) => `${e.name}: ${e.message}`,
  );

describe('hostile inputs, a test per class', () => {
  it.each(hostileInputs().map((h) => [h.name, h.why, h] as const))('%s (%s)', async (_, __, input) => {
    const started = Date.now();
    expect(await answer(input.bytes, input.name)).toBe(input.expect);
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 120_000);

  it('the pool checks an ordinary plan after them all', async () => {
    expect(await answer(new TextEncoder().encode('# 某市数字化转型规划（2021—2025年）\n\n到2025年，数据共享率达到95%。\n'), 'after.md')).toBe('ok');
  }, 60_000);
});
