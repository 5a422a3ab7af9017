// Reads a request body with a byte cap enforced while streaming, so a 1 GB
// upload is refused after maxBytes, not buffered first.
import { ApiError } from './errors.ts';

/**
 * `idleMs`: the longest pause between two chunks of the body; a client that
 * stops sending (a Content-Length larger than what it sends) is answered 408
 * then, not after the server's request timeout.
 */
export async function readLimited(req: Request, maxBytes: number, idleMs?: number): Promise<Buffer> {
  const tooLarge = () => new ApiError(413, 'too-large', `the upload is larger than the limit of ${maxBytes} bytes`);
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await readWithin(reader, idleMs);
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, idleMs: number | undefined): Promise<ReadableStreamReadResult<Uint8Array>> {
  if (!idleMs) return reader.read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new ApiError(408, 'body-timeout', `the upload stalled: no data arrived for ${idleMs / 1000} s; send the whole body (is Content-Length right?)`));
    }, idleMs);
  });
  let timedOut = false;
  try {
    return await Promise.race([reader.read(), stalled]);
  } finally {
    clearTimeout(timer);
    // Cancelling ends the pending read as "done": only after the race is lost, so a stalled body is never taken as complete.
    if (timedOut) reader.cancel().catch(() => {});
  }
}
