// Progress of a batch: a bar on a terminal (cli-progress), plain lines otherwise
// (logs, CI) so nothing is lost to carriage returns.
import cliProgress from 'cli-progress';
import type { ProgressEvent } from './run-batch.ts';

export interface Progress {
  update: (e: ProgressEvent) => void;
  stop: () => void;
}

export function createProgress(stream: NodeJS.WriteStream): Progress {
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | null = null;
    return {
      update(e) {
        if (!bar) {
          bar = new cliProgress.SingleBar({ stream, format: '{bar} {value}/{total} plans | {file}', hideCursor: true }, cliProgress.Presets.shades_classic);
          bar.start(e.total, 0, { file: '' });
        }
        bar.update(e.done, { file: e.file });
      },
      stop: () => bar?.stop(),
    };
  }
  return {
    update: (e) => stream.write(`[${e.done}/${e.total}] ${e.outcome} ${e.file}${e.message ? `: ${e.message.replace(/\s+/g, ' ')}` : ''}\n`),
    stop: () => {},
  };
}
