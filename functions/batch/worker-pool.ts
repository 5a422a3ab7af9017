// A small pool of worker threads running check-worker.ts. Workers load the
// TypeScript sources through tsx (no build step in this project).
import { Worker } from 'node:worker_threads';
import type { CheckReply, CheckRequest } from './check-one.ts';

// Node 20 workers do not inherit the parent's module hooks (nor honour
// --import in execArgv for the entry), so each worker registers tsx itself.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

export class CheckPool {
  private idle: Worker[] = [];
  private waiting: ((w: Worker) => void)[] = [];
  private all: Worker[] = [];
  private next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(BOOTSTRAP, { eval: true, workerData: { entry: new URL('./check-worker.ts', import.meta.url).href } });
      w.unref();
      this.all.push(w);
      this.idle.push(w);
    }
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    return w ? Promise.resolve(w) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(w);
    else this.idle.push(w);
  }

  async check(req: CheckRequest): Promise<CheckReply> {
    const w = await this.acquire();
    const id = this.next++;
    try {
      return await new Promise<CheckReply>((resolve, reject) => {
        const onMessage = (msg: CheckReply & { id: number }) => {
          if (msg.id !== id) return;
          cleanup();
          const { id: _id, ...reply } = msg;
          resolve(reply as CheckReply);
        };
        const onError = (e: Error) => {
          cleanup();
          reject(e);
        };
        const cleanup = () => {
          w.off('message', onMessage);
          w.off('error', onError);
        };
        w.on('message', onMessage);
        w.on('error', onError);
        // Copy, not transfer: the caller may still hash or keep the bytes.
        w.postMessage({ id, ...req });
      });
    } finally {
      this.release(w);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
