// Worker thread: checks one plan per message and renders its reports, so a
// batch keeps every core busy (parsing and rule evaluation are CPU-bound).
import { parentPort } from 'node:worker_threads';
import { flushCodeCache } from '../service/code-cache-flush.ts';
import { checkOne, type CheckRequest } from './check-one.ts';

parentPort!.on('message', async (msg: CheckRequest & { id: number }) => {
  const reply = await checkOne(msg);
  flushCodeCache();
  parentPort!.postMessage({ id: msg.id, ...reply });
});

// Warm up before saying ready: the pool's per-check time limit starts then.
// (A promise, not a top-level await: the CLI's build of this file is CommonJS.)
void checkOne({ bytes: new TextEncoder().encode('# 方案\n\n到2025年，完成建设。\n'), filename: 'warm-up.md' }).then(() => parentPort!.postMessage({ ready: true }));
