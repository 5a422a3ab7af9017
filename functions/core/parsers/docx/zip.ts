// A DOCX is a zip. We read its central directory ourselves so that the
// zip-bomb cap applies twice: to the sizes the archive declares, and to the
// bytes actually inflated (declared sizes can lie). Only what is inflated here
// is ever handed to mammoth.
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { PlanInputError } from '../../errors.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
  /** Where the entry's central directory record starts (a writer copies the record as it is). */
  centralOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const CHUNK = 64 * 1024;

function corrupt(message: string, cause?: unknown): PlanInputError {
  return new PlanInputError('corrupt-docx', `Not a readable DOCX: ${message}`, { cause });
}

/** Lists the entries of the zip's central directory. */
export function readCentralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no zip end-of-central-directory record (truncated or not a zip file)');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (count === 0xffff || start === 0xffffffff) throw corrupt('ZIP64 archives are not supported');
  if (start + size > eocd) throw corrupt('the central directory points past the end of the file (truncated?)');
  const entries = new Map<string, ZipEntry>();
  const folded = new Set<string>();
  const decoder = new TextDecoder();
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      throw corrupt(`central directory entry ${i + 1} of ${count} is damaged`);
    }
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\/+/, '');
    // Two entries of one name (part names compare case-insensitively in a package) are the
    // zip-smuggling shape: readers disagree on which one is the document. Refused, not guessed.
    const key = name.toLowerCase();
    if (folded.has(key)) throw corrupt(`the archive has two entries named ${name} (a tampered or badly merged file); save the document again from Word`);
    folded.add(key);
    entries.set(name, { name, method, compressedSize, declaredSize, localHeaderOffset, centralOffset: p });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An XML part's text in any encoding XML allows without a declaration to read
 * first: UTF-8 (with or without BOM) or UTF-16 (by its BOM, or by "<?" in
 * UTF-16 as XML 1.0 Appendix F detects it). The XML declaration's encoding
 * names what was decoded here and is not read again.
 */
export function decodeXml(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (b0 === 0x3c && b1 === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  if (b0 === 0x00 && b1 === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Inflates entries on demand, counting every byte produced against one budget
 * shared by all parts read, and refusing before inflating when the declared
 * sizes already exceed it.
 */
export class CappedZip {
  readonly entries: Map<string, ZipEntry>;
  private readonly bytes: Uint8Array;
  private readonly cap: number;
  private used = 0;
  private readonly cache = new Map<string, Uint8Array>();

  constructor(bytes: Uint8Array, cap: number) {
    this.bytes = bytes;
    this.cap = cap;
    this.entries = readCentralDirectory(bytes);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Refuses up front when what the archive declares for these parts is over the cap. */
  checkDeclared(names: Iterable<string>): void {
    let total = 0;
    for (const name of names) total += this.entries.get(name)?.declaredSize ?? 0;
    if (total > this.cap) {
      throw new PlanInputError(
        'zip-bomb',
        `DOCX parts declare ${total} uncompressed bytes, over the limit of ${this.cap}`,
      );
    }
  }

  read(name: string): Uint8Array {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const entry = this.entries.get(name);
    if (!entry) throw corrupt(`missing part ${name}`);
    const data = this.inflate(entry);
    this.cache.set(name, data);
    return data;
  }

  // mammoth and the package-XML reader both read word/document.xml as text.
  private readonly texts = new Map<string, string>();

  readText(name: string): string {
    let text = this.texts.get(name);
    if (text === undefined) this.texts.set(name, (text = decodeXml(this.read(name))));
    return text;
  }

  private inflate(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const p = entry.localHeaderOffset;
    if (p + 30 > this.bytes.length || view.getUint32(p, true) !== LOCAL_SIGNATURE) {
      throw corrupt(`the local header of ${entry.name} is damaged`);
    }
    const dataStart = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > this.bytes.length) throw corrupt(`${entry.name} is cut short (truncated file)`);
    const compressed = this.bytes.subarray(dataStart, dataEnd);
    if (entry.method === 0) {
      this.spend(compressed.length, entry.name);
      return compressed;
    }
    if (entry.method !== 8) throw corrupt(`${entry.name} uses unsupported compression method ${entry.method}`);
    return this.inflateWhole(entry, compressed) ?? this.inflateCapped(entry, compressed);
  }

  /**
   * Fast path: one call to Node's zlib (native; fflate's inflate in JavaScript
   * was ~15 ms of a first check of the 200k-character DOCX, run before V8 had
   * compiled it), output capped at one byte more than the declared size. Taken
   * only when even the densest deflate (1032:1) of this part could not pass the
   * budget, so a lying bomb never costs more than the budget's worth of work
   * here. Any surprise (more than declared, a damaged stream) returns null and
   * the capped streaming inflate decides, with its own errors and limits.
   */
  private inflateWhole(entry: ZipEntry, compressed: Uint8Array): Uint8Array | null {
    const budget = this.cap - this.used;
    if (entry.declaredSize > budget || compressed.length * 1032 > budget) return null;
    let out: Uint8Array;
    try {
      const inflated = inflateRawSync(compressed, { maxOutputLength: entry.declaredSize + 1 });
      // A plain Uint8Array, as fflate gave: the parts are never Buffers downstream.
      out = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    } catch {
      return null;
    }
    if (out.length > entry.declaredSize) return null;
    this.spend(out.length, entry.name);
    return out;
  }

  private inflateCapped(entry: ZipEntry, compressed: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      this.spend(chunk.length, entry.name);
      chunks.push(chunk);
      length += chunk.length;
      if (final) ended = true;
    });
    try {
      for (let i = 0; i < compressed.length; i += CHUNK) {
        const end = Math.min(i + CHUNK, compressed.length);
        inflater.push(compressed.subarray(i, end), end === compressed.length);
      }
      if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof PlanInputError) throw error;
      throw corrupt(`${entry.name} does not inflate (${(error as Error).message})`, error);
    }
    if (!ended) throw corrupt(`${entry.name} ends before its compressed data does (truncated file)`);
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private spend(bytes: number, name: string): void {
    this.used += bytes;
    if (this.used > this.cap) {
      throw new PlanInputError(
        'zip-bomb',
        `DOCX part ${name} expands past the limit of ${this.cap} uncompressed bytes`,
      );
    }
  }
}
