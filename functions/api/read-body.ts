// Reads a request body with a byte cap enforced while streaming, so a 1 GB
// upload is refused after maxBytes, not buffered first.
import { ApiError } from './errors.ts';

export async function readLimited(req: Request, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new ApiError(413, 'too-large', `the upload is larger than the limit of ${maxBytes} bytes`);
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
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
