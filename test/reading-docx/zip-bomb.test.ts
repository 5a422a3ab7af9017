import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxParser } from '../../functions/core/parsers/docx/index.ts';
import { defaultLimits, type ParseLimits } from '../../functions/core/parsers/plugin.ts';

const parse = (bytes: Uint8Array, limits: Partial<ParseLimits> = {}) =>
  docxParser.parse({ bytes, filename: 'bomb.docx' }, { ...defaultLimits, ...limits });

/** A zip whose word/document.xml is `megabytes` MB of zeros, deflated chunk by chunk so the test never holds it inflated. */
function zerosDocx(megabytes: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const types = new ZipDeflate('[Content_Types].xml');
  zip.add(types);
  types.push(strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), true);
  const document = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(document);
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i++) document.push(zeros, i === megabytes - 1);
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Rewrites every declared uncompressed size in the central directory, as a hostile archive would. */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 4 <= copy.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return copy;
}

describe('zip-bomb cap', () => {
  let bomb300: Uint8Array | undefined;
  const bomb300mb = () => (bomb300 ??= zerosDocx(300));

  it('refuses from the declared sizes before inflating anything', async () => {
    const bomb = bomb300mb();
    expect(bomb.length).toBeLessThan(1024 * 1024); // ~300 KB on disk
    const before = process.memoryUsage().rss;
    const error = await parse(bomb).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'zip-bomb', message: expect.stringMatching(/declare/) });
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);

  it('caps the bytes actually inflated when the declared sizes lie (lowered cap)', async () => {
    const bomb = lieAboutSizes(zerosDocx(20), 100);
    const error = await parse(bomb, { maxUncompressedBytes: 8 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'zip-bomb', message: expect.stringMatching(/expands past/) });
  }, 60_000);

  it('holds the default cap on a lying 300 MB bomb within ~400 MB of memory', async () => {
    const bomb = lieAboutSizes(bomb300mb(), 100);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const error = await parse(bomb).catch((e: unknown) => e);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(error).toMatchObject({ code: 'zip-bomb' });
    expect(peak - before).toBeLessThan(400 * 1024 * 1024);
  }, 120_000);
});
