// Worker thread: checks one plan per message and renders its reports, so a
// batch keeps every core busy (parsing and rule evaluation are CPU-bound).
import { parentPort } from 'node:worker_threads';
import { checkOne, type CheckRequest } from './check-one.ts';

parentPort!.on('message', async (msg: CheckRequest & { id: number }) => {
  const reply = await checkOne(msg);
  parentPort!.postMessage({ id: msg.id, ...reply });
});
