// Worker thread entry for the Node server's check pool (functions/local):
// one plan per message, checked and rendered in every format.
import { parentPort } from 'node:worker_threads';
import { checkAndRender, type RenderRequest } from './check-render.ts';

parentPort!.on('message', async (msg: RenderRequest & { id: number }) => {
  const reply = await checkAndRender(msg);
  parentPort!.postMessage({ id: msg.id, ...reply });
});
