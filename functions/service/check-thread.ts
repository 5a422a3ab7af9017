// Worker thread entry of the service's check pool (check-pool.ts: the Node server, both Lambda functions):
// one plan per message, checked and rendered in every format.
import { parentPort } from 'node:worker_threads';
import { checkAndRender, type RenderRequest } from './check-render.ts';
import { flushCodeCache } from './code-cache-flush.ts';

parentPort!.on('message', async (msg: RenderRequest & { id: number }) => {
  const reply = await checkAndRender(msg);
  flushCodeCache();
  parentPort!.postMessage({ id: msg.id, ...reply });
});

// Warm up (rules, vocabulary, the Markdown reader) on a tiny plan before saying
// ready: the pool's per-check time limit starts at ready, so loading the
// checker is not counted against the first plan. (A promise, not a top-level
// await: the built server's copy of this file is CommonJS.)
void checkAndRender({ bytes: new TextEncoder().encode('# 方案\n\n到2025年，完成建设。\n'), filename: 'warm-up.md', profile: 'full', lang: 'zh' }).then(() => {
  flushCodeCache();
  parentPort!.postMessage({ ready: true });
});
