// Writes a DOCX back with some parts replaced or added and every other part
// left byte for byte: an untouched entry's local record (header, compressed
// data, data descriptor) and central directory record are copied as they are,
// so images, styles and settings are not even re-compressed. Only the new
// parts go through fflate, which also writes their headers and CRCs.
import { zipSync } from 'fflate';
import { readCentralDirectory, type ZipEntry } from '../parsers/docx/zip.ts';

const EOCD_SIGNATURE = 0x06054b50;

interface EntryBytes {
  local: Uint8Array;
  central: Uint8Array;
}

/** Each entry's local record (to the next record or the central directory) and central record, in archive order. */
function records(bytes: Uint8Array, entries: Map<string, ZipEntry>): Map<string, EntryBytes> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = [...entries.values()];
  const centralStart = Math.min(...list.map((e) => e.centralOffset));
  const byOffset = [...list].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const out = new Map<string, EntryBytes>();
  byOffset.forEach((entry, i) => {
    const end = byOffset[i + 1]?.localHeaderOffset ?? centralStart;
    const c = entry.centralOffset;
    const centralLength = 46 + view.getUint16(c + 28, true) + view.getUint16(c + 30, true) + view.getUint16(c + 32, true);
    out.set(entry.name, { local: bytes.subarray(entry.localHeaderOffset, end), central: bytes.subarray(c, c + centralLength) });
  });
  // Central directory order, as the archive lists its parts.
  return new Map(list.map((e) => [e.name, out.get(e.name)!]));
}

/**
 * The archive with `parts` written in: a name already there is replaced in
 * place, a new one is added at the end. `mtime` dates the written parts (so the
 * same input gives the same bytes).
 */
export function rewriteZip(bytes: Uint8Array, parts: Map<string, Uint8Array>, mtime: Date): Uint8Array<ArrayBuffer> {
  const original = records(bytes, readCentralDirectory(bytes));
  const fresh = zipSync(Object.fromEntries([...parts].map(([name, data]) => [name, [data, { level: 6, mtime }]])));
  const written = records(fresh, readCentralDirectory(fresh));
  const order = [...original.keys(), ...[...parts.keys()].filter((n) => !original.has(n))];

  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const name of order) {
    const record = written.get(name) ?? original.get(name)!;
    const central = new Uint8Array(record.central); // a copy (Buffer#slice would share the input's memory)
    new DataView(central.buffer, central.byteOffset, central.byteLength).setUint32(42, offset, true);
    locals.push(record.local);
    centrals.push(central);
    offset += record.local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, EOCD_SIGNATURE, true);
  v.setUint16(8, order.length, true);
  v.setUint16(10, order.length, true);
  v.setUint32(12, centralSize, true);
  v.setUint32(16, offset, true);

  const out = new Uint8Array(offset + centralSize + eocd.length);
  let at = 0;
  for (const chunk of [...locals, ...centrals, eocd]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
