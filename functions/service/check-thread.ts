// Worker thread entry of the service's check pool (check-pool.ts: the Node server, both Lambda functions):
// one plan per message, checked and rendered in every format.
import { parentPort } from 'node:worker_threads';
import { checkAndRender, type RenderRequest } from './check-render.ts';

parentPort!.on('message', async (msg: RenderRequest & { id: number }) => {
  const reply = await checkAndRender(msg);
  parentPort!.postMessage({ id: msg.id, ...reply });
});

// Warm up (rules, vocabulary, the Markdown reader) on a tiny plan before saying
// ready: the pool's per-check time limit starts at ready, so loading the
// checker is not counted against the first plan.
await checkAndRender({ bytes: new TextEncoder().encode('# 方案\n\n到2025年，完成建设。\n'), filename: 'warm-up.md', profile: 'full', lang: 'zh' });
parentPort!.postMessage({ ready: true });
