// A string rebuilt a few characters changed (half-width punctuation, blanked words) is written
// as UTF-16 units into one reused buffer and read back as one string: pieced together from
// slices it was a rope of small strings, flattened again later, several times its size in garbage.

let bytes: Buffer | null = null;
let units: Uint16Array | null = null;
// Buffer's ucs2 is little-endian; a Uint16Array is the machine's order.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A reused buffer of at least n UTF-16 units, valid until the next call; null on a big-endian machine. */
export function unitBuffer(n: number): Uint16Array | null {
  if (!LITTLE_ENDIAN) return null;
  if (!units || units.length < n) {
    const buffer = new ArrayBuffer(2 * Math.max(n, 2 * (units?.length ?? 2048)));
    bytes = Buffer.from(buffer);
    units = new Uint16Array(buffer);
  }
  return units;
}

/** The first n units of the buffer unitBuffer gave, as a string (ucs2 copies them as they are, lone surrogates included). */
export function unitsToString(n: number): string {
  return bytes!.toString('ucs2', 0, 2 * n);
}
